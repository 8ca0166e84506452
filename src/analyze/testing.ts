import type { TimeRef } from '../model/annotations.js'
import type { Claim, Evidence } from '../model/ledger.js'
import { presence } from '../claims/propositions.js'
import type { LedgerFigure } from './tallies.js'

/** Evidence for a test item: a document, an item and its words. */
export const evidenceOf = (itemId: string, text = itemId, published: string | null = '2030-05-05'): Evidence =>
  ({ docId: 'd1', itemId, span: { start: 0, end: text.length, text }, published })

/** A presence claim (Peruvian forces in Chile) by `actor`, said at `time`. */
export function claimOf(id: string, actor: string, polarity: Claim['polarity'], time: TimeRef, more: Partial<Claim> = {}): Claim {
  return { proposition: presence('PE', 'CL'), polarity, actor, time, evidence: evidenceOf(id), source: `d1/${id}`, rule: 'direct', ...more }
}

/** A figure of Peruvian soldiers killed in ev1, reported by `source` on `day`. */
export function figureOf(key: string, count: number | null, source: string | undefined, day: string, more: Partial<LedgerFigure> = {}): LedgerFigure {
  return {
    key, event: 'ev1', group: 'Peruvian soldiers', country: 'PE', role: 'military', status: 'killed', count,
    ...(source ? { source } : {}), reportedOn: { value: day }, evidence: evidenceOf(key), ...more,
  }
}
