import { expect, test } from '@playwright/test'
import { api, apiLogin, screenshot, TEMPORARY_PASSWORD } from './helpers'
import { ADMIN_PASSWORD, adminLogin } from './admin-helpers'

/** A day in China Standard Time, `days` from today: `2026-12-03`. */
function cstDay(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 24 * 3600_000).toISOString().slice(0, 10)
}

test('a unit administrator sees which of his learners hold exam-centre seats, and not those of another unit in the same session', async ({ page, request }) => {
  const district = await apiLogin(request, '13800000003', ADMIN_PASSWORD)
  const city = await apiLogin(request, '13800000002', ADMIN_PASSWORD)
  const context = await api<{ consoleContext: { home: { id: string } }; currentCampaign: { id: string } }>(
    request,
    '{ consoleContext { home { id } } currentCampaign { id } }',
    {},
    district,
  )
  const zhengxiang = context.consoleContext.home.id
  const campaign = context.currentCampaign.id
  const hengyang = (
    await api<{ consoleContext: { home: { id: string } } }>(request, '{ consoleContext { home { id } } }', {}, city)
  ).consoleContext.home.id
  const units = await api<{ region: { units: { nodes: { id: string; name: string }[] } } }>(
    request,
    'query($r: ID!) { region(id: $r) { units(first: 50) { nodes { id name } } } }',
    { r: zhengxiang },
    district,
  )
  const chengxiang = units.region.units.nodes.find((u) => u.name === '呈祥街道')?.id
  expect(chengxiang).toBeTruthy()
  // A second unit without internet in the same district, whose learner sits in the same centre session.
  const other = await api<{ createUnit: { id: string } }>(
    request,
    'mutation($r: ID!) { createUnit(input: {regionId: $r, name: "座位测试无网单位", hasInternet: false}) { id } }',
    { r: zhengxiang },
    district,
  )
  const addLearner = 'mutation($u: ID!, $n: String!, $p: String!) { addLearner(input: {unitId: $u, name: $n, phone: $p}) { id } }'
  const own = await api<{ addLearner: { id: string } }>(request, addLearner, { u: chengxiang, n: '座位学员甲', p: '13700016001' }, district)
  const foreign = await api<{ addLearner: { id: string } }>(
    request,
    addLearner,
    { u: other.createUnit.id, n: '座位学员乙', p: '13700016002' },
    district,
  )
  const day = cstDay(2)
  const session = await api<{ createExamCenterSession: { id: string } }>(
    request,
    'mutation($i: CreateExamCenterSessionInput!) { createExamCenterSession(input: $i) { id } }',
    {
      i: {
        campaignId: campaign,
        regionId: hengyang,
        centreName: '衡阳市座位查看考场',
        kind: 'MAIN',
        startsAt: `${day}T09:00:00+08:00`,
        endsAt: `${day}T11:00:00+08:00`,
        seats: 10,
      },
    },
    city,
  )
  await api(
    request,
    'mutation($s: ID!, $l: [ID!]!) { bookExamCenterSeats(sessionId: $s, learnerIds: $l) { id } }',
    { s: session.createExamCenterSession.id, l: [own.addLearner.id, foreign.addLearner.id] },
    district,
  )

  // 呈祥街道's new administrator, on the console's password: the appointment answers a
  // temporary password for the new account, changed at the first login.
  const granted = await api<{ grantRole: { temporaryPassword: { password: string } | null } }>(
    request,
    'mutation($u: ID!) { grantRole(input: {phone: "13700016000", name: "呈祥街道管理员", role: UNIT_ADMIN, unitId: $u}) { id temporaryPassword { password } } }',
    { u: chengxiang },
    district,
  )
  const temporary = granted.grantRole.temporaryPassword?.password ?? ''
  expect(temporary).toMatch(TEMPORARY_PASSWORD)
  const first = await apiLogin(request, '13700016000', temporary)
  await api(
    request,
    'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }',
    { o: temporary, n: ADMIN_PASSWORD },
    first,
  )

  await adminLogin(page, '13700016000')
  await page.getByRole('menuitem', { name: '考试场次' }).click()
  const seats = page.getByLabel('考试中心座位')
  const row = seats.locator('tbody tr', { hasText: '座位学员甲' })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('衡阳市座位查看考场')
  await expect(row).toContainText(`${day} 09:00`)
  await expect(row).toContainText(`${day} 11:00`)
  await expect(row).toContainText('13700016001')
  // The other unit's learner in the same session is not his to see.
  await expect(seats).not.toContainText('座位学员乙')
  await screenshot(page, 'admin-unit-centre-seats')
})
