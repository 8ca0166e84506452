import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { freshStore, TEST_ENGINE, type TestStore } from './helpers/store.js'
import { importDocument } from '../src/ledger/import.js'
import { getActor, getEvent, listActors, listEvents, refreshLedger } from '../src/ledger/analyses.js'

const omit = (x: object, ...keys: string[]) => Object.fromEntries(Object.entries(x).filter(([k]) => !keys.includes(k)))

describe(`actor and event listings on a ledger written before summaries (${TEST_ENGINE})`, () => {
  let t: TestStore
  before(async () => {
    t = await freshStore()
    await importDocument(t.store, { text: 'The Chilean government said on Monday that its troops raided the port of Arica on Sunday.', published: '2030-05-01', language: 'en', format: 'text' })
    await refreshLedger(t.store)
  })
  after(async () => { await t.dispose() })

  test('an actor row without its summary is listed from its data, the same as with one', async () => {
    const fresh = await listActors(t.store)
    assert.ok(fresh.length > 0)
    await sql`UPDATE ledger_actors SET summary = NULL`.execute(t.store.db)
    assert.deepEqual(await listActors(t.store), fresh)
    const chile = await getActor(t.store, 'gov-cl')
    assert.deepEqual(fresh.find((a) => a.id === 'gov-cl'), { ...omit(chile!, 'documents'), documentCount: 1 })
  })

  test('an event row without its summary is listed from its data, the same as with one', async () => {
    const fresh = await listEvents(t.store)
    assert.equal(fresh.length, 1)
    await sql`UPDATE ledger_events SET summary = NULL`.execute(t.store.db)
    assert.deepEqual(await listEvents(t.store), fresh)
    const raid = await getEvent(t.store, fresh[0]!.id)
    assert.deepEqual(fresh[0], { ...omit(raid!, 'mentions', 'members'), mentionCount: raid!.mentions.length, documentCount: 1 })
  })
})
