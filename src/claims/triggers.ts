import { countBelow } from '../model/sorted.js'

/**
 * Trigger offsets found in one pass over the whole text, so that each statement asks "is there a
 * force noun in my content?" with a binary search instead of running the regex again.
 */
export function hitsOf(re: RegExp, text: string): number[] {
  if (!re.global) throw new TypeError('hitsOf needs a global regex')
  return [...text.matchAll(re)].map((m) => m.index)
}

/** Whether some hit starts inside [start, end). `hits` is sorted, as hitsOf returns it. */
export function hitIn(hits: readonly number[], start: number, end: number): boolean {
  const k = countBelow(hits, start, (h) => h)
  return k < hits.length && hits[k]! < end
}
