import type { Sentence } from '../../model/annotations.js'
import { clip, contentBefore } from './content-span.js'
import { preCueAt } from './context.js'
import type { Cue } from './cues.js'
import type { Ctx, Draft } from './draft.js'
import { modeOf } from './reported-speech.js'
import { plausibleSource } from './source-span.js'
import { BE, DETERMINER } from './words.js'

/** Nouns that name a claim in apposition to the clause before them ("…, a charge the ministry denied"). */
const CLAIM_NOUN = /^(charge|claim|accusation|allegation|assertion|report|rumou?r|version|account|figure|view)$/
const MAX_SOURCE = 6
/** Reports whose whole clause, accused and act together, is the claim ("X accused Y of Z, a charge …"). */
const ACCUSING = /^(accuse|blame|charge|condemn|denounce)$/

/** The token before the auxiliaries and adverbs in front of the cue ("had at first denied"). */
function beforeAuxiliaries(ctx: Ctx, s: Sentence, cueFirst: number): number {
  let j = cueFirst - 1
  for (;;) {
    if (j > s.firstToken && ctx.lower(j) === 'first' && ctx.lower(j - 1) === 'at') j -= 2
    else if (j >= s.firstToken && (preCueAt(ctx, j) || BE.has(ctx.lower(j)))) j--
    else return j
  }
}

/**
 * "Troops crossed the river, a charge the ministry had at first denied.": a claim noun in apposition
 * to a clause, then a relative clause without "that" whose subject reports it. The clause before the
 * comma is the content (or, when it reports, what it reports); the relative clause's subject speaks.
 */
export function relativeClaim(ctx: Ctx, s: Sentence, cue: Cue, previous?: Draft): Draft | undefined {
  const closes = cue.end >= s.endToken || /^[.;,!?]$/.test(ctx.lower(cue.end))
  if (!closes || cue.form !== 'past') return undefined
  const sourceEnd = beforeAuxiliaries(ctx, s, cue.first) + 1
  for (let noun = sourceEnd - 2; noun >= Math.max(s.firstToken + 2, sourceEnd - 1 - MAX_SOURCE); noun--) {
    if (!CLAIM_NOUN.test(ctx.lower(noun))) continue
    const det = noun - 1
    if (!DETERMINER.has(ctx.lower(det)) || ctx.lower(det - 1) !== ',') return undefined
    const relative = /^(that|which)$/.test(ctx.lower(noun + 1))
    const source = { first: relative ? noun + 2 : noun + 1, end: sourceEnd }
    if (!plausibleSource(ctx, source)) return undefined
    const before = contentBefore(ctx, s, det - 1)
    if (!before) return undefined
    // "X said (that) Y, a claim Z denied": Z denies the clause X reported, not that X said it; "X accused
    // Y of Z, a charge …" keeps the accusation whole.
    const clause = previous && !ACCUSING.test(previous.lemma)
    const reported = clause && ctx.tokens[previous.cue.first]!.start >= before.start && previous.content.start < before.end
    const content = reported ? { ...before, ...clip(ctx, previous.content.start, before.end) } : before
    return {
      rule: 'reported/relative-claim', cue: { first: cue.first, end: cue.end }, source, content: { start: content.start, end: content.end },
      mode: modeOf(ctx, content), lemma: cue.lemma, denial: cue.denial,
    }
  }
  return undefined
}
