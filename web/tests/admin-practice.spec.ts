import { expect, test } from '@playwright/test'
import { api, apiLogin } from './helpers'
import { adminLogin, ADMIN_PASSWORD } from './admin-helpers'

test('the province marks a practice question and sets the tolerance for leaving the exam page', async ({ page, request }) => {
  // A question of its own, never drawn into a paper: earlier tests' papers may have drawn any
  // of the demo's, and a drawn question may not become practice (it would reveal the exam).
  const stem = `练习测试题：法律面前人人平等（${Date.now()}）`
  const province = await apiLogin(request, '13800000001', ADMIN_PASSWORD)
  const { currentCampaign } = await api<{ currentCampaign: { id: string } }>(request, '{ currentCampaign { id } }', {}, province)
  const csv = `题型,题干,选项A,选项B,答案\r\n判断,${stem},正确,错误,A\r\n`
  const imported = await request.post('/graphql', {
    headers: { Authorization: `Bearer ${province}`, 'GraphQL-Preflight': '1' },
    multipart: {
      operations: JSON.stringify({
        query: 'mutation($c: ID!, $f: Upload!) { importQuestions(campaignId: $c, file: $f) { created } }',
        variables: { c: currentCampaign.id, f: null },
      }),
      map: JSON.stringify({ '0': ['variables.f'] }),
      '0': { name: '题库.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') },
    },
  })
  expect((await imported.json()).data?.importQuestions?.created).toBe(1)

  await adminLogin(page, '13800000001')
  await page.getByRole('menuitem', { name: '练习题与考试纪律' }).click()
  await expect(page).toHaveURL(/\/admin\/practice$/)

  await page.getByRole('spinbutton', { name: '离开次数上限' }).fill('3')
  await page.getByRole('spinbutton', { name: '累计离开秒数上限' }).fill('120')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('容忍度已保存')).toBeVisible()

  const table = page.getByRole('table')
  const row = table.getByRole('row').filter({ hasText: stem })
  await row.getByRole('button', { name: '设为练习题' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已设为练习题')).toBeVisible()
  await page.getByText('只看练习题').click()
  await expect(table.getByRole('row').filter({ hasText: stem })).toContainText('练习题')

  // What the server holds: the question is practice now.
  const bank = await api<{ questions: { stem: string; practice: boolean }[] }>(
    request,
    'query($c: ID!) { questions(campaignId: $c) { stem practice } }',
    { c: currentCampaign.id },
    province,
  )
  expect(bank.questions.find((q) => q.stem === stem)?.practice).toBe(true)
})
