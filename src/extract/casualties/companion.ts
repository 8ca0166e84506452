import type { TokenText } from '../events/token-text.js'
import type { Quantity } from './quantity.js'

const OTHERS = new Set(['other', 'others'])

/**
 * "His wife and 10 others died": the others are counted besides one person named before "and", so the
 * figure is one more. Only a singular conjunct counts: a name, or a noun not ending in a plural "s"
 * ("two guards and 10 others" is told by the figure of the guards).
 */
export function withCompanion(tt: TokenText, q: Quantity, groupStart: number): Quantity {
  if (q.count === null || tt.lower(q.start - 1) !== 'and' || !OTHERS.has(tt.lower(groupStart))) return q
  const before = q.start - 2
  const token = tt.tokens[before]
  if (!token || token.kind !== 'word') return q
  const singular = tt.isCapitalized(before) || !/[^s]s$/.test(tt.lower(before))
  if (!singular) return q
  return {
    ...q, count: q.count + 1,
    ...(q.low !== undefined ? { low: q.low + 1 } : {}), ...(q.high !== undefined ? { high: q.high + 1 } : {}),
  }
}
