import type { Draft } from '../types.js'

/**
 * Keeps one draft per stretch of text: the longest wins ("last Saturday" over "Saturday"), and on
 * equal spans the rule listed first. Returns the survivors in text order.
 */
export function dropOverlaps(drafts: readonly Draft[], ruleOrder: readonly string[]): Draft[] {
  const rank = (d: Draft) => ruleOrder.indexOf(d.rule)
  const byPreference = [...drafts].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start)
  // Characters already kept: a draft reads only its own stretch, never every kept draft (linear in the text).
  const taken = new Uint8Array(drafts.reduce((n, d) => Math.max(n, d.end), 0))
  const kept: Draft[] = []
  for (const d of byPreference) {
    if (taken.subarray(d.start, d.end).includes(1)) continue
    taken.fill(1, d.start, d.end)
    kept.push(d)
  }
  return kept.sort((a, b) => a.start - b.start)
}
