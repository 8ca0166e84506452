import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { freshStore, TEST_ENGINE, type TestStore } from './helpers/store.js'
import { importDocument } from '../src/ledger/import.js'
import { getActor, listActors, refreshLedger } from '../src/ledger/analyses.js'

describe(`actor listings on a ledger written before summaries (${TEST_ENGINE})`, () => {
  let t: TestStore
  before(async () => {
    t = await freshStore()
    await importDocument(t.store, { text: 'The Chilean government said on Monday that the port of Arica had reopened.', published: '2030-05-01', language: 'en', format: 'text' })
    await refreshLedger(t.store)
  })
  after(async () => { await t.dispose() })

  test('a row without its summary is listed from its data, the same as with one', async () => {
    const fresh = await listActors(t.store)
    assert.ok(fresh.length > 0)
    await sql`UPDATE ledger_actors SET summary = NULL`.execute(t.store.db)
    assert.deepEqual(await listActors(t.store), fresh)
    const chile = await getActor(t.store, 'gov-cl')
    assert.deepEqual(fresh.find((a) => a.id === 'gov-cl'), { ...Object.fromEntries(Object.entries(chile!).filter(([k]) => k !== 'documents')), documentCount: 1 })
  })
})
