import type { MiddlewareHandler } from 'hono'
import { ensureLedgerFresh, refreshLedger } from '../ledger/analyses.js'
import type { Db } from '../ledger/db.js'
import type { AppEnv } from './env.js'

/** After a write through the API the ledger is recomputed at once, so the next read sees it. */
export async function refreshAfterWrite(store: Db): Promise<void> {
  await refreshLedger(store)
}

/**
 * Writes by another process (`claimtrail ingest` while the server runs) are picked up by the next
 * ledger read; the check is two small aggregate queries, run at most once per interval.
 */
export function freshLedger(intervalMs = 5_000): MiddlewareHandler<AppEnv> {
  let checked = 0
  return async (c, next) => {
    if (Date.now() - checked >= intervalMs) {
      checked = Date.now()
      await ensureLedgerFresh(c.var.store)
    }
    await next()
  }
}
