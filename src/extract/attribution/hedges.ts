import { HEDGE_PHRASES, HEDGE_WORDS } from '../../lexicon/en/hedges.js'
import type { Ctx, Draft } from './draft.js'

/** A language's hedge words, and its hedge phrases as word sequences by first word, so the check walks the shared tokens once. */
export interface Hedges {
  readonly words: ReadonlySet<string>
  readonly phrases: ReadonlyMap<string, readonly (readonly string[])[]>
}

export function hedgeSet(words: readonly string[], phrases: readonly string[]): Hedges {
  const map = new Map<string, string[][]>()
  for (const p of phrases) {
    const ws = p.split(' ')
    map.set(ws[0]!, [...(map.get(ws[0]!) ?? []), ws])
  }
  return { words: new Set(words), phrases: map }
}

export const ENGLISH_HEDGES = hedgeSet(HEDGE_WORDS, HEDGE_PHRASES)

const phraseAt = (ctx: Ctx, k: number, h: Hedges) =>
  h.phrases.get(ctx.lower(k))?.some((p) => p.every((w, j) => ctx.lower(k + j) === w)) ?? false

/** Whether the statement (speaker, cue and content) carries a hedge. Words match lower case only, so "May" the month does not. */
export function isHedged(ctx: Ctx, d: Draft, h: Hedges = ENGLISH_HEDGES): boolean {
  const start = Math.min(ctx.tokens[d.source?.first ?? d.cue.first]!.start, ctx.tokens[d.cue.first]!.start, d.content.start)
  const end = Math.max(ctx.tokens[d.cue.end - 1]!.end, d.content.end)
  for (let k = ctx.tokenAt(start); k < ctx.tokens.length && ctx.tokens[k]!.start < end; k++) {
    if ((h.words.has(ctx.lower(k)) && !ctx.isCapitalized(k)) || phraseAt(ctx, k, h)) return true
  }
  return false
}
