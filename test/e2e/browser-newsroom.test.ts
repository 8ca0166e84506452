import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { updateLedger } from '../../src/ledger/analyses.js'
import { addSource } from '../../src/ledger/sources.js'
import { fetchSettingsOf } from '../../src/sources/settings.js'
import { pollSources } from '../../src/sources/watch.js'
import { CHROMIUM, launchChromium, screenshotDir, startTestServer, type TestServer } from '../helpers/browser.js'
import { DENIAL, SHELLING, startNewsServer, summaryFeed, type NewsServer } from '../helpers/news-server.js'
import { TEST_ENGINE } from '../helpers/store.js'

const STEP = { timeout: 60_000 }
const SHOTS = screenshotDir()

describe(`Sources and Alerts screens in headless Chromium (${TEST_ENGINE})`, { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` }, () => {
  let server: TestServer
  let site: NewsServer
  let browser: Browser
  let page: Page
  const go = async (route: string) => {
    await page.goto(`${server.url}/#${route}`)
    await page.locator('main[aria-busy]').waitFor({ state: 'detached' })
  }
  before(async () => {
    server = await startTestServer({ allowAnonymousRead: false, allowPrivateFetch: true })
    site = await startNewsServer({ '/shelling.html': { type: 'text/html', body: SHELLING(12) }, '/denial.html': { type: 'text/html', body: DENIAL } })
    site.pages.set('/feed.xml', { type: 'application/rss+xml', body: summaryFeed(site.url, [{ path: '/shelling.html', title: 'Shelling', date: 'Tue, 03 Mar 2026 08:00:00 GMT' }]) })
    // A feed polled twice, the page edited in between: one changed page, one edit alert.
    const settings = fetchSettingsOf({ allowPrivateFetch: true })
    await addSource(server.t.store, `${site.url}/feed.xml`, 900)
    await pollSources(server.t.store, settings, { all: true })
    site.pages.get('/shelling.html')!.body = SHELLING(15)
    await pollSources(server.t.store, settings, { all: true })
    await updateLedger(server.t.store)
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
    page.setDefaultTimeout(15_000)
    await page.goto(`${server.url}/#/`)
    await page.fill('#token', server.editor)
    await page.getByRole('button', { name: 'Save' }).click()
  }, { timeout: 120_000 })
  after(async () => { await browser?.close(); await site?.close(); await server?.close() }, { timeout: 30_000 })

  test('Sources lists the feed, the changed page with old and new words, and the fetch log', STEP, async () => {
    await go('/sources')
    assert.match(await page.locator('main').innerText(), /feed\.xml/)
    assert.equal(await page.locator('.changes del', { hasText: /^12 civilians were killed$/ }).count(), 1)
    assert.equal(await page.locator('.changes ins', { hasText: /^15 civilians were killed$/ }).count(), 1)
    await page.fill('#src-url', `${site.url}/other.xml`)
    await page.getByRole('button', { name: 'Watch' }).click()
    await page.locator('td', { hasText: 'other.xml' }).waitFor()
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'sources.png'), fullPage: true })
  })

  test('the document says when and where it was fetched', STEP, async () => {
    await go('/sources')
    await page.locator('.changes a').first().click()
    await page.locator('.provenance').waitFor()
    assert.match(await page.locator('.provenance').innerText(), /as fetched on .* \(an edited version\)/)
  })

  test('Alerts shows the unread count, the edit alert, and marks them read', STEP, async () => {
    await go('/alerts')
    await page.locator('#unread:not([hidden])').waitFor()
    assert.ok(Number(await page.locator('#unread').innerText()) >= 1)
    assert.equal(await page.locator('li.alert.unread', { hasText: 'changed 1 figure' }).count(), 1)
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'alerts.png'), fullPage: true })
    await page.getByRole('button', { name: 'Mark all read' }).click()
    // The list and the badge are fetched apart: wait for each rather than race one against the other.
    await page.locator('li.alert.unread').first().waitFor({ state: 'detached' })
    await page.locator('#unread[hidden]').waitFor({ state: 'attached' })
    assert.ok(await page.locator('li.alert', { hasText: 'changed 1 figure' }).count() === 1, 'the read alert stays listed')
  })
})
