import type { Quote } from '../../model/annotations.js'
import type { TokenView } from '../../model/token-view.js'
import type { Ctx } from './draft.js'
import { PRE_CUE } from './words.js'

/** The shared token view, with the quotations indexed by their marks for the quote rules. */
export function buildCtx(view: TokenView, quotes: readonly Quote[]): Ctx {
  const quoteAt = new Map<number, Quote>()
  const quoteEnd = new Map<number, Quote>()
  for (const q of quotes) {
    quoteAt.set(q.span.start, q)
    quoteEnd.set(q.span.end, q)
  }
  const spoken = quotes.map((q) => hasWords(q.inner.text, MIN_QUOTE_WORDS))
  return { ...view, quotes, quoteAt, quoteEnd, inQuote: (i) => spoken[view.quoteOf(i)] ?? false }
}

const MIN_QUOTE_WORDS = 4

/** Whether `text` holds at least `n` white-space separated words, without splitting it. */
function hasWords(text: string, n: number): boolean {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length && words < n; i++) {
    const space = text.charCodeAt(i) <= 32
    if (!space && !inWord) words++
    inWord = !space
  }
  return words >= n
}

const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„', '‘', '’', "'", '``', "''"])

export const isQuoteMark = (ctx: Ctx, i: number): boolean => QUOTE_MARKS.has(ctx.lower(i))

/** Double quote marks, the Penn Treebank `` and '' among them (a lone ' is an apostrophe). */
const DOUBLE_QUOTE = /``|''|["“”«»„]/

/** Reported speech holding a quotation is mixed; without one, indirect. */
export const reportedMode = (ctx: Ctx, c: { start: number; end: number }): 'mixed' | 'indirect' =>
  DOUBLE_QUOTE.test(ctx.text.slice(c.start, c.end)) ? 'mixed' : 'indirect'

/** Words ending in -ly that are not manner adverbs. */
const NOT_ADVERBS = new Set(['only', 'early', 'family', 'ally', 'rally', 'supply', 'reply', 'daily', 'holy', 'ugly', 'bully', 'assembly', 'monopoly', 'anomaly'])

/**
 * An auxiliary, negation or adverb between a speaker and the cue: "has also", "hasn’t", "formally".
 * A capitalised -ly word is a name ("Beverly said"), not an adverb.
 */
export function preCueAt(ctx: Ctx, i: number): boolean {
  const w = ctx.lower(i)
  if (PRE_CUE.has(w) || /n[’']t$/.test(w)) return true
  return w.length > 4 && w.endsWith('ly') && !NOT_ADVERBS.has(w) && !ctx.isCapitalized(i)
}

/** The first quotation opening at or after character `at` (quotes are in text order). */
export function nextQuote(ctx: Ctx, at: number): Quote | undefined {
  let lo = 0
  let hi = ctx.quotes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ctx.quotes[mid]!.span.start < at) lo = mid + 1
    else hi = mid
  }
  return ctx.quotes[lo]
}
