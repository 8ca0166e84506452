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

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

export function byStart(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end
}
