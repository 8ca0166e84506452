import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { readInputs } from '../src/ingest/read.js'
import { extractDocument } from '../src/extract/extract.js'
import { contentHash } from '../src/ingest/identity.js'
import type { Document } from '../src/model/document.js'
import type { Extraction } from '../src/model/extraction.js'
import { addDocument, documentIdOf } from '../src/ledger/store-documents.js'
import { refreshLedger, updateLedger } from '../src/ledger/analyses.js'
import { mergeActors, reviewItem, splitActor } from '../src/ledger/reviews.js'
import { deleteDocument, editDocument } from '../src/ledger/fix-documents.js'
import { replaceExtraction } from '../src/ledger/extractions.js'
import type { LedgerTable } from '../src/ledger/ledger-rows.js'
import { freshStore, TEST_ENGINE } from './helpers/store.js'
import { ledgerDb } from '../src/ledger/refresh.js'
import type { StoredParts } from '../src/ledger/parts.js'
import { ledgerSnapshot as snapshot } from './helpers/ledger-snapshot.js'

/**
 * The incremental ledger equals a rebuild: documents ingested in any order and any batches, the ledger
 * updated after each batch (and after reviews, a deletion and a date edit), list exactly what `claimtrail
 * ledger rebuild` lists.
 */
const fixtures = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
describe(`incremental ledger (${TEST_ENGINE})`, () => {
  let docs: { doc: Document; x: Extraction }[] = []
  before(async () => {
    const read = await readInputs([fixtures('corpus'), fixtures('stories')])
    docs = read.documents.map(({ document }) => ({ doc: document, x: extractDocument(document) }))
  })

  test('ingesting documents in any order, a batch at a time, gives the ledger a rebuild gives', async () => {
    assert.ok(docs.length >= 10)
    const run = fc.asyncProperty(
      fc.shuffledSubarray(docs.map((_, i) => i), { minLength: docs.length }),
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: docs.length, maxLength: docs.length }),
      fc.boolean(),
      async (order, sizes, review) => {
        const t = await freshStore()
        try {
          for (let at = 0, b = 0; at < order.length; at += sizes[b++]!) {
            for (const i of order.slice(at, at + sizes[b]!)) {
              const { doc, x } = docs[i]!
              await addDocument(t.store, { ...doc, hash: contentHash(doc.text) }, x)
            }
            await updateLedger(t.store)
          }
          if (review) {
            // A merge renames an actor in every document it appears in; a correction turns one statement around.
            await mergeActors(t.store, { from: 'gov-bo', into: 'gov-py', reviewer: 'test' })
            await updateLedger(t.store)
            // A split undoes the merge in one document only: that document's renames differ from the others'.
            const split = order.map((i) => docs[i]!).find(({ x }) => x.actors.some((a) => a.id === 'gov-bo'))
            assert.ok(split)
            await splitActor(t.store, { docId: documentIdOf(contentHash(split.doc.text)), actorId: 'gov-bo', newId: 'gov-bo-apart', reviewer: 'test' })
            await updateLedger(t.store)
            const { doc, x } = docs[order[0]!]!
            const turned = x.statements[0]!
            await reviewItem(t.store, {
              docId: documentIdOf(contentHash(doc.text)), kind: 'statement', itemId: turned.id, action: 'correct',
              patch: { polarity: turned.polarity === 'asserts' ? 'denies' : 'asserts' }, reviewer: 'test',
            })
            await updateLedger(t.store)
            // A deleted document leaves its events; an earlier date moves a document before others it was after.
            const [gone, moved] = [order[1]!, order[2]!].map((i) => documentIdOf(contentHash(docs[i]!.doc.text)))
            await deleteDocument(t.store, gone!, { reviewer: 'test' })
            await editDocument(t.store, moved!, { published: '2001-01-01' }, { reviewer: 'test' })
            await updateLedger(t.store)
            // A re-extraction keeps the text (and the document's stamp but for its digest): a statement turns around.
            const { doc: again, x: before } = docs[order[3]!]!
            const last = before.statements.length - 1
            const after = { ...before, statements: before.statements.map((s, i) => (i === last ? { ...s, polarity: s.polarity === 'asserts' ? 'denies' as const : 'asserts' as const } : s)) }
            await t.store.db.transaction().execute((trx) => replaceExtraction(trx, documentIdOf(contentHash(again.text)), after, new Date().toISOString()))
            await updateLedger(t.store)
          }
          const incremental = await snapshot(t.store) as Record<LedgerTable, unknown[]>
          assert.ok(incremental.ledger_reversals.length > 0 && incremental.ledger_disagreements.length > 0)
          await refreshLedger(t.store)
          assert.deepEqual(incremental, await snapshot(t.store))
        } finally {
          await t.dispose()
        }
      },
    )
    await fc.assert(run, { numRuns: TEST_ENGINE === 'postgres' ? 4 : 6 })
  })

  test('a document stored without a digest (before migration 017) is read whole, and the ledger equals a rebuild', async () => {
    const t = await freshStore()
    try {
      for (const { doc, x } of docs.slice(0, 4)) await addDocument(t.store, { ...doc, hash: contentHash(doc.text) }, x)
      await updateLedger(t.store)
      const [first, second] = docs.slice(0, 2).map(({ doc }) => documentIdOf(contentHash(doc.text)))
      await t.store.db.updateTable('extractions').set({ digest: null }).where('doc_id', '=', first!).execute()
      await editDocument(t.store, second!, { published: '2001-01-01' }, { reviewer: 'test' })
      await updateLedger(t.store)
      const incremental = await snapshot(t.store)
      await refreshLedger(t.store)
      assert.deepEqual(incremental, await snapshot(t.store))
    } finally {
      await t.dispose()
    }
  })

  test('a place a later document teaches is read into a document kept from before', async () => {
    const t = await freshStore()
    try {
      const add = async (text: string) => {
        const doc: Document = { text, published: '2031-04-06', language: 'en', format: 'text' }
        await addDocument(t.store, { ...doc, hash: contentHash(text) }, extractDocument(doc))
        await updateLedger(t.store)
        return documentIdOf(contentHash(text))
      }
      const kept = await add('Officials in Tarnel said on Monday that the talks had failed.')
      await add('The Kingdom of Orsa protested on Monday. The Orsan capital, Tarnel, was quiet.')
      const row = await ledgerDb(t.store).selectFrom('ledger_parts').select('data').where('doc_id', '=', kept).executeTakeFirstOrThrow()
      assert.deepEqual((JSON.parse(row.data) as StoredParts).places?.map((p) => p.name), ['Orsa'])
      const incremental = await snapshot(t.store)
      await refreshLedger(t.store)
      assert.deepEqual(incremental, await snapshot(t.store))
    } finally {
      await t.dispose()
    }
  })
})
