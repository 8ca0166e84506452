import { HEDGE_PHRASES, HEDGE_WORDS } from '../../lexicon/hedges.js'
import { isCapitalized, tokenAt } from './context.js'
import type { Ctx, Draft } from './draft.js'

const WORDS = new Set<string>(HEDGE_WORDS)
/** Hedge phrases as word sequences, by first word, so the check walks the shared tokens once. */
const PHRASES: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, string[][]>()
  for (const p of HEDGE_PHRASES) {
    const words = p.split(' ')
    map.set(words[0]!, [...(map.get(words[0]!) ?? []), words])
  }
  return map
})()

const phraseAt = (ctx: Ctx, k: number) =>
  PHRASES.get(ctx.words[k]!)?.some((p) => p.every((w, j) => ctx.words[k + j] === w)) ?? false

/** Whether the statement (speaker, cue and content) carries a hedge. Words match lower case only, so "May" the month does not. */
export function isHedged(ctx: Ctx, d: Draft): boolean {
  const start = Math.min(ctx.tokens[d.source?.first ?? d.cue.first]!.start, ctx.tokens[d.cue.first]!.start, d.content.start)
  const end = Math.max(ctx.tokens[d.cue.end - 1]!.end, d.content.end)
  for (let k = tokenAt(ctx, start); k < ctx.tokens.length && ctx.tokens[k]!.start < end; k++) {
    if ((WORDS.has(ctx.words[k]!) && !isCapitalized(ctx, k)) || phraseAt(ctx, k)) return true
  }
  return false
}
