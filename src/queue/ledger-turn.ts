import { sql } from 'kysely'
import type { Db } from '../ledger/db.js'
import { readFreshness } from '../ledger/freshness.js'

/** The advisory lock of the queue's ledger turn: any constant, the same in every worker. */
const LEDGER_TURN = 7_104_221_032

/**
 * Brings the ledger up to date if no other worker is doing it: updates from many workers are taken one
 * at a time, and a worker never waits behind another's (it goes back to its jobs; the one holding the
 * turn, or the next worker to finish a job or to idle, catches up). The lock is held by a session, so a
 * worker killed mid-update frees it with its connection. Returns whether the ledger is fresh after.
 */
export async function takeLedgerTurn(store: Db, settle: () => Promise<void>): Promise<boolean> {
  return store.db.connection().execute(async (conn) => {
    const { rows } = await sql<{ got: boolean }>`SELECT pg_try_advisory_lock(${LEDGER_TURN}) AS got`.execute(conn)
    if (!rows[0]?.got) return false
    try {
      if ((await readFreshness(store)).stale) await settle()
      return !(await readFreshness(store)).stale
    } finally {
      await sql`SELECT pg_advisory_unlock(${LEDGER_TURN})`.execute(conn)
    }
  })
}
