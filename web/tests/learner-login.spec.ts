import { expect, test } from '@playwright/test'
import { DEMO_INITIAL_PASSWORD, NEW_PASSWORD, api, apiLogin, screenshot } from './helpers'

test('a malformed number, a wrong password and the forced change from 000000', async ({ page, request }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/login$/)
  await screenshot(page, 'learner-login')

  // A malformed number is refused next to the field, before anything is sent.
  await page.getByLabel('手机号').fill('1234567')
  await page.getByLabel('密码', { exact: true }).fill('whatever')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByText('请输入 11 位手机号')).toBeVisible()

  // A wrong password: the server's message, which does not say whether the number exists.
  await page.getByLabel('手机号').fill('13900000001')
  await page.getByLabel('密码', { exact: true }).fill('wrong-password')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByRole('alert')).toHaveText('手机号或密码错误')

  // The initial password leads to the forced change, with the rules shown while typing.
  await page.getByLabel('密码', { exact: true }).fill(DEMO_INITIAL_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/change-password$/)
  // The password just typed is the old one: not asked again.
  await expect(page.getByLabel('原密码（初始密码或临时密码）')).toHaveCount(0)
  const rules = page.getByRole('list', { name: '密码要求' })
  await expect(rules.getByText('至少 8 位')).toHaveClass(/todo/)
  await page.getByLabel('新密码').fill('abcdefgh')
  await expect(rules.getByText('至少 8 位')).toHaveClass(/ok/)
  await expect(rules.getByText('同时包含字母和数字')).toHaveClass(/todo/)
  await screenshot(page, 'learner-change-password')

  // Bad input reaches the server anyway and its message shows next to the field.
  await page.getByLabel('确认密码').fill('abcdefgh')
  await page.getByRole('button', { name: '确认修改' }).click()
  await expect(page.getByText('新密码须同时包含字母和数字')).toBeVisible()

  // Other pages stay closed until the password is changed. After a reload the page no longer
  // knows the password typed at the login, and asks for it.
  await page.goto('/study')
  await expect(page).toHaveURL(/\/change-password$/)
  await page.getByLabel('原密码（初始密码或临时密码）').fill(DEMO_INITIAL_PASSWORD)
  await page.getByLabel('新密码').fill(NEW_PASSWORD)
  await page.getByLabel('确认密码').fill(NEW_PASSWORD)
  await page.getByRole('button', { name: '确认修改' }).click()
  await expect(page).toHaveURL(/\/$/)

  // The server holds the new password.
  const token = await apiLogin(request, '13900000001', NEW_PASSWORD)
  const me = await api<{ me: { mustChangePassword: boolean } }>(request, '{ me { mustChangePassword } }', {}, token)
  expect(me.me.mustChangePassword).toBe(false)
})

test('a server shedding load (BUSY, 503) is asked again after its pause', async ({ page }) => {
  let refused = 0
  let passed = 0
  await page.route('**/graphql', async (route) => {
    if (route.request().method() === 'POST' && refused === 0) {
      refused++
      await route.fulfill({
        status: 503,
        headers: { 'Retry-After': '1', 'Content-Type': 'application/json' },
        body: JSON.stringify({ errors: [{ message: '服务器繁忙，请稍后再试', extensions: { code: 'BUSY' } }] }),
      })
      return
    }
    passed++
    await route.continue()
  })
  await page.goto('/login')
  await page.getByLabel('手机号').fill('13900000024')
  await page.getByLabel('密码', { exact: true }).fill(DEMO_INITIAL_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  // The learner sees no error: the page waited and sent the login again.
  await expect(page).toHaveURL(/\/change-password$/)
  expect(refused).toBe(1)
  expect(passed).toBeGreaterThanOrEqual(1)
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('the number is read as the server reads it: +86, spaces and dashes are accepted', async ({ page, request }) => {
  // A learner of its own, on the unit's roster, who never signed in.
  const admin = await apiLogin(request, '13800000005', 'Xuefa2017')
  const { consoleContext } = await api<{ consoleContext: { home: { id: string } } }>(request, '{ consoleContext { home { id } } }', {}, admin)
  await api(
    request,
    'mutation($u: ID!) { addLearner(input: {unitId: $u, name: "区号学员", phone: "13788860001"}) { id } }',
    { u: consoleContext.home.id },
    admin,
  )
  await page.goto('/login')
  await page.getByLabel('手机号').fill('+86 137-8886-0001')
  await page.getByLabel('密码', { exact: true }).fill(DEMO_INITIAL_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/change-password$/)
})
