import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { BROWSER_STEP, browserSession, CHROMIUM, postArticles, screenshotDir } from '../helpers/browser.js'
import { TEST_ENGINE } from '../helpers/store.js'
import { DEMO_ARTICLES } from './browser-corpus.js'

const SHOTS = screenshotDir()

describe(`casualty chart in headless Chromium (${TEST_ENGINE})`, { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` }, () => {
  const s = browserSession({ allowAnonymousRead: true }, (server) => postArticles(server, server.editor, DEMO_ARTICLES))
  /** Each point of the first chart, as its label says it. */
  const points = () => s.page.locator('figure.chart').first().locator('g.point').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')))

  test('the Casualties screen draws a step line per source, the superseded figure hollow', BROWSER_STEP, async () => {
    await s.go('/casualties')
    await s.page.locator('figure.chart').first().waitFor()
    await s.page.locator('.notice').waitFor({ state: 'detached' })
    assert.deepEqual(await points(), [
      'Army of Sweden: 20 killed, reported 2032-02-11',
      'Government of Denmark: 14 killed, reported 2032-02-12 (superseded)',
      'Army of Denmark: 17 killed, reported 2032-02-16',
    ])
    const chart = s.page.locator('figure.chart').first()
    assert.deepEqual((await chart.locator('.chart-legend li').allInnerTexts()).map((x) => x.trim()), ['Army of Sweden', 'Government of Denmark', 'Army of Denmark'])
    assert.equal(await chart.locator('path.step').count(), 3)
    assert.equal(await chart.locator('g.point.superseded circle[fill="#fff"]').count(), 1)
    // A point says its figure on focus.
    await chart.locator('g.point').first().focus()
    assert.equal(await chart.locator('g.point:focus text').evaluate((t) => getComputedStyle(t).visibility), 'visible')
    if (SHOTS) await s.page.screenshot({ path: join(SHOTS, 'casualty-chart.png'), fullPage: true })
  })

  test('the event page has the same chart', BROWSER_STEP, async () => {
    await s.go('/casualties')
    await s.page.locator('section.tally h3 a').first().click()
    await s.page.locator('figure.chart').first().waitFor()
    assert.equal((await points()).length, 3)
    assert.deepEqual(s.problems, [])
  })
})
