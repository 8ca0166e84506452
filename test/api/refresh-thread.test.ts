import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createApp } from '../../src/api/app.js'
import { createToken } from '../../src/ledger/tokens.js'
import { ledgerMaintainer } from '../../src/ledger/maintainer.js'
import { refreshThread, type RefreshThread } from '../../src/threads/refresh-thread.js'
import { freshStore, TEST_ENGINE, type TestStore } from '../helpers/store.js'
import { ARTICLES } from './fixture.js'

describe(`the server's ledger thread brings the ledger up to date after a write (${TEST_ENGINE})`, () => {
  let t: TestStore
  let thread: RefreshThread
  const errors: string[] = []
  before(async () => {
    t = await freshStore()
    thread = refreshThread({ dataDir: t.dataDir, ...(t.databaseUrl ? { databaseUrl: t.databaseUrl } : {}) })
  })
  after(async () => { await thread.close(); await t.dispose() })

  test('a posted article reaches the ledger through the thread, and the read then says fresh', async () => {
    const maintainer = ledgerMaintainer(() => thread.refresh(), (e) => errors.push((e as Error).message))
    const app = createApp({ store: t.store, allowAnonymousRead: true, maintainer })
    const { secret } = await createToken(t.store, 'editor', 'Ed')
    const res = await app.request('/api/documents', {
      method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: ARTICLES.denial, published: '2030-03-02' }),
    })
    assert.equal(res.status, 201)
    await maintainer.idle()
    assert.deepEqual(errors, [])
    await new Promise((r) => setTimeout(r, 1100)) // past the app's once-a-second freshness memory
    const timeline = await app.request('/api/timeline')
    assert.equal(timeline.headers.get('x-ledger-stale'), 'false')
    const page = await timeline.json() as { items: unknown[] }
    assert.ok(page.items.length > 0)
  })

  test('a failed refresh reaches the maintainer as an error with its message', async () => {
    const broken = refreshThread({ dataDir: t.dataDir, databaseUrl: 'postgres://nobody@127.0.0.1:1/none' })
    await assert.rejects(broken.refresh(), /./)
    await broken.close()
  })
})
