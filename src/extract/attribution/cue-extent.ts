import { preCueAt } from './context.js'
import { TAKES_INFINITIVE, VERB_CUES } from './cue-lexicon.js'
import type { Ctx, Draft } from './draft.js'
import { skipOccasions } from './trimmings.js'
import { BE } from './words.js'

const PARTICLE = /^(to|about|for|on|of|against|with|out|up)$/
const MAX_GAP = 8
/** Cues whose object is the audience ("told reporters"), which is neither cue nor content. */
const TAKES_AUDIENCE = /^(tell|inform|assure|reassure|remind|notify|brief)$/

/** "referring to", "argued against"; but "vowed to fight" keeps its "to" in the content. */
const takesParticle = (lemma: string, w: string) =>
  PARTICLE.test(w) && lemma !== 'say' && lemma !== 'tell' && !(w === 'to' && TAKES_INFINITIVE.has(lemma))

/**
 * The cue as a reader sees it: the auxiliaries, negation and adverbs between speaker and verb ("has
 * also said", "did not deny"), a particle the verb takes ("referring to", "called for"), and the medium
 * when it sits between cue and content ("said in a statement that …").
 */
export function extendCue(ctx: Ctx, d: Draft): Draft {
  if (d.rule === 'according-to' || d.rule.startsWith('quote/noun')) return d
  const shown = d.cueSpan ?? d.cue
  let first = shown.first
  const floor = d.source && d.source.end <= first ? d.source.end : first
  while (first > floor && (preCueAt(ctx, first - 1) || BE.has(ctx.lower(first - 1)))) first--
  // "refused to discuss", "appeared to suggest": the infinitive marker is part of the verb group.
  if (ctx.lower(first - 1) === 'to' && !(d.source && d.source.end >= first)) first--
  let end = shown.end
  let content = d.content
  const contentToken = ctx.tokenAt(d.content.start)
  // "Replied Ana Ruiz, “…”": the speaker standing between cue and content is no part of the cue.
  const speakerBetween = d.source !== undefined && d.source.first >= end && d.source.end <= contentToken
  if (contentToken > end && !speakerBetween) {
    // "said in a statement that …", "said on Friday: …": what lies between cue and content is the cue's.
    // A phrase cue's own preposition stays out of both ("provided a figure [of] 24").
    const phraseOf = d.lemma.includes(' ') && contentToken === end + 1 && /^(of|at)$/.test(ctx.lower(end))
    if (!phraseOf && contentToken - end <= MAX_GAP && !TAKES_AUDIENCE.test(d.lemma) && gapIsTrimming(ctx, end, contentToken)) {
      end = contentToken
      while (ctx.lower(end - 1) === ',') end--
    }
  } else if (d.content.end <= ctx.tokens[first]!.start && !(d.source && d.source.first >= end)) {
    // "…, the minister said in an interview on Monday.": the occasion closing the sentence is the cue's.
    end = trailingOccasion(ctx, end)
    if (ctx.lower(end) === 'by' && BE.has(ctx.lower(first))) end++
  } else if (contentToken === end && takesParticle(d.lemma, ctx.lower(end)) && end + 1 < ctx.tokens.length) {
    end++
    content = { start: ctx.tokens[end]!.start, end: d.content.end }
    if (content.start >= content.end) return d
  }
  return first === shown.first && end === shown.end ? d : { ...d, cueSpan: { first, end }, content }
}

/** The end of a time or medium phrase ("in an interview on Monday") that closes the sentence, or `from`. */
function trailingOccasion(ctx: Ctx, from: number): number {
  const s = ctx.sentenceAt(from - 1)!
  const end = skipOccasions(ctx, s, from)
  return end > from && (end >= ctx.size || /^[.!?]$/.test(ctx.lower(end))) ? end : from
}

/** Only words and a colon: no clause, quotation, aside or other cue between cue and content. */
function gapIsTrimming(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind === 'punct' && ctx.lower(k) !== ':' && ctx.lower(k) !== ',') return false
    // "charges, officials confirmed that …": another speaker's cue; "hoped to announce that …" is one verb group.
    if (VERB_CUES.has(ctx.lower(k)) && !ctx.isCapitalized(k) && ctx.lower(k - 1) !== 'to') return false
  }
  return true
}
