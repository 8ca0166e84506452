import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { readInputs } from '../src/ingest/read.js'
import { importAll, type ImportItem } from '../src/ledger/import-parallel.js'
import type { Db } from '../src/ledger/db.js'
import { freshStore, TEST_ENGINE } from './helpers/store.js'

/** What the store holds after an ingest, without the times it was written at. */
async function contents(store: Db) {
  const extractions = await store.db.selectFrom('extractions').select(['doc_id', 'data']).orderBy('doc_id').execute()
  const places = await store.db.selectFrom('places').select(['doc_id', 'code', 'name', 'data']).orderBy('doc_id').orderBy('name').execute()
  return { extractions, places }
}

async function ingest(items: readonly ImportItem[], workers: number, before: readonly ImportItem[] = []) {
  const t = await freshStore()
  try {
    for await (const _ of importAll(t.store, before)) { /* stored one by one */ }
    const outcomes = []
    for await (const o of importAll(t.store, items, { workers })) outcomes.push('error' in o ? `error ${o.error.message}` : `${o.result.status} ${o.result.document.id}`)
    return { outcomes, ...(await contents(t.store)) }
  } finally {
    await t.dispose()
  }
}

describe(`ingest in several threads stores what one thread stores (${TEST_ENGINE})`, () => {
  test('the invented corpus and the Spanish articles, with a repeated text and one already stored', async () => {
    const { documents } = await readInputs(['test/fixtures/corpus', 'test/fixtures/es'])
    assert.ok(documents.length >= 10)
    // The corpus teaches invented countries article by article: each one must see what the earlier ones taught.
    const items = [...documents, documents[2]!]
    const stored = [documents[4]!]
    const one = await ingest(items, 1, stored)
    const two = await ingest(items, 2, stored)
    assert.deepEqual(two, one)
    assert.equal(one.outcomes.filter((o) => o.startsWith('unchanged')).length, 2)
    assert.ok(one.places.length > 0, 'the corpus teaches countries')
  })
})
