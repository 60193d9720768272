import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { NEW_PASSWORD, api, apiLogin, loginFirstTime } from './helpers'
import { ADMIN_PASSWORD } from './admin-helpers'
import { expectAccessible, settled, sidewaysOverflow, smallTargets, smallText } from './a11y-helpers'
import { passExam } from './record-helpers'

/**
 * The learners' pages against WCAG 2.2 AA (axe-core) and the 适老化 norms: no serious or
 * critical finding and no landmark or heading finding in any page state; in both text
 * modes at 320 and 375 px, nothing scrolls sideways and every target is at least 44×44
 * (60×60 in 大字模式), and in 大字模式 text is at least 18 px with a line spacing of 1.3.
 */

/**
 * A practice question of the province's own (the demo has none), as the practice test adds
 * them; the function returned withdraws it again (that test counts its own).
 */
async function addPracticeQuestion(request: APIRequestContext): Promise<() => Promise<void>> {
  const province = await apiLogin(request, '13800000001', ADMIN_PASSWORD)
  const campaign = await api<{ currentCampaign: { id: string } }>(request, '{ currentCampaign { id } }', {}, province)
  const tag = `无障碍${Date.now()}`
  const csv =
    '题型,题干,选项A,选项B,选项C,选项D,答案,解析,法律依据\r\n' +
    `单选,练习题（${tag}）：宪法是国家的什么法,根本法,普通法,特别法,地方法,A,宪法具有最高法律效力,《中华人民共和国宪法》序言\r\n`
  const imported = await request.post('/graphql', {
    headers: { Authorization: `Bearer ${province}`, 'GraphQL-Preflight': '1' },
    multipart: {
      operations: JSON.stringify({
        query: 'mutation($c: ID!, $f: Upload!) { importQuestions(campaignId: $c, file: $f) { created } }',
        variables: { c: campaign.currentCampaign.id, f: null },
      }),
      map: JSON.stringify({ '0': ['variables.f'] }),
      '0': { name: '练习题.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') },
    },
  })
  expect((await imported.json()).data?.importQuestions?.created).toBe(1)
  const bank = await api<{ questions: { id: string; stem: string }[] }>(
    request,
    'query($c: ID!) { questions(campaignId: $c) { id stem } }',
    { c: campaign.currentCampaign.id },
    province,
  )
  const mine = bank.questions.filter((q) => q.stem.includes(tag))
  expect(mine).toHaveLength(1)
  await api(request, 'mutation($q: ID!) { setQuestionPractice(questionId: $q) { id } }', { q: mine[0].id }, province)
  // Once shown to a learner it stays a practice question: withdrawn, it is offered no more.
  return async () => void (await api(request, 'mutation($q: ID!) { withdrawQuestion(id: $q) { id } }', { q: mine[0].id }, province))
}


