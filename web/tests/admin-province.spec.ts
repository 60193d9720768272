import { expect, test } from '@playwright/test'
import { api, screenshot } from './helpers'
import { adminLogin, tokenOf } from './admin-helpers'

interface CampaignSettings {
  year: number
  passScore: number
  durationMinutes: number
  studyStart: string
  mainWindow: { start: string; end: string }
  blueprint: { type: string; count: number; pointsEach: number }[]
  categories: { category: string; points: number; required: boolean }[]
}

const SETTINGS = `year passScore durationMinutes studyStart mainWindow { start end }
  blueprint { type count pointsEach } categories { category points required }`

test("the province office creates next year's campaign from this year's", async ({ page, request }) => {
  await adminLogin(page, '13800000001')
  await page.getByRole('menuitem', { name: '年度考试设置' }).click()
  const token = await tokenOf(page)
  const current = await api<{ currentCampaign: CampaignSettings }>(request, `{ currentCampaign { ${SETTINGS} } }`, {}, token)
  const thisYear = current.currentCampaign
  await expect(page.getByText(`${thisYear.year}`).first()).toBeVisible()
  await screenshot(page, 'admin-province-campaign')

  await page.getByRole('button', { name: '以本年度设置新建下一年度' }).click()
  await expect(page.getByRole('button', { name: '建立年度考试' })).toBeVisible()
  // A date out of order is refused next to its field before anything is sent.
  const mainEnd = page.getByLabel('正式考试结束')
  const kept = await mainEnd.inputValue()
  await mainEnd.fill(`${thisYear.year + 1}-01-01`)
  await mainEnd.press('Enter')
  await page.getByRole('button', { name: '建立年度考试' }).click()
  await expect(page.getByText('不能早于正式考试开始日')).toBeVisible()
  await mainEnd.fill(kept)
  await mainEnd.press('Enter')
  await page.getByRole('button', { name: '建立年度考试' }).click()
  await expect(page.getByText(`已建立 ${thisYear.year + 1} 年度考试`).first()).toBeVisible()
  // The new year is offered last year's question bank and study material; taking it copies them.
  await page.getByRole('button', { name: '复制', exact: true }).click()
  await expect(page.getByText(/已复制 \d+ 篇学习资料、\d+ 道题目/)).toBeVisible()

  const next = await api<{ campaign: CampaignSettings }>(
    request,
    `query($y: Int!) { campaign(year: $y) { ${SETTINGS} } }`,
    { y: thisYear.year + 1 },
    token,
  )
  const shift = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`
  expect(next.campaign.year).toBe(thisYear.year + 1)
  expect(next.campaign.passScore).toBe(thisYear.passScore)
  expect(next.campaign.durationMinutes).toBe(thisYear.durationMinutes)
  expect(next.campaign.blueprint).toEqual(thisYear.blueprint)
  expect(next.campaign.categories).toEqual(thisYear.categories)
  expect(next.campaign.studyStart).toBe(shift(thisYear.studyStart))
  expect(next.campaign.mainWindow).toEqual({ start: shift(thisYear.mainWindow.start), end: shift(thisYear.mainWindow.end) })

  // The question bank's import shows the bad row before anything is written.
  await page.getByRole('menuitem', { name: '题库与学习资料' }).click()
  const bank = '题型,题干,选项A,选项B,答案\r\n判断,宪法是国家的根本法,正确,错误,A\r\n判断,一道答案不存在的题,正确,错误,C\r\n'
  await page.getByLabel('选择导入文件').setInputFiles({ name: '题库.csv', mimeType: 'text/csv', buffer: Buffer.from(bank, 'utf8') })
  await expect(page.getByLabel('检查结果').getByText('1 行')).toBeVisible()
  await expect(page.getByLabel('错误行')).toContainText('3')
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled()
  await screenshot(page, 'admin-province-question-bank')
})
