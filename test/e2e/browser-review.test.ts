import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, test } from 'node:test'
import { listAudit } from '../../src/ledger/audit.js'
import { createToken } from '../../src/ledger/tokens.js'
import { QUEUE_STORIES } from '../helpers/queue-stories.js'
import { BROWSER_STEP, browserSession, CHROMIUM, postArticles, screenshotDir, type TestServer } from '../helpers/browser.js'
import { TEST_ENGINE } from '../helpers/store.js'

const SHOTS = screenshotDir()

describe(`Review screen in headless Chromium (${TEST_ENGINE})`, { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` }, () => {
  let admin = ''
  const s = browserSession({ allowAnonymousRead: false }, async (server) => {
    admin = (await createToken(server.t.store, 'admin', 'Ada Admin')).secret
    await postArticles(server, admin, QUEUE_STORIES)
  })
  const current = () => s.page.locator('li.queue-item[aria-current]')
  before(async () => {
    await s.page.goto(`${s.server.url}/#/`)
    await s.page.fill('#token', admin)
    await s.page.getByRole('button', { name: 'Save' }).click()
  })

  test('lists the entries with reason and score; j/k move, c confirms through the review API', BROWSER_STEP, async () => {
    await s.go('/review')
    await s.page.locator('li.queue-item').nth(3).waitFor()
    // The ledger may still be catching up with the imports: wait for its page to settle.
    await s.page.locator('.notice').waitFor({ state: 'detached' })
    assert.match(await current().innerText(), /sources disagree: 14 .* to 45/)
    if (SHOTS) await s.page.screenshot({ path: join(SHOTS, 'review.png'), fullPage: true })
    await s.page.keyboard.press('j')
    assert.match(await current().innerText(), /Rojas/)
    await s.page.keyboard.press('k')
    await s.page.keyboard.press('c')
    await s.page.locator('.review-status', { hasText: 'Confirmed' }).waitFor()
    assert.equal(await s.page.locator('li.queue-item.figures').count(), 0)
    const audit = await listAudit(s.server.t.store)
    assert.deepEqual(audit.map((e) => `${e.action} ${e.kind} ${e.reviewer}`), ['confirm casualty Ada Admin'])
  })

  test('m merges a possible duplicate: both of its entries leave, the merge is audited', BROWSER_STEP, async () => {
    await s.go('/review')
    await s.page.locator('li.queue-item.duplicate-actor').first().waitFor()
    while (!(await current().getAttribute('class'))!.includes('duplicate-actor')) await s.page.keyboard.press('j')
    await s.page.keyboard.press('m')
    await s.page.locator('.review-status', { hasText: 'Merged p-rojas into' }).waitFor()
    assert.equal(await s.page.locator('li.queue-item.duplicate-actor').count(), 0)
    assert.equal((await listAudit(s.server.t.store))[0]!.action, 'merge')
  })

  test('the actor page splits a document off under a new id (admin)', BROWSER_STEP, async () => {
    await s.go('/actor/p-marta-rojas')
    await s.page.getByText('Merge or split (admin)').click()
    await s.page.fill('#split-id', 'p-marta-rojas-2')
    await s.page.getByRole('button', { name: 'Split' }).click()
    await expectAudit(s.server, 'split')
    assert.deepEqual(s.problems, [])
  })
})

async function expectAudit(server: TestServer, action: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await listAudit(server.t.store))[0]?.action === action) return
    await new Promise((r) => setTimeout(r, 100))
  }
  assert.fail(`no ${action} in the audit log`)
}
