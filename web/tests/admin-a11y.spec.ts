import { expect, test, type Page } from '@playwright/test'
import { ADMIN_PASSWORD, adminLogin } from './admin-helpers'
import { api, apiLogin } from './helpers'
import { expectAccessible, settled, smallTargets } from './a11y-helpers'

/**
 * The console against WCAG 2.2 AA (axe-core): no serious or critical finding (colour
 * contrast among them) and no landmark or heading finding on any section of any office,
 * nor on the sign-in page and the dialogs; every control of every section at least 44×44.
 */

/**
 * Opens every section the menu offers and checks each once its figures or rows are in: axe,
 * and every control at least 44×44.
 */
async function everySection(page: Page, who: string): Promise<string[]> {
  const menu = page.getByRole('navigation', { name: '功能菜单' }).getByRole('menuitem')
  await expect(menu.first()).toBeVisible()
  const labels = (await menu.allInnerTexts()).map((l) => l.trim())
  const small: string[] = []
  expect(labels.length).toBeGreaterThan(2)
  for (const label of labels) {
    await menu.filter({ hasText: label }).first().click()
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible()
    await expect(page.locator('.el-loading-mask:visible')).toHaveCount(0)
    await expectAccessible(page, `${who}: ${label}`)
    for (const t of await smallTargets(page, 44)) small.push(`${label}: ${t}`)
  }
  expect(small, `${who}: targets under 44×44`).toEqual([])
  return labels
}

test('the sign-in page, and every section of a unit administrator with its dialogs', async ({ page }) => {
  await page.goto('/admin/login')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectAccessible(page, 'sign-in')
  await page.getByLabel('手机号').fill('13800000005')
  await page.getByLabel('密码', { exact: true }).fill(`${ADMIN_PASSWORD}-wrong`)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expectAccessible(page, 'sign-in, a wrong password')

  await adminLogin(page, '13800000005')
  await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(/学法考法/)
  const sections = await everySection(page, 'unit administrator')
  expect(sections).toContain('学员名单')

  // The roster's form in a dialog.
  await page.getByRole('menuitem', { name: '学员名单' }).click()
  await page.getByRole('button', { name: '添加学员' }).click()
  const dialog = page.getByRole('dialog', { name: /添加学员/ })
  await expect(dialog).toBeVisible()
  await settled(dialog)
  await expectAccessible(page, 'roster, the add dialog')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()

  // A confirmation (Element Plus's message box), answered no.
  await page.locator('.el-table tbody tr').first().getByRole('button', { name: '重置密码' }).click()
  const confirmation = page.getByRole('dialog', { name: '请确认' })
  await expect(confirmation).toBeVisible()
  await settled(confirmation)
  await expectAccessible(page, 'roster, a confirmation')
  await confirmation.getByRole('button', { name: '取消' }).click()
  await expect(confirmation).toBeHidden()
})

test('a notice in its edit dialog', async ({ page, request }) => {
  // A notice of the district's own to edit.
  const district = await apiLogin(request, '13800000003', ADMIN_PASSWORD)
  const { consoleContext } = await api<{ consoleContext: { home: { id: string } } }>(request, '{ consoleContext { home { id } } }', {}, district)
  await api(
    request,
    'mutation($r: ID!) { postNotice(input: { regionId: $r, title: "无障碍检查用通知", body: "正文" }) { id } }',
    { r: consoleContext.home.id },
    district,
  )
  await adminLogin(page, '13800000003')
  await page.getByRole('menuitem', { name: '通知公告' }).click()
  await page.getByRole('button', { name: '修改通知 无障碍检查用通知' }).click()
  const dialog = page.getByRole('dialog', { name: '修改通知' })
  await expect(dialog).toBeVisible()
  await settled(dialog)
  await expectAccessible(page, 'notices, the edit dialog')
})

for (const [phone, who] of [
  ['13800000003', 'district office'],
  ['13800000002', 'city office'],
  ['13800000001', 'province office'],
] as const) {
  test(`every section of the ${who}`, async ({ page }) => {
    await adminLogin(page, phone)
    await everySection(page, who)
  })
}
