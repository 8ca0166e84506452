import type { Db } from '../ledger/db.js'
import type { CasualtyTally, Evidence, LedgerEvent } from '../model/ledger.js'
import { listTallies, streamLedger } from '../ledger/analyses.js'
import { daysOf } from '../claims/time-span.js'
import { countryInfo } from '../lexicon/en/countries.js'
import { countryOfGovernment } from '../model/country-code.js'
import { csvRows, type Columns } from './csv.js'
import { lookups, type Lookups } from './lookups.js'

/**
 * One row per ledger event with a numbered death toll, in the columns of the UCDP GED codebook where
 * they apply (README, "UCDP GED-style CSV"). Deaths sum the event's `killed` tallies: each tally is
 * already one figure per group (its sources' low / best / high), and groups are added up.
 */
const CIVILIAN_ROLES = new Set(['civilian', 'medical', 'journalist', 'aid worker'])
const PAGE = 500

interface Deaths { a: number; b: number; civilians: number; unknown: number; best: number; low: number; high: number }

interface UcdpRow {
  readonly event: LedgerEvent
  readonly sideA: readonly string[]
  readonly sideB: readonly string[]
  readonly sources: readonly Evidence[]
  readonly originals: readonly string[]
  readonly deaths: Deaths
}

async function killedTallies(store: Db, event: string): Promise<CasualtyTally[]> {
  const found: CasualtyTally[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await listTallies(store, { event, limit: PAGE, offset })
    found.push(...page.filter((t) => t.status === 'killed' && t.best !== undefined))
    if (page.length < PAGE) return found
  }
}

async function countriesOf(ids: readonly string[], look: Lookups): Promise<Set<string>> {
  const actors = await Promise.all(ids.map((id) => look.actor(id)))
  return new Set(ids.map((id, i) => actors[i]?.country ?? countryOfGovernment(id)).filter((c): c is string => !!c))
}

// A tally counts for the side whose country it names; civilians apart, as the codebook does.
async function deathsOf(e: LedgerEvent, tallies: readonly CasualtyTally[], look: Lookups): Promise<Deaths> {
  const [a, b] = [await countriesOf(e.actors, look), await countriesOf(e.targets, look)]
  const d: Deaths = { a: 0, b: 0, civilians: 0, unknown: 0, best: 0, low: 0, high: 0 }
  for (const t of tallies) {
    const best = t.best!
    const side = CIVILIAN_ROLES.has(t.role ?? '') ? 'civilians' : t.country && a.has(t.country) ? 'a' : t.country && b.has(t.country) ? 'b' : 'unknown'
    d[side] += best
    d.best += best
    d.low += t.low ?? best
    d.high += t.high ?? best
  }
  return d
}

/** Each article once, first by its event mentions, then by the figures counted. */
function articlesOf(e: LedgerEvent, tallies: readonly CasualtyTally[]): Evidence[] {
  const byDoc = new Map<string, Evidence>()
  for (const ev of [...e.mentions, ...tallies.flatMap((t) => t.figures.map((f) => f.evidence))]) {
    if (!byDoc.has(ev.docId)) byDoc.set(ev.docId, ev)
  }
  return [...byDoc.values()]
}

async function* ucdpRows(store: Db): AsyncGenerator<UcdpRow> {
  const look = lookups(store)
  const names = (ids: readonly string[]) => Promise.all(ids.map(async (id) => (await look.name(id))!))
  for await (const event of streamLedger<LedgerEvent>(store, 'ledger_events')) {
    const tallies = await killedTallies(store, event.id)
    if (tallies.length === 0) continue
    const originals = await names([...new Set(tallies.flatMap((t) => t.figures.flatMap((f) => (f.source ? [f.source] : []))))])
    yield {
      event, sideA: await names(event.actors), sideB: await names(event.targets), sources: articlesOf(event, tallies),
      originals, deaths: await deathsOf(event, tallies, look),
    }
  }
}

/** The codebook's date precision: 1 a day, 2 up to 6 days, 3 a week, 4 up to a month, 5 longer. */
function datePrecision(start: string, end: string): number {
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1
  return days <= 1 ? 1 : days < 7 ? 2 : days === 7 ? 3 : days <= 31 ? 4 : 5
}

const daysOfEvent = (e: LedgerEvent) => (e.date ? daysOf(e.date) : {})
const joined = (xs: readonly (string | null | undefined)[]) => xs.map((x) => x ?? '').join('; ')
const articleRef = (s: Evidence) => [s.outlet, s.published, s.title && `"${s.title}"`].filter(Boolean).join(', ') || s.docId

const ucdpColumns: Columns<UcdpRow> = [
  ['id', (r) => r.event.id], ['year', (r) => daysOfEvent(r.event).start?.slice(0, 4)],
  ['side_a', (r) => r.sideA.join('; ')], ['side_b', (r) => r.sideB.join('; ')],
  ['number_of_sources', (r) => r.sources.length], ['source_article', (r) => joined(r.sources.map(articleRef))],
  ['source_office', (r) => joined(r.sources.map((s) => s.outlet))], ['source_date', (r) => joined(r.sources.map((s) => s.published))],
  ['source_headline', (r) => joined(r.sources.map((s) => s.title))], ['source_original', (r) => r.originals.join('; ')],
  ['country', (r) => r.event.location && (countryInfo(r.event.location)?.name ?? r.event.location)], ['country_code', (r) => r.event.location],
  ['date_prec', (r) => { const d = daysOfEvent(r.event); return d.start && d.end ? datePrecision(d.start, d.end) : undefined }],
  ['date_start', (r) => daysOfEvent(r.event).start], ['date_end', (r) => daysOfEvent(r.event).end],
  ['deaths_a', (r) => r.deaths.a], ['deaths_b', (r) => r.deaths.b], ['deaths_civilians', (r) => r.deaths.civilians],
  ['deaths_unknown', (r) => r.deaths.unknown], ['best', (r) => r.deaths.best], ['high', (r) => r.deaths.high], ['low', (r) => r.deaths.low],
  ['event_kind', (r) => r.event.kind], ['event_summary', (r) => r.event.summary],
]

/** Ledger events with deaths as a UCDP GED-style CSV, written as the events are read. */
export const ucdpCsv = (store: Db) => csvRows(ucdpRows(store), ucdpColumns)
