import { parentPort, workerData } from 'node:worker_threads'
import { openDb, type StoreOptions } from './db.js'
import { ensureLedgerFresh } from './refresh.js'

/**
 * A thread that refreshes the ledger on request, with its own connection to the store, so a server
 * keeps answering while the ledger is recomputed. Replies to each 'refresh' with 'done' or an error line.
 */
const store = await openDb(workerData as StoreOptions)
parentPort!.on('message', (message: string) => {
  if (message === 'close') return void store.close().then(() => process.exit(0))
  ensureLedgerFresh(store).then(
    () => parentPort!.postMessage({ ok: true }),
    (e: Error) => parentPort!.postMessage({ ok: false, message: e.message }),
  )
})
