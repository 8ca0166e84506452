import type { TimeRef } from '../model/annotations.js'
import type { CasualtyFigure, CasualtyTally, Evidence } from '../model/ledger.js'
import { groupKeyOf } from '../claims/propositions.js'
import { compareTime, sortKeyOf } from '../claims/time-span.js'
import { stableId } from './ids.js'
import { pushTo } from './group.js'

/** One casualty figure in the ledger: global event and source ids, the date it was reported. */
export interface LedgerFigure {
  readonly key: string
  readonly event?: string
  readonly group: string
  readonly country?: string
  readonly role?: string
  readonly status: string
  readonly count: number | null
  readonly vague?: string
  readonly low?: number
  readonly high?: number
  readonly source?: string
  /** The government or group the source speaks for (a ministry for its government); figures supersede by side. */
  readonly side?: string
  readonly reportedOn: TimeRef
  readonly evidence: Evidence
}

/** When a figure was reported: its own date, else no later than its article. */
const reportedOf = (f: LedgerFigure): TimeRef =>
  f.reportedOn.value || f.reportedOn.after || f.reportedOn.before ? f.reportedOn : f.evidence.published ? { before: f.evidence.published } : {}

// A figure known only as "before 2030-05-08" is placed at that date, not ahead of every dated one.
const byReport = (a: LedgerFigure, b: LedgerFigure) =>
  sortKeyOf(reportedOf(a)).localeCompare(sortKeyOf(reportedOf(b))) || compareTime(reportedOf(a), reportedOf(b)) || (a.evidence.published ?? '').localeCompare(b.evidence.published ?? '')

/**
 * roleless-joins-single-role: "many Cubans were killed" joins the tally of Cuban soldiers killed in
 * the same event when that is the only tally for Cubans there; with several roles it stays apart.
 */
/**
 * `all`: the figures of f's own event and status (the rules below compare only with those).
 * figure-without-event-alone: a figure tied to no event is its own tally; the same group word ("people
 * killed") in two articles says nothing of whether they count the same dead.
 */
function tallyKeyOf(f: LedgerFigure, all: readonly LedgerFigure[]): string {
  if (!f.event) return `-|${f.key}`
  const base = `${f.event ?? '-'}|${f.status}|`
  if (!f.country) return base + (bareJoinsQualified(f, all) ?? countrylessJoinsSingleCountry(f, all) ?? groupKeyOf(f))
  if (f.role) return base + groupKeyOf(f)
  const roles = new Set(all.filter((g) => g.event === f.event && g.status === f.status && g.country === f.country && g.role).map((g) => g.role))
  return base + (roles.size === 1 ? `${f.country}/${[...roles][0]}` : groupKeyOf(f))
}

/**
 * bare-joins-qualified: "12 fighters" joins the tally of "separatist fighters" (same role, no country) in the
 * same event when that is the only qualified group with that head noun there; with two ("rebel fighters",
 * "government fighters") it stays apart.
 */
function bareJoinsQualified(f: LedgerFigure, all: readonly LedgerFigure[]): string | undefined {
  const head = f.group.trim().toLowerCase()
  if (/\s/.test(head)) return undefined
  const qualified = new Set(all.filter((g) => g.event === f.event && g.status === f.status && !g.country && g.role === f.role
    && g.group.trim().toLowerCase().endsWith(` ${head}`)).map((g) => groupKeyOf(g)))
  return qualified.size === 1 ? [...qualified][0] : undefined
}

/**
 * countryless-joins-single-country: "31 civilians" joins the tally of Freedonian civilians killed in the same
 * event when Freedonia is the only country whose people of that role and head noun are counted there; with two
 * it stays apart, and "two children" (a part of the civilians, not the same count) stays apart too.
 */
const headOf = (f: LedgerFigure) => f.group.trim().toLowerCase().split(/\s+/).pop()

function countrylessJoinsSingleCountry(f: LedgerFigure, all: readonly LedgerFigure[]): string | undefined {
  if (!f.role || !f.event) return undefined
  const head = headOf(f)
  const countries = new Set(all.filter((g) => g.event === f.event && g.status === f.status && g.role === f.role && g.country && headOf(g) === head).map((g) => g.country))
  return countries.size === 1 ? `${[...countries][0]}/${f.role}` : undefined
}

