import { expect, test } from '@playwright/test'
import { api, apiLogin } from './helpers'
import { ADMIN_PASSWORD, adminLogin } from './admin-helpers'

// Issue 28, majors 6, 8 and 13, as the console meets them.

test('the district books a seat in the demo centre session that has already started', async ({ page, request }) => {
  const district = await apiLogin(request, '13800000003', ADMIN_PASSWORD)
  const home = await api<{ consoleContext: { home: { id: string } } }>(request, '{ consoleContext { home { id } } }', {}, district)
  const units = await api<{ region: { units: { nodes: { id: string; name: string }[] } } }>(
    request,
    'query($r: ID!) { region(id: $r) { units(first: 50) { nodes { id name } } } }',
    { r: home.consoleContext.home.id },
    district,
  )
  const chengxiang = units.region.units.nodes.find((u) => u.name === '呈祥街道')?.id
  await api(
    request,
    'mutation($u: ID!) { addLearner(input: {unitId: $u, name: "多日考场考生", phone: "13700016101"}) { id } }',
    { u: chengxiang },
    district,
  )

  await adminLogin(page, '13800000003')
  await page.getByRole('menuitem', { name: '考试中心' }).click()
  // The demo's centre session runs from today 09:00 to the end of the main window.
  await page
    .getByLabel('考试中心场次')
    .locator('tbody tr', { hasText: '衡阳市考试中心' })
    .first()
    .getByRole('button', { name: '查看预约' })
    .click()
  const booking = page.getByLabel('预约情况')
  await expect(booking.getByRole('heading', { name: '为无网络条件单位的学员预约座位' })).toBeVisible()
  // Started since 09:00 (China): the form stays, and says until when it takes bookings.
  if (new Date(Date.now() + 8 * 3600_000).getUTCHours() >= 9) {
    await expect(booking.getByText(/该场次已开始，预约截止/)).toBeVisible()
  }
  await booking.getByRole('combobox', { name: '选择单位' }).click({ force: true })
  await page.getByRole('option', { name: '呈祥街道' }).click()
  await booking.getByLabel('可预约学员').locator('tbody tr', { hasText: '多日考场考生' }).locator('.el-checkbox').click()
  await booking.getByRole('button', { name: /预约座位（1 人）/ }).click()
  await expect(page.getByText('已为 1 名学员预约座位').first()).toBeVisible()
  await expect(booking.getByLabel('已预约学员')).toContainText('多日考场考生')
})

test('a unit refuses a learner’s own move into it, and the learner sees it refused', async ({ page, request }) => {
  const district = await apiLogin(request, '13800000003', ADMIN_PASSWORD)
  const zhengxiangAdmin = await apiLogin(request, '13800000005', ADMIN_PASSWORD)
  const yanfengAdmin = await apiLogin(request, '13800000006', ADMIN_PASSWORD)
  const unitOf = async (token: string) =>
    (await api<{ me: { roles: { unit: { id: string } | null }[] } }>(request, '{ me { roles { unit { id } } } }', {}, token)).me.roles.find(
      (r) => r.unit,
    )?.unit?.id
  const added = await api<{ addLearner: { id: string } }>(
    request,
    'mutation($u: ID!) { addLearner(input: {unitId: $u, name: "申请调入者", phone: "13700016102"}) { id } }',
    { u: await unitOf(zhengxiangAdmin) },
    district,
  )
  await api(request, 'mutation($l: ID!) { transferOut(learnerId: $l) { id } }', { l: added.addLearner.id }, district)
  const learner = await apiLogin(request, '13700016102', '000000')
  await api(request, 'mutation { changePassword(oldPassword: "000000", newPassword: "Xuexi2026ok") }', {}, learner)
  const learnerToken = await apiLogin(request, '13700016102', 'Xuexi2026ok')
  await api(
    request,
    'mutation($u: ID!) { transferIn(phone: "13700016102", unitId: $u) { id } }',
    { u: await unitOf(yanfengAdmin) },
    learnerToken,
  )

  await adminLogin(page, '13800000006')
  await page.getByRole('menuitem', { name: '调进学员' }).click()
  const waiting = page.getByLabel('待接收的调入申请').locator('tbody tr', { hasText: '申请调入者' })
  await waiting.getByRole('button', { name: '不同意' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '不同意' }).click()
  await expect(page.getByText('已不同意 申请调入者 的调入申请')).toBeVisible()
  await expect(waiting).toHaveCount(0)
  const me = await api<{ me: { learner: { transferRequest: { status: string } } } }>(
    request,
    '{ me { learner { transferRequest { status } } } }',
    {},
    learnerToken,
  )
  expect(me.me.learner.transferRequest.status).toBe('REFUSED')
})

test('the tolerance for leaving the exam page loads as saved', async ({ page, request }) => {
  const province = await apiLogin(request, '13800000001', ADMIN_PASSWORD)
  const { currentCampaign } = await api<{ currentCampaign: { id: string } }>(request, '{ currentCampaign { id } }', {}, province)
  await api(
    request,
    'mutation($c: ID!) { setIntegrityTolerance(campaignId: $c, maxLeaves: 3, maxAwaySeconds: 120) }',
    { c: currentCampaign.id },
    province,
  )
  await adminLogin(page, '13800000001')
  await page.getByRole('menuitem', { name: '练习题与考试纪律' }).click()
  await expect(page.getByLabel('离开次数上限')).toHaveValue('3')
  await expect(page.getByLabel('累计离开秒数上限')).toHaveValue('120')
  // Saving without touching it keeps both checks.
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('容忍度已保存')).toBeVisible()
  const read = await api<{ campaign: { integrityMaxLeaves: number | null; integrityMaxAwaySeconds: number | null } }>(
    request,
    'query($y: Int!) { campaign(year: $y) { integrityMaxLeaves integrityMaxAwaySeconds } }',
    { y: new Date(Date.now() + 8 * 3600_000).getUTCFullYear() },
    province,
  )
  expect(read.campaign).toEqual({ integrityMaxLeaves: 3, integrityMaxAwaySeconds: 120 })
  await api(
    request,
    'mutation($c: ID!) { setIntegrityTolerance(campaignId: $c, maxLeaves: null, maxAwaySeconds: null) }',
    { c: currentCampaign.id },
    province,
  )
})
