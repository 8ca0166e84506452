import type { Config } from '../config.js'
import type { Db } from '../ledger/db.js'
import { say } from './print.js'

/** After a command's writes: the ledger is brought up to date (recording alerts), and due webhooks are sent. */
export async function settleWrites(store: Db, config: Config): Promise<void> {
  const { updateLedger } = await import('../ledger/analyses.js')
  const { deliverDue } = await import('../alerts/deliver.js')
  const { fetchSettingsOf } = await import('../sources/settings.js')
  await updateLedger(store)
  const r = await deliverDue(store, { allowPrivate: config.allowPrivateFetch, userAgent: fetchSettingsOf(config).userAgent })
  if (r.retrying || r.failed) say(`webhooks: ${r.delivered} delivered, ${r.retrying} to retry, ${r.failed} given up (claimtrail alerts deliveries)`)
}
