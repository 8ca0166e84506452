import { sql } from 'kysely'
import type { Db } from '../ledger/db.js'
import { DOCUMENT_QUEUE, needsPostgres, QUEUE_SCHEMA } from './names.js'

/** What the queue holds and how fast it goes: the same for `queue status`, GET /api/queue and the UI. */
export interface QueueStatus {
  readonly counts: { readonly waiting: number; readonly retrying: number; readonly active: number; readonly done: number; readonly parked: number }
  /** Documents finished (stored or found stored) in the last minute and the last hour. */
  readonly rates: { readonly lastMinute: number; readonly lastHour: number }
  /** Jobs that failed their last try, newest first, with the error of that try. */
  readonly parked: readonly ParkedJob[]
}

export interface ParkedJob { readonly id: string; readonly origin: string | null; readonly error: string; readonly at: string }

/** Parked jobs listed: the newest; the counts say how many there are in all. */
const PARKED_SHOWN = 50

const STATES = { created: 'waiting', retry: 'retrying', active: 'active', completed: 'done', failed: 'parked' } as const

/**
 * Reads the queue's tables with the store's own connection (no pg-boss process is started). Jobs
 * pg-boss has archived (finished more than 12 hours ago) count as done or parked too.
 */
export async function queueStatus(store: Db): Promise<QueueStatus> {
  if (store.engine !== 'postgres') throw needsPostgres()
  const counts = { waiting: 0, retrying: 0, active: 0, done: 0, parked: 0 }
  const exists = await sql<{ t: string | null }>`SELECT to_regclass(${`${QUEUE_SCHEMA}.archive`})::text AS t`.execute(store.db)
  if (!exists.rows[0]?.t) return { counts, rates: { lastMinute: 0, lastHour: 0 }, parked: [] }
  const jobs = sql`(SELECT state, completed_on, id, data, output FROM ${sql.table(`${QUEUE_SCHEMA}.job`)} WHERE name = ${DOCUMENT_QUEUE}
    UNION ALL SELECT state, completed_on, id, data, output FROM ${sql.table(`${QUEUE_SCHEMA}.archive`)} WHERE name = ${DOCUMENT_QUEUE})`
  const [byState, rates, parked] = await Promise.all([
    sql<{ state: string; n: number }>`SELECT state::text AS state, count(*)::int AS n FROM ${jobs} j GROUP BY state`.execute(store.db),
    sql<{ minute: number; hour: number }>`SELECT
        count(*) FILTER (WHERE completed_on > now() - interval '1 minute')::int AS minute,
        count(*) FILTER (WHERE completed_on > now() - interval '1 hour')::int AS hour
      FROM ${jobs} j WHERE state = 'completed'`.execute(store.db),
    sql<{ id: string; origin: string | null; error: string | null; at: Date }>`SELECT id::text AS id,
        data->'document'->>'origin' AS origin,
        coalesce(output->>'message', output->'value'->>'message') AS error, completed_on AS at
      FROM ${jobs} j WHERE state = 'failed' ORDER BY completed_on DESC LIMIT ${PARKED_SHOWN}`.execute(store.db),
  ])
  for (const r of byState.rows) if (r.state in STATES) counts[STATES[r.state as keyof typeof STATES]] += r.n
  return {
    counts,
    rates: { lastMinute: rates.rows[0]?.minute ?? 0, lastHour: rates.rows[0]?.hour ?? 0 },
    parked: parked.rows.map((r) => ({ id: r.id, origin: r.origin, error: r.error ?? 'unknown error', at: new Date(r.at).toISOString() })),
  }
}
