import type { Db } from './db.js'

export type FetchOutcome = 'ingested' | 'unchanged' | 'not_modified' | 'failed'

export interface FetchLogEntry {
  readonly url: string
  readonly sourceId?: string
  readonly status: number | null
  readonly outcome: FetchOutcome
  readonly message?: string
  readonly bytes?: number
}

/** Every fetch leaves a line, whatever came of it: the operator's answer to "did it even try?". */
export async function logFetch(store: Db, e: FetchLogEntry): Promise<void> {
  await store.db.insertInto('fetch_log').values({
    at: new Date().toISOString(), url: e.url, source_id: e.sourceId ?? null, status: e.status,
    outcome: e.outcome, message: e.message ?? null, bytes: e.bytes ?? null,
  }).execute()
}

export async function listFetches(store: Db, options: { limit?: number; sourceId?: string } = {}) {
  let q = store.db.selectFrom('fetch_log').selectAll()
  if (options.sourceId) q = q.where('source_id', '=', options.sourceId)
  const rows = await q.orderBy('seq', 'desc').limit(options.limit ?? 100).execute()
  return rows.map((r) => ({ seq: Number(r.seq), at: r.at, url: r.url, sourceId: r.source_id, status: r.status === null ? null : Number(r.status), outcome: r.outcome, message: r.message, bytes: r.bytes === null ? null : Number(r.bytes) }))
}
