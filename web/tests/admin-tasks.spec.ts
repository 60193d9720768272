import { expect, test, type Page } from '@playwright/test'
import { api, screenshot } from './helpers'
import { addLearner, adminLogin, exemptionApplicant, takeTemporaryPassword, tokenOf } from './admin-helpers'

/** A day in China Standard Time, `days` from today: `2026-12-03`. */
function cstDay(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 24 * 3600_000).toISOString().slice(0, 10)
}

async function menu(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name }).click()
}

async function ids(request: Parameters<typeof api>[0], token: string): Promise<{ home: string; campaign: string }> {
  const data = await api<{ consoleContext: { home: { id: string } }; currentCampaign: { id: string } }>(
    request,
    '{ consoleContext { home { id } } currentCampaign { id } }',
    {},
    token,
  )
  return { home: data.consoleContext.home.id, campaign: data.currentCampaign.id }
}

test('a unit administrator moves and cancels a session, and passes an exemption to the district', async ({ page, request }) => {
  await adminLogin(page, '13800000005')
  const token = await tokenOf(page)
  const { home, campaign } = await ids(request, token)
  const day = cstDay(2)
  const later = cstDay(3)
  await api(
    request,
    'mutation($i: ScheduleExamSessionInput!) { scheduleExamSession(input: $i) { id } }',
    { i: { campaignId: campaign, unitId: home, kind: 'MAIN', startsAt: `${day}T14:00:00+08:00`, endsAt: `${day}T16:00:00+08:00` } },
    token,
  )

  await menu(page, '考试场次')
  const table = page.getByLabel('考试场次')
  const row = table.locator('tbody tr', { hasText: `${day} 14:00` })
  await expect(row).toHaveCount(1)
  // Started sessions say so instead of offering changes.
  await expect(table).toContainText('已开始，不能修改')

  // Moved a day later.
  await row.getByRole('button', { name: '修改' }).click()
  await page.getByLabel('修改考试日期').fill(later)
  await page.getByLabel('修改考试日期').press('Enter')
  await screenshot(page, 'admin-unit-session-edit')
  await page.getByRole('button', { name: '保存修改' }).click()
  await expect(page.getByText('已修改考试场次').first()).toBeVisible()
  const moved = table.locator('tbody tr', { hasText: `${later} 14:00` })
  await expect(moved).toHaveCount(1)

  // Into the past: refused with the reason, nothing changes.
  await moved.getByRole('button', { name: '修改' }).click()
  await page.getByLabel('修改考试日期').fill(cstDay(-1))
  await page.getByLabel('修改考试日期').press('Enter')
  await page.getByRole('button', { name: '保存修改' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '开始时间已过' })).toBeVisible()
  await page.getByRole('button', { name: '取消', exact: true }).click()
  await expect(moved).toHaveCount(1)

  // Cancelled after a confirmation.
  await moved.getByRole('button', { name: '取消场次' }).click()
  await page.getByRole('button', { name: '确定取消' }).click()
  await expect(page.getByText('已取消考试场次').first()).toBeVisible()
  await expect(table.locator('tbody tr', { hasText: `${later} 14:00` })).toHaveCount(0)
  const sessions = await api<{ examSessions: { startsAt: string }[] }>(
    request,
    'query($c: ID!, $u: ID) { examSessions(campaignId: $c, unitId: $u) { startsAt } }',
    { c: campaign, u: home },
    token,
  )
  expect(sessions.examSessions.map((s) => s.startsAt.slice(0, 10))).not.toContain(later)

  // After the roster freeze the unit passes a pending application to the district.
  await exemptionApplicant(request, token, { name: '郭明远', phone: '13711280005', reason: '明年五月退休，申请本年度免考。' })
  await menu(page, '免考审核')
  const application = page.getByLabel('免考申请').locator('tbody tr', { hasText: '明年五月退休' })
  await expect(application).toHaveCount(1)
  await application.getByRole('button', { name: '转交区委法制办' }).click()
  await page.getByPlaceholder('转交说明（可不填）').fill('名单已冻结，请区里审核')
  await page.getByRole('button', { name: '转交', exact: true }).click()
  await expect(page.getByText('已转交区委法制办').first()).toBeVisible()
  await expect(application).toContainText('转交说明：名单已冻结，请区里审核')
  await expect(application.getByRole('button', { name: '批准', exact: true })).toHaveCount(0)
  await screenshot(page, 'admin-unit-exemption-escalated')
})

