import { createHash } from 'node:crypto'
import type { LedgerAnalysis } from '../analyze/index.js'
import { fold } from '../analyze/names.js'
import { intervalOf, sortKeyOf } from '../claims/time-span.js'
import type { TimeRef } from '../model/annotations.js'
import { actorSummary, eventSummary } from '../model/ledger.js'

export type LedgerTable = 'ledger_actors' | 'ledger_events' | 'ledger_reversals' | 'ledger_disagreements' | 'ledger_tallies' | 'ledger_timeline'
/** The ledger tables, in the order an update writes them. */
export const LEDGER_TABLES: readonly LedgerTable[] = ['ledger_actors', 'ledger_events', 'ledger_reversals', 'ledger_disagreements', 'ledger_tallies', 'ledger_timeline']
export type LinkTable = 'ledger_disagreement_actors' | 'ledger_timeline_actors' | 'ledger_timeline_events'

/** One stored ledger row: its filter columns, its place in listings, its links, and a hash of all of it. */
export interface LedgerRow {
  readonly id: string
  /** Listings order by this key bytewise, then by id: a row's place never depends on another row. */
  readonly sort: string
  readonly data: string
  readonly columns: Readonly<Record<string, string | null>>
  readonly links: Readonly<Partial<Record<LinkTable, readonly string[]>>>
  readonly hash: string
}

/** The link table of each ledger table, and the column that holds the linked id. */
export const LINKS: Readonly<Record<LinkTable, { readonly of: LedgerTable; readonly column: 'actor' | 'event' }>> = {
  ledger_disagreement_actors: { of: 'ledger_disagreements', column: 'actor' },
  ledger_timeline_actors: { of: 'ledger_timeline', column: 'actor' },
  ledger_timeline_events: { of: 'ledger_timeline', column: 'event' },
}

const rowOf = (id: string, sort: string, item: unknown, columns: LedgerRow['columns'], links: LedgerRow['links'] = {}): LedgerRow => {
  const data = JSON.stringify(item)
  // The data is hashed as it is, not escaped again inside another JSON string: most rows are hashed every update.
  const hash = createHash('sha1').update(sort).update('\u0000').update(data).update('\u0000').update(JSON.stringify([columns, links])).digest('base64')
  return { id, sort, data, columns, links, hash }
}

/** A key that sorts descending when compared ascending: each character mirrored, the end above all. */
export const descending = (s: string) => `${[...s].map((c) => String.fromCharCode(0x7e - Math.min(0x7d, Math.max(0x20, c.charCodeAt(0))))).join('')}~`

const pad = (n: number, width = 10) => String(Math.max(0, Math.round(n))).padStart(width, '0')

/** The latest day any of the claims was said: reversals and disagreements list newest first. */
const latest = (cs: readonly { time: TimeRef }[]) => cs.map((c) => intervalOf(c.time).end ?? intervalOf(c.time).start ?? '').sort().pop() ?? ''

/** Every ledger row of an analysis, per table. */
export function ledgerRows(a: LedgerAnalysis): Record<LedgerTable, LedgerRow[]> {
  const { actors, events, bodyOf } = a.resolved
  // A person's entries are also found under the body they spoke for then (a minister's under the government).
  const speakers = (x: (typeof a.timeline)[number]) => [...new Set([...x.actors, ...x.actors.map((id) => bodyOf(id, x.time))])]
  return {
    ledger_actors: actors.map((x) => rowOf(x.id, `${pad(1e9 - x.mentions)} ${x.name}`, x, {
      name_fold: fold([x.name, ...x.aliases].join(' | ')), type: x.type, country: x.country ?? null,
      summary: JSON.stringify(actorSummary(x)),
    })),
    ledger_events: events.map((x) => rowOf(x.id, descending(x.date ?? ''), x, {
      kind: x.kind, date: x.date ?? null, location: x.location ?? null, name_fold: fold(`${x.summary} | ${x.kind}`),
      summary: JSON.stringify(eventSummary(x)),
    })),
    ledger_reversals: a.reversals.map((x) => rowOf(x.id, descending(latest(x.later)), x, { actor: x.actor })),
    ledger_disagreements: a.disagreements.map((x) => rowOf(x.id, descending(latest(x.sides.flatMap((s) => s.claims))), x, {},
      { ledger_disagreement_actors: [...new Set(x.sides.flatMap((s) => s.actors))] })),
    ledger_tallies: a.tallies.map((x) => {
      const first = x.figures[0]
      return rowOf(x.id, `${first ? sortKeyOf(first.reportedOn) : ''} ${first?.evidence.published ?? ''}`, x, { event: x.event ?? null, status: x.status })
    }),
    ledger_timeline: a.timeline.map(({ events: linked, ...x }) => {
      const i = intervalOf(x.time)
      const sort = [sortKeyOf(x.time), i.start ?? '', i.end ?? '~', x.evidence.published ?? '', pad(x.evidence.span.start)].join(' ')
      const docId = x.kind === 'event' ? null : x.evidence.docId
      return rowOf(x.key, sort, x, { kind: x.kind, time_start: i.start ?? null, time_end: i.end ?? null, doc_id: docId },
        { ledger_timeline_actors: speakers({ ...x, events: linked }), ledger_timeline_events: [...new Set(linked)] })
    }),
  }
}
