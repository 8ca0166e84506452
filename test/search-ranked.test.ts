import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { freshStore, TEST_ENGINE, type TestStore } from './helpers/store.js'
import { contentHash } from '../src/ingest/identity.js'
import { RANKED, searchDocuments } from '../src/ledger/search.js'
import { storeDocuments, type NewDocument } from '../src/ledger/store-documents.js'
import type { Extraction } from '../src/model/extraction.js'

/** A document with nothing extracted: search reads only the text. */
function stored(text: string, day: number): NewDocument {
  const published = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10)
  const extraction: Extraction = { document: { published, language: 'en', text }, actors: [], statements: [], timex: [], casualties: [], events: [], contradictions: [], warnings: [] }
  return { doc: { text, published, language: 'en', format: 'text', title: `Day ${day}` }, hash: contentHash(text), extraction }
}

describe(`search ranks among the newest matches (${TEST_ENGINE})`, () => {
  let t: TestStore
  before(async () => {
    t = await freshStore()
    // The oldest document says "ballot" most often; RANKED + 10 newer ones say it once. Stored oldest first,
    // so the newest are the last stored and the latest published on both engines.
    const docs = [stored('Ballot ballot ballot ballot: the ballot count and a harbour levy, levy, levy.', 0)]
    for (let i = 1; i <= RANKED + 10; i++) docs.push(stored(`Notice ${i}: the ballot closes at noon.${i % 100 === 0 ? ' A harbour levy was set.' : ''}`, i))
    await storeDocuments(t.store, docs)
  })
  after(async () => { await t.dispose() })

  test('a word matching more than RANKED documents is answered from the newest of them', async () => {
    const hits = await searchDocuments(t.store, 'ballot', 20)
    assert.equal(hits.length, 20)
    assert.ok(hits.every((h) => h.title !== 'Day 0'), 'the oldest match is outside the ranked window')
  })

  test('a word matching few documents ranks them all, the best first', async () => {
    const hits = await searchDocuments(t.store, 'harbour levy', 20)
    assert.equal(hits.length, 1 + Math.floor((RANKED + 10) / 100))
    assert.equal(hits[0]!.title, 'Day 0')
    assert.match(hits[0]!.snippet, /levy/i)
  })
})
