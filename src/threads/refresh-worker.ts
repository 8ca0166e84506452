import { workerData } from 'node:worker_threads'
import { openDb, type StoreOptions } from '../ledger/db.js'
import { ensureLedgerFresh } from '../ledger/refresh.js'

/**
 * The refresh thread's task (see refresh-thread.ts): with the thread's own connection to the store, opened
 * once, bring the ledger up to date, or close the connection before the thread ends.
 */
const opened = openDb(workerData as StoreOptions)

export default async function refresh(task: 'refresh' | 'close'): Promise<void> {
  // A connection that never opened has nothing to close.
  if (task === 'close') return opened.then((store) => store.close(), () => {})
  await ensureLedgerFresh(await opened)
}
