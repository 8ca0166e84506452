import assert from 'node:assert/strict'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { XMLParser } from 'fast-xml-parser'
import { BROWSER_STEP, browserSession, CHROMIUM, postArticles } from '../helpers/browser.js'
import { TEST_ENGINE } from '../helpers/store.js'
import { DEMO_ARTICLES } from './browser-corpus.js'
import { scratchDir } from '../helpers/scratch.js'

describe(`Import, Ledger and Document small gaps in headless Chromium (${TEST_ENGINE})`, { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` }, () => {
  const s = browserSession({ allowAnonymousRead: false }, (server) => postArticles(server, server.editor, DEMO_ARTICLES.slice(1)))
  const signIn = async () => {
    await s.page.goto(`${s.server.url}/#/`)
    await s.page.fill('#token', s.server.editor)
    await s.page.getByRole('button', { name: 'Save' }).click()
  }

  test('the paste form clears after an import; an upload takes an outlet for files that name none', BROWSER_STEP, async () => {
    await signIn()
    await s.go('/import')
    await s.page.fill('#imp-text', DEMO_ARTICLES[0]!.text)
    await s.page.fill('#imp-outlet', 'The Northern Ledger')
    await s.page.getByRole('button', { name: 'Import article' }).click()
    await s.page.locator('.results .result.added').waitFor()
    assert.deepEqual([await s.page.inputValue('#imp-text'), await s.page.inputValue('#imp-outlet')], ['', ''])
    const file = join(scratchDir('upload'), 'note.txt')
    writeFileSync(file, 'Ferries resume\n\nThe Swedish transport office said on Monday that ferries to Denmark would resume.\n')
    await s.page.setInputFiles('#imp-files', file)
    await s.page.fill('#imp-file-outlet', 'Harbour Post')
    await s.page.getByRole('button', { name: 'Upload' }).click()
    await s.page.locator('.results .result.added', { hasText: 'Ferries resume' }).waitFor()
    assert.equal(await s.page.inputValue('#imp-file-outlet'), '')
    const docs = (await (await fetch(`${s.server.url}/api/documents?outlet=Harbour%20Post`, { headers: { authorization: `Bearer ${s.server.editor}` } })).json()) as { items: { title: string }[] }
    assert.deepEqual(docs.items.map((d) => d.title), ['Ferries resume'])
  })

  test('the ledger’s casualty table fits its column: sources counted, not one column each', BROWSER_STEP, async () => {
    await s.go('/')
    const table = s.page.locator('.home-grid .tally table').first()
    await table.waitFor()
    assert.deepEqual((await table.locator('thead th').allInnerTexts()).map((t) => t.toLowerCase()), ['group', 'sources', 'low', 'best', 'high'])
    const [wrap, inner] = await table.evaluate((t) => [t.parentElement!.clientWidth, t.scrollWidth])
    assert.ok(inner! <= wrap!, `table ${inner}px in a ${wrap}px column`)
  })

  test('a document’s page downloads its time expressions as TimeML', BROWSER_STEP, async () => {
    await s.go('/documents')
    await s.page.locator('main a[href^="#/doc/"]').first().click()
    await s.page.locator('.doc-head h1').waitFor()
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Time expressions as TimeML (XML)' }).click()])
    const xml = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))
    assert.ok(new XMLParser().parse(xml)['TimeML'], xml.slice(0, 200))
    assert.deepEqual(s.problems, [])
  })
})
