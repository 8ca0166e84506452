import type { Sentence } from '../../model/annotations.js'
import { parseDay } from './calendar.js'
import { tenseAround } from './tense.js'
import type { RuleContext, Tense } from './types.js'

/** Index of the sentence holding `position` (binary search over sentence starts). */
export function sentenceAt(sentences: readonly Sentence[], position: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sentences[mid]!.start <= position) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Quote marks: a quotation's tense is its own, not that of the report around it. */
const QUOTE_MARK = /``|''|["“”«»]/g

/** The stretch of [from, to) between the quote marks nearest `position` on either side. */
function clauseAround(text: string, from: number, to: number, position: number): [number, number] {
  let start = from
  let end = to
  for (const m of text.slice(from, to).matchAll(QUOTE_MARK)) {
    const at = from + m.index
    if (at + m[0].length <= position) start = at + m[0].length
    else if (at >= position) { end = at; break }
  }
  return [start, end]
}

/** The context rules see: the text, the publication date, and a lazily computed tense per position. */
export function ruleContext(text: string, published: string | null, sentences: readonly Sentence[], tenseOf: (sentence: string, at: number) => Tense = tenseAround): RuleContext {
  return {
    text,
    anchor: parseDay(published),
    tense(position: number): Tense {
      const s = sentences[sentenceAt(sentences, position)]
      const from = s && s.start <= position ? s.start : Math.max(0, position - 200)
      const to = s && s.start <= position ? s.end : Math.min(text.length, position + 200)
      const [start, end] = clauseAround(text, from, to, position)
      return tenseOf(text.slice(start, end), position - start)
    },
  }
}
