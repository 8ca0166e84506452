import type { Quote, Sentence, Token } from '../../model/annotations.js'
import type { Ctx } from './draft.js'
import { PRE_CUE } from './words.js'

export function buildCtx(text: string, tokens: readonly Token[], sentences: readonly Sentence[], quotes: readonly Quote[]): Ctx {
  // One lower-casing of the whole text when it keeps every offset (it does, but for a few letters like "İ").
  const lower = text.toLowerCase()
  const source = lower.length === text.length ? lower : undefined
  const words = tokens.map((t) => (source ? source.slice(t.start, t.end) : text.slice(t.start, t.end).toLowerCase()))
  const sentenceOf = new Int32Array(tokens.length).fill(-1)
  for (const s of sentences) sentenceOf.fill(s.index, s.firstToken, s.endToken)
  const inQuote = new Uint8Array(tokens.length)
  const quoteAt = new Map<number, Quote>()
  const quoteEnd = new Map<number, Quote>()
  for (const q of quotes) {
    quoteAt.set(q.span.start, q)
    quoteEnd.set(q.span.end, q)
    if (!hasWords(q.inner.text, MIN_QUOTE_WORDS)) continue
    for (let i = tokenAt({ tokens } as Ctx, q.inner.start); i < tokens.length && tokens[i]!.start < q.inner.end; i++) inQuote[i] = 1
  }
  return { text, tokens, words, sentences, quotes, sentenceOf, inQuote, quoteAt, quoteEnd }
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

export const isQuoteMark = (ctx: Ctx, i: number): boolean => QUOTE_MARKS.has(ctx.words[i] ?? '')

/** Words ending in -ly that are not manner adverbs. */
const NOT_ADVERBS = new Set(['only', 'early', 'family', 'ally', 'rally', 'supply', 'reply', 'daily', 'holy', 'ugly', 'bully', 'assembly', 'monopoly', 'anomaly'])

/**
 * An auxiliary, negation or adverb between a speaker and the cue: "has also", "hasn’t", "formally".
 * A capitalised -ly word is a name ("Beverly said"), not an adverb.
 */
export function preCueAt(ctx: Ctx, i: number): boolean {
  const w = ctx.words[i]
  if (w === undefined) return false
  if (PRE_CUE.has(w) || /n[’']t$/.test(w)) return true
  return w.length > 4 && w.endsWith('ly') && !NOT_ADVERBS.has(w) && !isCapitalized(ctx, i)
}

/** A word starting with a capital letter ("Freedonia", "The"). */
export function isCapitalized(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]
  if (!t || t.kind !== 'word') return false
  const c = ctx.text[t.start]!
  return c !== c.toLowerCase()
}

/** First token index at or after character offset `at`. */
export function tokenAt(ctx: Ctx, at: number): number {
  let lo = 0
  let hi = ctx.tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ctx.tokens[mid]!.end <= at) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function sentenceOfToken(ctx: Ctx, i: number): Sentence | undefined {
  return ctx.sentences[ctx.sentenceOf[i] ?? -1]
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