test('every page state of the learners has no serious, critical, landmark or heading finding', async ({ page, request }) => {
  // Public pages.
  await page.goto('/login')
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
  await expectAccessible(page, 'login')
  await page.getByLabel('手机号').fill('123')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByText('请输入 11 位手机号')).toBeVisible()
  await expectAccessible(page, 'login, a field error')
  await page.getByRole('link', { name: /忘记密码/ }).click()
  await expect(page.getByRole('heading', { name: '申请重置密码' })).toBeVisible()
  await expectAccessible(page, 'recover')
  const ask = page.getByRole('form', { name: '申请重置密码' })
  await ask.getByLabel('手机号').fill('13712340099')
  await ask.getByLabel('姓名').fill('无此人')
  await ask.getByLabel('工作单位').fill('蒸湘区司法局')
  await ask.getByRole('button', { name: '提交申请' }).click()
  await expect(page.getByText('申请已提交。请记下查询码')).toBeVisible()
  await page.getByRole('form', { name: '查询处理结果' }).getByRole('button', { name: '查询' }).click()
  await expect(page.getByRole('status').filter({ hasText: '受理中' })).toBeVisible()
  await expectAccessible(page, 'recover, the receipt and its status')

  // The forced password change, the toast after it, home.
  const phone = '13900000004'
  await page.goto('/login')
  await page.getByLabel('手机号').fill(phone)
  await page.getByLabel('密码', { exact: true }).fill('000000')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/change-password$/)
  await expectAccessible(page, 'forced password change')
  await page.getByLabel('新密码').fill(NEW_PASSWORD)
  await page.getByLabel('确认密码').fill(NEW_PASSWORD)
  await page.getByRole('button', { name: '确认修改' }).click()
  await expect(page.getByRole('status').filter({ hasText: '密码已修改' })).toBeVisible()
  await expectAccessible(page, 'home with the toast')
  await expect(page.getByText('您可以参加考试了')).toBeVisible()
  await expectAccessible(page, 'home')

  // Study: the list and a reading with its timer.
  await page.getByRole('link', { name: '学习', exact: true }).click()
  await expect(page.getByRole('heading', { name: /指定读本/ })).toBeVisible()
  await expectAccessible(page, 'study')
  await page.getByRole('link', { name: /第一章/ }).first().click()
  await expect(page.getByTestId('reading-status')).toBeVisible()
  await expectAccessible(page, 'reading')
  // The timer is heard once a minute, not every second.
  await expect(page.getByRole('status').filter({ hasText: /阅读|学完/ })).toHaveCount(1)
  const spoken = page.getByTestId('reading-announcement')
  const seen = page.getByTestId('reading-status')
  if (/还需阅读/.test(await seen.innerText())) {
    await expect(spoken).toHaveText(/^还需阅读约 \d+ 分钟$/)
    await expect(seen).toHaveAttribute('aria-hidden', 'true')
  }

  // Practice and the wrong-answer book.
  const practiceDone = await addPracticeQuestion(request)
  await page.goto('/practice')
  await expectAccessible(page, 'practice')
  await page.getByRole('button', { name: '开始练习' }).click()
  await expect(page.locator('#practice-stem')).toBeVisible()
  await expectAccessible(page, 'practice question')
  await page.getByRole('group', { name: /选项/ }).getByRole('button').first().click()
  await page.getByRole('button', { name: '提交答案' }).click()
  await expect(page.getByText(/回答(正确|错误)/)).toBeVisible()
  await expectAccessible(page, 'practice answer')
  await page.getByRole('tab', { name: '错题本' }).click()
  await expectAccessible(page, 'wrong-answer book')
  await practiceDone()

  // The exam: the start, its confirmation, the paper, the answer sheet, the submission.
  await page.goto('/exam')
  await expect(page.getByText('您已符合参考条件')).toBeVisible()
  await expectAccessible(page, 'exam start')
  await page.getByRole('button', { name: '开始考试' }).click()
  await expect(page.getByRole('dialog', { name: '开始考试' })).toBeVisible()
  await settled(page.getByRole('dialog', { name: '开始考试' }))
  await expectAccessible(page, 'exam start confirmation')
  await page.getByRole('dialog', { name: '开始考试' }).getByRole('button', { name: '开始考试' }).click()
  await expect(page.getByRole('timer')).toBeVisible()
  await expectAccessible(page, 'exam paper')
  await page.locator('.option').first().click()
  await expect(page.getByTestId('save-state')).toHaveText('已保存')
  await expectAccessible(page, 'exam paper, an answer saved')
  await page.getByRole('button', { name: '答题卡', exact: true }).click()
  const sheet = page.getByRole('dialog', { name: '答题卡' })
  await expect(sheet).toBeVisible()
  await expect(page.getByRole('button', { name: '关闭答题卡' })).toBeVisible()
  await settled(sheet)
  await expectAccessible(page, 'answer sheet')
  await sheet.getByRole('button', { name: '关闭', exact: true }).click()
  await expect(sheet).toBeHidden()
  await page.getByRole('button', { name: '交卷' }).click()
  await expect(page.getByRole('dialog', { name: '确认交卷' })).toBeVisible()
  await settled(page.getByRole('dialog', { name: '确认交卷' }))
  await expectAccessible(page, 'submission confirmation')
  await page.getByRole('dialog', { name: '确认交卷' }).getByRole('button', { name: '确认交卷' }).click()
  await expect(page).toHaveURL(/\/result\//)
  await expect(page.getByTestId('score')).toBeVisible()
  await expectAccessible(page, 'result')

  // 我的, the record with a certificate, and the public verification page.
  await page.getByRole('button', { name: '返回' }).click()
  await page.getByRole('link', { name: '我的' }).click()
  await expect(page.getByRole('heading', { name: '免考申请' })).toBeVisible()
  await expectAccessible(page, 'me')
  // The cells' "›" is drawn, not a glyph of the icon font the build leaves out (it showed as ⊠).
  const arrow = page.locator('.van-cell__right-icon').first()
  await expect(arrow).toBeVisible()
  expect(await arrow.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('""')
  expect(await arrow.evaluate((el) => getComputedStyle(el, '::before').borderTopStyle)).toBe('solid')
  await page.getByRole('button', { name: '提交免考申请' }).click()
  await expect(page.getByText('请填写申请理由')).toBeVisible()
  await expectAccessible(page, 'me, a field error')

  const passer = '13900000005'
  const token = await (async () => {
    await page.getByRole('button', { name: '退出登录' }).click()
    await loginFirstTime(page, passer)
    return apiLogin(request, passer, NEW_PASSWORD)
  })()
  await passExam(request, token)
  await page.goto('/record')
  const code = page.getByTestId('certificate-code')
  await expect(code).toBeVisible()
  await expectAccessible(page, 'record')
  const verify = await page.getByRole('link', { name: /打开查验页面/ }).getAttribute('href')
  expect(verify).toMatch(/^\/verify\//)
  await page.goto(verify as string)
  await expect(page.getByRole('heading', { name: /成绩证明真实有效/ })).toBeVisible()
  await expectAccessible(page, 'verification page')
})

for (const large of [false, true]) {
  const mode = large ? '大字模式' : 'normal text'
  const target = large ? 60 : 44
  test(`${mode}: at 320 and 375 px nothing scrolls sideways and every target is ${target}×${target}`, async ({ page }) => {
    const phone = large ? '13900000007' : '13900000006'
    await page.setViewportSize({ width: 375, height: 667 })
    await page.goto('/login')
    if (large) {
      // The switch on the login page, remembered for every page after it.
      await page.getByRole('switch', { name: '大字模式' }).check()
      await expect(page.locator('html')).toHaveClass(/large-text/)
    }
    await loginFirstTime(page, phone)
    await expect(page.locator('html')).toHaveClass(large ? /large-text/ : /^(?!.*large-text)/)

    const pages: [string, (p: Page) => Promise<void>][] = [
      ['/login', async (p) => void (await expect(p.getByRole('button', { name: '登录' })).toBeVisible())],
      ['/recover', async (p) => void (await expect(p.getByRole('heading', { name: '申请重置密码' })).toBeVisible())],
      ['/', async (p) => void (await expect(p.getByText('您可以参加考试了')).toBeVisible())],
      ['/study', async (p) => void (await expect(p.getByRole('heading', { name: /指定读本/ })).toBeVisible())],
      ['/exam', async (p) => void (await expect(p.getByText('您已符合参考条件')).toBeVisible())],
      ['/practice', async (p) => void (await expect(p.getByRole('button', { name: '开始练习' })).toBeVisible())],
      ['/me', async (p) => void (await expect(p.getByRole('heading', { name: '免考申请' })).toBeVisible())],
      ['/record', async (p) => void (await expect(p.getByRole('heading', { name: '学法档案' })).toBeVisible())],
      ['/change-password', async (p) => void (await expect(p.getByRole('button', { name: '确认修改' })).toBeVisible())],
    ]
    const problems: string[] = []
    const check = async (where: string) => {
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 667 })
        const overflow = await sidewaysOverflow(page)
        if (overflow > 0) problems.push(`${where} at ${width}px: ${overflow}px past the right edge`)
        for (const t of await smallTargets(page, target)) problems.push(`${where} at ${width}px: target ${t}`)
        if (large) for (const t of await smallText(page, 18, 1.3)) problems.push(`${where} at ${width}px: text ${t}`)
      }
    }
    for (const [path, ready] of pages) {
      await page.goto(path)
      await ready(page)
      await check(path)
    }
    // A reading, with its timer.
    await page.goto('/study')
    await page.getByRole('link', { name: /第一章/ }).first().click()
    await expect(page.getByTestId('reading-status')).toBeVisible()
    await check('reading')

    // The exam's confirmation, the paper and its answer sheet.
    await page.setViewportSize({ width: 375, height: 667 })
    await page.goto('/exam')
    await page.getByRole('button', { name: '开始考试' }).click()
    const confirm = page.getByRole('dialog', { name: '开始考试' })
    await expect(confirm).toBeVisible()
    await settled(confirm)
    await check('exam start confirmation')
    await confirm.getByRole('button', { name: '开始考试' }).click()
    await expect(confirm).toBeHidden()
    await expect(page.getByRole('timer')).toBeVisible()
    await check('paper')
    await page.getByRole('button', { name: '答题卡', exact: true }).click()
    await expect(page.getByRole('dialog', { name: '答题卡' })).toBeVisible()
    await settled(page.getByRole('dialog', { name: '答题卡' }))
    await check('answer sheet')
    await page.getByRole('dialog', { name: '答题卡' }).getByRole('button', { name: '关闭', exact: true }).click()

    // The submission's confirmation and the result.
    await page.setViewportSize({ width: 375, height: 667 })
    await page.getByRole('button', { name: '交卷' }).click()
    const submit = page.getByRole('dialog', { name: '确认交卷' })
    await expect(submit).toBeVisible()
    await settled(submit)
    await check('submission confirmation')
    await page.setViewportSize({ width: 375, height: 667 })
    await submit.getByRole('button', { name: '确认交卷' }).click()
    await expect(page.getByTestId('score')).toBeVisible()
    await expect(submit).toBeHidden()
    await check('result')
    expect(problems).toEqual([])
  })
}

