import { expect, test } from '@playwright/test'
import { NEW_PASSWORD, api, apiLogin, loginFirstTime, screenshot } from './helpers'

const LEARNER = '13900000021'
const MY_STUDY =
  'query { currentCampaign { id } }'

test('a study item is credited once its reading time has passed on the server', async ({ page, request }) => {
  await loginFirstTime(page, LEARNER)
  const token = await apiLogin(request, LEARNER, NEW_PASSWORD)
  const { currentCampaign } = await api<{ currentCampaign: { id: string } }>(request, MY_STUDY, {}, token)
  const total = async () =>
    (await api<{ myStudy: { total: number } }>(request, 'query($c: ID!) { myStudy(campaignId: $c) { total } }', { c: currentCampaign.id }, token))
      .myStudy.total
  const before = await total()

  await page.getByRole('link', { name: '去学习' }).click()
  await expect(page.getByRole('heading', { name: /指定读本/ })).toBeVisible()
  await screenshot(page, 'learner-study')

  // The third chapter is not read yet: its timer follows the server, then it is credited.
  await page.getByRole('link', { name: /第三章 国家机构/ }).click()
  await expect(page.getByTestId('reading-status')).toContainText('还需阅读')
  await screenshot(page, 'learner-study-item')
  await expect(page.getByTestId('reading-status')).toHaveText('已学完，获得 10 分', { timeout: 45_000 })
  expect(await total()).toBe(before + 10)

  // Back on the list it shows as read.
  await page.getByRole('button', { name: '返回' }).click()
  await expect(page.getByRole('link', { name: /第三章 国家机构/ })).toContainText('已学完')
})
