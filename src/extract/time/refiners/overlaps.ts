import type { Draft } from '../types.js'

/**
 * Keeps one draft per stretch of text: the longest wins ("last Saturday" over "Saturday"), and on
 * equal spans the rule listed first. Returns the survivors in text order.
 */
export function dropOverlaps(drafts: readonly Draft[], ruleOrder: readonly string[]): Draft[] {
  const rank = (d: Draft) => ruleOrder.indexOf(d.rule)
  const byPreference = [...drafts].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start)
  const kept: Draft[] = []
  for (const d of byPreference) {
    if (!kept.some((k) => k.start < d.end && d.start < k.end)) kept.push(d)
  }
  return kept.sort((a, b) => a.start - b.start)
}
