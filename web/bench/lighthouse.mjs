// Lighthouse (npm `lighthouse`, pinned in package.json) on the learners' pages, as a phone on a
// slow network sees them: Lighthouse's mobile defaults (Moto G Power, simulated Slow 4G and a
// 4× slower CPU), Debian's Chromium, three runs a page, the median run's figures reported
// (docs/BENCHMARKS.md, issue 30). Starts the server binary itself (XUEFA_BIN, default
// ../target/release/xuefa) on a fresh SQLite file with the demo data; the signed-in pages get
// a learner's token in localStorage, the live paper a started attempt.
//
//   cargo build --release && cd web && node bench/lighthouse.mjs
//   RUNS=5 PAGES=login,paper node bench/lighthouse.mjs
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import lighthouse from 'lighthouse'
// The Puppeteer Lighthouse itself drives Chromium with (a dependency of lighthouse).
import puppeteer from 'puppeteer-core'

const here = fileURLToPath(new URL('.', import.meta.url))
const binary = process.env.XUEFA_BIN ?? join(here, '..', '..', 'target', 'release', 'xuefa')
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const port = 20000 + Math.floor(Math.random() * 20000)
const base = `http://127.0.0.1:${port}`
const dir = mkdtempSync(join(tmpdir(), 'xuefa-lighthouse-'))
const RUNS = Number(process.env.RUNS ?? 3)
const version = JSON.parse(readFileSync(join(here, '..', 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version

const server = spawn(binary, ['serve', '--demo'], {
  env: { ...process.env, DATABASE_URL: `sqlite://${join(dir, 'lighthouse.db')}`, XUEFA_LISTEN: `127.0.0.1:${port}`, RUST_LOG: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
})
process.on('exit', () => server.kill())

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
const login = async (phone, password) => (await gql('mutation($p:String!,$w:String!){login(phone:$p,password:$w){token}}', { p: phone, w: password })).login.token

async function learner(phone) {
  const token = await login(phone, '000000')
  await gql('mutation{changePassword(oldPassword:"000000",newPassword:"Bench2026x")}', {}, token)
  return login(phone, 'Bench2026x')
}

async function startedPaper(token) {
  const { currentCampaign } = await gql('{ currentCampaign { id } }', {}, token)
  const { examSessions } = await gql('query($c:ID!){ examSessions(campaignId:$c){ id kind } }', { c: currentCampaign.id }, token)
  const session = examSessions.find((s) => s.kind === 'MAIN')
  const { startExam } = await gql('mutation($s:ID!){ startExam(sessionId:$s){ id } }', { s: session.id }, token)
  return startExam.id
}

/** Passes the exam through the API, every answer right (as tests/record-helpers.ts does), and gives the certificate's check path. */
async function passedCertificate(token) {
  const province = await login('13800000001', 'Xuefa2017')
  const { currentCampaign } = await gql('{ currentCampaign { id } }', {}, token)
  const { questions } = await gql('query($c:ID!){ questions(campaignId:$c){ stem answer options { key text } } }', { c: currentCampaign.id }, province)
  const right = new Map(questions.map((q) => [q.stem, q.options.filter((o) => q.answer.includes(o.key)).map((o) => o.text)]))
  const { examSessions } = await gql('query($c:ID!){ examSessions(campaignId:$c){ id kind } }', { c: currentCampaign.id }, token)
  const { startExam } = await gql('mutation($s:ID!){ startExam(sessionId:$s){ id questions { id stem options { key text } } } }', { s: examSessions.find((s) => s.kind === 'MAIN').id }, token)
  for (const q of startExam.questions) {
    const choices = q.options.filter((o) => (right.get(q.stem) ?? []).includes(o.text)).map((o) => o.key).sort()
    await gql('mutation($a:ID!,$q:ID!,$c:[String!]!){ saveAnswer(attemptId:$a, questionId:$q, choices:$c){ saved } }', { a: startExam.id, q: q.id, c: choices }, token)
  }
  await gql('mutation($a:ID!){ submitExam(attemptId:$a){ score } }', { a: startExam.id }, token)
  const { myCertificate } = await gql('query($c:ID!){ myCertificate(campaignId:$c){ verifyPath } }', { c: currentCampaign.id }, token)
  return myCertificate.verifyPath
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break
  } catch {
    // Not listening yet.
  }
  if (i > 600) throw new Error('the server did not start')
  await new Promise((resolve) => setTimeout(resolve, 200))
}

// Two learners who may sit the exam: one browses, the other has a paper open.
const browsing = await learner('13900000011')
const sitting = await learner('13900000012')
const attemptId = await startedPaper(sitting)
const verifyPath = await passedCertificate(await learner('13900000013'))

const pages = [
  { key: 'login', name: '/login', path: '/login', token: null },
  { key: 'home', name: '/ (home)', path: '/', token: browsing },
  { key: 'study', name: '/study', path: '/study', token: browsing },
  { key: 'exam', name: '/exam (start)', path: '/exam', token: browsing },
  { key: 'paper', name: '/exam/… (live paper)', path: `/exam/${attemptId}`, token: sitting },
  { key: 'verify', name: '/verify/… (public check)', path: verifyPath, token: null },
].filter((p) => !process.env.PAGES || process.env.PAGES.split(',').includes(p.key))

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
})
const browserPort = Number(new URL(browser.wsEndpoint()).port)

const rows = []
for (const page of pages) {
  const runs = []
  for (let run = 0; run < RUNS; run++) {
    // A fresh profile each run (a cold cache, no service worker), then the token, if any.
    const context = await browser.createBrowserContext()
    const tab = await context.newPage()
    if (page.token) {
      await tab.goto(`${base}/robots.txt`)
      await tab.evaluate((token) => localStorage.setItem('xuefa.token', token), page.token)
    }
    const result = await lighthouse(
      `${base}${page.path}`,
      { port: browserPort, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'], disableStorageReset: true },
      undefined,
      tab,
    )
    const lhr = result.lhr
    runs.push({
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      bestPractices: Math.round((lhr.categories['best-practices'].score ?? 0) * 100),
      seo: Math.round((lhr.categories.seo.score ?? 0) * 100),
      fcp: lhr.audits['first-contentful-paint'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      finalUrl: lhr.finalDisplayedUrl,
      // The audits below full marks in the categories other than performance, by id.
      misses: ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
        lhr.categories[category].auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
          .map((ref) => ref.id),
      ),
    })
    await context.close()
  }
  // The median run by performance score, and its figures.
  const byScore = [...runs].sort((a, b) => a.performance - b.performance)
  const mid = byScore[Math.floor(byScore.length / 2)]
  rows.push({
    page: page.name,
    performance: `${mid.performance} (${runs.map((r) => r.performance).join(', ')})`,
    fcp: `${(median(runs.map((r) => r.fcp)) / 1000).toFixed(1)} s`,
    lcp: `${(median(runs.map((r) => r.lcp)) / 1000).toFixed(1)} s`,
    tbt: `${Math.round(median(runs.map((r) => r.tbt)))} ms`,
    cls: median(runs.map((r) => r.cls)).toFixed(3),
    accessibility: median(runs.map((r) => r.accessibility)),
    bestPractices: median(runs.map((r) => r.bestPractices)),
    seo: median(runs.map((r) => r.seo)),
    misses: [...new Set(runs.flatMap((r) => r.misses))].join(', '),
    landed: new URL(mid.finalUrl).pathname === new URL(`${base}${page.path}`).pathname ? '' : ` (landed on ${new URL(mid.finalUrl).pathname})`,
  })
  console.error(`${page.name}: ${runs.map((r) => r.performance).join(', ')}`)
}
await browser.close()

console.log(`Lighthouse ${version}, mobile defaults, ${RUNS} runs a page, median:`)
console.log('')
console.log('| page | Performance (each run) | FCP | LCP | TBT | CLS | Accessibility | Best Practices | SEO |')
console.log('|---|---|---|---|---|---|---|---|---|')
for (const r of rows) {
  console.log(`| ${r.page}${r.landed} | ${r.performance} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} |`)
}
console.log('')
for (const r of rows) if (r.misses) console.log(`- ${r.page}: below full marks: ${r.misses}`)
server.kill()
process.exit(0)
