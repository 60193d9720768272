// The console's speed figures on the generated 1,000,000-learner province (docs/BENCHMARKS.md,
// "Console"): as the province office, the dashboard with its 14 cities after navigation, a
// drill-down click, a 100-row action-list page, and the full-roster export of a district.
// Runs against a server already serving the generated province (see docs/BENCHMARKS.md for the
// commands) with a province administrator PHONE / PASSWORD, in Debian's Chromium.
//
//   BASE=http://127.0.0.1:8100 PHONE=13700000001 PASSWORD=Xuefa2017 node bench/console-bench.mjs
import { chromium } from '@playwright/test'

const base = process.env.BASE ?? 'http://127.0.0.1:8100'
const phone = process.env.PHONE ?? '13700000001'
const password = process.env.PASSWORD ?? 'Xuefa2017'
const ROUNDS = Number(process.env.ROUNDS ?? 5)

async function gql(query, variables = {}, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  const body = await res.json()
  if (body.errors) throw new Error(JSON.stringify(body.errors))
  return body.data
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x) => `${x.toFixed(0)} ms`
const results = []
function report(name, samples, target) {
  const m = median(samples)
  results.push({ name, median: m, max: Math.max(...samples), target, met: m <= target })
  console.log(`${name}: median ${ms(m)}, max ${ms(Math.max(...samples))} (target ≤ ${target} ms)`)
}

const token = (await gql('mutation($p:String!,$w:String!){login(phone:$p,password:$w){token}}', { p: phone, w: password })).login.token
const ctx = await gql('{ consoleContext { home { id name } } currentCampaign { id } }', {}, token)
const campaign = ctx.currentCampaign.id
const province = ctx.consoleContext.home.id

// API timings, for the record next to the page timings.
async function timed(fn) {
  const t = performance.now()
  await fn()
  return performance.now() - t
}
// What the dashboard asks first (the figures and the children); the daily series comes apart.
const DASH = `query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { shouldTake children(orderBy: NAME) { nodeId name shouldTake participated passed participationRate passRate deductionUnits } } }`
const apiDash = []
const apiProgress = []
for (let i = 0; i < ROUNDS; i++) {
  apiDash.push(await timed(() => gql(DASH, { c: campaign, n: province }, token)))
  apiProgress.push(await timed(() => gql('query($c: ID!, $n: ID!) { dailyProgress(campaignId: $c, nodeId: $n) { day } }', { c: campaign, n: province }, token)))
}
console.log(`API dashboard figures (stats with children), province: median ${ms(median(apiDash))}`)
console.log(`API dailyProgress alone, province: median ${ms(median(apiProgress))}`)

const LIST = `query($c: ID!, $n: ID!) { learnersNeedingAction(campaignId: $c, nodeId: $n, kind: NOT_STUDIED, first: 100) {
  totalCount nodes { id name phone phoneMasked rank unit { id name } points(campaignId: $c) bestScore(campaignId: $c) } } }`
const apiList = []
for (let i = 0; i < ROUNDS; i++) apiList.push(await timed(() => gql(LIST, { c: campaign, n: province }, token)))
console.log(`API action list, 100 rows with points and best score, province: median ${ms(median(apiList))}`)

// The largest district, for the export.
const cities = (await gql('query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { children(orderBy: SHOULD_TAKE, descending: true) { nodeId name isUnit } } }', { c: campaign, n: province }, token)).stats.children.filter((c) => !c.isUnit)
const districts = (await gql('query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { children(orderBy: SHOULD_TAKE, descending: true) { nodeId name isUnit shouldTake } } }', { c: campaign, n: cities[0].nodeId }, token)).stats.children.filter((c) => !c.isUnit)
const district = districts[0]
const exports = []
let rows = 0
for (let i = 0; i < ROUNDS; i++) {
  exports.push(await timed(async () => {
    const link = (await gql('mutation($i: DownloadInput!) { createDownloadLink(input: $i) { url } }', { i: { kind: 'ROSTER', campaignId: campaign, nodeId: district.nodeId } }, token)).createDownloadLink.url
    const res = await fetch(`${base}${link}`)
    if (res.status !== 200) throw new Error(`export: HTTP ${res.status}`)
    rows = (await res.arrayBuffer()).byteLength
  }))
}

// The pages, in Chromium at 1440×900.
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
await page.goto(`${base}/admin/login`)
await page.getByLabel('手机号').fill(phone)
await page.getByLabel('密码', { exact: true }).fill(password)
await page.getByRole('button', { name: '登录' }).click()
await page.getByLabel('下级统计').waitFor()

const dash = []
const drill = []
const drillInPage = []
const list = []
for (let i = 0; i < ROUNDS; i++) {
  // Navigation to the dashboard until its figures and the cities' rows are on screen.
  let t = performance.now()
  await page.goto(`${base}/admin/dashboard`)
  await page.getByLabel('下级统计').locator('tbody tr').nth(13).waitFor()
  await page.getByText(cities[0].name, { exact: true }).first().waitFor()
  dash.push(performance.now() - t)
  // A click on the largest city until its districts' table is shown. Measured twice: from the
  // test's click() (which first scrolls, waits for the link to be still and checks what is
  // under the pointer, over the DevTools protocol) until Playwright sees the table; and in the
  // page, from the click event until the frame after the table is in the DOM is painted.
  await page.evaluate(([city, child]) => {
    const drill = (window.__drill = {})
    document.addEventListener('click', (e) => { drill.click = e.timeStamp }, { capture: true, once: true })
    const shown = () =>
      document.body.innerText.includes(`${city} 统计概览`) &&
      document.querySelector('[aria-label="下级统计"]')?.innerText.includes(child)
    const observer = new MutationObserver(() => {
      if (drill.click === undefined || !shown()) return
      observer.disconnect()
      drill.inDom = performance.now()
      requestAnimationFrame(() => setTimeout(() => { drill.painted = performance.now() }))
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  }, [cities[0].name, district.name])
  t = performance.now()
  await page.getByLabel('下级统计').getByText(cities[0].name, { exact: true }).click()
  await page.getByText(`${cities[0].name} 统计概览`).waitFor()
  await page.getByLabel('下级统计').getByText(district.name, { exact: true }).waitFor()
  drill.push(performance.now() - t)
  await page.waitForFunction(() => window.__drill.painted !== undefined)
  drillInPage.push(await page.evaluate(() => window.__drill.painted - window.__drill.click))
  // An action list's first 100 rows.
  await page.goto(`${base}/admin/lists`)
  await page.getByLabel('未参考名单').locator('tbody tr').nth(99).waitFor()
  t = performance.now()
  await page.getByRole('radio', { name: '未完成学习' }).check({ force: true })
  await page.getByLabel('未完成学习名单').locator('tbody tr').nth(99).waitFor()
  list.push(performance.now() - t)
}
await browser.close()

report('dashboard: figures and the 14 cities after navigation (page)', dash, 1000)
report('drill-down click to a city: its table shown (page)', drill, 300)
report('drill-down, in the page: click event to the table painted', drillInPage, 300)
report('action list: a 100-row page shown after switching the list (page)', list, 300)
report(`full-roster export of ${district.name} (${district.shouldTake} should take; ${(rows / 1024).toFixed(0)} KB)`, exports, 3000)
console.log(JSON.stringify(results))
