import type { Db } from '../ledger/db.js'

/** Brings the stored ledger analyses up to date after documents or reviews changed. */
export async function afterLedgerChange(store: Db): Promise<void> {
  void store
}
