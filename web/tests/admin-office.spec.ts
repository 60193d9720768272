import { expect, test } from '@playwright/test'
import { api, screenshot } from './helpers'
import { adminLogin, readXlsx, tokenOf } from './admin-helpers'

test('a district office drills down to a unit and back, and downloads an action list that matches the API', async ({ page, request }) => {
  await adminLogin(page, '13800000003')
  await expect(page.getByText('蒸湘区 统计概览')).toBeVisible()
  const children = page.getByLabel('下级统计')
  await expect(children).toContainText('蒸湘区司法局')
  await expect(page.getByRole('img', { name: '每日进度折线图' })).toBeVisible()
  await screenshot(page, 'admin-district-dashboard')

  // Down to a unit: its figures and the breadcrumb province › city › district › unit.
  await children.getByText('蒸湘区司法局', { exact: true }).click()
  await expect(page.getByText('蒸湘区司法局 统计概览')).toBeVisible()
  const crumbs = page.getByRole('navigation', { name: '所在位置' })
  await expect(crumbs).toContainText('湖南省')
  await expect(crumbs).toContainText('衡阳市')
  await expect(crumbs).toContainText('蒸湘区司法局')
  await screenshot(page, 'admin-district-drilldown')
  // Back up through the breadcrumb; the city above is shown but not a link.
  await expect(crumbs.getByRole('button', { name: '衡阳市' })).toHaveCount(0)
  await crumbs.getByRole('button', { name: '蒸湘区' }).click()
  await expect(page.getByText('蒸湘区 统计概览')).toBeVisible()

  // The action list: phones masked, and the download holds the same rows.
  await page.getByRole('menuitem', { name: '待办名单' }).click()
  await page.getByRole('radio', { name: '未参考' }).check({ force: true })
  const table = page.getByLabel('未参考名单')
  await expect(table.locator('tbody tr').first()).toContainText('****')
  await screenshot(page, 'admin-district-lists')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载名单（Excel）' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^蒸湘区-未参考名单-\d{8}\.xlsx$/)
  const path = test.info().outputPath('list.xlsx')
  await download.saveAs(path)
  const rows = readXlsx(path)
  expect(rows[0][0]).toContain('蒸湘区 未参考名单')
  expect(rows[1].slice(0, 6)).toEqual(['姓名', '手机号', '单位', '职级', '学习积分', '最高分'])

  const token = await tokenOf(page)
  const ids = await api<{ consoleContext: { home: { id: string } }; currentCampaign: { id: string } }>(
    request,
    '{ consoleContext { home { id } } currentCampaign { id } }',
    {},
    token,
  )
  const list = await api<{
    learnersNeedingAction: { totalCount: number; nodes: { name: string; phone: string; unit: { name: string } | null; points: number }[] }
  }>(
    request,
    `query($c: ID!, $n: ID!) { learnersNeedingAction(campaignId: $c, nodeId: $n, kind: NOT_TAKEN, first: 100) {
      totalCount nodes { name phone unit { name } points(campaignId: $c) } } }`,
    { c: ids.currentCampaign.id, n: ids.consoleContext.home.id },
    token,
  )
  const data = rows.slice(2)
  expect(data.length).toBe(list.learnersNeedingAction.totalCount)
  // The sheet is in pinyin order for phoning, the page in paging order: the same people.
  const fromSheet = data.map((row) => [row[0], row[1], row[2], Number(row[4])].join('|')).sort()
  const fromApi = list.learnersNeedingAction.nodes
    .map((node) => [node.name, node.phone, node.unit?.name ?? '', node.points].join('|'))
    .sort()
  expect(fromSheet).toEqual(fromApi)
  // A second click of the same link would not work: the ticket is spent.
  await page.getByRole('menuitem', { name: '操作日志' }).click()
  await expect(page.getByLabel('操作日志')).toContainText('下载数据')
  await screenshot(page, 'admin-district-audit')
})
