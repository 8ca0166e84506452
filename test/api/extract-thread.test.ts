import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createApp } from '../../src/api/app.js'
import { createToken } from '../../src/ledger/tokens.js'
import { ledgerMaintainer } from '../../src/ledger/maintainer.js'
import { ensureLedgerFresh } from '../../src/ledger/refresh.js'
import { extractThread, type ExtractThread } from '../../src/threads/extract-thread.js'
import type { Extractor } from '../../src/ledger/import.js'
import type { Reader } from '../../src/ingest/read.js'
import { freshStore, TEST_ENGINE, type TestStore } from '../helpers/store.js'
import { longArticle, quotePairs } from '../helpers/adversarial-shapes.js'
import { ARTICLES } from './fixture.js'

// Ordering, not timing: a read sent once a long document's extraction has begun is answered before that
// extraction ends (on the event loop, it could not even start until then).
describe(`the server extracts posted documents off its event loop (${TEST_ENGINE})`, () => {
  let t: TestStore
  let thread: ExtractThread
  let app: ReturnType<typeof createApp>
  let secret: string
  const order: string[] = []
  let begun = () => {}
  const post = (json: unknown) => app.request('/api/documents', {
    method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, body: JSON.stringify(json),
  })
  const list = () => app.request('/api/documents', { headers: { authorization: `Bearer ${secret}` } })
  before(async () => {
    t = await freshStore()
    thread = extractThread()
    const extract: Extractor = async (...task) => {
      begun()
      const x = await thread.extract(...task)
      order.push('extracted')
      return x
    }
    const read: Reader = async (...task) => {
      begun()
      const r = await thread.read(...task)
      order.push('read')
      return r
    }
    app = createApp({ store: t.store, maintainer: ledgerMaintainer(() => ensureLedgerFresh(t.store)), extract, read })
    secret = (await createToken(t.store, 'editor', 'Ed')).secret
  })
  after(async () => { await thread.close(); await t.dispose() })

  test('a list request answers while a long document is being extracted, and the document is stored after', async () => {
    assert.equal((await post({ text: ARTICLES.harbour, published: '2030-03-02' })).status, 201) // the thread is up
    order.length = 0
    const extracting = new Promise<void>((resolve) => { begun = resolve })
    const posting = post({ text: longArticle(60_000), published: '2030-03-03' })
    await extracting
    const listed = await list()
    order.push('listed')
    const posted = await posting
    assert.deepEqual(order.filter((step) => step !== 'read'), ['listed', 'extracted'])
    assert.equal(listed.status, 200)
    assert.equal(((await listed.json()) as { items: unknown[] }).items.length, 1)
    assert.equal(posted.status, 201)
    assert.equal(((await (await list()).json()) as { items: unknown[] }).items.length, 2)
  })

  test('a posted HTML page is read in the thread: a list request answers before the reading ends', async () => {
    const paragraphs = longArticle(200_000).split('\n\n').map((p) => `<div><p>${p}</p></div>`).join('')
    const page = `<html><head><title>Long page</title></head><body>${paragraphs}</body></html>`
    order.length = 0
    const reading = new Promise<void>((resolve) => { begun = resolve })
    const posting = Promise.resolve(app.request('/api/documents?published=2030-03-05', {
      method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'text/html' }, body: page,
    }))
    await Promise.race([reading, posting.then(() => assert.fail('the page was read without the thread'))])
    const listed = await list()
    order.push('listed')
    await posting
    assert.deepEqual(order.slice(0, 2), ['listed', 'read'])
    assert.equal(listed.status, 200)
  })

  test('a document over a limit in the thread is refused with its one line, and nothing is stored', async () => {
    const res = await post({ text: quotePairs(2_100), published: '2030-03-04' })
    assert.equal(res.status, 413)
    const body = (await res.json()) as { error: { code: string; message: string } }
    assert.equal(body.error.code, 'too_large')
    assert.match(body.error.message, /^the document holds more than 2000 statements: over the limit maxStatements = 2000 /)
    assert.equal(((await (await list()).json()) as { items: unknown[] }).items.length, 2)
  })
})
