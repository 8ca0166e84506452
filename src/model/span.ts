/** A view on the document text: `text === doc.text.slice(start, end)` always holds. */
export interface Span {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Builds a span over `text`; the only way stages should make one, so the invariant holds by construction. */
export function spanAt(text: string, start: number, end: number): Span {
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`span [${start},${end}) outside text of length ${text.length}`)
  }
  return { start, end, text: text.slice(start, end) }
}

/** Shrinks [start,end) past surrounding white space and the given punctuation. */
export function trimmedSpan(text: string, start: number, end: number, strip = ''): Span {
  const skip = (ch: string | undefined) => ch !== undefined && (/\s/.test(ch) || strip.includes(ch))
  while (start < end && skip(text[start])) start++
  while (end > start && skip(text[end - 1])) end--
  return spanAt(text, start, end)
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * A test of whether [start, end) overlaps any of `spans`, in logarithmic time: spans sorted by start,
 * with the furthest end reached so far. For stages that check every match against every mention.
 */
export function overlapsAnyOf(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const furthest: number[] = []
  for (const s of sorted) furthest.push(Math.max(s.end, furthest[furthest.length - 1] ?? -Infinity))
  return (start, end) => {
    // How many spans start before `end`: one of them overlaps when the furthest of their ends passes `start`.
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid]!.start < end) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && furthest[lo - 1]! > start
  }
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

export function byStart(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end
}
