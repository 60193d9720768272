import { expect, test } from '@playwright/test'
import { api, loginFirstTime } from './helpers'

const LEARNER = '13900000011'

test('leaving the exam page and coming back is reported apart from the answers, and nothing is failed', async ({ page, request }) => {
  await loginFirstTime(page, LEARNER)
  await page.getByRole('button', { name: '去考试' }).click()
  await page.getByRole('button', { name: '开始考试' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '开始考试' }).click()
  await expect(page).toHaveURL(/\/exam\/att_/)
  const attemptId = page.url().split('/exam/')[1]
  const token = (await page.evaluate(() => localStorage.getItem('xuefa.token'))) ?? ''

  // The learner switches to another app and back (the page sees blur and focus).
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  await page.waitForTimeout(1200)
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))

  const integrity = async () =>
    (
      await api<{ attemptIntegrity: { leaves: number; events: { kind: string }[] } }>(
        request,
        'query($a: ID!) { attemptIntegrity(attemptId: $a) { leaves events { kind } } }',
        { a: attemptId },
        token,
      )
    ).attemptIntegrity
  await expect.poll(async () => (await integrity()).events.map((e) => e.kind).join(',')).toBe('LEAVE,RETURN')
  expect((await integrity()).leaves).toBe(1)

  // The attempt goes on as before.
  await expect(page).toHaveURL(new RegExp(`/exam/${attemptId}$`))
  const attempt = await api<{ examAttempt: { status: string } }>(
    request,
    'query($a: ID!) { examAttempt(id: $a) { status } }',
    { a: attemptId },
    token,
  )
  expect(attempt.examAttempt.status).toBe('LIVE')
})
