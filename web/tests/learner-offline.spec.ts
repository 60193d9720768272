import { expect, test } from '@playwright/test'
import { NEW_PASSWORD, api, apiLogin, loginFirstTime } from './helpers'

const LEARNER = '13900000008'

test('a live paper reloaded with no network shows the paper, its answers and the queue; the saves go when the network returns', async ({ page, context, request }) => {
  await loginFirstTime(page, LEARNER)
  // The service worker has taken the page over (it fetched the shell at install).
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await page.getByRole('button', { name: '去考试' }).click()
  await page.getByRole('button', { name: '开始考试' }).click()
  await page.getByRole('dialog', { name: '开始考试' }).getByRole('button', { name: '开始考试' }).click()
  await expect(page).toHaveURL(/\/exam\/att_/)
  const attemptId = page.url().split('/exam/')[1]

  // The first answer saved online; the second given offline, kept in the page's queue.
  await page.locator('.option').first().click()
  await expect(page.getByTestId('save-state')).toHaveText('已保存')
  await page.getByRole('button', { name: '下一题' }).click()
  await context.setOffline(true)
  await page.locator('.option').nth(1).click()
  await expect(page.getByTestId('save-state')).toHaveText('未保存')

  // Reloaded offline: the paper comes from the service worker, not the browser's error page.
  const fromWorker = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.headers()['x-xuefa-offline'] === '1')
  await page.reload()
  await fromWorker
  await expect(page.getByRole('timer')).toContainText('剩余')
  await expect(page.getByRole('status').filter({ hasText: '网络已断开' })).toBeVisible()
  await expect(page.getByLabel('作答进度')).toHaveText('已答 2/80')
  await expect(page.locator('.option input').first()).toBeChecked()
  await page.getByRole('button', { name: '下一题' }).click()
  await expect(page.locator('.option input').nth(1)).toBeChecked()
  await expect(page.getByTestId('save-state')).toHaveText('未保存')

  // The network returns: the queued answer goes to the server.
  await context.setOffline(false)
  await expect(page.getByTestId('save-state')).toHaveText('已保存')
  const token = await apiLogin(request, LEARNER, NEW_PASSWORD)
  const saved = await api<{ examAttempt: { answers: { questionId: string }[] } }>(
    request,
    'query($id: ID!) { examAttempt(id: $id) { answers { questionId } } }',
    { id: attemptId },
    token,
  )
  expect(saved.examAttempt.answers).toHaveLength(2)
})
