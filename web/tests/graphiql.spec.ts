import { expect, test } from '@playwright/test'

test('GraphiQL is served by the binary itself and runs a query, nothing from another origin', async ({ page, baseURL }) => {
  const foreign: string[] = []
  const violations: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL ?? '') && !r.url().startsWith('data:')) foreign.push(r.url())
  })
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text())
  })
  await page.goto('/graphql')
  await expect(page.locator('.graphiql-container')).toBeVisible()
  await page.getByRole('button', { name: /Execute query/ }).click()
  await expect(page.locator('.result-window')).toContainText('mustChangePassword', { timeout: 15_000 })
  await expect(page.locator('.result-window')).toContainText('"token"')
  expect(foreign).toEqual([])
  expect(violations).toEqual([])
})
