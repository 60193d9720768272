import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { DEMO_INITIAL_PASSWORD, NEW_PASSWORD, api, apiLogin, screenshot } from './helpers'
import { ADMIN_PASSWORD, addLearner, adminLogin, homeOf, readXlsx } from './admin-helpers'
import { passExam } from './record-helpers'

test('a unit administrator prints the certificates, sees the year retirements and a learner record', async ({ page, request }) => {
  // A learner of 蒸湘区司法局 passes; another, put on the roster here, retires within this
  // year's exam window.
  const phone = '13900000016'
  const first = await apiLogin(request, phone, DEMO_INITIAL_PASSWORD)
  await api(request, 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }', { o: DEMO_INITIAL_PASSWORD, n: NEW_PASSWORD }, first)
  const learnerToken = await apiLogin(request, phone, NEW_PASSWORD)
  await passExam(request, learnerToken)
  const admin = await apiLogin(request, '13800000005', ADMIN_PASSWORD)
  const { currentCampaign } = await api<{ currentCampaign: { year: number; makeupWindow: { end: string } } }>(
    request,
    '{ currentCampaign { year makeupWindow { end } } }',
    {},
    admin,
  )
  const { me } = await api<{ me: { learner: { name: string } } }>(request, '{ me { learner { name } } }', {}, learnerToken)
  // 艾 sorts first in pinyin order: the roster's first page shows the retiree.
  const retiree = { name: '艾文清', phone: '13711280004', retirementDate: currentCampaign.makeupWindow.end }
  await addLearner(request, admin, await homeOf(request, admin), retiree)

  await adminLogin(page, '13800000005')
  await page.goto('/admin/roster')
  const due = page.getByRole('region', { name: '本年度退休核实' })
  await expect(due).toContainText(retiree.name)
  await expect(due).toContainText('年度内退休')
  await expect(page.getByRole('row', { name: new RegExp(retiree.name) }).getByText('年度内退休')).toBeVisible()
  await screenshot(page, 'admin-unit-roster-year')

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '打印本单位成绩证明（PDF）' }).click(),
  ])
  expect(readFileSync((await pdf.path()) as string).subarray(0, 5).toString()).toBe('%PDF-')

  // The learner's record, from the roster.
  await page.getByLabel('按姓名筛选').fill(me.learner.name)
  await page.getByRole('button', { name: '查询' }).click()
  await page.getByRole('row', { name: new RegExp(me.learner.name) }).getByRole('button', { name: '档案' }).click()
  await expect(page.getByRole('heading', { name: `学法档案：${me.learner.name}` })).toBeVisible()
  // This year's panel (a later year may exist already: the province may have opened it).
  await expect(page.getByRole('region', { name: `${currentCampaign.year} 年度` })).toContainText('合格')
  await screenshot(page, 'admin-learner-record')
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出档案（Excel）' }).click(),
  ])
  const rows = readXlsx((await xlsx.path()) as string)
  expect(rows[0].join('')).toContain(me.learner.name)
  expect(rows.some((r) => r.includes('通过'))).toBe(true)
})
