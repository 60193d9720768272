import { expect, test } from '@playwright/test'
import { api, loginAndChange, screenshot } from './helpers'
import { adminLogin, takeTemporaryPassword, tokenOf } from './admin-helpers'

/** A roster file as a browser would upload it. */
function csv(lines: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return { name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8') }
}

test('a unit administrator imports a roster with bad rows, fixes it, resets a password and schedules a session', async ({ browser, page, request }) => {
  await adminLogin(page, '13800000005')
  await expect(page.getByText('蒸湘区司法局 统计概览')).toBeVisible()
  await expect(page.getByRole('menuitem', { name: '名单导入' })).toBeVisible()
  await expect(page.getByRole('menuitem', { name: '操作日志' })).toHaveCount(0)
  await screenshot(page, 'admin-unit-dashboard')

  // Import: the template, then a file with two bad rows.
  await page.getByRole('menuitem', { name: '名单导入' }).click()
  const template = await request.get('/export/roster-template.xlsx')
  expect(template.status()).toBe(200)
  const header = '姓名,手机号,职级,在职状态,退休日期'
  await page.getByLabel('选择名单文件').setInputFiles(
    csv([header, '周一鸣,13766660001,科员,在职,2040-01-31', '吴二,1234,科员,在职,', '郑三,+86 137 6666 0003,副科级,调休,']),
  )
  const check = page.getByLabel('检查结果')
  await expect(check.getByText('2 行')).toBeVisible()
  const errors = page.getByLabel('错误行')
  await expect(errors).toContainText('3')
  await expect(errors).toContainText('4')
  await expect(errors).toContainText('1234')
  // The row-by-row preview: what each good row would do, the phone as it will be stored.
  await expect(page.getByLabel('逐行预览').locator('tbody tr', { hasText: '周一鸣' })).toContainText('新增')
  await screenshot(page, 'admin-unit-import-preview')
  // Fixed: the full-width digits and +86 are normalised, not refused.
  await page.getByLabel('选择名单文件').setInputFiles(
    csv([header, '周一鸣,13766660001,科员,在职,2040-01-31', '吴二,１３７６６６６０００２,科员,在职,', '郑三,+86 137 6666 0003,副科级,在职,']),
  )
  await expect(check.getByText('0 行')).toBeVisible()
  await expect(page.getByLabel('逐行预览').locator('tbody tr', { hasText: '吴二' })).toContainText('13766660002')
  await expect(page.getByLabel('逐行预览').locator('tbody tr', { hasText: '郑三' })).toContainText('13766660003')
  await expect(check.getByText('3 人').first()).toBeVisible()
  await page.getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByText('导入完成：新增 3 人').first()).toBeVisible()

  const token = await tokenOf(page)
  const unit = await api<{ consoleContext: { home: { id: string } } }>(request, '{ consoleContext { home { id } } }', {}, token)
  const roster = await api<{ unit: { learners: { nodes: { name: string; phone: string }[] } } }>(
    request,
    'query($u: ID!) { unit(id: $u) { learners(first: 10, filter: {phone: "1376666"}) { nodes { name phone } } } }',
    { u: unit.consoleContext.home.id },
    token,
  )
  expect(roster.unit.learners.nodes.map((n) => n.phone).sort()).toEqual(['13766660001', '13766660002', '13766660003'])

  // Roster: names in pinyin order; reset one learner's password.
  await page.getByRole('menuitem', { name: '学员名单' }).click()
  await page.getByLabel('按手机号筛选').fill('1376666')
  await page.getByRole('button', { name: '查询' }).click()
  const table = page.getByLabel('学员名单')
  await expect(table.locator('tbody tr')).toHaveCount(3)
  await expect(table.locator('tbody tr').first()).toContainText('吴二')
  await expect(table.locator('tbody tr').last()).toContainText('周一鸣')
  await screenshot(page, 'admin-unit-roster')
  const wu = table.locator('tbody tr', { hasText: '吴二' })
  // 吴二 sets a password of his own first.
  const learnerLogin = await api<{ login: { token: string } }>(
    request,
    'mutation { login(phone: "13766660002", password: "000000") { token } }',
  )
  await api(request, 'mutation { changePassword(oldPassword: "000000", newPassword: "Wuer2026ok") }', {}, learnerLogin.login.token)
  await wu.getByRole('button', { name: '重置密码' }).click()
  await expect(page.getByRole('dialog', { name: '请确认' })).toContainText('将生成一次性临时密码')
  await page.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已重置 吴二 的密码').first()).toBeVisible()
  // The temporary password, shown once: 吴二 logs in with it (in a browser of his own) and
  // must change it first; his own password no longer works.
  const temporary = await takeTemporaryPassword(page)
  const wuBrowser = await browser.newContext()
  const wuPage = await wuBrowser.newPage()
  await wuPage.goto('/login')
  await wuPage.getByLabel('手机号').fill('13766660002')
  await wuPage.getByLabel('密码', { exact: true }).fill('Wuer2026ok')
  await wuPage.getByRole('button', { name: '登录' }).click()
  await expect(wuPage.getByRole('alert')).toHaveText('手机号或密码错误')
  await loginAndChange(wuPage, '13766660002', temporary, 'Wuer2026new')
  await wuBrowser.close()

  // Sessions: one inside the main window, tomorrow or later.
  const campaign = await api<{ currentCampaign: { mainWindow: { start: string; end: string } } }>(
    request,
    '{ currentCampaign { mainWindow { start end } } }',
    {},
    token,
  )
  const tomorrow = new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10)
  const { start, end } = campaign.currentCampaign.mainWindow
  const day = tomorrow > start ? tomorrow : start
  test.skip(day > end, 'the demo campaign has no day left in its main window')
  await page.getByRole('menuitem', { name: '考试场次' }).click()
  await page.getByLabel('考试日期').fill(day)
  await page.getByLabel('考试日期').press('Enter')
  await page.getByRole('button', { name: '安排场次' }).click()
  await expect(page.getByText('已安排考试场次').first()).toBeVisible()
  await expect(page.getByLabel('考试场次')).toContainText(`${day} 09:00`)
  await screenshot(page, 'admin-unit-sessions')
})
