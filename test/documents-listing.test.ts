import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { freshStore, TEST_ENGINE, type TestStore } from './helpers/store.js'
import { listDocuments } from '../src/ledger/documents.js'
import { storeDocuments } from '../src/ledger/store-documents.js'
import { extractDocument } from '../src/extract/extract.js'
import { contentHash } from '../src/ingest/identity.js'
import type { Document } from '../src/model/document.js'

describe(`documents listing order (${TEST_ENGINE})`, () => {
  let t: TestStore
  // Stored in this order; `published` undefined is an undated document.
  const stored: [string, string | undefined, string][] = [
    ['The port of Lia reopened, the harbour master said.', undefined, 'Lia Herald'],
    ['The Ostrel bridge was closed on Monday, the city said.', '2031-01-05', 'Wire'],
    ['Talks in Ostrel resumed on Tuesday, officials said.', '2031-02-01', 'Lia Herald'],
    ['The ferry ran again on Friday, its operator said.', '2031-01-05', 'Wire'],
    ['Schools stayed shut, the ministry said.', undefined, 'Wire'],
  ]
  before(async () => {
    t = await freshStore()
    for (const [text, published, outlet] of stored) {
      const doc = { text, published, outlet, language: 'en', format: 'text' } as Document
      await storeDocuments(t.store, [{ doc, hash: contentHash(text), extraction: extractDocument(doc) }])
    }
  })
  after(async () => { await t.dispose() })
  const order = (docs: readonly { published: string | null }[]) => docs.map((d) => d.published)

  test('newest publication first, a tie newest stored first, undated last', async () => {
    const docs = await listDocuments(t.store)
    assert.deepEqual(order(docs), ['2031-02-01', '2031-01-05', '2031-01-05', null, null])
    const ids = (n: number) => `d${contentHash(stored[n]![0]).slice(0, 16)}`
    assert.deepEqual(docs.map((d) => d.id), [ids(2), ids(3), ids(1), ids(4), ids(0)])
  })

  test('pages and filters keep that order', async () => {
    assert.deepEqual(order(await listDocuments(t.store, { limit: 2, offset: 2 })), ['2031-01-05', null])
    assert.deepEqual(order(await listDocuments(t.store, { outlet: 'Lia Herald' })), ['2031-02-01', null])
    assert.deepEqual(order(await listDocuments(t.store, { from: '2031-01-05' })), ['2031-02-01', '2031-01-05', '2031-01-05'])
  })
})
