import { expect, test } from '@playwright/test'
import { api, apiLogin, loginFirstTime } from './helpers'

const ADMIN_PASSWORD = 'Xuefa2017'

test('a learner practises, sees the answer and the law, and clears the wrong-answer book', async ({ page, request }) => {
  // The province marks two single-choice questions of the bank as practice questions.
  const province = await apiLogin(request, '13800000001', ADMIN_PASSWORD)
  const campaign = await api<{ currentCampaign: { id: string } }>(request, '{ currentCampaign { id } }', {}, province)
  const bank = await api<{ questions: { id: string; type: string; stem: string; answer: string; practice: boolean }[] }>(
    request,
    'query($c: ID!) { questions(campaignId: $c) { id type stem answer practice } }',
    { c: campaign.currentCampaign.id },
    province,
  )
  const picked = bank.questions.filter((q) => q.type === 'SINGLE' && !q.practice).slice(-2)
  for (const q of picked) {
    await api(request, 'mutation($q: ID!) { setQuestionPractice(questionId: $q) { id } }', { q: q.id }, province)
  }
  const answerOf = new Map(picked.map((q) => [q.stem, q.answer]))
  const stem = page.locator('#practice-stem')
  const options = page.getByRole('group', { name: '选项' }).getByRole('button')
  const result = page.getByRole('status')
  const choose = async (key: string) => options.filter({ hasText: new RegExp(`^\\s*${key}\\. `) }).click()

  await loginFirstTime(page, '13900000029')
  await page.getByRole('link', { name: '模拟练习与错题本 ›' }).click()
  await expect(page).toHaveURL(/\/practice$/)
  await page.getByRole('button', { name: '开始练习' }).click()
  await expect(page.getByText('第 1 / 2 题')).toBeVisible()

  // The first: a wrong answer, and the answer, explanation and law come at once.
  const firstStem = (await stem.textContent())?.trim() ?? ''
  const firstAnswer = answerOf.get(firstStem) ?? ''
  expect(firstAnswer).not.toBe('')
  await choose(['A', 'B', 'C', 'D'].find((k) => k !== firstAnswer) ?? 'A')
  await page.getByRole('button', { name: '提交答案' }).click()
  await expect(result).toContainText('回答错误，已加入错题本')
  await expect(result).toContainText(`正确答案：${firstAnswer}`)
  await expect(result).toContainText('法律依据：')
  await page.getByRole('button', { name: '下一题' }).click()

  // The second: right.
  await expect(page.getByText('第 2 / 2 题')).toBeVisible()
  await choose(answerOf.get((await stem.textContent())?.trim() ?? '') ?? '')
  await page.getByRole('button', { name: '提交答案' }).click()
  await expect(result).toContainText('回答正确')
  await page.getByRole('button', { name: '查看结果' }).click()
  await expect(page.getByText('本轮练习完成：答对 1 / 2 题')).toBeVisible()

  // The wrong-answer book holds the first; it is removable only once answered right.
  await page.getByRole('tab', { name: '错题本' }).click()
  const book = page.getByRole('list', { name: '错题本' })
  const entry = book.getByRole('listitem')
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText(firstStem)
  await expect(entry.getByRole('button', { name: '移出错题本' })).toBeDisabled()
  await entry.getByRole('button', { name: '再练一次' }).click()
  await expect(page.getByText('第 1 / 1 题')).toBeVisible()
  await choose(firstAnswer)
  await page.getByRole('button', { name: '提交答案' }).click()
  await expect(result).toContainText('回答正确')
  await page.getByRole('tab', { name: '错题本' }).click()
  await entry.getByRole('button', { name: '移出错题本' }).click()
  await expect(entry).toHaveCount(0)
  await expect(page.getByText('错题本是空的。')).toBeVisible()
})
