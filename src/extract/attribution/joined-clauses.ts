import { clip } from './content-span.js'
import type { Ctx, Draft } from './draft.js'

/** The words that join a second reported clause: "and that" in English, "y que" in Spanish. */
export interface ClauseJoin {
  readonly join: string
  readonly complementizer: string
}

/**
 * Refiner: "said there was no shipping and that trade was falling", "dijo que no había barcos y que el
 * comercio caía": two reported clauses, each a statement of the same speaker and cue with its own polarity.
 */
export function splitJoinedClauses(ctx: Ctx, d: Draft, words: ClauseJoin): Draft[] {
  if (d.mode !== 'indirect') return [d]
  const last = ctx.tokenAt(d.content.end)
  for (let k = ctx.tokenAt(d.content.start) + 2; k < last; k++) {
    if (ctx.lower(k) !== words.join || ctx.lower(k + 1) !== words.complementizer || ctx.quoteOf(k) >= 0) continue
    const cut = ctx.tokens[ctx.lower(k - 1) === ',' ? k - 1 : k]!.start
    const first = { ...d, content: clip(ctx, d.content.start, cut) }
    return [first, ...splitJoinedClauses(ctx, { ...d, content: clip(ctx, ctx.tokens[k + 1]!.start, d.content.end) }, words)]
  }
  return [d]
}
