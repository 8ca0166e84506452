import { countBelow } from './sorted.js'

/** The first item, in the order given, one of whose spans covers [start, end), if any. */
export type CoverAt<T> = (start: number, end: number) => T | undefined

interface Bounds { readonly start: number; readonly end: number }

interface Placed<T> extends Bounds { readonly order: number; readonly item: T }

/**
 * The spans of `items` sorted by start, and where a search for the ones covering [start, end) begins: only
 * spans starting at most the longest span's length before `start` can cover it, read backwards from there.
 */
function sortedSpans<T>(items: readonly T[], spansOf: (item: T) => readonly Bounds[]): { all: Placed<T>[]; longest: number } {
  const all = items
    .flatMap((item, order) => spansOf(item).map((s) => ({ start: s.start, end: s.end, order, item })))
    .sort((x, y) => x.start - y.start)
  return { all, longest: all.reduce((n, s) => Math.max(n, s.end - s.start), 0) }
}

/** Index of the last span starting at or before `start`. */
const lastAtOrBefore = <T>(all: readonly Placed<T>[], start: number) => countBelow(all, start + 1, (s) => s.start) - 1

/**
 * An index of items by the spans they hold (an actor's mentions, a timex's span), built once per document:
 * the answer of scanning the items in order for the first whose span covers [start, end), without reading
 * every span for every word (a long document naming one body a thousand times made that scan quadratic).
 */
export function coverIndex<T>(items: readonly T[], spansOf: (item: T) => readonly Bounds[]): CoverAt<T> {
  const { all, longest } = sortedSpans(items, spansOf)
  return (start, end) => {
    let best: Placed<T> | undefined
    for (let k = lastAtOrBefore(all, start); k >= 0 && all[k]!.start >= start - longest; k--) {
      const s = all[k]!
      if (s.end >= end && (!best || s.order < best.order)) best = s
    }
    return best?.item
  }
}

/** Every item, in the order given and each once, one of whose spans covers [start, end). */
export function coveringAll<T>(items: readonly T[], spansOf: (item: T) => readonly Bounds[]): (start: number, end: number) => T[] {
  const { all, longest } = sortedSpans(items, spansOf)
  return (start, end) => {
    const found: Placed<T>[] = []
    for (let k = lastAtOrBefore(all, start); k >= 0 && all[k]!.start >= start - longest; k--) if (all[k]!.end >= end) found.push(all[k]!)
    return [...new Set(found.sort((x, y) => x.order - y.order).map((s) => s.item))]
  }
}
