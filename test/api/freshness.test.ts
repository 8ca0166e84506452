import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createApp } from '../../src/api/app.js'
import { createToken } from '../../src/ledger/tokens.js'
import { refreshLedger } from '../../src/ledger/analyses.js'
import { freshStore, TEST_ENGINE, type TestStore } from '../helpers/store.js'
import { ARTICLES } from './fixture.js'

describe(`a stale ledger is served as stale (${TEST_ENGINE})`, () => {
  let t: TestStore
  let asked = 0
  let app: ReturnType<typeof createApp>
  let editor: string
  const post = (text: string, published: string) => app.request('/api/documents', {
    method: 'POST', headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' }, body: JSON.stringify({ text, published }),
  })
  // A maintainer that only counts: the ledger stays behind until the test refreshes it.
  before(async () => {
    t = await freshStore()
    app = createApp({ store: t.store, allowAnonymousRead: true, maintainer: { request: () => void asked++, idle: async () => {} } })
    editor = (await createToken(t.store, 'editor', 'Ed')).secret
    // A first article loads the extractors, so the write under test answers well within a second.
    await post(ARTICLES.harbour, '2030-03-01')
    await refreshLedger(t.store)
  })
  after(async () => { await t.dispose() })

  test('a write answers without recomputing; reads say the ledger is stale and ask for it to catch up', async () => {
    assert.equal((await app.request('/api/timeline')).headers.get('x-ledger-stale'), 'false')
    assert.equal((await post(ARTICLES.denial, '2030-03-02')).status, 201)
    assert.ok(asked >= 1)
    // The freshness is read at most once a second, but this app's own write is known at once.
    const res = await app.request('/api/timeline')
    assert.equal(res.headers.get('x-ledger-stale'), 'true')
    const page = await res.json() as { items: unknown[]; ledger: { stale: boolean } }
    assert.deepEqual([page.items.some((i) => JSON.stringify(i).includes('soldiers')), page.ledger.stale], [false, true])
  })

  test('once the writer brings it up to date, the same read is fresh', async () => {
    await refreshLedger(t.store)
    await new Promise((r) => setTimeout(r, 1_100))
    const res = await app.request('/api/timeline')
    assert.equal(res.headers.get('x-ledger-stale'), 'false')
    assert.ok(((await res.json()) as { items: unknown[] }).items.length > 0)
  })
})
