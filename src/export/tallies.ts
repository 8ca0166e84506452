import type { Db } from '../ledger/db.js'
import type { TimeRef } from '../model/annotations.js'
import type { CasualtyFigure, CasualtyTally } from '../model/ledger.js'
import { streamLedger } from '../ledger/analyses.js'
import { csvRows, type Columns } from './csv.js'
import { lookups, type EventHead, type Lookups } from './lookups.js'

/** A figure as a reader would quote it: the count, a range, or the vague word. */
export const amountOf = (f: Pick<CasualtyFigure, 'count' | 'vague' | 'low' | 'high'>) =>
  f.count !== null ? String(f.count) : f.low !== undefined || f.high !== undefined ? `${f.low ?? '?'}-${f.high ?? '?'}` : f.vague ?? '?'

const UNATTRIBUTED = 'unattributed'
const distinct = (xs: readonly (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].join('; ')

interface TallyRow {
  readonly tally: CasualtyTally
  readonly event?: EventHead
  /** Each figure's source by name, in the tally's order. */
  readonly sources: readonly string[]
  readonly firstReportedBy?: string
}

async function rowOf(t: CasualtyTally, look: Lookups): Promise<TallyRow> {
  const sources = await Promise.all(t.figures.map(async (f) => (await look.name(f.source)) ?? UNATTRIBUTED))
  return { tally: t, event: await look.event(t.event), sources, firstReportedBy: await look.name(t.firstReportedBy) }
}

// A figure known only to be reported by its article's date says so ("by 2030-02-12").
export const reportedOn = ({ value, before, after }: TimeRef) => value ?? (before ? `by ${before}` : after ? `after ${after}` : undefined)

// "Source: figure (reported on)", a superseded figure marked: the tally's history in one cell.
const figureCell = (r: TallyRow) => r.tally.figures.map((f, i) => {
  const on = reportedOn(f.reportedOn)
  return `${r.sources[i]}: ${amountOf(f)}${on ? ` (${on})` : ''}${f.supersededBy ? ' superseded' : ''}`
}).join('; ')

const tallyColumns: Columns<TallyRow> = [
  ['id', (r) => r.tally.id], ['event', (r) => r.tally.event], ['event_summary', (r) => r.event?.summary], ['event_date', (r) => r.event?.date],
  ['group', (r) => r.tally.group], ['country', (r) => r.tally.country], ['role', (r) => r.tally.role], ['status', (r) => r.tally.status],
  ['low', (r) => r.tally.low], ['best', (r) => r.tally.best], ['high', (r) => r.tally.high],
  ['number_of_figures', (r) => r.tally.figures.length], ['sources', (r) => distinct(r.sources)], ['figures', figureCell],
  ['first_reported_by', (r) => r.firstReportedBy], ['outlets', (r) => distinct(r.tally.figures.map((f) => f.evidence.outlet))],
  ['doc_ids', (r) => distinct(r.tally.figures.map((f) => f.evidence.docId))],
]

async function* tallyRows(store: Db): AsyncGenerator<TallyRow> {
  const look = lookups(store)
  for await (const t of streamLedger<CasualtyTally>(store, 'ledger_tallies')) yield rowOf(t, look)
}

/** Casualty tallies, one row per event, group and status: low / best / high and every source's figure. */
export const talliesCsv = (store: Db) => csvRows(tallyRows(store), tallyColumns)
