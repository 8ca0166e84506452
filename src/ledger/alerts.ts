import type { Kysely } from 'kysely'
import type { Db } from './db.js'
import type { SnapshotChange } from './snapshots.js'

export const ALERT_KINDS = ['reversal', 'disagreement', 'figure', 'edit'] as const
export type AlertKind = (typeof ALERT_KINDS)[number]

export interface NewAlert {
  readonly kind: AlertKind
  /** created | changed | superseded | edited */
  readonly action: string
  readonly itemId: string
  readonly summary: string
  readonly data: unknown
}

export interface Alert extends NewAlert {
  readonly seq: number
  readonly at: string
  readonly readAt: string | null
}

/**
 * Records alerts and queues one delivery per webhook that asked for their kind, in the caller's
 * transaction: an alert is never recorded without its deliveries, nor delivered without being recorded.
 */
// `any`: called with the ledger transaction, whose table set is wider.
export async function recordAlerts(db: Kysely<any>, alerts: readonly NewAlert[], now = new Date().toISOString()): Promise<void> {
  if (alerts.length === 0) return
  const hooks = await db.selectFrom('webhooks').select(['id', 'kinds']).execute()
  for (const a of alerts) {
    const { seq } = await db.insertInto('alerts').values({
      at: now, kind: a.kind, action: a.action, item_id: a.itemId, summary: a.summary, data: JSON.stringify(a.data), read_at: null,
    }).returning('seq').executeTakeFirstOrThrow()
    const wanting = hooks.filter((h) => (JSON.parse(h.kinds) as string[]).includes(a.kind))
    if (wanting.length === 0) continue
    await db.insertInto('webhook_deliveries').values(wanting.map((h) => ({
      hook_id: h.id, alert_seq: Number(seq), state: 'pending', attempts: 0, next_at: now, last_status: null, last_error: null, updated_at: now,
    }))).execute()
  }
}

/** A watched page changed what it reports: the figures and statements before and after. */
export function recordEditAlert(store: Db, e: { url: string; snapshot: number; docId: string; previousDocId: string; changes: readonly SnapshotChange[] }): Promise<void> {
  const figures = e.changes.filter((c) => c.kind === 'figure').length
  const what = [figures ? `${figures} figure${figures > 1 ? 's' : ''}` : '', e.changes.length - figures ? `${e.changes.length - figures} statement${e.changes.length - figures > 1 ? 's' : ''}` : ''].filter(Boolean).join(' and ')
  return recordAlerts(store.db, [{ kind: 'edit', action: 'edited', itemId: e.docId, summary: `${e.url} changed ${what} since it was last read`, data: e }])
}

export async function listAlerts(store: Db, options: { limit?: number; unread?: boolean; kind?: string } = {}): Promise<Alert[]> {
  let q = store.db.selectFrom('alerts').selectAll()
  if (options.unread) q = q.where('read_at', 'is', null)
  if (options.kind) q = q.where('kind', '=', options.kind)
  const rows = await q.orderBy('seq', 'desc').limit(options.limit ?? 100).execute()
  return rows.map((r) => ({
    seq: Number(r.seq), at: r.at, kind: r.kind as AlertKind, action: r.action, itemId: r.item_id, summary: r.summary,
    data: JSON.parse(r.data) as unknown, readAt: r.read_at,
  }))
}

export async function countUnreadAlerts(store: Db): Promise<number> {
  const { n } = await store.db.selectFrom('alerts').select((eb) => eb.fn.countAll<number>().as('n')).where('read_at', 'is', null).executeTakeFirstOrThrow()
  return Number(n)
}

/** Marks every alert up to `seq` (all, without it) as read. */
export async function markAlertsRead(store: Db, upTo?: number): Promise<void> {
  let q = store.db.updateTable('alerts').set({ read_at: new Date().toISOString() }).where('read_at', 'is', null)
  if (upTo !== undefined) q = q.where('seq', '<=', upTo)
  await q.execute()
}
