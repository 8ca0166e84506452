/**
 * One-to-one pairing of gold items with system items by evidence overlap. A gold statement often nests
 * another ("X said Y assured him Z" holds "Y assured him Z"), so the pairing must not depend on list order:
 * the closest pairs (intersection over union) are taken first, and a pair is given up
 * for a worse one only when that lets one more gold item be found (maximum matching, Kuhn's augmenting paths).
 */
import type { Span } from '../src/model/span.js'
import type { Range } from './gold.js'

/** Intersection over union of two ranges; 0 when they do not overlap. */
function iou(a: Range, b: Range): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  return inter > 0 ? inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start)) : 0
}

const optional = (g: unknown) => (g as { required?: boolean }).required === false

export function match<G, S>(gold: G[], system: S[], goldRanges: (g: G) => Range[], systemSpans: (s: S) => Span[]): Map<G, S> {
  const spans = system.map(systemSpans)
  const all: { g: number; k: number; score: number }[] = []
  gold.forEach((item, g) => {
    const ranges = goldRanges(item)
    spans.forEach((ss, k) => {
      const score = Math.max(0, ...ss.flatMap((s) => ranges.map((r) => iou(r, s))))
      if (score > 0) all.push({ g, k, score })
    })
  })
  // Best-first: the closest pairs are taken first (a stable sort keeps gold, then system, order on ties).
  all.sort((a, b) => b.score - a.score)
  const owner = new Map<number, number>()
  const taken = new Map<number, number>()
  for (const { g, k } of all) if (!taken.has(g) && !owner.has(k)) { taken.set(g, k); owner.set(k, g) }
  // Then a gold item left out may take a pair whose owner can move to another free overlap; a required item
  // may also take an optional item's pair outright, as found counts only required items.
  const candidates = gold.map((_, g) => all.filter((c) => c.g === g).map((c) => c.k))
  const place = (g: number, seen: Set<number>, evict: boolean): boolean => {
    for (const k of candidates[g]!) {
      if (seen.has(k)) continue
      seen.add(k)
      const other = owner.get(k)
      const free = other === undefined || place(other, seen, false) || (evict && optional(gold[other]!))
      if (!free) continue
      if (other !== undefined && taken.get(other) === k) taken.delete(other)
      owner.set(k, g)
      taken.set(g, k)
      return true
    }
    return false
  }
  gold.forEach((item, g) => { if (!taken.has(g)) place(g, new Set(), !optional(item)) })
  return new Map([...taken].map(([g, k]) => [gold[g]!, system[k]!]))
}
