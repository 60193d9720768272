import { expect, test } from '@playwright/test'
import { api, apiLogin, loginFirstTime } from './helpers'

// Issue 28, majors 4, 5 and 6, as a learner meets them on a phone.

/** Today in China as the pages write it (12月7日). */
function todayInChina(offsetDays = 0): string {
  const d = new Date(Date.now() + 8 * 3600 * 1000 + offsetDays * 86400 * 1000)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
}

test('the day by which the points are needed is never a day already past', async ({ page }) => {
  // Part-way through the reading; the demo's main session runs on for days.
  await loginFirstTime(page, '13900000025')
  const points = page.getByRole('region', { name: '我的学法积分' })
  await expect(points).toContainText(`须在 ${todayInChina()} 或之前达到 100 分`)
  await expect(points).not.toContainText(todayInChina(-1))
  await page.getByRole('link', { name: '查看考试安排 ›' }).click()
  const reason = page.getByTestId('not-eligible')
  await expect(reason).toContainText(`今天（${todayInChina()}）`)
  await expect(page.getByText(`学法积分须在 ${todayInChina()} 或之前达到要求`)).toBeVisible()
  await expect(page.getByRole('region', { name: '参考资格' })).not.toContainText(todayInChina(-1))
})

test('closing the exam page and opening it again is a return, at the question the learner was on', async ({ browser, request }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true })
  let page = await context.newPage()
  await loginFirstTime(page, '13900000013')
  await page.getByRole('button', { name: '去考试' }).click()
  await page.getByRole('button', { name: '开始考试' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '开始考试' }).click()
  await expect(page).toHaveURL(/\/exam\/att_/)
  const attemptId = page.url().split('/exam/')[1]
  const token = (await page.evaluate(() => localStorage.getItem('xuefa.token'))) ?? ''
  const integrity = async () =>
    (
      await api<{ attemptIntegrity: { leaves: number; awaySeconds: number; events: { kind: string }[] } }>(
        request,
        'query($a: ID!) { attemptIntegrity(attemptId: $a) { leaves awaySeconds events { kind } } }',
        { a: attemptId },
        token,
      )
    ).attemptIntegrity
  const kinds = async () => (await integrity()).events.map((e) => e.kind).join(',')

  // On question 3, the learner leaves; the departure reaches the server, then the page is closed.
  await page.getByRole('button', { name: '下一题' }).click()
  await page.getByRole('button', { name: '下一题' }).click()
  await expect(page.locator('p.meta')).toContainText('第 3 题')
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  await expect.poll(kinds).toBe('LEAVE')
  await page.close()

  // Opened again: the return is recorded then (not at submission), and the paper is at question 3.
  page = await context.newPage()
  await page.goto(`/exam/${attemptId}`)
  await expect(page.locator('p.meta')).toContainText('第 3 题')
  await expect.poll(kinds).toBe('LEAVE,RETURN')
  expect((await integrity()).awaySeconds).toBeLessThan(60)

  // Left and reloaded at once, before the departure was sent: the page sends both.
  await page.getByRole('button', { name: '下一题' }).click()
  await expect(page.locator('p.meta')).toContainText('第 4 题')
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  await page.reload()
  await expect(page.locator('p.meta')).toContainText('第 4 题')
  await expect.poll(kinds).toBe('LEAVE,RETURN,LEAVE,RETURN')
  const after = await integrity()
  expect(after.leaves).toBe(2)
  expect(after.awaySeconds).toBeLessThan(60)
  await context.close()
})

test('a learner between units is told to move into a new unit and sees how the request stands', async ({ page, request }) => {
  // A learner of 蒸湘区司法局 whom the district transfers out after the roster freeze.
  const district = await apiLogin(request, '13800000003', 'Xuefa2017')
  const unitAdmin = await apiLogin(request, '13800000005', 'Xuefa2017')
  const unit = await api<{ me: { roles: { unit: { id: string } | null }[] } }>(
    request,
    '{ me { roles { unit { id } } } }',
    {},
    unitAdmin,
  )
  const unitId = unit.me.roles.find((r) => r.unit)?.unit?.id
  const added = await api<{ addLearner: { id: string } }>(
    request,
    'mutation($u: ID!) { addLearner(input: {unitId: $u, name: "调动中学员", phone: "13700000401", rank: "科员"}) { id } }',
    { u: unitId },
    district,
  )
  await api(request, 'mutation($l: ID!) { transferOut(learnerId: $l) { id } }', { l: added.addLearner.id }, district)

  await loginFirstTime(page, '13700000401')
  const exam = page.getByRole('region', { name: '考试' })
  await expect(exam).toContainText('调入新单位')
  await expect(exam).not.toContainText('不需参加')
  await exam.getByRole('link', { name: '去调入新单位 ›' }).click()
  await expect(page).toHaveURL(/\/me$/)

  const transfer = page.getByRole('region', { name: '调入新单位' })
  await transfer.getByLabel('单位名称').fill('雁峰区司法局')
  await transfer.getByRole('button', { name: '查找' }).click()
  await transfer.getByRole('radio', { name: /雁峰区司法局/ }).check()
  await transfer.getByRole('button', { name: '调入所选单位' }).click()
  await expect(page.getByTestId('transfer-request')).toContainText('雁峰区司法局 · 等待新单位确认')

  // The new unit refuses: the learner sees it, and what to do.
  const yanfeng = await apiLogin(request, '13800000006', 'Xuefa2017')
  await api(request, 'mutation($l: ID!) { refuseTransferIn(learnerId: $l) }', { l: added.addLearner.id }, yanfeng)
  await page.reload()
  await expect(page.getByTestId('transfer-request')).toContainText('新单位未同意')
  await expect(page.getByTestId('transfer-request')).toContainText('另选单位重新申请')
  await page.goto('/')
  await expect(page.getByRole('region', { name: '考试' })).toContainText('雁峰区司法局 未同意您的调入申请')
})
