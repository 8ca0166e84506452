import type { Quote, Sentence } from '../../model/annotations.js'
import { isCapitalized, isQuoteMark } from './context.js'
import type { Ctx } from './draft.js'
import { DASHES, DETERMINER } from './words.js'

export interface Content {
  readonly start: number
  readonly end: number
  /** Set when the content is exactly one quotation. */
  readonly quote?: Quote
  /** Set when a "that" introduced it, which makes weak cues count. */
  readonly complement: boolean
}

const LOOKAHEAD_FOR_THAT = 8
const TRAILING = '.,;:!?'
/** Objects of "told", "assured", "informed" skipped before a bare clause ("told reporters the war was over"). */
const AUDIENCE = /^(reporters|journalists|lawmakers|supporters|parliament|congress|senators|voters|the|a|an|his|her|their|its|crowd|audience|press|media|listeners|viewers|members|me|us|him|them|you)$/
const TAKES_OBJECT = /^(tell|inform|assure|remind|notify|advise|brief|warn|urge|ask)$/

/** Finds a quote that starts at character `at` (after optional white space). */
export function quoteStartingAt(ctx: Ctx, at: number): Quote | undefined {
  return ctx.quoteAt.get(at) ?? ctx.quoteAt.get(at + 1) ?? ctx.quoteAt.get(at + 2)
}

/** Trims white space and trailing punctuation; a closing quote mark is kept with its quote. */
export function clip(ctx: Ctx, start: number, end: number): { start: number; end: number } {
  const t = ctx.text
  while (start < end && /\s/.test(t[start]!)) start++
  while (end > start && (/\s/.test(t[end - 1]!) || TRAILING.includes(t[end - 1]!))) end--
  return { start, end }
}

/** The reported clause after a cue: "denied [that] X", "told reporters X", "said: “X”". */
export function contentAfter(ctx: Ctx, s: Sentence, cueEnd: number, lemma: string): Content | undefined {
  let i = cueEnd
  let complement = false
  for (let k = i; k < Math.min(s.endToken, i + LOOKAHEAD_FOR_THAT); k++) {
    const w = ctx.words[k]!
    if (w === 'that') { i = k + 1; complement = true; break }
    if (w === ':' || w === ';' || w === '.' || isQuoteMark(ctx, k) || (w === ',' && k > i)) break
  }
  if (!complement) {
    if (ctx.words[i] === ':' || ctx.words[i] === ',') i++
    // "provided a figure of 24", "complained about the patrols": the preposition belongs to neither.
    else if ((lemma.includes(' ') && /^(of|at)$/.test(ctx.words[i] ?? '')) || ctx.words[i] === 'about') i++
    else if (TAKES_OBJECT.test(lemma)) {
      while (i < s.endToken && (AUDIENCE.test(ctx.words[i]!) || isCapitalized(ctx, i)) && i < cueEnd + 4) i++
    }
  }
  if (i >= s.endToken) return undefined
  const start = ctx.tokens[i]!.start
  const quote = quoteStartingAt(ctx, start)
  if (quote && quote.span.start === start) {
    const afterQuote = nextWordAfter(ctx, s, quote.span.end)
    if (!afterQuote) return { ...clip(ctx, quote.inner.start, quote.inner.end), quote, complement: true }
  }
  return { ...clip(ctx, start, clauseEnd(ctx, s, i)), complement: complement || Boolean(quote) || ctx.words[i - 1] === ':' }
}

/** Whether a word follows `at` inside the sentence (so a quote at the start is only part of the content). */
function nextWordAfter(ctx: Ctx, s: Sentence, at: number): boolean {
  const end = ctx.tokens[s.endToken - 1]!.end
  return /[\p{L}\p{N}]/u.test(ctx.text.slice(at, Math.max(at, end)))
}

/** End of a reported clause: the sentence end, a dash aside or a trailing participle clause. */
function clauseEnd(ctx: Ctx, s: Sentence, from: number): number {
  for (let k = from + 3; k < s.endToken; k++) {
    const w = ctx.words[k]!
    if (DASHES.has(w) || w === ';') return ctx.tokens[k]!.start
    if (w === ',' && /^[a-z]+ing$/.test(ctx.words[k + 1] ?? '') && !DETERMINER.has(ctx.words[k + 1]!)) return ctx.tokens[k]!.start
  }
  return ctx.tokens[s.endToken - 1]!.end
}

/** The clause before a fronted speaker: "[The war is over], the minister said." */
export function contentBefore(ctx: Ctx, s: Sentence, boundary: number): Content | undefined {
  if (boundary <= s.firstToken) return undefined
  let first = s.firstToken
  while (first < boundary && isQuoteMark(ctx, first)) first++
  if (boundary - first < 2) return undefined
  return { ...clip(ctx, ctx.tokens[first]!.start, ctx.tokens[boundary - 1]!.end), complement: true }
}
