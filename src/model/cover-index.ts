/** The first item, in the order given, one of whose spans covers [start, end), if any. */
export type CoverAt<T> = (start: number, end: number) => T | undefined

interface Bounds { readonly start: number; readonly end: number }

/**
 * An index of items by the spans they hold (an actor's mentions, a timex's span), built once per document:
 * the answer of scanning the items in order for the first whose span covers [start, end), without reading
 * every span for every word (a long document naming one body a thousand times made that scan quadratic).
 * Only spans starting at most the longest span's length before `start` can cover it.
 */
export function coverIndex<T>(items: readonly T[], spansOf: (item: T) => readonly Bounds[]): CoverAt<T> {
  const all = items
    .flatMap((item, order) => spansOf(item).map((s) => ({ start: s.start, end: s.end, order, item })))
    .sort((x, y) => x.start - y.start)
  const longest = all.reduce((n, s) => Math.max(n, s.end - s.start), 0)
  return (start, end) => {
    let lo = 0
    let hi = all.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (all[mid]!.start <= start) lo = mid + 1
      else hi = mid
    }
    let best: (typeof all)[number] | undefined
    for (let k = lo - 1; k >= 0 && all[k]!.start >= start - longest; k--) {
      const s = all[k]!
      if (s.end >= end && (!best || s.order < best.order)) best = s
    }
    return best?.item
  }
}
