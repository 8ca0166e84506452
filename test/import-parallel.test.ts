import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { readInputs } from '../src/ingest/read.js'
import { importAll, type ImportItem } from '../src/threads/import-parallel.js'
import { importDocument } from '../src/ledger/import.js'
import type { Db } from '../src/ledger/db.js'
import { freshStore, TEST_ENGINE } from './helpers/store.js'
import { DEFAULT_LIMITS } from '../src/limits.js'

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

/** Short invented reports, each its own text, enough to fill several transactions. */
const reports = (n: number): ImportItem[] => Array.from({ length: n }, (_, i) => ({
  warnings: [],
  document: {
    text: `The port of Velmar reopened on ${WEEKDAYS[i % 5]} after ${i + 2} days. Harbour officials said ${i + 3} ships were waiting.`,
    published: '2030-04-0' + (1 + (i % 9)), language: 'en', format: 'text' as const, origin: `report-${i}`,
  },
}))

/** What the store holds after an ingest, without the times it was written at. */
async function contents(store: Db) {
  const extractions = await store.db.selectFrom('extractions').select(['doc_id', 'data']).orderBy('doc_id').execute()
  const places = await store.db.selectFrom('places').select(['doc_id', 'code', 'name', 'data']).orderBy('doc_id').orderBy('name').execute()
  return { extractions, places }
}

/** Ingests `items` into a store holding `before`, in `workers` threads, or one document after the other (0). */
async function ingest(items: readonly ImportItem[], workers: number, before: readonly ImportItem[] = [], limits = DEFAULT_LIMITS) {
  const t = await freshStore()
  try {
    for await (const _ of importAll(t.store, before)) { /* stored */ }
    const outcomes = []
    if (workers === 0) for (const i of items) outcomes.push(await importDocument(t.store, i.document, i.warnings, limits).then((r) => `${r.status} ${r.document.id}`, (e: Error) => `error ${e.message}`))
    else for await (const o of importAll(t.store, items, { workers, limits })) outcomes.push('error' in o ? `error ${o.error.message}` : `${o.result.status} ${o.result.document.id}`)
    return { outcomes, ...(await contents(t.store)) }
  } finally {
    await t.dispose()
  }
}

describe(`ingest in batches, in one thread or several, stores what one document after the other stores (${TEST_ENGINE})`, () => {
  test('the invented corpus and the Spanish articles, with a repeated text and one already stored', async () => {
    const { documents } = await readInputs(['test/fixtures/corpus', 'test/fixtures/es'])
    assert.ok(documents.length >= 10)
    // The corpus teaches invented countries article by article: each one must see what the earlier ones taught.
    const items = [...documents, documents[2]!]
    const stored = [documents[4]!]
    const each = await ingest(items, 0, stored)
    const one = await ingest(items, 1, stored)
    const two = await ingest(items, 2, stored)
    assert.deepEqual(one, each)
    assert.deepEqual(two, each)
    assert.equal(one.outcomes.filter((o) => o.startsWith('unchanged')).length, 2)
    assert.ok(one.places.length > 0, 'the corpus teaches countries')
  })

  test('more documents than one transaction holds, one of them refused and then repeated', async () => {
    const items = reports(75)
    const long: ImportItem = { warnings: [], document: { ...items[0]!.document, text: `${'The harbour stayed shut. '.repeat(40)}`, origin: 'long' } }
    items.splice(40, 0, long)
    items.push(long)
    const limits = { ...DEFAULT_LIMITS, maxDocumentBytes: 800 }
    const each = await ingest(items, 0, [], limits)
    assert.deepEqual(await ingest(items, 1, [], limits), each)
    assert.deepEqual(await ingest(items, 2, [], limits), each)
    assert.equal(each.outcomes.filter((o) => o.startsWith('added')).length, 75)
    assert.match(each.outcomes[40]!, /^error .*maxDocumentBytes/)
    assert.equal(each.outcomes.at(-1), each.outcomes[40])
  })
})
