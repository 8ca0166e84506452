import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createApp } from '../../src/api/app.js'
import { ledgerMaintainer } from '../../src/ledger/maintainer.js'
import { ensureLedgerFresh } from '../../src/ledger/refresh.js'
import { createToken } from '../../src/ledger/tokens.js'
import { articlePage, startNewsServer, type NewsServer } from '../helpers/news-server.js'
import { freshStore, TEST_ENGINE, type TestStore } from '../helpers/store.js'

const PAGE = articlePage({
  title: 'Harbour reopens', published: '2030-03-05', outlet: 'Lia Herald',
  paragraphs: ['The harbour of Valparaíso reopened on Tuesday, the Chilean transport ministry said.', 'Ships waited for two days outside the port.'],
})

describe(`API sources: fetch, watch, snapshots (${TEST_ENGINE})`, () => {
  let t: TestStore
  let site: NewsServer
  let editor: string
  const apps = (allowPrivateFetch: boolean) => createApp({ store: t.store, allowPrivateFetch, maintainer: ledgerMaintainer(() => ensureLedgerFresh(t.store)) })
  const call = (app: ReturnType<typeof apps>, path: string, json?: unknown) => app.request(path, {
    method: json === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${editor}`, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  })
  before(async () => {
    t = await freshStore()
    editor = (await createToken(t.store, 'editor', 'Ed')).secret
    site = await startNewsServer({ '/harbour.html': { type: 'text/html', body: PAGE } })
  })
  after(async () => { await site.close(); await t.dispose() })

  it('refuses to fetch a loopback page unless the operator allowed it', async () => {
    const res = await call(apps(false), '/api/fetch', { url: `${site.url}/harbour.html` })
    assert.equal(res.status, 403)
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /private or loopback/)
  })

  it('fetches, snapshots and ingests a page; the fetch log and the snapshot say so', async () => {
    const app = apps(true)
    const res = await call(app, '/api/fetch', { url: `${site.url}/harbour.html` })
    assert.equal(res.status, 201)
    const r = (await res.json()) as { status: string; id: string; title: string; snapshot: number }
    assert.deepEqual([r.status, r.title], ['added', 'Harbour reopens'])
    const snaps = (await (await call(app, `/api/snapshots?doc=${r.id}`)).json()) as { items: { seq: number; finalUrl: string; sha256: string }[] }
    assert.equal(snaps.items[0]!.seq, r.snapshot)
    const raw = await call(app, `/api/snapshots/${r.snapshot}/raw`)
    assert.equal(raw.headers.get('content-type'), 'application/octet-stream')
    assert.equal(await raw.text(), PAGE)
    const log = (await (await call(app, '/api/fetches')).json()) as { items: { status: number; outcome: string }[] }
    assert.deepEqual([log.items[0]!.status, log.items[0]!.outcome], [200, 'ingested'])
    assert.equal(((await (await call(app, '/api/fetch', { url: `${site.url}/harbour.html` })).json()) as { status: string }).status, 'unchanged')
  })

  it('watches a feed and lists it; a bad interval or address is a 400', async () => {
    const app = apps(true)
    assert.equal((await call(app, '/api/sources', { url: `${site.url}/feed.xml`, every: '2h' })).status, 201)
    const list = (await (await call(app, '/api/sources')).json()) as { items: { url: string; everySeconds: number }[] }
    assert.deepEqual(list.items.map((s) => s.everySeconds), [7200])
    assert.equal((await call(app, '/api/sources', { url: `${site.url}/feed.xml`, every: '5 weeks' })).status, 400)
    assert.equal((await call(app, '/api/sources', { url: 'ftp://example.org/feed', every: '1h' })).status, 400)
  })
})
