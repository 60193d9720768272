import { expect, test } from '@playwright/test'
import { loginFirstTime } from './helpers'

const LEARNER = '13900000010'

// A cold start: no cache and no service worker, as on a phone opening the paper the first time.
test.use({ serviceWorkers: 'block' })

test('on a weak rural link (400 kbit/s, 400 ms round trips) and a 4× slower CPU the live paper is usable within 5 s', async ({ page, browser, baseURL }) => {
  await loginFirstTime(page, LEARNER)
  await page.getByRole('button', { name: '去考试' }).click()
  await page.getByRole('button', { name: '开始考试' }).click()
  await page.getByRole('dialog', { name: '开始考试' }).getByRole('button', { name: '开始考试' }).click()
  await expect(page).toHaveURL(/\/exam\/att_/)
  const paperPath = new URL(page.url()).pathname
  // The same sign-in on a fresh page (another sign-in would be another device, and the
  // attempt stays with the first).
  const token = await page.evaluate(() => localStorage.getItem('xuefa.token'))
  expect(token).toBeTruthy()

  // A new phone-size page with an empty cache, the token already kept, throttled through the
  // DevTools protocol.
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, serviceWorkers: 'block' })
  await context.addInitScript((t) => localStorage.setItem('xuefa.token', t), token)
  const phone = await context.newPage()
  const cdp = await context.newCDPSession(phone)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1000) / 8,
    uploadThroughput: (400 * 1000) / 8,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })

  const started = Date.now()
  await phone.goto(`${baseURL}${paperPath}`, { waitUntil: 'commit' })
  // Usable: the question and its options are there and take a tap.
  const option = phone.locator('.option').first()
  await expect(option).toBeVisible({ timeout: 15_000 })
  await expect(phone.locator('.option input').first()).toBeEnabled()
  const usableMs = Date.now() - started
  test.info().annotations.push({ type: 'paper usable', description: `${usableMs} ms` })
  expect(usableMs).toBeLessThanOrEqual(5_000)

  // And an answer given on that link is saved.
  await option.click()
  await expect(phone.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await context.close()
})
