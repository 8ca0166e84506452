import type { TimeRef } from '../model/annotations.js'
import type { CasualtyFigure, CasualtyTally, Evidence } from '../model/ledger.js'
import { groupKeyOf } from '../extract/contradictions/propositions.js'
import { compareTime, sortKeyOf } from '../extract/contradictions/time-span.js'
import { stableId } from './ids.js'

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
function tallyKeyOf(f: LedgerFigure, all: readonly LedgerFigure[]): string {
  const base = `${f.event ?? '-'}|${f.status}|`
  if (!f.country || f.role) return base + groupKeyOf(f)
  const roles = new Set(all.filter((g) => g.event === f.event && g.status === f.status && g.country === f.country && g.role).map((g) => g.role))
  return base + (roles.size === 1 ? `${f.country}/${[...roles][0]}` : groupKeyOf(f))
}

/** A later figure from the same source supersedes its earlier ones; all are kept, the old ones marked. */
function withSupersession(figures: readonly LedgerFigure[]): CasualtyFigure[] {
  return figures.map((f, i) => {
    const next = f.source ? figures.slice(i + 1).find((g) => g.source === f.source) : undefined
    const { event: _e, group: _g, country: _c, role: _r, status: _s, ...rest } = f
    return { ...rest, reportedOn: reportedOf(f), ...(next ? { supersededBy: next.key } : {}) }
  })
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : Math.floor((s[s.length / 2 - 1]! + s[s.length / 2]!) / 2)
}

/**
 * Low / best / high in the manner of UCDP GED, over each source's current figure: low is the lowest
 * credible count (an exact figure, or a stated lower bound), high the highest (an exact figure, or a
 * stated upper bound), best the median of the exact figures (or the highest lower bound when no source
 * gives an exact one). Vague words ("many") bound nothing and leave the numbers as they are.
 */
export function summarize(current: readonly CasualtyFigure[]): Pick<CasualtyTally, 'low' | 'best' | 'high'> {
  const exact = current.flatMap((f) => (f.count === null ? [] : [f.count]))
  const lows = current.flatMap((f) => (f.count !== null ? [f.count] : f.low !== undefined ? [f.low] : []))
  const highs = current.flatMap((f) => (f.count !== null ? [f.count] : f.high !== undefined ? [f.high] : []))
  const best = exact.length ? median(exact) : lows.length ? Math.max(...lows) : undefined
  return {
    ...(lows.length ? { low: Math.min(...lows) } : {}),
    ...(best !== undefined ? { best } : {}),
    // "At least 30" leaves the top open, so no high is claimed while such a figure stands.
    ...(highs.length && !current.some((f) => f.count === null && f.low !== undefined && f.high === undefined) ? { high: Math.max(...highs) } : {}),
  }
}

/** Per event, group and status: every source's figure side by side in the order reported, summarized. */
export function talliesOf(figures: readonly LedgerFigure[]): CasualtyTally[] {
  const groups = new Map<string, LedgerFigure[]>()
  for (const f of figures) groups.set(tallyKeyOf(f, figures), [...(groups.get(tallyKeyOf(f, figures)) ?? []), f])
  return [...groups.entries()].map(([key, fs]) => {
    const sorted = [...fs].sort(byReport)
    // Name the tally after a sourced figure with a role ("Peruvian soldiers" over "Peruvians").
    const named = sorted.find((f) => f.role && f.source) ?? sorted.find((f) => f.role) ?? sorted[0]!
    const all = withSupersession(sorted)
    const first = sorted.find((f) => f.source)
    return {
      id: stableId('tally', key), ...(named.event ? { event: named.event } : {}), group: named.group,
      ...(named.country ? { country: named.country } : {}), ...(named.role ? { role: named.role } : {}), status: named.status,
      figures: all, ...summarize(all.filter((f) => !f.supersededBy)),
      ...(first?.source ? { firstReportedBy: first.source } : {}),
    }
  })
}
