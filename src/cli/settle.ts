import type { Config } from '../config.js'
import type { Db } from '../ledger/db.js'

/** After a command's writes: the ledger is brought up to date (recording alerts on the way). */
export async function settleWrites(store: Db, _config: Config): Promise<void> {
  const { updateLedger } = await import('../ledger/analyses.js')
  await updateLedger(store)
}
