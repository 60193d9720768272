import { readFileSync } from 'node:fs'
import { unzipSync, strFromU8 } from 'fflate'
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { DEMO_INITIAL_PASSWORD, NEW_PASSWORD, TEMPORARY_PASSWORD, api, apiLogin } from './helpers'

/** The demo administrators' password (README). */
export const ADMIN_PASSWORD = 'Xuefa2017'

/** Signs in to the console through its own sign-in page. */
export async function adminLogin(page: Page, phone: string): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel('手机号').fill(phone)
  await page.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).not.toHaveURL(/\/admin\/login/)
}

/**
 * Reads the temporary password the console shows once after a reset or an appointment, checks
 * what the dialog says with it, and closes the dialog.
 */
export async function takeTemporaryPassword(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog', { name: '临时密码' })
  await expect(dialog).toContainText('此密码只显示这一次，72 小时内有效，登录后须立即修改')
  await expect(dialog).toContainText(/有效期至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
  const password = ((await dialog.getByTestId('temporary-password').textContent()) ?? '').trim()
  expect(password).toMatch(TEMPORARY_PASSWORD)
  await dialog.getByRole('button', { name: '我已记下，关闭' }).click()
  await expect(dialog).toBeHidden()
  return password
}

/** The node (unit or region) an administrator's console opens on. */
export async function homeOf(request: APIRequestContext, token: string): Promise<string> {
  const data = await api<{ consoleContext: { home: { id: string } } }>(request, '{ consoleContext { home { id } } }', {}, token)
  return data.consoleContext.home.id
}

/**
 * Puts a learner of the test's own on a unit's roster, as its administrator (or an office
 * above it) does: a test that needs one person makes it instead of taking a demo learner
 * that another test may have changed. Answers the learner's id.
 */
export async function addLearner(
  request: APIRequestContext,
  token: string,
  unitId: string,
  learner: { name: string; phone: string; retirementDate?: string },
): Promise<string> {
  const data = await api<{ addLearner: { id: string } }>(
    request,
    'mutation($i: AddLearnerInput!) { addLearner(input: $i) { id } }',
    { i: { unitId, ...learner } },
    token,
  )
  return data.addLearner.id
}

/**
 * A learner of the test's own who applies for exemption (免考) through the API: put on the
 * unit's roster with a retirement date early next year, signed in once (the initial password
 * changed) and applying with `reason`. Answers the application's id.
 */
export async function exemptionApplicant(
  request: APIRequestContext,
  unitAdminToken: string,
  learner: { name: string; phone: string; reason: string },
): Promise<string> {
  const { currentCampaign } = await api<{ currentCampaign: { id: string; year: number } }>(
    request,
    '{ currentCampaign { id year } }',
    {},
    unitAdminToken,
  )
  const unitId = await homeOf(request, unitAdminToken)
  await addLearner(request, unitAdminToken, unitId, {
    name: learner.name,
    phone: learner.phone,
    retirementDate: `${currentCampaign.year + 1}-06-30`,
  })
  const first = await apiLogin(request, learner.phone, DEMO_INITIAL_PASSWORD)
  await api(
    request,
    'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }',
    { o: DEMO_INITIAL_PASSWORD, n: NEW_PASSWORD },
    first,
  )
  const token = await apiLogin(request, learner.phone, NEW_PASSWORD)
  const applied = await api<{ applyExemption: { id: string } }>(
    request,
    'mutation($c: ID!, $r: String!) { applyExemption(campaignId: $c, reason: $r) { id } }',
    { c: currentCampaign.id, r: learner.reason },
    token,
  )
  return applied.applyExemption.id
}

/** The token the page keeps, for checks through the API. */
export async function tokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(() => localStorage.getItem('xuefa.token'))
  expect(token).toBeTruthy()
  return token as string
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** The first sheet of an .xlsx as rows of cell texts (enough for the server's exports). */
export function readXlsx(path: string): string[][] {
  const files = unzipSync(new Uint8Array(readFileSync(path)))
  const shared: string[] = []
  const sst = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : ''
  for (const si of sst.match(/<si>[\s\S]*?<\/si>/g) ?? []) {
    shared.push(decode((si.match(/<t[^>]*>([\s\S]*?)<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')))
  }
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml'])
  const rows: string[][] = []
  for (const row of sheet.match(/<row[^>]*>[\s\S]*?<\/row>/g) ?? []) {
    const cells: string[] = []
    for (const c of row.match(/<c [^>]*?(?:\/>|>[\s\S]*?<\/c>)/g) ?? []) {
      const ref = /r="([A-Z]+)\d+"/.exec(c)?.[1] ?? 'A'
      const col = ref.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
      const value = /<v>([\s\S]*?)<\/v>/.exec(c)?.[1]
      let text: string
      if (value !== undefined) text = /t="s"/.test(c) ? shared[Number(value)] : decode(value)
      else text = decode(/<t[^>]*>([\s\S]*?)<\/t>/.exec(c)?.[1] ?? '')
      cells[col] = text
    }
    rows.push(Array.from(cells, (x) => x ?? ''))
  }
  return rows
}
