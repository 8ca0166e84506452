import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { TEST_ENGINE } from '../helpers/store.js'
import { CHROMIUM, launchChromium } from '../helpers/browser.js'
import { apiFixture, type ApiFixture } from '../api/fixture.js'

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
})
