import { expect, test } from '@playwright/test'
import { ADMIN_PASSWORD } from './admin-helpers'

test('the console signs in with the number as the server reads it: +86, spaces and dashes', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel('手机号').fill('+86 138-0000-0005')
  await page.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByText('蒸湘区司法局 统计概览')).toBeVisible()
})
