// The learners' service worker (/sw.js): the exam paper keeps working with no network once it
// has been opened. It keeps
//  - the app shell: the entry page and the files the paper's route needs, fetched at install
//    (the build writes their names into SHELL), and every other file of the pages once
//    fetched (hashed names: kept until the next build's worker replaces them);
//  - the current paper: the last answer to `query ExamPaper` of a live attempt, kept up to date
//    with every save the server took, and given back (its remaining time counted down) only
//    when the network fails. It goes when the attempt is submitted or no longer live, or
//    another token asks.
// The console, GraphiQL, the exports, /verify and every other GraphQL request pass through
// untouched. Answers not yet saved stay in the page's own queue (localStorage) and go out
// when the network returns.

/* global self, caches */

/** Filled in by the build (vite.config.ts, xuefa-service-worker). */
const SHELL = ["/assets/ExamPaperPage-CIerBg-k.js","/assets/ExamPaperPage-LL0RyZ9x.css","/assets/api-AluvD0fx.js","/assets/button-C3g7yYmk.js","/assets/feedback-BCFsV-TF.js","/assets/format-BDflCD55.js","/assets/integrity-documents-sTxdBndq.js","/assets/learner-Bsg1CHaK.css","/assets/learner-DOjVtM0n.js","/assets/lib-DlDTkhJa.css","/assets/use-scope-id-BmwUAJbd.js","/assets/vue-GUXGKCqU.js","/index.html"]
const VERSION = "55e729f968bd"
const SHELL_CACHE = `xuefa-shell-${VERSION}`
const PAPER_CACHE = 'xuefa-paper'
const PAPER_KEY = '/__xuefa/paper'

/** The operations that make or change the kept paper (named by the page, src/api/client.ts). */
const OPERATION_HEADER = 'X-Xuefa-Operation'
const KEPT_OPERATIONS = new Set(['ExamPaper', 'SaveAnswer', 'SubmitExam'])

/** Paths the learners' pages do not own: never answered from here. */
const NOT_OURS = /^\/(admin|graphiql|export|verify|healthz|readyz|metrics|sw\.js)(\/|$)/

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('xuefa-shell-') && k !== SHELL_CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (url.origin !== self.location.origin || NOT_OURS.test(url.pathname)) return
  if (request.method === 'GET' && request.mode === 'navigate') {
    event.respondWith(page(request))
  } else if (request.method === 'GET' && url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(event))
  } else if (request.method === 'POST' && url.pathname === '/graphql' && KEPT_OPERATIONS.has(request.headers.get(OPERATION_HEADER))) {
    event.respondWith(graphql(event))
  }
})

/** A learner's page: the network's (a new build shows at once), else the kept entry page. */
async function page(request) {
  try {
    return await fetch(request)
  } catch (err) {
    const kept = await caches.match('/index.html', { cacheName: SHELL_CACHE, ignoreVary: true })
    if (kept) return kept
    throw err
  }
}

/** A file of the build: its name changes with its content, so a kept copy is always right. */
async function asset(event) {
  const request = event.request
  const kept = await caches.match(request, { cacheName: SHELL_CACHE, ignoreVary: true })
  if (kept) return kept
  const response = await fetch(request)
  if (response.ok && (await fromLearnerPage(event))) {
    const copy = response.clone()
    event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.put(request, copy)))
  }
  return response
}

/** Whether the file was asked for by a learners' page (the console's files are not kept). */
async function fromLearnerPage(event) {
  const client = event.clientId ? await self.clients.get(event.clientId) : null
  return !client || !NOT_OURS.test(new URL(client.url).pathname)
}

/** GraphQL: the paper kept and given back offline; its saves and submission as the network answers. */
async function graphql(event) {
  const request = event.request
  let operation
  try {
    operation = JSON.parse(await request.clone().text())
  } catch {
    return fetch(request)
  }
  const query = typeof operation?.query === 'string' ? operation.query.trim() : ''
  const variables = operation?.variables ?? {}
  const who = await tokenDigest(request.headers.get('Authorization'))
  if (query.startsWith('query ExamPaper')) return paper(event, variables.id, who)
  const response = await fetch(request)
  if (query.startsWith('mutation SaveAnswer') || query.startsWith('mutation SubmitExam')) {
    event.waitUntil(afterWrite(response.clone(), query, variables))
  }
  return response
}

async function paper(event, attemptId, who) {
  try {
    const response = await fetch(event.request)
    event.waitUntil(keepPaper(response.clone(), attemptId, who))
    return response
  } catch (err) {
    const kept = await keptPaper()
    if (!kept || kept.attemptId !== attemptId || kept.who !== who) throw err
    const attempt = kept.body.data.examAttempt
    const elapsed = Math.max(0, (Date.now() - kept.at) / 1000)
    const remainingSeconds = Math.max(0, Math.floor(attempt.remainingSeconds - elapsed))
    const body = { data: { examAttempt: { ...attempt, remainingSeconds } } }
    // No Date header: the page must not take this copy's age for the server's clock.
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json', 'X-Xuefa-Offline': '1' } })
  }
}

async function keepPaper(response, attemptId, who) {
  let body
  try {
    body = await response.json()
  } catch {
    return
  }
  const attempt = body?.data?.examAttempt
  const cache = await caches.open(PAPER_CACHE)
  if (!attempt || attempt.status !== 'LIVE') {
    // Submitted, gone, or refused (an expired token): nothing is kept.
    await cache.delete(PAPER_KEY)
    return
  }
  await cache.put(PAPER_KEY, new Response(JSON.stringify({ attemptId, who, at: Date.now(), body })))
}

async function keptPaper() {
  const response = await caches.match(PAPER_KEY, { cacheName: PAPER_CACHE, ignoreVary: true })
  return response ? response.json() : null
}

/** A save the server took goes into the kept paper; a submission drops it. */
async function afterWrite(response, query, variables) {
  let body
  try {
    body = await response.json()
  } catch {
    return
  }
  const kept = await keptPaper()
  if (!kept || kept.attemptId !== variables.attemptId) return
  const cache = await caches.open(PAPER_CACHE)
  if (query.startsWith('mutation SubmitExam')) {
    if (body?.data?.submitExam) await cache.delete(PAPER_KEY)
    return
  }
  if (!body?.data?.saveAnswer?.saved) return
  const attempt = kept.body.data.examAttempt
  const answers = attempt.answers.filter((a) => a.questionId !== variables.questionId)
  answers.push({ questionId: variables.questionId, choices: variables.choices })
  attempt.answers = answers
  attempt.remainingSeconds = body.data.saveAnswer.remainingSeconds
  await cache.put(PAPER_KEY, new Response(JSON.stringify({ ...kept, at: Date.now() })))
}

/** Which token asked, without keeping the token itself. */
async function tokenDigest(authorization) {
  if (!authorization) return ''
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(authorization))
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('')
}
