import type { Actor, Casualty, Event, ReviewMark, Statement, Timex } from '../model/annotations.js'
import type { Extraction } from '../model/extraction.js'

export type ReviewKind = 'statement' | 'casualty' | 'event' | 'actor' | 'timex'
export type ReviewAction = 'confirm' | 'correct' | 'reject' | 'merge' | 'split'

/** One stored review action, as the pure functions below read it. */
export interface ReviewRow {
  readonly at: string
  readonly reviewer: string
  readonly docId: string | null
  readonly kind: ReviewKind
  readonly itemId: string
  readonly spanStart: number | null
  readonly spanEnd: number | null
  readonly action: ReviewAction
  readonly patch: Readonly<Record<string, unknown>> | null
}

/** Fields a reviewer may correct, per kind: ids and evidence spans stay what the text says. */
export const CORRECTABLE: Record<ReviewKind, readonly string[]> = {
  statement: ['speakers', 'polarity', 'mode', 'time', 'hedged', 'sourceType', 'via'],
  casualty: ['count', 'vague', 'low', 'high', 'group', 'country', 'role', 'status', 'reportedBy', 'reportedOn', 'event'],
  event: ['kind', 'summary', 'date', 'location', 'actors', 'targets'],
  actor: ['name', 'type', 'country', 'memberOf', 'role'],
  timex: ['type', 'value', 'mod'],
}

type Item = Statement | Casualty | Event | Actor | Timex
const LAYER = { statement: 'statements', casualty: 'casualties', event: 'events', actor: 'actors', timex: 'timex' } as const

/** The span that identifies an item across re-extractions (actors keep stable ids instead). */
export function anchorOf(kind: ReviewKind, item: Item): { start: number; end: number } | undefined {
  switch (kind) {
    case 'statement': return (item as Statement).content
    case 'casualty': return (item as Casualty).span
    case 'timex': return (item as Timex).span
    case 'event': return (item as Event).mentions[0]
    case 'actor': return undefined
  }
}

export function itemsOf(x: Extraction, kind: ReviewKind): readonly Item[] {
  return x[LAYER[kind]] as readonly Item[]
}

/** The item a review names: same id with the same anchor, else the item now at that anchor. */
export function findReviewed(x: Extraction, row: Pick<ReviewRow, 'kind' | 'itemId' | 'spanStart' | 'spanEnd'>): Item | undefined {
  const items = itemsOf(x, row.kind)
  const at = (i: Item) => { const a = anchorOf(row.kind, i); return !a || row.spanStart === null || (a.start === row.spanStart && a.end === row.spanEnd) }
  return items.find((i) => i.id === row.itemId && at(i)) ?? (row.spanStart === null ? undefined : items.find((i) => i.id !== row.itemId && at(i)))
}

/**
 * Applies a document's review actions in the order they were made: a correction patches the item
 * and marks it, a confirmation marks it, a rejection removes it (a later correction restores it).
 */
export function applyReviews(x: Extraction, rows: readonly ReviewRow[]): Extraction {
  if (rows.length === 0) return x
  const state = new Map<string, Item | null>()
  let out: Extraction = x
  for (const row of rows) {
    if (row.action === 'merge' || row.action === 'split') continue
    const original = findReviewed(x, row)
    if (!original) continue
    const key = `${row.kind}:${original.id}`
    const current = state.get(key) ?? original
    const mark = (status: ReviewMark['status']): ReviewMark => ({ status, by: row.reviewer, at: row.at })
    if (row.action === 'reject') state.set(key, null)
    else if (row.action === 'confirm') state.set(key, current && { ...current, review: current.review?.status === 'corrected' ? current.review : mark('confirmed') })
    else state.set(key, { ...(current ?? original), ...(row.patch ?? {}), review: mark('corrected') } as Item)
  }
  for (const kind of Object.keys(LAYER) as ReviewKind[]) {
    const layer = LAYER[kind]
    const items = (out[layer] as readonly Item[]).flatMap((i) => {
      const s = state.get(`${kind}:${i.id}`)
      return s === undefined ? [i] : s === null ? [] : [s]
    })
    out = { ...out, [layer]: items }
  }
  return out
}

/** Renames actor ids everywhere in one extraction; merged actors pool their mentions. */
export function renameActors(x: Extraction, rename: ReadonlyMap<string, string>): Extraction {
  if (rename.size === 0) return x
  const to = (id: string) => rename.get(id) ?? id
  const ids = (list: readonly string[] | undefined) => list && [...new Set(list.map(to))]
  const actors = new Map<string, Actor>()
  for (const a of x.actors) {
    const id = to(a.id)
    const seen = actors.get(id)
    const renamed = { ...a, id, ...(a.memberOf ? { memberOf: to(a.memberOf) } : {}), ...(rename.has(a.id) ? { renamed: true as const } : {}) }
    actors.set(id, seen ? { ...seen, mentions: [...seen.mentions, ...a.mentions].sort((p, q) => p.start - q.start) } : renamed)
  }
  return {
    ...x,
    actors: [...actors.values()],
    statements: x.statements.map((s) => ({ ...s, speakers: ids(s.speakers)!, ...(s.via ? { via: ids(s.via) } : {}) })),
    casualties: x.casualties.map((c) => (c.reportedBy ? { ...c, reportedBy: to(c.reportedBy) } : c)),
    events: x.events.map((e) => ({ ...e, actors: ids(e.actors)!, ...(e.targets ? { targets: ids(e.targets) } : {}) })),
    contradictions: x.contradictions.map((c) => (c.actor ? { ...c, actor: to(c.actor) } : c)),
  }
}

/**
 * The actor renames that merges and splits add up to, for one document: a merge renames an actor
 * in every document; a split gives one document's actor a new id, undoing a merge there.
 */
export function actorRenames(rows: readonly ReviewRow[], docId: string): Map<string, string> {
  const rename = new Map<string, string>()
  for (const row of rows) {
    const target = typeof row.patch?.['into'] === 'string' ? row.patch['into'] : typeof row.patch?.['id'] === 'string' ? row.patch['id'] : undefined
    if (!target || row.kind !== 'actor') continue
    if (row.action === 'merge' && row.docId === null) {
      for (const [from, into] of rename) if (into === row.itemId) rename.set(from, target)
      rename.set(row.itemId, target)
    }
    if (row.action === 'split' && row.docId === docId) rename.set(row.itemId, target)
  }
  return rename
}

/**
 * actorRenames for many documents: the ledger-wide merges are folded once and shared by every document
 * with no split of its own; a document with one folds the merges and its own rows. Asking actorRenames
 * of each stored document read every review row once per document (an update stamps them all).
 */
export function actorRenamer(rows: readonly ReviewRow[]): (docId: string) => ReadonlyMap<string, string> {
  const merges = rows.filter((r) => r.kind === 'actor' && r.action === 'merge' && r.docId === null)
  const splitIn = new Set(rows.filter((r) => r.kind === 'actor' && r.action === 'split').map((r) => r.docId))
  const shared = actorRenames(merges, '')
  return (docId) => (splitIn.has(docId) ? actorRenames(rows.filter((r) => r.docId === null || r.docId === docId), docId) : shared)
}
