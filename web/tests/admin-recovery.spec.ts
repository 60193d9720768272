import { expect, test } from '@playwright/test'
import { api } from './helpers'
import { adminLogin } from './admin-helpers'

test('the unit administrator resets a learner from the recovery queue with one click', async ({ page, request }) => {
  // A learner asks from the login page (through the API here).
  const asked = await api<{ requestAccountRecovery: { code: string } }>(
    request,
    'mutation { requestAccountRecovery(phone: "13900000028", name: "周强静", unitName: "蒸湘区司法局") { code } }',
  )
  const code = asked.requestAccountRecovery.code

  await adminLogin(page, '13800000005')
  await page.getByRole('menuitem', { name: '找回账号申请' }).click()
  await expect(page).toHaveURL(/\/admin\/recovery$/)
  const table = page.getByRole('table')
  const row = page.getByRole('row', { name: /周强静/ })
  await expect(row).toContainText('13900000028')
  await expect(row).toContainText('待处理')
  await row.getByRole('button', { name: '重置密码' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已重置 周强静 的密码')).toBeVisible()
  await expect(table.getByText('周强静')).toHaveCount(0)

  const status = await api<{ accountRecoveryStatus: { status: string } }>(
    request,
    'query($c: String!) { accountRecoveryStatus(code: $c) { status } }',
    { c: code },
  )
  expect(status.accountRecoveryStatus.status).toBe('RESET')
})
