import { test } from 'node:test'
import assert from 'node:assert/strict'
import { freshStore, TEST_ENGINE } from './helpers/store.js'
import { ledgerDb } from '../src/ledger/refresh.js'
import { insertRows } from '../src/ledger/insert-rows.js'
import { writeLedgerTable } from '../src/ledger/write-ledger.js'

// More stored rows in one scope than a call's arguments may number (an archive's timeline rows).
const ROWS = 200_000

test(`an update scoped to documents with ${ROWS} timeline rows replaces them all (${TEST_ENGINE})`, async () => {
  const t = await freshStore()
  try {
    const db = ledgerDb(t.store)
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      seq: i, id: `tl-${i}`, data: '{}', sort: String(i).padStart(7, '0'), hash: 'h', kind: 'statement', doc_id: `d${i % 2}`,
    }))
    await insertRows(db, 'ledger_timeline', rows)
    const wanted = [{ id: 'tl-new', sort: '0', hash: 'n', data: '{}', columns: { kind: 'statement', doc_id: 'd0' }, links: {} }]
    await db.transaction().execute((trx) => writeLedgerTable(trx, 'ledger_timeline', wanted, { ids: [], docs: ['d0', 'd1'] }))
    const left = await db.selectFrom('ledger_timeline').select('id').execute()
    assert.deepEqual(left.map((r) => r.id), ['tl-new'])
  } finally {
    await t.dispose()
  }
})
