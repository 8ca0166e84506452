import { continueQuote } from '../quote-rules.js'
import type { Ctx, Draft } from '../draft.js'
import { splitJoinedClauses } from '../joined-clauses.js'
import { findEsCues } from './cues.js'
import { accordingEs, reportedEs } from './rules.js'

const Y_QUE = { join: 'y', complementizer: 'que' }

/**
 * Spanish drafts: reporting verbs and "según" phrases sentence by sentence, in text order. Quotations
 * are reached through their cue («…», dijo X; X declaró: «…»; —… —afirmó X), so one scan serves all.
 */
export function findEsDrafts(ctx: Ctx): Draft[] {
  const drafts: Draft[] = []
  for (const s of ctx.sentences) {
    for (const cue of findEsCues(ctx, s)) {
      // Cues inside a quotation of several words are the quoted speaker's words, not the article's.
      if (ctx.inQuote(cue.first)) continue
      const d = cue.kind === 'according' ? accordingEs(ctx, s, cue) : reportedEs(ctx, s, cue)
      if (d) drafts.push(...continueQuote(ctx, d))
    }
  }
  return drafts.flatMap((d) => splitJoinedClauses(ctx, d, Y_QUE))
}
