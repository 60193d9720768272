import { expect, test } from '@playwright/test'
import { api, apiLogin } from './helpers'
import { adminLogin, ADMIN_PASSWORD } from './admin-helpers'

test('the unit administrator reviews the attempts whose exam page was left, with the note', async ({ page, request }) => {
  // A learner of 蒸湘区司法局 starts the exam, leaves the page twice and explains (through the API).
  const learner = await apiLogin(request, '13900000012', '000000')
  await api(request, 'mutation { changePassword(oldPassword: "000000", newPassword: "Xuexi2026ok") }', {}, learner)
  const campaign = await api<{ currentCampaign: { id: string } }>(request, '{ currentCampaign { id } }', {}, learner)
  const sessions = await api<{ examSessions: { id: string; kind: string }[] }>(
    request,
    'query($c: ID!) { examSessions(campaignId: $c) { id kind } }',
    { c: campaign.currentCampaign.id },
    learner,
  )
  const session = sessions.examSessions.find((s) => s.kind === 'MAIN')?.id
  const started = await api<{ startExam: { id: string } }>(
    request,
    'mutation($s: ID!) { startExam(sessionId: $s) { id } }',
    { s: session },
    learner,
  )
  const attemptId = started.startExam.id
  const t0 = Date.now() - 120_000
  const at = (ms: number) => new Date(t0 + ms).toISOString()
  await api(
    request,
    'mutation($a: ID!, $e: [AttemptEventInput!]!) { reportAttemptEvents(attemptId: $a, events: $e) }',
    {
      a: attemptId,
      e: [
        { kind: 'LEAVE', at: at(0) },
        { kind: 'RETURN', at: at(10_000) },
        { kind: 'LEAVE', at: at(30_000) },
        { kind: 'RETURN', at: at(40_000) },
      ],
    },
    learner,
  )
  await api(request, 'mutation($a: ID!) { noteAttemptEvents(attemptId: $a, note: "来电打断") }', { a: attemptId }, learner)
  // The province tolerates one departure.
  const province = await apiLogin(request, '13800000001', ADMIN_PASSWORD)
  await api(
    request,
    'mutation($c: ID!) { setIntegrityTolerance(campaignId: $c, maxLeaves: 1) }',
    { c: campaign.currentCampaign.id },
    province,
  )

  await adminLogin(page, '13800000005')
  await page.getByRole('menuitem', { name: '离开页面记录' }).click()
  await expect(page).toHaveURL(/\/admin\/integrity$/)
  const row = page.getByRole('row', { name: /来电打断/ })
  await expect(row).toContainText('需核实')
  await expect(row).toContainText('2')
  await expect(row).toContainText('离开')
})
