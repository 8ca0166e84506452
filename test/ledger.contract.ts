import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import type { Document } from '../src/model/document.js'
import type { Extraction } from '../src/model/extraction.js'
import { countDocuments, findDocument, getDocument, listDocuments } from '../src/ledger/documents.js'
import { addDocument } from '../src/ledger/store-documents.js'
import { loadExtraction } from '../src/ledger/extractions.js'
import { importDocument } from '../src/ledger/import.js'
import { searchDocuments } from '../src/ledger/search.js'
import { extractDocument } from '../src/extract/extract.js'
import { contentHash } from '../src/ingest/identity.js'
import { freshStore, type TestStore } from './helpers/store.js'

const article = (text: string, meta: Partial<Document> = {}): Document => ({
  text, published: '2030-05-04', language: 'en', outlet: 'The Test Courier', title: text.split('.')[0], format: 'text', ...meta,
})

/** The store suite: one contract, run once per engine (see store.test.ts). */
export function storeContract(engine: string): void {
  describe(`store contract (${engine})`, () => {
    let t: TestStore
    before(async () => { t = await freshStore() })
    after(async () => { await t.dispose() })

    test('an empty store lists nothing', async () => {
      assert.deepEqual(await listDocuments(t.store), [])
    })

    test('stores a document with its metadata and extraction', async () => {
      const r = await importDocument(t.store, article('The harbour reopened on Monday. Officials said trade would resume.'))
      assert.equal(r.status, 'added')
      const [listed] = await listDocuments(t.store)
      assert.equal(listed?.published, '2030-05-04')
      assert.equal(listed?.outlet, 'The Test Courier')
      const x = await loadExtraction(t.store, r.document.id)
      assert.equal(x?.document.text, 'The harbour reopened on Monday. Officials said trade would resume.')
    })

    test('the same text again changes nothing and says so', async () => {
      const before = await countDocuments(t.store)
      const r = await importDocument(t.store, article('The harbour reopened on Monday. Officials said trade would resume.', { outlet: 'Another' }))
      assert.equal(r.status, 'unchanged')
      assert.equal(await countDocuments(t.store), before)
    })

    test('a failure while storing derived items leaves the store as it was', async () => {
      const doc = article('A second article about the dam that broke.')
      const x = extractDocument(doc)
      const statement = { id: 's1', speakers: [], cue: { start: 0, end: 1, text: 'A' }, content: { start: 0, end: 1, text: 'A' }, mode: 'indirect', polarity: 'asserts', time: {}, rule: 'test' } as const
      // Two items with one id break the primary key halfway through the transaction.
      const broken: Extraction = { ...x, statements: [statement, statement] }
      const before = await countDocuments(t.store)
      await assert.rejects(addDocument(t.store, { ...doc, hash: contentHash(doc.text) }, broken))
      assert.equal(await countDocuments(t.store), before)
      assert.equal(await findDocument(t.store, contentHash(doc.text)), undefined)
      assert.deepEqual(await searchDocuments(t.store, 'dam broke'), [])
    })

    test('finds a document by a unique id prefix and refuses an unknown one', async () => {
      const [doc] = await listDocuments(t.store)
      assert.equal((await getDocument(t.store, doc!.id.slice(0, 8))).id, doc!.id)
      await assert.rejects(getDocument(t.store, 'dzzzzzz'), /no document "dzzzzzz"/)
    })

    test('lists newest publication first and filters by outlet and dates', async () => {
      await importDocument(t.store, article('Older news from the valley.', { published: '2030-01-02', outlet: 'Valley Post' }))
      await importDocument(t.store, article('Undated note from the valley.', { published: null, outlet: 'Valley Post' }))
      const all = await listDocuments(t.store)
      assert.deepEqual(all.map((d) => d.published), ['2030-05-04', '2030-01-02', null])
      assert.equal((await listDocuments(t.store, { outlet: 'Valley Post' })).length, 2)
      assert.equal((await listDocuments(t.store, { from: '2030-02-01' })).length, 1)
    })

    test('full-text search finds documents holding all the words', async () => {
      await importDocument(t.store, article('The Ministère spokesperson announced a ceasefire near the river.'))
      const hits = await searchDocuments(t.store, 'ceasefire river')
      assert.equal(hits.length, 1)
      assert.match(hits[0]!.snippet, /ceasefire/)
      assert.deepEqual(await searchDocuments(t.store, 'volcano'), [])
      assert.deepEqual(await searchDocuments(t.store, '   '), [])
    })

    test('search input is data, never query syntax', async () => {
      assert.deepEqual(await searchDocuments(t.store, `"; DROP TABLE documents; --`), [])
      assert.ok((await countDocuments(t.store)) > 0)
    })
  })
}
