import { expect, test } from '@playwright/test'
import { api, apiLogin, loginFirstTime } from './helpers'

const ADMIN_PASSWORD = 'Xuefa2017'

test('a learner practises, sees the answer and the law, and clears the wrong-answer book', async ({ page, request }) => {
  // The province adds two single-choice questions and marks them as practice questions (its
  // own: earlier tests' papers may have drawn any of the demo's, and a drawn question may not
  // become practice).
  const province = await apiLogin(request, '13800000001', ADMIN_PASSWORD)
  const campaign = await api<{ currentCampaign: { id: string } }>(request, '{ currentCampaign { id } }', {}, province)
  const tag = Date.now()
  const csv =
    '题型,题干,选项A,选项B,选项C,选项D,答案,解析,法律依据\r\n' +
    `单选,练习题一（${tag}）：宪法是国家的什么法,根本法,普通法,特别法,地方法,A,宪法具有最高法律效力,《中华人民共和国宪法》序言\r\n` +
    `单选,练习题二（${tag}）：公民的基本义务包括,遵守宪法和法律,不纳税,拒服兵役,泄露国家秘密,A,公民必须遵守宪法和法律,《中华人民共和国宪法》第五十三条\r\n`
  const imported = await request.post('/graphql', {
    headers: { Authorization: `Bearer ${province}`, 'GraphQL-Preflight': '1' },
    multipart: {
      operations: JSON.stringify({
        query: 'mutation($c: ID!, $f: Upload!) { importQuestions(campaignId: $c, file: $f) { created errors { row message } } }',
        variables: { c: campaign.currentCampaign.id, f: null },
      }),
      map: JSON.stringify({ '0': ['variables.f'] }),
      '0': { name: '练习题.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') },
    },
  })
  const importBody = await imported.json()
  expect(importBody.data?.importQuestions?.created, JSON.stringify(importBody)).toBe(2)
  const bank = await api<{ questions: { id: string; type: string; stem: string; answer: string; practice: boolean }[] }>(
    request,
    'query($c: ID!) { questions(campaignId: $c) { id type stem answer practice } }',
    { c: campaign.currentCampaign.id },
    province,
  )
  const picked = bank.questions.filter((q) => q.stem.includes(`（${tag}）`))
  expect(picked).toHaveLength(2)
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
