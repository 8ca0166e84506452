import type { CasualtyFigure, CasualtyTally, Disagreement, Reversal } from '../model/ledger.js'
import type { NewAlert } from './alerts.js'
import type { LedgerTable } from './ledger-rows.js'
import type { TableDiff } from './write-ledger.js'

/**
 * The alerts a ledger write raises, read from what it changed (never from a recomputation): a reversal
 * or a disagreement that is new or changed, and a casualty figure that newly supersedes another.
 */
export function alertsOfDiff(diff: Partial<Record<LedgerTable, TableDiff>>, nameOf: (actorId: string) => string): NewAlert[] {
  const out: NewAlert[] = []
  const rows = (t: LedgerTable) => [
    ...(diff[t]?.added ?? []).map((r) => ({ action: 'created', data: r.data, before: undefined })),
    ...(diff[t]?.changed ?? []).map((c) => ({ action: 'changed', data: c.row.data, before: c.before })),
  ]
  for (const r of rows('ledger_reversals')) {
    const x = JSON.parse(r.data) as Reversal
    out.push({ kind: 'reversal', action: r.action, itemId: x.id, summary: `${nameOf(x.actor)} reversed: ${x.why}`, data: x })
  }
  for (const r of rows('ledger_disagreements')) {
    const x = JSON.parse(r.data) as Disagreement
    const who = x.sides.map((s) => s.actors.map(nameOf).join(', ')).join(' vs ')
    out.push({ kind: 'disagreement', action: r.action, itemId: x.id, summary: `${who} disagree: ${x.why}`, data: x })
  }
  for (const r of rows('ledger_tallies')) out.push(...supersessions(JSON.parse(r.data) as CasualtyTally, r.before, nameOf))
  return out
}

/** figure-superseded: each figure of the tally that supersedes one it did not supersede before. */
function supersessions(tally: CasualtyTally, before: string | undefined, nameOf: (id: string) => string): NewAlert[] {
  const known = new Set(before ? (JSON.parse(before) as CasualtyTally).figures.map((f) => `${f.key}>${f.supersededBy ?? ''}`) : [])
  const byKey = new Map(tally.figures.map((f) => [f.key, f]))
  return tally.figures.filter((f) => f.supersededBy && !known.has(`${f.key}>${f.supersededBy}`)).flatMap((old) => {
    const now = byKey.get(old.supersededBy!)
    if (!now) return []
    const source = now.source ? nameOf(now.source) : 'a source'
    return [{
      kind: 'figure' as const, action: 'superseded', itemId: tally.id,
      summary: `${source} now gives ${show(now)} ${tally.group} ${tally.status}, where it gave ${show(old)}`,
      data: { tally: tally.id, group: tally.group, status: tally.status, event: tally.event ?? null, figure: now, supersedes: old },
    }]
  })
}

const show = (f: CasualtyFigure) => String(f.count ?? f.vague ?? (f.low !== undefined ? `at least ${f.low}` : '?'))
