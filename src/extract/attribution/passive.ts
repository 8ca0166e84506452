import type { Sentence } from '../../model/annotations.js'
import { PASSIVE_CUES } from '../../lexicon/en/reporting-cues.js'
import { contentAfter } from './content-span.js'
import type { Cue } from './cues.js'
import type { Ctx, Draft } from './draft.js'

const PASSIVE = new Set<string>(PASSIVE_CUES)

/**
 * An agentless passive report: "It was reported that …", "The senator is expected to resign",
 * "the talks are believed to have failed". The cue is the verb group; there is no source.
 * A passive with its agent ("was told by X") is not this rule's.
 */
export function passiveReport(ctx: Ctx, s: Sentence, cue: Cue, auxStart: number): Draft | undefined {
  if (!PASSIVE.has(cue.lemma) || cue.form !== 'past') return undefined
  const next = ctx.lower(cue.end)
  const infinitive = next === 'to' && ctx.tokens[cue.end + 1]?.kind === 'word' && !/^[A-Z]/.test(ctx.text[ctx.tokens[cue.end + 1]!.start]!)
  if (!infinitive && next !== 'that' && next !== ':') return undefined
  const content = contentAfter(ctx, s, cue.end, cue.lemma)
  if (!content || content.end <= content.start) return undefined
  return {
    rule: 'reported/passive', cue: { first: cue.first, end: cue.end }, cueSpan: { first: auxStart, end: cue.end },
    content: { start: content.start, end: content.end }, mode: 'indirect', lemma: cue.lemma, denial: cue.denial,
  }
}
