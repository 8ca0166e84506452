import type { Sentence } from '../../model/annotations.js'
import { NON_CUE_PREDECESSORS } from '../../lexicon/en/reporting-cues.js'
import { DENIAL_PHRASES, LIKELY_CUES, NOUN_LIKE, phraseForm, TRIGGERS, VERB_CUES, type CueForm } from './cue-lexicon.js'
import { isQuoteMark } from './context.js'
import type { Ctx } from './draft.js'
import { BE, DETERMINER, PREPOSITION, PRONOUN } from './words.js'

export interface Cue {
  readonly first: number
  readonly end: number
  readonly kind: 'verb' | 'phrase' | 'according'
  readonly lemma: string
  readonly form: CueForm
  readonly denial: boolean
  readonly weak: boolean
}

const notAfter = new Set<string>(NON_CUE_PREDECESSORS)
const QUANTIFIER = new Set(['some', 'many', 'several', 'few', 'more', 'most', 'no', 'any', 'much', 'such', 'other'])
const NUMBER_WORD = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$/

/** A lower-case content word: not a determiner, pronoun, preposition, "that" or punctuation. */
function bareNounNext(ctx: Ctx, k: number): boolean {
  const w = ctx.lower(k)
  return ctx.tokens[k]?.kind === 'word' && !ctx.isCapitalized(k) && w !== 'that' && !PREPOSITION.has(w) && !DETERMINER.has(w) && !PRONOUN.has(w)
}

/** Cheap scan of one sentence for reporting verbs and multi-word cues, in text order. */
export function findCues(ctx: Ctx, s: Sentence): Cue[] {
  const cues: Cue[] = []
  for (let i = s.firstToken; i < s.endToken; i++) {
    const w = ctx.lower(i)
    // Most tokens start no cue: one lookup rules them out.
    const trigger = TRIGGERS.get(w)
    if (!trigger) continue
    const phrase = trigger.phrases && matchPhrase(ctx, trigger.phrases, i, s.endToken)
    if (phrase) {
      const lemma = phrase.join(' ')
      const denial = DENIAL_PHRASES.has(lemma)
      // Only a denial phrase is inflected; the others keep the form the statement time has always read.
      const form = denial ? phraseForm(w) : 'past'
      cues.push({ first: i, end: i + phrase.length, kind: lemma === 'according to' ? 'according' : 'phrase', lemma, form, denial, weak: false })
      i += phrase.length - 1
      continue
    }
    const particle = trigger.particle
    if (particle && particle.particles.includes(ctx.lower(i + 1)) && !ctx.isCapitalized(i + 1) && (particle.form !== 'ing' || ctx.lower(i - 1) === ',')) {
      cues.push({ first: i, end: i + 2, kind: 'phrase', lemma: `${particle.lemma} ${ctx.lower(i + 1)}`, form: particle.form, denial: false, weak: false })
      i++
      continue
    }
    const verb = trigger.verb
    if (!verb || ctx.tokens[i]!.kind !== 'word') continue
    const prev = i > s.firstToken ? ctx.lower(i - 1) : ''
    // "the said document", "a report", "Trump’s remarks": a determiner or possessive makes it a noun.
    if (notAfter.has(prev) || /[’']s$/.test(prev)) continue
    // "some pointed advice", "three suspected depots": a past form between a quantifier or number and a noun modifies it.
    const counted = QUANTIFIER.has(prev) || ctx.tokens[i - 1]?.kind === 'number' || NUMBER_WORD.test(prev)
    if (counted && verb.form === 'past' && bareNounNext(ctx, i + 1)) continue
    // "the new charges", "his harsh remarks": a noun-like form after a determiner and an adjective is a noun.
    if (NOUN_LIKE.has(w) && i - 2 >= s.firstToken && notAfter.has(ctx.lower(i - 2)) && bareNounNext(ctx, i - 1)) continue
    // "the United States", "the Sunshine State": a capital inside the sentence is a name, not a verb.
    if (i > s.firstToken && ctx.isCapitalized(i) && !isQuoteMark(ctx, i - 1)) continue
    // A bare participle ("worth noting", "after saying") reports only as a clause hung on a comma or after "be".
    if (verb.form === 'ing' && i > s.firstToken && prev !== ',' && !BE.has(prev) && !(PREPOSITION.has(prev) && LIKELY_CUES.has(w))) continue
    // "That said, …" is a connective, not a report.
    if (prev === 'that' && i - 1 === s.firstToken && ctx.lower(i + 1) === ',') continue
    // "State TV, citing the ministry, said": the citing link is part of the speaker, not a cue of its own.
    if ((verb.lemma === 'cite' || w === 'quoting') && prev === ',' && chainLink(ctx, i, s.endToken)) continue
    // "…, state TV said, citing the ministry.": the link closes a report, it is not one.
    if ((w === 'citing' || w === 'quoting') && prev === ',' && VERB_CUES.has(ctx.lower(i - 2))) continue
    // "…, quoted by state TV": a relay link after a speaker, not a report of its own.
    if ((verb.lemma === 'quote' || verb.lemma === 'cite') && verb.form === 'past' && prev === ',' && ctx.lower(i + 1) === 'by') continue
    cues.push({ first: i, end: i + 1, kind: 'verb', lemma: verb.lemma, form: verb.form, denial: verb.denial, weak: verb.weak })
  }
  return cues
}

function matchPhrase(ctx: Ctx, candidates: readonly (readonly string[])[], i: number, end: number): readonly string[] | undefined {
  for (const p of candidates) {
    if (i + p.length > end) continue
    let k = 1
    while (k < p.length && ctx.lower(i + k) === p[k]) k++
    if (k === p.length) return p
  }
  return undefined
}

/** Whether ", citing X," is followed by a reporting verb (so it is a chain link inside the speaker). */
function chainLink(ctx: Ctx, i: number, end: number): boolean {
  for (let k = i + 1; k < Math.min(end, i + 12); k++) {
    if (ctx.lower(k) === ',') return VERB_CUES.has(ctx.lower(k + 1)) || VERB_CUES.has(ctx.lower(k + 2))
  }
  return false
}
