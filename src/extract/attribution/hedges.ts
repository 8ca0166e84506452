import { HEDGE_PHRASES, HEDGE_WORDS } from '../../lexicon/hedges.js'
import { tokenAt } from './context.js'
import type { Ctx, Draft } from './draft.js'

const WORDS = new Set<string>(HEDGE_WORDS)
const PHRASES = new RegExp(`\\b(?:${HEDGE_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`)

/** Whether the statement (speaker, cue and content) carries a hedge. Words match lower case only, so "May" the month does not. */
export function isHedged(ctx: Ctx, d: Draft): boolean {
  const start = Math.min(ctx.tokens[d.source?.first ?? d.cue.first]!.start, ctx.tokens[d.cue.first]!.start, d.content.start)
  const end = Math.max(ctx.tokens[d.cue.end - 1]!.end, d.content.end)
  if (PHRASES.test(ctx.text.slice(start, end).toLowerCase())) return true
  for (let k = tokenAt(ctx, start); k < ctx.tokens.length && ctx.tokens[k]!.start < end; k++) {
    const t = ctx.tokens[k]!
    if (WORDS.has(ctx.text.slice(t.start, t.end))) return true
  }
  return false
}