const sideOf = (f: LedgerFigure) => f.side ?? f.source
const sameFigure = (a: LedgerFigure, b: LedgerFigure) => a.count === b.count && a.vague === b.vague && a.low === b.low && a.high === b.high

/**
 * A later, different figure from the same side supersedes the earlier one; all are kept, the old ones
 * marked. An old figure restated later keeps its own report date and so is superseded too; the current
 * figure restated is not.
 */
function withSupersession(figures: readonly LedgerFigure[]): CasualtyFigure[] {
  return figures.map((f) => {
    const side = sideOf(f)
    const next = side ? figures.find((g) => sideOf(g) === side && byReport(f, g) < 0 && !sameFigure(f, g)) : undefined
    const { event: _e, group: _g, country: _c, role: _r, status: _s, ...rest } = f
    return { ...rest, reportedOn: reportedOf(f), ...(next ? { supersededBy: next.key } : {}) }
  })
}

/** The current figure of each side once (a restatement counts once); unattributed figures each count. */
function currentBySide(figures: readonly CasualtyFigure[], sides: readonly (string | undefined)[]): CasualtyFigure[] {
  const seen = new Set<string>()
  return figures.filter((f, i) => {
    if (f.supersededBy) return false
    const side = sides[i]
    if (!side) return true
    if (seen.has(side)) return false
    seen.add(side)
    return true
  })
}

/** The lower middle of the sorted values: always a figure someone reported, never an average. */
const lowerMedian = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!

/**
 * Low / best / high in the manner of UCDP GED, over each side's current figure: low is the lowest
 * figure, high the highest, best the middle one (the lower of the two middle ones when their number is
 * even). "At least 30" counts as 30 and "up to 30" as 30; a range gives its low to low and its high to
 * high. Vague words ("many", "dozens") are listed beside the others but bound nothing.
 */
export function summarize(current: readonly CasualtyFigure[]): Pick<CasualtyTally, 'low' | 'best' | 'high'> {
  const numbered = current.filter((f) => f.count !== null || f.low !== undefined || f.high !== undefined)
  if (numbered.length === 0) return {}
  return {
    low: Math.min(...numbered.map((f) => f.count ?? f.low ?? f.high!)),
    best: lowerMedian(numbered.map((f) => f.count ?? f.low ?? f.high!)),
    high: Math.max(...numbered.map((f) => f.count ?? f.high ?? f.low!)),
  }
}

/** Per event, group and status: every source's figure side by side in the order reported, summarized. */
export function talliesOf(figures: readonly LedgerFigure[]): CasualtyTally[] {
  const groups = new Map<string, LedgerFigure[]>()
  // The join rules compare a figure only with figures of its own event and status: group those once.
  const peers = new Map<string, LedgerFigure[]>()
  const peerKey = (f: LedgerFigure) => `${f.event ?? '-'}|${f.status}`
  for (const f of figures) pushTo(peers, peerKey(f), f)
  for (const f of figures) pushTo(groups, tallyKeyOf(f, peers.get(peerKey(f))!), f)
  return [...groups.entries()].map(([key, fs]) => {
    const sorted = [...fs].sort(byReport)
    // Name the tally after a sourced figure with a role ("Peruvian soldiers" over "Peruvians").
    const named = sorted.find((f) => f.role && f.source) ?? sorted.find((f) => f.role) ?? sorted[0]!
    const all = withSupersession(sorted)
    const first = sorted.find((f) => sideOf(f))
    return {
      id: stableId('tally', key), ...(named.event ? { event: named.event } : {}), group: named.group,
      ...(named.country ? { country: named.country } : {}), ...(named.role ? { role: named.role } : {}), status: named.status,
      figures: all, ...summarize(currentBySide(all, sorted.map(sideOf))),
      ...(first ? { firstReportedBy: sideOf(first)! } : {}),
    }
  })
}
