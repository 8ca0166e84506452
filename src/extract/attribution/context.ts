import type { Quote, Sentence, Token } from '../../model/annotations.js'
import type { Ctx } from './draft.js'

export function buildCtx(text: string, tokens: readonly Token[], sentences: readonly Sentence[], quotes: readonly Quote[]): Ctx {
  const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase())
  const sentenceOf = new Int32Array(tokens.length).fill(-1)
  for (const s of sentences) sentenceOf.fill(s.index, s.firstToken, s.endToken)
  const inQuote = new Uint8Array(tokens.length)
  const quoteAt = new Map<number, Quote>()
  for (const q of quotes) {
    quoteAt.set(q.span.start, q)
    if (q.inner.text.split(/\s+/, MIN_QUOTE_WORDS).length < MIN_QUOTE_WORDS) continue
    for (let i = tokenAt({ tokens } as Ctx, q.inner.start); i < tokens.length && tokens[i]!.start < q.inner.end; i++) inQuote[i] = 1
  }
  return { text, tokens, words, sentences, quotes, sentenceOf, inQuote, quoteAt }
}

const MIN_QUOTE_WORDS = 4

const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„', '‘', '’', "'"])

export const isQuoteMark = (ctx: Ctx, i: number): boolean => QUOTE_MARKS.has(ctx.words[i] ?? '')

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
