import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Browser, Locator, Page } from 'playwright-core'
import { syntheticArticles } from '../../bench/synthetic.js'
import { extractDocument } from '../../src/extract/extract.js'
import { contentHash } from '../../src/ingest/identity.js'
import { refreshLedger } from '../../src/ledger/analyses.js'
import { addDocument } from '../../src/ledger/store-documents.js'
import type { Document } from '../../src/model/document.js'
import { CHROMIUM, openPage, openRoute, startTestServer, type TestServer } from '../helpers/browser.js'
import { TEST_ENGINE } from '../helpers/store.js'

const SHOTS = process.env['CLAIMTRAIL_SCREENSHOTS'] ? resolve(process.env['CLAIMTRAIL_SCREENSHOTS']) : undefined
const STEP = { timeout: 60_000 }
const ARTICLES = 260

describe(`the timeline in headless Chromium, at over a thousand marks (${TEST_ENGINE})`, { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` }, () => {
  let server: TestServer
  let browser: Browser
  let page: Page
  let problems: string[] = []
  const go = (route: string) => openRoute(page, server.url, route)
  const shot = async (name: string) => { if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) }) }
  const box = async (l: Locator) => (await l.boundingBox())!
  const centre = async (l: Locator) => { const b = await box(l); return b.x + b.width / 2 }
  const visibleMarks = (lane = page.locator('.tl-lane:visible').first()) => lane.locator('.tl-mark')

  before(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true })
    server = await startTestServer({ allowAnonymousRead: true })
    // Invented two-country wire stories (bench/synthetic.ts): each government speaks through a minister.
    for (const a of syntheticArticles(ARTICLES, 11)) {
      const doc: Document = { ...a, language: 'en', format: 'text' }
      await addDocument(server.t.store, { ...doc, hash: contentHash(doc.text) }, extractDocument(doc))
    }
    await refreshLedger(server.t.store)
    ;({ browser, page, problems } = await openPage(server, { timeout: 20_000 }))
  }, { timeout: 300_000 })
  after(async () => { await browser?.close(); await server?.close() }, { timeout: 30_000 })

  test('fits on open: over a thousand marks, every one inside the view, lanes folded under governments', STEP, async () => {
    await go('/timeline')
    const count = Number(/^([\d,]+) marks/.exec(await page.locator('.tl-count').innerText())?.[1]?.replace(/,/g, ''))
    assert.ok(count > 1_000, `${count} marks`)
    const scroll = page.locator('.tl-scroll')
    await page.waitForFunction(() => { const s = document.querySelector('.tl-scroll')!; return s.scrollWidth <= s.clientWidth + 1 })
    const view = await box(scroll)
    const lefts = await page.locator('.tl-lane:visible .tl-mark').evaluateAll((ms) => ms.map((m) => m.getBoundingClientRect().left))
    assert.ok(lefts.every((x) => x >= view.x - 8 && x <= view.x + view.width), 'every mark inside the view')
    const folds = page.locator('.tl-group:visible .tl-fold')
    assert.ok(await folds.count() > 0, 'governments with people speaking for them are folded groups')
    assert.equal(await folds.first().getAttribute('aria-expanded'), 'false')
    assert.equal(await page.locator('.tl-member:visible').count(), 0, 'members are folded away on open')
  })

  test('unfolding a government shows each person and body that speaks for it in its own lane', STEP, async () => {
    const group = page.locator('.tl-group:visible').first()
    const name = await group.locator('.tl-label a').innerText()
    await group.locator('.tl-fold').click()
    const members = page.locator('.tl-member:visible')
    assert.ok(await members.count() > 0)
    assert.equal(await page.locator('.tl-fold[aria-expanded="true"]:visible').count(), 1)
    const marks = await members.first().locator('.tl-mark').evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label') ?? ''))
    assert.ok(marks.length > 0 && marks.every((l) => l.length > 0))
    await shot('timeline-lanes')
    await page.locator('.tl-fold[aria-expanded="true"]:visible').click()
    assert.equal(await page.locator('.tl-member:visible').count(), 0)
    assert.equal(await page.locator('.tl-group:visible .tl-label a').first().innerText(), name)
  })

  test('ctrl + wheel zooms around the pointer: the mark under it stays where it was', STEP, async () => {
    const marks = visibleMarks()
    const target = marks.nth(Math.floor((await marks.count()) / 3))
    const before = await centre(target)
    const b = await box(target)
    // The mouse sits on whole pixels: what stays put is that pixel, the mark's offset from it grows with the zoom.
    const px = Math.round(before)
    const axisWidth = () => page.locator('.tl-axis').evaluate((a) => a.getBoundingClientRect().width)
    const width = await axisWidth()
    await page.mouse.move(px, b.y + b.height / 2)
    await page.keyboard.down('Control')
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -240)
    await page.keyboard.up('Control')
    await page.waitForFunction(() => { const s = document.querySelector('.tl-scroll')!; return s.scrollWidth > s.clientWidth * 20 })
    const expected = px + (before - px) * (await axisWidth()) / width
    assert.ok(Math.abs(await centre(target) - expected) <= 2, `expected at ${expected}, found at ${await centre(target)}`)
    const labels = await page.locator('.tl-tick').allInnerTexts()
    assert.ok(labels.length > 0 && new Set(labels).size === labels.length, 'the axis labels the zoomed span without repeats')
    await shot('timeline-zoomed')
  })

  test('lane labels and the axis stay in view while the lanes scroll', STEP, async () => {
    const scroll = page.locator('.tl-scroll')
    await scroll.evaluate((s) => { s.scrollLeft = s.scrollWidth / 2; s.scrollTop = 200 })
    await page.waitForTimeout(100)
    const view = await box(scroll)
    const label = await box(page.locator('.tl-lane:visible .tl-label').nth(6))
    const axis = await box(page.locator('.tl-axis-row'))
    assert.ok(Math.abs(label.x - view.x) <= 2, `label at ${label.x}, view at ${view.x}`)
    assert.ok(Math.abs(axis.y - view.y) <= 2, `axis at ${axis.y}, view at ${view.y}`)
    assert.ok(await page.locator('.tl-tick').count() > 0, 'ticks are drawn where the view has scrolled to')
    await page.getByRole('button', { name: 'Fit' }).click()
    assert.ok(await scroll.evaluate((s) => s.scrollWidth <= s.clientWidth + 1 && s.scrollLeft === 0))
  })

  test('a mark says what it is on hover and on keyboard focus; arrows step along its lane', STEP, async () => {
    const tip = page.locator('.tl-tip')
    await page.locator('.tl-scroll').evaluate((s) => { s.scrollTop = 0 })
    const first = visibleMarks().first()
    // Marks close in time overlap when the whole span fits: the one on top is the one the pointer is on.
    const b = await box(first)
    const [x, y] = [b.x + b.width / 2, b.y + b.height / 2]
    await page.mouse.move(x, y)
    await tip.waitFor({ state: 'visible' })
    const under = await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.getAttribute('aria-label'), [x, y])
    assert.equal(await tip.innerText(), under)
    await page.mouse.move(0, 0)
    assert.ok(await tip.isHidden())
    await first.focus()
    await page.keyboard.press('ArrowRight')
    const second = visibleMarks().nth(1)
    assert.ok(await second.evaluate((m) => m === document.activeElement))
    assert.equal(await tip.innerText(), await second.getAttribute('aria-label'))
    await page.keyboard.press('Escape')
    assert.ok(await tip.isHidden())
    await page.keyboard.press('Enter')
    await page.locator('.tl-detail blockquote').waitFor()
  })

  test('filters by actor and dates narrow the lanes and stay in the address', STEP, async () => {
    const all = await page.locator('.tl-lane:visible').count()
    const actor = page.locator('select[name="actor"]')
    const option = actor.locator('option').nth(1)
    const [id, name] = [await option.getAttribute('value'), await option.innerText()]
    await actor.selectOption(id!)
    await page.fill('input[name="from"]', '2030-03-01')
    await page.fill('input[name="to"]', '2031-06-30')
    await page.getByRole('button', { name: 'Show' }).click()
    await page.waitForFunction((want) => location.hash.includes(want), `actor=${encodeURIComponent(id!)}`)
    await page.locator('main[aria-busy]').waitFor({ state: 'detached' })
    assert.match(decodeURIComponent(page.url()), /from=2030-03-01&to=2031-06-30/)
    const labels = await page.locator('.tl-lane:visible .tl-mark').evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label') ?? ''))
    assert.ok(labels.length > 0 && await page.locator('.tl-lane:visible').count() < all)
    assert.ok(labels.every((l) => l.includes(name)), `every mark names ${name}`)
    assert.ok(labels.every((l) => (/\b(20\d\d-\d\d-\d\d)\b/.exec(l)?.[1] ?? '2030-03-01') >= '2030-03-01'))
    assert.deepEqual(problems, [])
  })

})
