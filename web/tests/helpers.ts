import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** Opens only a roster learner's account that never had a password; never what a reset gives. */
export const DEMO_INITIAL_PASSWORD = '000000'
/** What the tests change the demo learners' initial password to. */
export const NEW_PASSWORD = 'Xuexi2026ok'
/** A temporary password as a reset, a recovery or an appointment issues it: 8 characters to read out. */
export const TEMPORARY_PASSWORD = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/

const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))

/**
 * Keeps a picture of the page for the README, on `npm run screenshots` only (XUEFA_SCREENSHOTS=1,
 * SQLite): the ordinary runs, CI's included, write nothing into docs/.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.XUEFA_SCREENSHOTS !== '1' || process.env.XUEFA_E2E_BACKEND === 'postgres') return
  mkdirSync(screenshotsDir, { recursive: true })
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`), animations: 'disabled' })
}

/** Calls the API directly, as the pages do, to check what the server holds. */
export async function api<T = Record<string, unknown>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  })
  const body = await response.json()
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
  return body.data as T
}

/** Logs in through the API and returns the token (for checks, not for the page). */
export async function apiLogin(request: APIRequestContext, phone: string, password: string): Promise<string> {
  const data = await api<{ login: { token: string } }>(
    request,
    'mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }',
    { p: phone, w: password },
  )
  return data.login.token
}

/**
 * Logs a learner in through the page with a password that must be changed (the initial one, or
 * a temporary one) and does the forced change.
 */
export async function loginAndChange(page: Page, phone: string, password: string, newPassword = NEW_PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('手机号').fill(phone)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/change-password$/)
  await page.getByLabel('新密码').fill(newPassword)
  await page.getByLabel('确认密码').fill(newPassword)
  await page.getByRole('button', { name: '确认修改' }).click()
  await expect(page).toHaveURL(/\/$/)
}

/** Logs a demo learner in through the page and does the forced password change. */
export async function loginFirstTime(page: Page, phone: string): Promise<void> {
  await loginAndChange(page, phone, DEMO_INITIAL_PASSWORD)
}

/** Logs in through the page with a password already changed. */
export async function login(page: Page, phone: string, password = NEW_PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('手机号').fill(phone)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).not.toHaveURL(/\/login/)
}
