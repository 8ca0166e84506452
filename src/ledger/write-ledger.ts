import type { Kysely } from 'kysely'
import { insertRows } from './insert-rows.js'
import { LINKS, type LedgerRow, type LedgerTable, type LinkTable } from './ledger-rows.js'

/** Ids per DELETE: well under both engines' caps on bound parameters. */
const CHUNK = 5000

const chunks = <T>(xs: readonly T[]): T[][] => Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK))

const linksOf = (table: LedgerTable) => (Object.keys(LINKS) as LinkTable[]).filter((l) => LINKS[l].of === table)

/** What a write changed in one table: rows that are new, and rows whose content changed (with their old data). */
export interface TableDiff {
  readonly added: readonly LedgerRow[]
  readonly changed: readonly { readonly row: LedgerRow; readonly before: string }[]
}

type Stored = { seq: number; id: string; hash: string | null }

/** The stored rows an update compares, when not all: those of these ids and (timeline) of these documents. */
export interface RowScope {
  readonly ids: readonly string[]
  readonly docs?: readonly string[]
}

async function storedRows(trx: Kysely<any>, table: LedgerTable, scope?: RowScope): Promise<Stored[]> {
  const q = trx.selectFrom(table).select(['seq', 'id', 'hash'])
  if (!scope) return await q.execute() as Stored[]
  const out: Stored[] = []
  // Row by row: spreading a chunk's rows into push() overflows the stack past about 100,000 of them
  // (the timeline rows of 5,000 documents in a 50,000-document archive).
  for (const ids of chunks(scope.ids)) for (const r of await q.where('id', 'in', ids).execute()) out.push(r as Stored)
  for (const docs of chunks(scope.docs ?? [])) for (const r of await q.where('doc_id', 'in', docs).execute()) out.push(r as Stored)
  return out
}

/**
 * Brings one ledger table to `rows`, touching only what differs: a stored row whose hash matches stays
 * as it is; a changed or vanished one is deleted with its links; new and changed rows are inserted under
 * fresh numbers. Returns what changed (alerts are read from it); a row stored before rows had hashes
 * (an upgrade) is filled in, not reported. With a scope, `rows` are the wanted rows within it, and
 * every stored row outside it stays as it is.
 */
export async function writeLedgerTable(trx: Kysely<any>, table: LedgerTable, rows: readonly LedgerRow[], scope?: RowScope): Promise<TableDiff> {
  const stored = await storedRows(trx, table, scope)
  const wanted = new Map(rows.map((r) => [r.id, r]))
  const kept = new Set(stored.filter((s) => wanted.get(s.id)?.hash === s.hash).map((s) => s.id))
  const gone = stored.filter((s) => !kept.has(s.id)).map((s) => Number(s.seq))
  const storedIds = new Set(stored.map((s) => s.id))
  const changedSeqs = stored.filter((s) => s.hash !== null && !kept.has(s.id) && wanted.has(s.id)).map((s) => Number(s.seq))
  const before = new Map<string, string>()
  for (const seqs of chunks(changedSeqs)) {
    for (const r of await trx.selectFrom(table).select(['id', 'data']).where('seq', 'in', seqs).execute() as { id: string; data: string }[]) before.set(r.id, r.data)
  }
  // Numbered above every row there was, as before a delete: a number is never given twice in one update.
  const top = await trx.selectFrom(table).select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst() as { seq: number | null } | undefined
  for (const seqs of chunks(gone)) {
    for (const link of linksOf(table)) await trx.deleteFrom(link).where('seq', 'in', seqs).execute()
    await trx.deleteFrom(table).where('seq', 'in', seqs).execute()
  }
  const fresh = rows.filter((r) => !kept.has(r.id))
  let next = Number(top?.seq ?? -1) + 1
  const numbered = fresh.map((r) => ({ r, seq: next++ }))
  await insertRows(trx, table, numbered.map(({ r, seq }) => ({ seq, id: r.id, sort: r.sort, hash: r.hash, data: r.data, ...r.columns })))
  for (const link of linksOf(table)) {
    const column = LINKS[link].column
    await insertRows(trx, link, numbered.flatMap(({ r, seq }) => (r.links[link] ?? []).map((value) => ({ seq, [column]: value }))))
  }
  return {
    added: fresh.filter((r) => !storedIds.has(r.id)),
    changed: fresh.filter((r) => before.has(r.id)).map((row) => ({ row, before: before.get(row.id)! })),
  }
}
