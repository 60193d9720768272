import { expect, test, type Page } from '@playwright/test'
import { NEW_PASSWORD, api, apiLogin, login, loginFirstTime, screenshot } from './helpers'

const LEARNER = '13900000003'

interface Paper {
  examAttempt: { status: string; questions: { id: string; options: { key: string }[] }[]; answers: { questionId: string; choices: string[] }[] }
}

const PAPER = '{ examAttempt(id: $id) { status questions { id options { key } } answers { questionId choices } } }'

async function serverPaper(request: Parameters<typeof api>[0], token: string, attemptId: string) {
  return (await api<Paper>(request, `query($id: ID!) ${PAPER}`, { id: attemptId }, token)).examAttempt
}

/** Picks the first option of the question on screen and moves on. */
async function answerCurrent(page: Page) {
  await page.locator('.option').first().click()
}

function remainingSeconds(text: string): number {
  const parts = text.replace('剩余', '').trim().split(':').map(Number)
  return parts.reduce((acc, n) => acc * 60 + n, 0)
}

test('a whole exam on a phone: start, answer, reload, offline, takeover, submit, result', async ({ page, browser, request, baseURL }) => {
  const foreign: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL ?? '') && !r.url().startsWith('data:')) foreign.push(r.url())
  })
  await loginFirstTime(page, LEARNER)
  await expect(page.getByText('您可以参加考试了')).toBeVisible()
  await expect(page.getByText('密码已修改')).toBeHidden()
  await screenshot(page, 'learner-home')

  // Start from the unit's session, after a confirmation that says how long there is.
  await page.getByRole('button', { name: '去考试' }).click()
  await expect(page.getByText('您已符合参考条件')).toBeVisible()
  await screenshot(page, 'learner-exam-start')
  await page.getByRole('button', { name: '开始考试' }).click()
  const confirm = page.getByRole('dialog')
  await expect(confirm).toContainText('分钟')
  await confirm.getByRole('button', { name: '开始考试' }).click()
  await expect(page).toHaveURL(/\/exam\/att_/)
  const attemptId = page.url().split('/exam/')[1]

  // Three answers, each saved at once.
  for (let i = 0; i < 3; i++) {
    await answerCurrent(page)
    await expect(page.getByTestId('save-state')).toHaveText('已保存')
    await page.getByRole('button', { name: '下一题' }).click()
  }
  await expect(page.getByLabel('作答进度')).toHaveText('已答 3/80')
  await screenshot(page, 'learner-exam')

  // A reload keeps the paper, the answers and the server's remaining time.
  const before = remainingSeconds(await page.getByRole('timer').innerText())
  await page.reload()
  await expect(page.getByLabel('作答进度')).toHaveText('已答 3/80')
  // At the question the learner was on (issue 28, major 5); question 1 keeps its answer.
  await expect(page.locator('p.meta')).toContainText('第 4 题')
  await page.getByRole('button', { name: '答题卡', exact: true }).click()
  await page.getByRole('button', { name: /^第 1 题/ }).click()
  await expect(page.locator('.option input').first()).toBeChecked()
  const after = remainingSeconds(await page.getByRole('timer').innerText())
  // The server counts whole seconds; the page counts between its answers.
  expect(after).toBeLessThanOrEqual(before + 2)
  expect(after).toBeGreaterThan(before - 30)
  expect(after).toBeGreaterThan(50 * 60)

  // Options are real form controls: the keyboard picks one, and it is saved like a tap.
  await page.locator('.option input').nth(1).focus()
  await page.keyboard.press('Space')
  await expect(page.locator('.option input').nth(1)).toBeChecked()
  await expect(page.getByTestId('save-state')).toHaveText('已保存')
  await expect(page.getByLabel('作答进度')).toHaveText('已答 3/80')

  // Offline: three more answers wait on the device, shown as not saved.
  const token = await apiLogin(request, LEARNER, NEW_PASSWORD)
  const paper = await serverPaper(request, token, attemptId)
  expect(paper.answers).toHaveLength(3)
  await page.getByRole('button', { name: '答题卡', exact: true }).click()
  await page.getByRole('button', { name: /^第 4 题/ }).click()
  await page.context().setOffline(true)
  for (let i = 0; i < 3; i++) {
    await answerCurrent(page)
    await expect(page.getByTestId('save-state')).toHaveText('未保存')
    if (i < 2) await page.getByRole('button', { name: '下一题' }).click()
  }
  await expect(page.getByText('网络已断开')).toBeVisible()
  await screenshot(page, 'learner-exam-offline')
  expect((await serverPaper(request, token, attemptId)).answers).toHaveLength(3)

  // Back online: the queue is sent; the server holds all six, the three with their choices.
  await page.context().setOffline(false)
  await expect(page.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await expect(page.getByText('网络已断开')).toBeHidden()
  await expect
    .poll(async () => (await serverPaper(request, token, attemptId)).answers.length, { timeout: 10_000 })
    .toBe(6)
  const saved = await serverPaper(request, token, attemptId)
  for (const q of saved.questions.slice(3, 6)) {
    const answer = saved.answers.find((a) => a.questionId === q.id)
    expect(answer?.choices).toEqual([q.options[0].key])
  }

  // A second device takes the attempt over: same paper, same answers.
  const other = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true })
  const second = await other.newPage()
  await login(second, LEARNER)
  await second.goto('/exam')
  await second.getByRole('button', { name: '继续答题' }).click()
  await expect(second).toHaveURL(new RegExp(`/exam/${attemptId}$`))
  await expect(second.getByLabel('作答进度')).toHaveText('已答 6/80')

  // The first device learns it was taken over at its next save, stops, and cannot submit.
  await page.getByRole('button', { name: '下一题' }).click()
  await answerCurrent(page)
  await expect(page.getByText('本设备已停止作答')).toBeVisible()
  await expect(page.getByText('另一台设备')).toBeVisible()
  await expect(page.getByRole('button', { name: '交卷' })).toHaveCount(0)
  await screenshot(page, 'learner-exam-taken-over')

  // Submit on the second device, with the unanswered questions listed first.
  await second.getByRole('button', { name: '交卷' }).click()
  const dialog = second.getByRole('dialog')
  await expect(dialog).toContainText('还有 74 题未作答')
  await dialog.getByRole('button', { name: '确认交卷' }).click()
  await expect(second).toHaveURL(new RegExp(`/result/${attemptId}$`))
  await expect(second.getByTestId('score')).toHaveText(/^\d+$/)
  await expect(second.getByText(/考试(不)?合格/)).toBeVisible()
  await screenshot(second, 'learner-result')

  const done = await serverPaper(request, token, attemptId)
  expect(done.status).toBe('SUBMITTED')
  expect(done.answers).toHaveLength(6)
  await other.close()
  // No request left the server's own origin.
  expect(foreign).toEqual([])
})

test('a learner who may not sit the exam sees why', async ({ page }) => {
  await loginFirstTime(page, '13900000022')
  await page.goto('/exam')
  await expect(page.getByTestId('not-eligible')).toContainText('学法积分须在考试日前一天达到 100 分')
  await expect(page.getByRole('button', { name: '开始考试' })).toHaveCount(0)
  await screenshot(page, 'learner-exam-not-eligible')
})
