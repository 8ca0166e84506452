import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { TEST_ENGINE } from '../helpers/store.js'
import { CHROMIUM, launchChromium, startTestServer } from '../helpers/browser.js'
import { apiFixture, type ApiFixture } from '../api/fixture.js'
import { updateLedger } from '../../src/ledger/analyses.js'

const STORY = {
  text: 'The Freedonian ministry announced on Friday that 12 Freedonian soldiers were killed in Sylvania during the attack of 3 March. <script>alert(1)</script>',
  published: '2030-03-08', outlet: 'Freedonia Post', title: 'Losses <confirmed>',
}

describe(`event report printed by headless Chromium (${TEST_ENGINE})`, { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` }, () => {
  let f: ApiFixture
  let browser: Browser
  before(async () => {
    f = await apiFixture()
    assert.equal((await f.call('/api/documents', { role: 'editor', json: STORY })).status, 201)
    browser = await launchChromium()
  }, { timeout: 120_000 })
  after(async () => { await browser?.close(); await f?.dispose() }, { timeout: 30_000 })

  test('the report prints to a PDF, runs no script from the article and shows the quote with its source', { timeout: 60_000 }, async () => {
    const [event] = ((await (await f.call('/api/events', { role: 'reader' })).json()) as { items: { id: string }[] }).items
    const html = await (await f.call(`/api/export/report/${event!.id}`, { role: 'reader' })).text()
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss() })
    await page.setContent(html)
    assert.deepEqual(dialogs, [])
    assert.match(await page.locator('blockquote').first().innerText(), /12 Freedonian soldiers/)
    assert.match(await page.locator('.source').first().innerText(), /Freedonia Post, 2030-03-08, Losses <confirmed>/)
    await page.emulateMedia({ media: 'print' })
    assert.equal(await page.locator('.card').first().evaluate((el) => getComputedStyle(el).breakInside), 'avoid')
    const pdf = await page.pdf({ format: 'A4' })
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-')
    assert.ok(pdf.length > 2000)
  })

  test('an event\'s page downloads its printable report', { timeout: 90_000 }, async () => {
    const server = await startTestServer()
    try {
      const api = (path: string, init: RequestInit = {}) =>
        fetch(`${server.url}/api${path}`, { ...init, headers: { authorization: `Bearer ${server.editor}`, 'content-type': 'application/json' } })
      assert.equal((await api('/documents', { method: 'POST', body: JSON.stringify(STORY) })).status, 201)
      // The test server may leave the ledger's update for later (it does on PostgreSQL): bring it up to date first.
      await updateLedger(server.t.store)
      const [event] = ((await (await api('/events')).json()) as { items: { id: string }[] }).items
      const page = await browser.newPage()
      await page.goto(`${server.url}/#/`)
      await page.fill('#token', server.reader)
      await page.getByRole('button', { name: 'Save' }).click()
      await page.goto(`${server.url}/#/event/${event!.id}`)
      await page.locator('main[aria-busy]').waitFor({ state: 'detached' })
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Printable report (HTML)' }).click()])
      assert.equal(download.suggestedFilename(), `claimtrail-report-${event!.id}.html`)
    } finally {
      await server.close()
    }
  })
})
