import { expect, test } from '@playwright/test'
import { api, apiLogin } from './helpers'
import { adminLogin, ADMIN_PASSWORD } from './admin-helpers'

test('the province marks a practice question and sets the tolerance for leaving the exam page', async ({ page, request }) => {
  await adminLogin(page, '13800000001')
  await page.getByRole('menuitem', { name: '练习题与考试纪律' }).click()
  await expect(page).toHaveURL(/\/admin\/practice$/)

  await page.getByRole('spinbutton', { name: '离开次数上限' }).fill('3')
  await page.getByRole('spinbutton', { name: '累计离开秒数上限' }).fill('120')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('容忍度已保存')).toBeVisible()

  const table = page.getByRole('table')
  const row = table.getByRole('row').filter({ has: page.getByRole('button', { name: '设为练习题' }) }).first()
  const stem = ((await row.locator('td').nth(1).textContent()) ?? '').trim()
  expect(stem).not.toBe('')
  await row.getByRole('button', { name: '设为练习题' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已设为练习题')).toBeVisible()
  await page.getByText('只看练习题').click()
  await expect(table.getByRole('row').filter({ hasText: stem })).toContainText('练习题')

  // What the server holds: the question is practice now.
  const province = await apiLogin(request, '13800000001', ADMIN_PASSWORD)
  const campaign = await api<{ currentCampaign: { id: string } }>(request, '{ currentCampaign { id } }', {}, province)
  const bank = await api<{ questions: { stem: string; practice: boolean }[] }>(
    request,
    'query($c: ID!) { questions(campaignId: $c) { stem practice } }',
    { c: campaign.currentCampaign.id },
    province,
  )
  expect(bank.questions.find((q) => q.stem === stem)?.practice).toBe(true)
})
