import type { Sentence } from '../../../model/annotations.js'
import { clip, quoteContent, quoteStartingAt, type Content } from '../content-span.js'
import { isQuoteMark } from '../context.js'
import type { Ctx } from '../draft.js'
import { DASHES } from '../words.js'
import { ES_VERBS } from './cues.js'

/** How far after the cue "que" may stand: "dijo [a los periodistas el lunes] que …". */
const LOOKAHEAD_FOR_QUE = 10

/**
 * The end of a reported clause: the sentence end, a dash aside, a semicolon, a trailing gerund clause
 * (", añadiendo que …") or a second report coordinated after a comma (", y el ministro dijo …").
 */
function clauseEnd(ctx: Ctx, s: Sentence, from: number): number {
  for (let k = from + 2; k < s.endToken; k++) {
    const w = ctx.lower(k)
    if (DASHES.has(w) || w === ';') return ctx.tokens[k]!.start
    if (w !== ',') continue
    const next = ctx.lower(k + 1)
    if (/^\p{Ll}+ndo$/u.test(next) && ES_VERBS.has(next)) return ctx.tokens[k]!.start
    if (/^(y|pero|mientras)$/.test(next)) {
      for (let j = k + 2; j < Math.min(s.endToken, k + 8); j++) {
        if (ctx.lower(j) === ',' || ctx.lower(j) === 'que') break
        if (ES_VERBS.has(ctx.lower(j))) return ctx.tokens[k]!.start
      }
    }
  }
  return ctx.tokens[s.endToken - 1]!.end
}

/** A quotation at token `i` that is the whole rest of the sentence is direct content; one that goes on is part of it. */
function fromToken(ctx: Ctx, s: Sentence, i: number, complement: boolean): Content | undefined {
  if (i >= s.endToken) return undefined
  const start = ctx.tokens[i]!.start
  const quote = quoteStartingAt(ctx, start)
  if (quote && quote.span.start === start) {
    const rest = ctx.text.slice(quote.span.end, Math.max(quote.span.end, ctx.tokens[s.endToken - 1]!.end))
    if (!/[\p{L}\p{N}]/u.test(rest)) return { ...quoteContent(ctx, quote), quote, complement: true }
  }
  return { ...clip(ctx, start, clauseEnd(ctx, s, i)), complement: complement || Boolean(quote) }
}

/**
 * The reported clause after a Spanish cue: "dijo [que …]" (the complementizer is the content's, as
 * "that" is in PARC), "declaró: «…»", "afirmó «…»", or a bare object for the cues that take one
 * ("negó [las acusaciones]"). `complement` is false for a bare object.
 */
export function contentAfterEs(ctx: Ctx, s: Sentence, cueEnd: number): Content | undefined {
  for (let k = cueEnd; k < Math.min(s.endToken, cueEnd + LOOKAHEAD_FOR_QUE); k++) {
    const w = ctx.lower(k)
    if (w === 'que') return fromToken(ctx, s, k, true)
    if (w === ':') return fromToken(ctx, s, k + 1, true)
    if (isQuoteMark(ctx, k)) return k === cueEnd || ctx.lower(k - 1) === ',' ? fromToken(ctx, s, k, true) : undefined
    if (w === '.' || w === ';' || DASHES.has(w) || ES_VERBS.has(w)) break
  }
  return fromToken(ctx, s, cueEnd, false)
}

/** A quotation mark or a dash right before token `k`: the content closes there ("«…», dijo", "—… —dijo"). */
export const closesContent = (ctx: Ctx, k: number) => ctx.lower(k) === ',' || isQuoteMark(ctx, k) || DASHES.has(ctx.lower(k))
