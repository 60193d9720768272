import { expect, test } from '@playwright/test'
import { NEW_PASSWORD, api, apiLogin, loginFirstTime } from './helpers'

const LEARNER = '13900000008'

test('a live paper reloaded with no network shows the paper, its answers and the queue; the saves go when the network returns', async ({ page, context, request }) => {
  // Every file the worker fetches at install is served (one missing fails the install).
  const worker = await (await request.get('/sw.js')).text()
  const shell = JSON.parse(/const SHELL = (\[[^\]]*\])/.exec(worker)?.[1] ?? '[]') as string[]
  expect(shell).toContain('/index.html')
  for (const file of shell.filter((f) => f.startsWith('/assets/'))) {
    const response = await request.get(file)
    expect(response.status(), file).toBe(200)
    expect(response.headers()['content-type'], file).toMatch(/^text\/(javascript|css)/)
  }

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
  const open = async (n: number) => {
    await page.getByRole('button', { name: '答题卡', exact: true }).click()
    await page.getByRole('dialog', { name: '答题卡' }).getByRole('button', { name: new RegExp(`^第 ${n} 题`) }).click()
    await expect(page.getByText(new RegExp(`^\\s*第 ${n} 题 ·`))).toBeVisible()
  }
  await open(1)
  await expect(page.locator('.option input').first()).toBeChecked()
  await expect(page.getByTestId('save-state')).toHaveText('已保存')
  await open(2)
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