test('the district decides what a unit passed on, keeps its notices, books and cancels an exam-centre seat, revokes an administrator and filters the audit log', async ({ page, request }) => {
  // The city opens a centre session for tomorrow+1.
  await adminLogin(page, '13800000002')
  await menu(page, '考试中心')
  const day = cstDay(2)
  await page.getByLabel('考点名称').fill('衡阳市第二考试中心')
  await page.getByLabel('考试日期').fill(day)
  await page.getByLabel('考试日期').press('Enter')
  await page.getByRole('button', { name: '开设场次' }).click()
  await expect(page.getByText('已开设考试中心场次').first()).toBeVisible()
  const centres = page.getByLabel('考试中心场次')
  await expect(centres.locator('tbody tr', { hasText: '衡阳市第二考试中心' })).toContainText('0 / 30')
  await screenshot(page, 'admin-city-centres')
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page).toHaveURL(/\/admin\/login/)

  await adminLogin(page, '13800000003')
  const token = await tokenOf(page)
  const { home } = await ids(request, token)

  // An application the unit passed on (through the API here).
  const unitToken = (await api<{ login: { token: string } }>(request, 'mutation { login(phone: "13800000005", password: "Xuefa2017") { token } }')).login.token
  const application = await exemptionApplicant(request, unitToken, { name: '邓秀兰', phone: '13711280006', reason: '明年七月退休，申请本年度免考。' })
  await api(request, 'mutation($id: ID!) { escalateExemption(id: $id) { id } }', { id: application }, unitToken)
  await menu(page, '免考审核')
  await page.getByText('只看单位转交的申请').click()
  const passed = page.getByLabel('免考申请').locator('tbody tr', { hasText: '明年七月退休' })
  await expect(passed).toContainText('已转交区委法制办')
  await screenshot(page, 'admin-district-exemptions')
  await passed.getByRole('button', { name: '批准', exact: true }).click()
  await page.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已记录审核结果').first()).toBeVisible()
  await expect(passed).toHaveCount(0)

  // Notices: post, edit, withdraw.
  await menu(page, '通知公告')
  await page.getByLabel('通知标题').fill('考试中心座位预约安排')
  await page.getByLabel('通知正文').fill('请无网络条件的单位于周五前报名。')
  await page.getByRole('button', { name: '发布' }).click()
  await expect(page.getByText('通知已发布').first()).toBeVisible()
  await page.getByRole('button', { name: '修改通知 考试中心座位预约安排' }).click()
  await page.getByLabel('修改通知标题').fill('考试中心座位预约安排（更正）')
  await page.getByRole('button', { name: '保存修改' }).click()
  await expect(page.getByText('通知已修改').first()).toBeVisible()
  await expect(page.getByText('已修改于').first()).toBeVisible()
  await screenshot(page, 'admin-district-notices')
  await page.getByRole('button', { name: '撤回通知 考试中心座位预约安排（更正）' }).click()
  await page.getByRole('button', { name: '撤回', exact: true }).click()
  await expect(page.getByText('通知已撤回').first()).toBeVisible()
  await expect(page.getByRole('heading', { name: '考试中心座位预约安排（更正）' })).toHaveCount(0)

  // Exam centre: a learner of a unit without internet gets a seat, then gives it back.
  const units = await api<{ region: { units: { nodes: { id: string; name: string }[] } } }>(
    request,
    'query($r: ID!) { region(id: $r) { units(first: 50) { nodes { id name } } } }',
    { r: home },
    token,
  )
  const offline = units.region.units.nodes.find((u) => u.name === '呈祥街道')
  expect(offline).toBeTruthy()
  await api(
    request,
    'mutation($u: ID!) { addLearner(input: {unitId: $u, name: "无网学员", phone: "13755550001"}) { id } }',
    { u: offline?.id },
    token,
  )
  await menu(page, '考试中心')
  await page.getByLabel('考试中心场次').locator('tbody tr', { hasText: '衡阳市第二考试中心' }).getByRole('button', { name: '查看预约' }).click()
  const bookings = page.getByLabel('预约情况')
  await bookings.getByRole('combobox', { name: '选择单位' }).click({ force: true })
  await page.getByRole('option', { name: '呈祥街道' }).click()
  await bookings.getByLabel('可预约学员').locator('tbody tr', { hasText: '无网学员' }).locator('.el-checkbox').click()
  await bookings.getByRole('button', { name: '预约座位（1 人）' }).click()
  await expect(page.getByText('已为 1 名学员预约座位').first()).toBeVisible()
  const booked = bookings.getByLabel('已预约学员').locator('tbody tr', { hasText: '无网学员' })
  await expect(booked).toContainText('137****0001')
  await expect(bookings).toContainText('已约 1 / 30')
  await screenshot(page, 'admin-district-centre-bookings')
  await booked.getByRole('button', { name: '取消预约' }).click()
  await page.getByRole('button', { name: '取消预约', exact: true }).last().click()
  await expect(page.getByText('已取消 无网学员 的预约').first()).toBeVisible()
  await expect(bookings).toContainText('已约 0 / 30')

  // Administrators: an appointment through the form, whose new account gets a temporary
  // password shown once (and to be changed at its first login), the list below the district,
  // and a revocation of the caller's own appointment.
  await menu(page, '管理员')
  // On the district the office says which it appoints: nothing is chosen for it.
  await page.getByLabel('管理员姓名').fill('待撤销管理员')
  await page.getByLabel('管理员手机号').fill('13755550002')
  await page.getByRole('button', { name: '任命' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '请选择任命的身份' })).toBeVisible()
  await page.getByRole('radio', { name: '蒸湘区 区委法制办管理员' }).check({ force: true })
  await page.getByRole('button', { name: '任命为 蒸湘区 区委法制办管理员' }).click()
  const confirm = page.getByRole('dialog', { name: '确认任命' })
  await expect(confirm).toContainText('任命 待撤销管理员（13755550002）为 蒸湘区 区委法制办管理员？')
  await confirm.getByRole('button', { name: '确认任命' }).click()
  await expect(page.getByText('已任命 待撤销管理员 为 蒸湘区 的区委法制办管理员').first()).toBeVisible()
  const temporary = await takeTemporaryPassword(page)
  const appointee = await api<{ login: { mustChangePassword: boolean } }>(
    request,
    'mutation($w: String!) { login(phone: "13755550002", password: $w) { mustChangePassword } }',
    { w: temporary },
  )
  expect(appointee.login.mustChangePassword).toBe(true)
  const admins = page.getByLabel('管理员名单')
  await expect(admins).toContainText('蒸湘区司法局管理员')
  const revoked = admins.locator('tbody tr', { hasText: '待撤销管理员' })
  await expect(revoked).toContainText('137****0002')
  await screenshot(page, 'admin-district-admins')
  await revoked.getByRole('button', { name: '撤销' }).click()
  await page.getByRole('button', { name: '撤销', exact: true }).last().click()
  await expect(page.getByText('已撤销 待撤销管理员 的管理员身份').first()).toBeVisible()
  await expect(revoked).toHaveCount(0)

  // Audit log: only the notices' changes, then only one person's actions.
  await menu(page, '操作日志')
  const log = page.getByLabel('操作日志', { exact: true })
  await page.getByRole('combobox', { name: '按操作筛选' }).click({ force: true })
  await page.getByRole('option', { name: '通知（全部）' }).click()
  await page.getByRole('button', { name: '查询' }).click()
  await expect(log).toContainText('修改通知')
  await expect(log).toContainText('撤回通知')
  await expect(log).not.toContainText('撤销管理员')
  await screenshot(page, 'admin-district-audit-filtered')
  await page.getByRole('button', { name: '清除条件' }).click()
  await page.getByLabel('按操作人筛选').fill('13800000005')
  await page.getByRole('button', { name: '查询' }).click()
  await expect(log).toContainText('免考转交区里')
  await expect(log).not.toContainText('修改通知')
  // Down to one unit: its log holds the unit's changes, not the district's notices.
  await page.getByRole('combobox', { name: '按下级单位或地区筛选' }).click({ force: true })
  await page.getByRole('option', { name: '蒸湘区司法局' }).click()
  await expect(page.getByRole('navigation', { name: '所在位置' })).toContainText('蒸湘区司法局')
  await expect(log).toContainText('免考转交区里')
  await page.getByRole('button', { name: '清除条件' }).click()
  await page.getByRole('combobox', { name: '按操作筛选' }).click({ force: true })
  await page.getByRole('option', { name: '通知（全部）' }).click()
  await page.getByRole('button', { name: '查询' }).click()
  await expect(page.getByText('共 0 条')).toBeVisible()
})

