import { expect, test } from '@playwright/test'
import { loginFirstTime, screenshot } from './helpers'

test('bad input in a form gets the server message next to the field; larger text', async ({ page }) => {
  await loginFirstTime(page, '13900000023')
  await page.getByRole('link', { name: '我的' }).click()
  await expect(page.getByText('免考申请').first()).toBeVisible()

  // Without a retirement date within two years, the server refuses and says why, by the field.
  await page.getByLabel('申请理由').fill('身体原因，申请免考')
  await page.getByRole('button', { name: '提交免考申请' }).click()
  const field = page.locator('.van-field', { has: page.getByLabel('申请理由') })
  await expect(field.locator('.van-field__error-message')).toContainText('退休')

  // The larger-text switch raises the base size, and is kept.
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
  expect(await size()).toBeGreaterThanOrEqual(16)
  await page.getByRole('switch', { name: '大字模式' }).click()
  await expect.poll(size).toBeGreaterThanOrEqual(20)
  await screenshot(page, 'learner-me')
  await page.reload()
  await expect.poll(size).toBeGreaterThanOrEqual(20)
  await page.getByRole('switch', { name: '大字模式' }).click()
  await expect.poll(size).toBe(16)

  // Logging out leads back to the login page, and the pages stay closed.
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page).toHaveURL(/\/login$/)
  await page.goto('/me')
  await expect(page).toHaveURL(/\/login/)
})
