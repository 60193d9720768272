import { expect, test } from '@playwright/test'
import { DEMO_INITIAL_PASSWORD, TEMPORARY_PASSWORD, api, apiLogin } from './helpers'

const ADMIN_PASSWORD = 'Xuefa2017'

test('a forgetful learner asks for a reset, follows it by code and logs in again', async ({ page, request }) => {
  await page.goto('/login')
  await page.getByRole('link', { name: '忘记密码或账号被锁定？申请重置' }).click()
  await expect(page).toHaveURL(/\/recover$/)

  // A malformed number is refused next to the field, before anything is sent.
  const ask = page.getByRole('form', { name: '申请重置密码' })
  await ask.getByLabel('手机号').fill('12345')
  await ask.getByRole('button', { name: '提交申请' }).click()
  await expect(page.getByText('请输入 11 位手机号')).toBeVisible()

  await ask.getByLabel('手机号').fill('13900000027')
  await ask.getByLabel('姓名').fill('黄静静')
  await ask.getByLabel('工作单位').fill('蒸湘区司法局')
  await ask.getByRole('button', { name: '提交申请' }).click()
  const code = (await page.getByTestId('recovery-code').textContent())?.trim() ?? ''
  expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)

  // The code already sits in the status form: waiting.
  const check = page.getByRole('form', { name: '查询处理结果' })
  await expect(check.getByLabel('查询码')).toHaveValue(code)
  await check.getByRole('button', { name: '查询' }).click()
  await expect(page.getByRole('status').filter({ hasText: '受理中' })).toBeVisible()

  // The unit's administrator resets it with one click (through the API here) and is answered
  // the temporary password, to tell the learner in person.
  const admin = await apiLogin(request, '13800000005', ADMIN_PASSWORD)
  const queue = await api<{ recoveryRequests: { id: string; name: string }[] }>(
    request,
    '{ recoveryRequests { id name } }',
    {},
    admin,
  )
  const mine = queue.recoveryRequests.find((r) => r.name === '黄静静')
  expect(mine).toBeTruthy()
  const resolved = await api<{ resolveRecoveryRequest: { password: string } | null }>(
    request,
    'mutation($id: ID!) { resolveRecoveryRequest(id: $id, action: RESET) { password } }',
    { id: mine?.id },
    admin,
  )
  const temporary = resolved.resolveRecoveryRequest?.password ?? ''
  expect(temporary).toMatch(TEMPORARY_PASSWORD)

  // Typed in lower case, the code still finds the request, which now says whom to ask; the
  // page never shows a password.
  await check.getByLabel('查询码').fill(code.toLowerCase())
  await check.getByRole('button', { name: '查询' }).click()
  const status = page.getByRole('status').filter({ hasText: '已处理' })
  await expect(status).toContainText('请联系本单位管理员获取临时密码')
  await expect(page.locator('body')).not.toContainText(temporary)
  await expect(status).not.toContainText(DEMO_INITIAL_PASSWORD)

  // The initial password no longer opens the account; the temporary one does, and must be
  // changed first.
  await page.goto('/login')
  await page.getByLabel('手机号').fill('13900000027')
  await page.getByLabel('密码', { exact: true }).fill(DEMO_INITIAL_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByRole('alert')).toHaveText('手机号或密码错误')
  await page.getByLabel('密码', { exact: true }).fill(temporary)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/change-password$/)
  await expect(page.getByText('须先设置新密码')).toBeVisible()
})

test('an unknown number gets the same answer and a code that only waits', async ({ page }) => {
  await page.goto('/recover')
  const ask = page.getByRole('form', { name: '申请重置密码' })
  await ask.getByLabel('手机号').fill('13712340000')
  await ask.getByLabel('姓名').fill('不存在')
  await ask.getByLabel('工作单位').fill('蒸湘区司法局')
  await ask.getByRole('button', { name: '提交申请' }).click()
  await expect(page.getByText('申请已提交。请记下查询码')).toBeVisible()
  await page.getByRole('form', { name: '查询处理结果' }).getByRole('button', { name: '查询' }).click()
  await expect(page.getByRole('status').filter({ hasText: '受理中' })).toBeVisible()
})