test('robots.txt lets only the certificate check be indexed; the favicon, the manifest and a description are there', async ({ page, request }) => {
  const robots = await request.get('/robots.txt')
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/)
  const rules = await robots.text()
  expect(rules).toMatch(/^Allow: \/verify\/$/m)
  expect(rules).toMatch(/^Disallow: \/$/m)
  const icon = await request.get('/favicon.ico')
  expect(icon.headers()['content-type']).toBe('image/x-icon')
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]))

  await page.goto('/login')
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /学法考法/)
  const manifestPath = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = await (await request.get(manifestPath ?? '/manifest.webmanifest')).json()
  expect(manifest).toMatchObject({ name: '学法考法', start_url: '/', display: 'standalone', lang: 'zh-CN' })
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const file = await request.get(icon.src)
    expect(file.ok(), icon.src).toBe(true)
    expect(file.headers()['content-type'], icon.src).toBe(icon.type)
  }
})

test.describe(() => {
  // The stand-in for the server's clock is a route; a page the service worker controls is
  // out of the routes' reach.
  test.use({ serviceWorkers: 'block' })

  test('the exam warns in words, once each, five minutes and one minute before its end', async ({ page }) => {
    // On PostgreSQL + Redis the page's once-a-minute clock request never goes out under
    // Playwright's fake clock (the page's time moves, no ExamClock request is made): an open
    // defect of this test's stand-in, not of the warning, which the SQLite run checks.
    test.skip(process.env.XUEFA_E2E_BACKEND === 'postgres', 'fake clock and the resync request on PostgreSQL + Redis: open')
    await page.clock.install()
    await loginFirstTime(page, '13900000018')
    await page.goto('/exam')
    await page.getByRole('button', { name: '开始考试' }).click()
    await page.getByRole('dialog', { name: '开始考试' }).getByRole('button', { name: '开始考试' }).click()
    await expect(page.getByRole('timer')).toBeVisible()
    const warning = page.getByTestId('time-warning')
    await expect(warning).toBeHidden()

    // The server's clock, asked once a minute, says the end is near (a stand-in for waiting 55 minutes).
    let remaining = 240
    await page.route('**/graphql', async (route) => {
      if (route.request().headers()['x-xuefa-operation'] !== 'ExamClock') return route.fallback()
      await route.fulfill({
        json: { data: { examAttempt: { id: 'x', status: 'LIVE', remainingSeconds: remaining, autoSubmitted: false } } },
      })
    })
    await page.clock.runFor(61_000)
    await expect(warning).toHaveText('距考试结束不足 5 分钟，时间到后系统将按已保存的答案自动交卷。')
    await expect(warning).toHaveAttribute('role', 'status')
    remaining = 50
    await page.clock.runFor(60_000)
    await expect(warning).toHaveText('距考试结束不足 1 分钟，时间到后系统将按已保存的答案自动交卷。')
  })
})
