import { expect, test } from '@playwright/test'
import { api, apiLogin } from './helpers'
import { ADMIN_PASSWORD, addLearner, adminLogin, homeOf, takeTemporaryPassword } from './admin-helpers'

test('the unit administrator resets a learner from the recovery queue with one click', async ({ page, request }) => {
  // A learner of 蒸湘区司法局 asks from the login page (through the API here).
  const unitAdmin = await apiLogin(request, '13800000005', ADMIN_PASSWORD)
  await addLearner(request, unitAdmin, await homeOf(request, unitAdmin), { name: '韩雪梅', phone: '13711280001' })
  const asked = await api<{ requestAccountRecovery: { code: string } }>(
    request,
    'mutation { requestAccountRecovery(phone: "13711280001", name: "韩雪梅", unitName: "蒸湘区司法局") { code } }',
  )
  const code = asked.requestAccountRecovery.code

  await adminLogin(page, '13800000005')
  await page.getByRole('menuitem', { name: '找回账号申请' }).click()
  await expect(page).toHaveURL(/\/admin\/recovery$/)
  const table = page.getByRole('table')
  const row = page.getByRole('row', { name: /韩雪梅/ })
  await expect(row).toContainText('13711280001')
  await expect(row).toContainText('待处理')
  await row.getByRole('button', { name: '重置密码' }).click()
  const confirm = page.getByRole('dialog', { name: '请确认' })
  await expect(confirm).toContainText('将生成一次性临时密码')
  await expect(confirm).not.toContainText('初始密码')
  await confirm.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已重置 韩雪梅 的密码')).toBeVisible()
  await takeTemporaryPassword(page)
  await expect(table.getByText('韩雪梅')).toHaveCount(0)

  const status = await api<{ accountRecoveryStatus: { status: string } }>(
    request,
    'query($c: String!) { accountRecoveryStatus(code: $c) { status } }',
    { c: code },
  )
  expect(status.accountRecoveryStatus.status).toBe('RESET')
})

test('a recovery reset gives a temporary password, shown once to the administrator, that the learner must change', async ({ browser, page, request }) => {
  const unitAdmin = await apiLogin(request, '13800000005', ADMIN_PASSWORD)
  await addLearner(request, unitAdmin, await homeOf(request, unitAdmin), { name: '袁立新', phone: '13711280002' })
  // The learner asks on the recovery page, in a browser of its own.
  const learnerBrowser = await browser.newContext()
  const learner = await learnerBrowser.newPage()
  await learner.goto('/recover')
  const ask = learner.getByRole('form', { name: '申请重置密码' })
  await ask.getByLabel('手机号').fill('13711280002')
  await ask.getByLabel('姓名').fill('袁立新')
  await ask.getByLabel('工作单位').fill('蒸湘区司法局')
  await ask.getByRole('button', { name: '提交申请' }).click()
  await expect(learner.getByTestId('recovery-code')).toHaveText(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)

  // The unit's administrator confirms and resets: the dialog shows the password once.
  await adminLogin(page, '13800000005')
  await page.getByRole('menuitem', { name: '找回账号申请' }).click()
  const row = page.getByRole('row', { name: /袁立新/ })
  await row.getByRole('button', { name: '重置密码' }).click()
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '确定' }).click()
  const dialog = page.getByRole('dialog', { name: '临时密码' })
  await expect(dialog).toContainText('袁立新（13711280002）的临时密码')
  const temporary = await takeTemporaryPassword(page)
  expect(temporary).toHaveLength(8)

  // The learner's status says it is done and whom to ask, and never shows the password.
  const check = learner.getByRole('form', { name: '查询处理结果' })
  await check.getByRole('button', { name: '查询' }).click()
  const status = learner.getByRole('status').filter({ hasText: '已处理' })
  await expect(status).toContainText('请联系本单位管理员获取临时密码')
  await expect(learner.locator('body')).not.toContainText(temporary)

  // The temporary password opens the account, straight onto the forced change.
  await learner.goto('/login')
  await learner.getByLabel('手机号').fill('13711280002')
  await learner.getByLabel('密码', { exact: true }).fill(temporary)
  await learner.getByRole('button', { name: '登录' }).click()
  await expect(learner).toHaveURL(/\/change-password$/)
  await expect(learner.getByText('须先设置新密码')).toBeVisible()
  await learner.goto('/')
  await expect(learner).toHaveURL(/\/change-password$/)
  await learnerBrowser.close()
})
