import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'

/**
 * The browser tests start the real server (`xuefa serve --demo`) on a fresh database:
 * a SQLite file in a temporary directory, or, with XUEFA_E2E_BACKEND=postgres, a new
 * PostgreSQL database (DATABASE_URL names the server) and a Redis key prefix of its own
 * (REDIS_URL). Chromium is Debian's (/usr/bin/chromium): nothing is downloaded.
 *
 * The configuration is read again in every worker: what is chosen once (port, database)
 * is passed on through the environment.
 */
const backend = process.env.XUEFA_E2E_BACKEND === 'postgres' ? 'postgres' : 'sqlite'
const webDir = fileURLToPath(new URL('.', import.meta.url))
const binary = resolve(process.env.XUEFA_BIN ?? join(webDir, '..', 'target', 'debug', 'xuefa'))

// Runs started side by side (e.g. the learners' and the console's tests) keep apart.
if (!process.env.XUEFA_E2E_RUN) process.env.XUEFA_E2E_RUN = `${backend}-${process.pid}`
if (!process.env.XUEFA_E2E_PORT) {
  process.env.XUEFA_E2E_PORT = String(20000 + Math.floor(Math.random() * 20000))
}
if (!process.env.XUEFA_E2E_DATABASE_URL) {
  if (backend === 'postgres') {
    const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
    const name = `xuefa_e2e_${Date.now()}_${process.pid}`
    execFileSync('psql', [server, '-q', '-c', `CREATE DATABASE ${name}`], { stdio: 'inherit' })
    const url = new URL(server)
    url.pathname = `/${name}`
    process.env.XUEFA_E2E_DATABASE_URL = url.toString()
    process.env.XUEFA_E2E_REDIS_PREFIX = name
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'xuefa-e2e-'))
    process.env.XUEFA_E2E_DATABASE_URL = `sqlite://${join(dir, 'xuefa.db')}`
  }
}

const port = Number(process.env.XUEFA_E2E_PORT)
const serverURL = `http://127.0.0.1:${port}`
// XUEFA_E2E_PAGES=dist serves the pages from a build (web/dist, or the directory
// XUEFA_E2E_DIST names) through `vite preview`, with the API, the exports and /verify
// proxied to the server: a change to the pages is tested after `npm run build` alone,
// without rebuilding the binary that embeds them.
const pagesFromDist = process.env.XUEFA_E2E_PAGES === 'dist'
const distDir = process.env.XUEFA_E2E_DIST ?? 'dist'
const baseURL = pagesFromDist ? `http://127.0.0.1:${port + 1}` : serverURL

const serverEnv: Record<string, string> = {
  DATABASE_URL: process.env.XUEFA_E2E_DATABASE_URL,
  XUEFA_LISTEN: `127.0.0.1:${port}`,
  RUST_LOG: process.env.RUST_LOG ?? 'warn',
}
if (backend === 'postgres') {
  serverEnv.REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
  serverEnv.XUEFA_REDIS_PREFIX = process.env.XUEFA_E2E_REDIS_PREFIX ?? 'xuefa-e2e'
}

export default defineConfig({
  testDir: './tests',
  // One server and one demo province for the run; tests use different learners.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: `test-results/${process.env.XUEFA_E2E_RUN}`,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  projects: [
    {
      name: `learner-${backend}`,
      testMatch: /(learner|graphiql).*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 375, height: 667 }, isMobile: false, hasTouch: true },
    },
    {
      // The console (issue 15) adds its tests here.
      name: `admin-${backend}`,
      testMatch: /admin.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
  ],
  webServer: [
    {
      command: `${binary} serve --demo`,
      url: `${serverURL}/healthz`,
      env: serverEnv,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...(pagesFromDist
      ? [
          {
            command: `npx vite preview --host 127.0.0.1 --port ${port + 1} --strictPort --outDir ${distDir}`,
            url: `${baseURL}/healthz`,
            env: { XUEFA_API: serverURL },
            reuseExistingServer: false,
            timeout: 60_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
})
