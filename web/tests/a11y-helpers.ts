import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, type Locator, type Page } from '@playwright/test'

/**
 * axe-core (the npm package, pinned in package.json) run inside the page. Its source is
 * evaluated through the DevTools protocol, which the pages' Content-Security-Policy (no
 * inline scripts) does not stop, unlike a <script> tag.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Waits until the element's own animations (a dialog's zoom, a popup's slide) are over. */
export async function settled(locator: Locator): Promise<void> {
  // A cancelled animation (the element re-rendered) rejects its `finished`: it is over too.
  // Two frames first: Vue starts an enter transition a frame after the element appears, and
  // before that there is no animation to wait for (a dialog measured then is still at 0.7 scale).
  await locator.evaluate(async (el) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    await Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)))
  })
}

/** What fails a page state: serious or critical findings, and any landmark or heading finding. */
const STRUCTURE_RULES = new Set([
  'region',
  'landmark-one-main',
  'landmark-no-duplicate-main',
  'landmark-main-is-top-level',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-complementary-is-top-level',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-unique',
  'page-has-heading-one',
  'heading-order',
  'empty-heading',
])

interface AxeNode {
  target: string[]
  failureSummary?: string
}
interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: AxeNode[]
}

/** The findings that fail the page as it stands now, one line each (empty when none). */
export async function axeFindings(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined')
  if (!loaded) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    })
    return result.violations
  })
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || STRUCTURE_RULES.has(v.id))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`,
    )
}

/** Fails the test when axe finds anything that fails the page state named. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  await expect.poll(() => axeFindings(page), { message: `axe findings on ${state}`, timeout: 5_000 }).toEqual([])
}

/** Every interactive element smaller than `min` CSS px either way (a control in a label counts the label). */
export async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = [
      'a[href]',
      'button',
      'input:not([type=hidden])',
      'select',
      'textarea',
      'summary',
      '[role=button]',
      '[role=switch]',
      '[role=tab]',
      '[role=checkbox]',
      '[role=radio]',
    ].join(',')
    const small: string[] = []
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.closest('[aria-hidden=true], [inert]')) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden') continue
      let rect = el.getBoundingClientRect()
      if (rect.width === 0 && rect.height === 0) continue
      // The box a tap lands in: the label of a control, or the frame Element Plus draws
      // round an input (a tap anywhere in it focuses the input).
      const label =
        el.closest('label, .el-input__wrapper, .el-select__wrapper, .el-range-editor, .el-textarea') ??
        (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null)
      if (label) {
        const l = label.getBoundingClientRect()
        if (l.width >= rect.width && l.height >= rect.height) rect = l
      }
      if (rect.width < min - 0.5 || rect.height < min - 0.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 20)
        small.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${name}" ${Math.round(rect.width)}×${Math.round(rect.height)}`)
      }
    }
    return small
  }, min)
}

/** How far the page reaches past the right edge of the screen (0 when nothing scrolls sideways). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    let right = document.documentElement.scrollWidth
    // Fixed bars (the tab bar) do not widen the document but are cut off all the same.
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('nav, nav a, header, header *'))) {
      right = Math.max(right, el.getBoundingClientRect().right)
    }
    return Math.max(0, Math.round(right - width))
  })
}

/**
 * Text in sight smaller than `min` px, or with a line spacing under `lineRatio` times its size
 * (the 适老化 norm for the larger-text mode: at least 18 px, spacing 1.3).
 */
export async function smallText(page: Page, min: number, lineRatio: number): Promise<string[]> {
  return page.evaluate(
    ({ min, lineRatio }) => {
      const found = new Set<string>()
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').trim()
        const el = node.parentElement
        if (!text || !el || el.closest('[aria-hidden=true], .sr-only, script, style, noscript')) continue
        const rect = el.getBoundingClientRect()
        if (rect.width <= 1 || rect.height <= 1) continue
        const style = getComputedStyle(el)
        if (style.visibility === 'hidden' || style.display === 'none') continue
        const size = parseFloat(style.fontSize)
        const line = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight)
        if (size < min - 0.01 || line < size * lineRatio - 0.5) {
          found.add(`"${text.slice(0, 16)}" ${size}px/${Math.round(line)}px`)
        }
      }
      return [...found]
    },
    { min, lineRatio },
  )
}
