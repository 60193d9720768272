import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { NEW_PASSWORD, apiLogin, loginFirstTime, screenshot } from './helpers'
import { readXlsx } from './admin-helpers'
import { passExam } from './record-helpers'

test('a learner who passed sees the record, downloads the certificate and anyone verifies it', async ({ page, request, browser }) => {
  const phone = '13900000015'
  await loginFirstTime(page, phone)
  const token = await apiLogin(request, phone, NEW_PASSWORD)
  await passExam(request, token)

  await page.goto('/me')
  await page.getByText('学法档案与成绩证明').click()
  await expect(page.getByRole('heading', { name: '学法档案' })).toBeVisible()
  const year = page.getByRole('region', { name: /年度$/ }).first()
  await expect(year).toContainText('合格')
  await expect(year).toContainText('100 分')
  const code = (await page.getByTestId('certificate-code').textContent())?.trim() ?? ''
  expect(code).toMatch(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){3}$/)
  await screenshot(page, 'learner-record')

  // The certificate as a PDF.
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载成绩证明（PDF）' }).click(),
  ])
  const bytes = readFileSync((await pdf.path()) as string)
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')

  // The record as a spreadsheet.
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出学法档案（Excel）' }).click(),
  ])
  const rows = readXlsx((await xlsx.path()) as string)
  expect(rows[1]).toContain('成绩')
  expect(rows.some((r) => r.includes('合格'))).toBe(true)

  // Anyone, not logged in, checks the code; the name comes masked.
  const stranger = await browser.newContext()
  const check = await stranger.newPage()
  await check.goto(`/verify/${code.toLowerCase()}`)
  await expect(check.getByRole('heading', { name: /成绩证明真实有效/ })).toBeVisible()
  await expect(check.getByText('100 分（合格）')).toBeVisible()
  await expect(check.getByText(/^.\*+.?$/)).toBeVisible()
  await check.goto('/verify/AAAAA-BBBBB-CCCCC-DDDDD')
  await expect(check.getByRole('heading', { name: /未找到该成绩证明/ })).toBeVisible()
  await stranger.close()
})
