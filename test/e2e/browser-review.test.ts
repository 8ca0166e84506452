import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { listAudit } from '../../src/ledger/reviews.js'
import { createToken } from '../../src/ledger/tokens.js'
import { QUEUE_STORIES } from '../helpers/queue-stories.js'
import { CHROMIUM, launchChromium, openRoute, startTestServer, type TestServer } from '../helpers/browser.js'
import { TEST_ENGINE } from '../helpers/store.js'

// Screenshots for the README: CLAIMTRAIL_SCREENSHOTS=docs/screenshots node scripts/test.js browser
const SHOTS = process.env['CLAIMTRAIL_SCREENSHOTS'] ? resolve(process.env['CLAIMTRAIL_SCREENSHOTS']) : undefined
const STEP = { timeout: 60_000 }

describe(`Review screen in headless Chromium (${TEST_ENGINE})`, { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` }, () => {
  let server: TestServer, browser: Browser, page: Page
  const problems: string[] = []
  const go = (route: string) => openRoute(page, server.url, route)
  const current = () => page.locator('li.queue-item[aria-current]')
  before(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true })
    server = await startTestServer({ allowAnonymousRead: false })
    const admin = (await createToken(server.t.store, 'admin', 'Ada Admin')).secret
    for (const a of QUEUE_STORIES) {
      const res = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify(a) })
      assert.equal(res.status, 201)
    }
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
    page.setDefaultTimeout(15_000)
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    await page.goto(`${server.url}/#/`)
    await page.fill('#token', admin)
    await page.getByRole('button', { name: 'Save' }).click()
  }, { timeout: 120_000 })
  after(async () => { await browser?.close(); await server?.close() }, { timeout: 30_000 })

  test('lists the entries with reason and score; j/k move, c confirms through the review API', STEP, async () => {
    await go('/review')
    await page.locator('li.queue-item').nth(3).waitFor()
    // The ledger may still be catching up with the imports: wait for its page to settle.
    await page.locator('.notice').waitFor({ state: 'detached' })
    assert.match(await current().innerText(), /sources disagree: 14 .* to 45/)
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'review.png'), fullPage: true })
    await page.keyboard.press('j')
    assert.match(await current().innerText(), /Rojas/)
    await page.keyboard.press('k')
    await page.keyboard.press('c')
    await page.locator('.review-status', { hasText: 'Confirmed' }).waitFor()
    assert.equal(await page.locator('li.queue-item.figures').count(), 0)
    const audit = await listAudit(server.t.store)
    assert.deepEqual(audit.map((e) => `${e.action} ${e.kind} ${e.reviewer}`), ['confirm casualty Ada Admin'])
  })

  test('m merges a possible duplicate: both of its entries leave, the merge is audited', STEP, async () => {
    await go('/review')
    await page.locator('li.queue-item.duplicate-actor').first().waitFor()
    while (!(await current().getAttribute('class'))!.includes('duplicate-actor')) await page.keyboard.press('j')
    await page.keyboard.press('m')
    await page.locator('.review-status', { hasText: 'Merged p-rojas into' }).waitFor()
    assert.equal(await page.locator('li.queue-item.duplicate-actor').count(), 0)
    assert.equal((await listAudit(server.t.store))[0]!.action, 'merge')
  })

  test('the actor page splits a document off under a new id (admin)', STEP, async () => {
    await go('/actor/p-marta-rojas')
    await page.getByText('Merge or split (admin)').click()
    await page.fill('#split-id', 'p-marta-rojas-2')
    await page.getByRole('button', { name: 'Split' }).click()
    await expectAudit(server, 'split')
    assert.deepEqual(problems, [])
  })
})

async function expectAudit(server: TestServer, action: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await listAudit(server.t.store))[0]?.action === action) return
    await new Promise((r) => setTimeout(r, 100))
  }
  assert.fail(`no ${action} in the audit log`)
}
