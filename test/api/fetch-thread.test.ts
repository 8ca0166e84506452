import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createApp } from '../../src/api/app.js'
import { createToken } from '../../src/ledger/tokens.js'
import { ledgerMaintainer } from '../../src/ledger/maintainer.js'
import { ensureLedgerFresh } from '../../src/ledger/refresh.js'
import { addSource } from '../../src/ledger/sources.js'
import type { Extractor } from '../../src/ledger/import.js'
import { fetchSettingsOf } from '../../src/sources/settings.js'
import type { PollReport } from '../../src/sources/watch.js'
import { watchLoop } from '../../src/sources/watch-loop.js'
import { extractThread, type ExtractThread } from '../../src/threads/extract-thread.js'
import { articlePage, startNewsServer, summaryFeed, type NewsServer } from '../helpers/news-server.js'
import { freshStore, TEST_ENGINE, type TestStore } from '../helpers/store.js'
import { longArticle } from '../helpers/adversarial-shapes.js'

const longPage = (title: string, published: string) => articlePage({
  title, published, outlet: 'Lia Herald', paragraphs: [`${title}: the port of Lia reopened.`, ...longArticle(60_000).split('\n\n').filter(Boolean)],
})

// Ordering, not timing: a read sent once a fetched page's extraction has begun is answered before that
// extraction ends. Extracted on the event loop, the page would never reach the thread's extractor.
describe(`the server extracts fetched and watched pages off its event loop (${TEST_ENGINE})`, () => {
  let t: TestStore
  let site: NewsServer
  let thread: ExtractThread
  let app: ReturnType<typeof createApp>
  let secret: string
  const order: string[] = []
  let begun = () => {}
  const extract: Extractor = async (...task) => {
    begun()
    const x = await thread.extract(...task)
    order.push('extracted')
    return x
  }
  const call = (path: string, json?: unknown) => app.request(path, {
    method: json === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${secret}`, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  })
  const countDocs = async () => ((await (await call('/api/documents')).json()) as { items: unknown[] }).items.length

  /** Starts `work`, waits until its extraction has begun, then lists the documents meanwhile. */
  async function listWhileExtracting<T>(work: () => Promise<T>): Promise<{ listed: Response; done: T }> {
    order.length = 0
    const extracting = new Promise<void>((resolve) => { begun = resolve })
    const doing = work()
    await Promise.race([extracting, doing.then((d) => assert.fail(`the page was extracted without the thread: ${JSON.stringify(d)}`))])
    const listed = await call('/api/documents')
    order.push('listed')
    return { listed, done: await doing }
  }

  before(async () => {
    t = await freshStore()
    site = await startNewsServer({
      '/short.html': { type: 'text/html', body: articlePage({ title: 'Short', published: '2030-03-01', outlet: 'Lia Herald', paragraphs: ['The port of Lia reopened on Monday, officials said.'] }) },
      '/long.html': { type: 'text/html', body: longPage('Long', '2030-03-02') },
      '/watched.html': { type: 'text/html', body: longPage('Watched', '2030-03-03') },
    })
    site.pages.set('/feed.xml', { type: 'application/rss+xml', body: summaryFeed(site.url, [{ path: '/watched.html', title: 'Watched', date: 'Tue, 03 Mar 2030 08:00:00 GMT' }]) })
    thread = extractThread()
    app = createApp({ store: t.store, allowPrivateFetch: true, maintainer: ledgerMaintainer(() => ensureLedgerFresh(t.store)), extract, read: thread.read })
    secret = (await createToken(t.store, 'editor', 'Ed')).secret
  })
  after(async () => { await thread.close(); await site.close(); await t.dispose() })

  test('POST /api/fetch: a list request answers while the page is extracted, and the page is stored after', async () => {
    assert.equal((await call('/api/fetch', { url: `${site.url}/short.html` })).status, 201) // the thread is up
    const { listed, done } = await listWhileExtracting(async () => call('/api/fetch', { url: `${site.url}/long.html` }))
    assert.deepEqual(order, ['listed', 'extracted'])
    assert.equal(listed.status, 200)
    assert.equal(((await listed.json()) as { items: unknown[] }).items.length, 1)
    assert.equal(done.status, 201)
    assert.equal(((await done.json()) as { status: string }).status, 'added')
    assert.equal(await countDocs(), 2)
  })

  test('serve --watch: a list request answers while a polled page is extracted', async () => {
    await addSource(t.store, `${site.url}/feed.xml`, 900)
    const settings = fetchSettingsOf({ allowPrivateFetch: true })
    const reports: PollReport[] = []
    const stop = new AbortController()
    const { listed } = await listWhileExtracting(() => watchLoop(t.store, settings, {
      signal: stop.signal, extract, read: thread.read, onReport: (r) => reports.push(r), afterPoll: async () => stop.abort(),
    }))
    assert.deepEqual(order, ['listed', 'extracted'])
    assert.equal(((await listed.json()) as { items: unknown[] }).items.length, 2)
    assert.deepEqual(reports.flatMap((r) => r.pages.map((p) => p.status)), ['added'])
    assert.equal(await countDocs(), 3)
  })
})