test('a unit administrator takes in a learner another unit transferred out', async ({ page, request }) => {
  // A learner of 蒸湘区司法局, put on its roster by the district office.
  const district = (await api<{ login: { token: string } }>(request, 'mutation { login(phone: "13800000003", password: "Xuefa2017") { token } }')).login.token
  const zhengxiang = (await api<{ searchUnits: { id: string; name: string }[] }>(request, '{ searchUnits(name: "蒸湘区司法局") { id name } }', {}, district)).searchUnits[0].id
  const moving = await addLearner(request, district, zhengxiang, { name: '冯立川', phone: '13711280003' })

  await adminLogin(page, '13800000006')
  await menu(page, '调进学员')
  // Still on another unit's roster: the answer says to transfer out first.
  await page.getByLabel('调进学员手机号').fill('13711280003')
  await page.getByRole('button', { name: '调进本单位' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '调出' })).toBeVisible()
  // 蒸湘区 transfers the learner out (after the freeze, the district office does it).
  await api(request, 'mutation($l: ID!) { transferOut(learnerId: $l) { id } }', { l: moving }, district)
  await page.getByLabel('调进学员手机号').fill('13711280003')
  await page.getByRole('button', { name: '调进本单位' }).click()
  await expect(page.getByText(/已将 .+ 调进本单位/).first()).toBeVisible()
  await screenshot(page, 'admin-unit-transfer-in')
  const token = await tokenOf(page)
  const { home } = await ids(request, token)
  const roster = await api<{ unit: { learners: { nodes: { phone: string }[] } } }>(
    request,
    'query($u: ID!) { unit(id: $u) { learners(first: 10, filter: {phone: "13711280003"}) { nodes { phone } } } }',
    { u: home },
    token,
  )
  expect(roster.unit.learners.nodes.map((n) => n.phone)).toEqual(['13711280003'])
})
