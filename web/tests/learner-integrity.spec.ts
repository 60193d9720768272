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

  const integrity = async () =>
    (
      await api<{ attemptIntegrity: { leaves: number; events: { kind: string }[] } }>(
        request,
        'query($a: ID!) { attemptIntegrity(attemptId: $a) { leaves events { kind } } }',
        { a: attemptId },
        token,
      )
    ).attemptIntegrity

  // The learner switches to another app (the page sees blur) and stays away until the page
  // has reported the departure, then comes back (focus).
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  await expect.poll(async () => (await integrity()).events.map((e) => e.kind).join(',')).toBe('LEAVE')
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
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

  // After submitting, the result page shows the departure and takes the learner's note.
  await api(request, 'mutation($a: ID!) { submitExam(attemptId: $a) { score } }', { a: attemptId }, token)
  await page.goto(`/result/${attemptId}`)
  await expect(page.getByText('考试中离开页面 1 次')).toBeVisible()
  await page.getByLabel('情况说明').fill('单位来电')
  await page.getByRole('button', { name: '保存说明' }).click()
  await expect(page.getByText('说明已保存')).toBeVisible()
  const noted = await api<{ attemptIntegrity: { note: string } }>(
    request,
    'query($a: ID!) { attemptIntegrity(attemptId: $a) { note } }',
    { a: attemptId },
    token,
  )
  expect(noted.attemptIntegrity.note).toBe('单位来电')
})
