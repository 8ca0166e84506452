import type { Sentence } from '../../model/annotations.js'
import { afterDateline } from '../segment/dateline.js'
import { VERB_CUES } from './cue-lexicon.js'
import type { Ctx, TokenRange } from './draft.js'
import { inName, plausibleSource } from './source-span.js'
import { BE, CLAUSE_OPENER, CONNECTIVE, DETERMINER, PRE_CUE, PREPOSITION, PRONOUN } from './words.js'

const MAX_NAME = 6
const FRONTED = 10
const FRONT_OPENER = /^(on|in|at|after|before|during|for|with|despite|amid|following|when|while|since|as|speaking|earlier|later|last|this)$/
const PARTICLE_OF_NAME = /^(of|the|de|van|von|al|bin|la|le|du|da|jr|sr)$/
const ARTICLE = /^(the|a|an)$/
const MAX_HEAD_WORDS = 3

/**
 * After "The Sarvenian …", the lower-case nouns that end the phrase ("army", "defence ministry"): a word
 * is a verb instead when it is a cue, an auxiliary, ends in -ed or takes an object right after it.
 */
function headEnd(ctx: Ctx, from: number, before: number): number {
  let j = from
  while (j < before && j - from < MAX_HEAD_WORDS && ctx.tokens[j]!.kind === 'word' && !ctx.isCapitalized(j)) {
    const w = ctx.lower(j)
    if (VERB_CUES.has(w) || BE.has(w) || PRE_CUE.has(w) || CLAUSE_OPENER.has(w) || PREPOSITION.has(w) || w.endsWith('ed')) break
    const next = ctx.lower(j + 1)
    if (DETERMINER.has(next) || PRONOUN.has(next) || ctx.tokens[j + 1]?.kind === 'number') break
    j++
  }
  return j
}

/**
 * The subject of a sentence's main clause, for a second cue that shares it ("Ruiz toured the camp and
 * said …", "…, saying …"): a personal pronoun or a run of capitalised words right before a lower-case
 * word, after connectives and a fronted phrase closed by a comma. Nothing when it is not that plain.
 */
export function sentenceSubject(ctx: Ctx, s: Sentence, before: number): TokenRange | undefined {
  // A wire dateline ("TIEL, May 4 (Wire) - ") is where the story was filed, not who speaks.
  let k = Math.max(s.firstToken, ctx.tokenAt(afterDateline(ctx.text, ctx.tokens[s.firstToken]!.start)))
  while (k < before && CONNECTIVE.has(ctx.lower(k))) k++
  // "On Monday, Ruiz …", "In a speech in Valdora, she …", "Posing for photographers, Ruiz …": skip a
  // short fronted phrase up to its comma.
  if (FRONT_OPENER.test(ctx.lower(k)) || /^[a-z]+ing$/.test(ctx.lower(k))) {
    let c = k
    while (c < Math.min(before, k + FRONTED) && ctx.lower(c) !== ',') c++
    if (ctx.lower(c) !== ',') return undefined
    k = c + 1
  }
  return subjectAt(ctx, k, before)
}

const SUBORDINATOR = /^(when|after|as|because|while|since|before|until)$/

/**
 * "The showdown took a turn when Ruiz called him a liar and said …": the subject of the subordinate clause
 * the cue is joined to, when no comma closed that clause first.
 */
export function clauseSubject(ctx: Ctx, s: Sentence, before: number): TokenRange | undefined {
  for (let k = before - 1; k > s.firstToken; k--) {
    const w = ctx.lower(k)
    if (w === ',' || w === ';' || ctx.quoteOf(k) >= 0) return undefined
    if (SUBORDINATOR.test(w)) return subjectAt(ctx, k + 1, before)
  }
  return undefined
}

/** A personal pronoun or a run of capitalised words (with its head noun) at `k`, before a lower-case word. */
function subjectAt(ctx: Ctx, k: number, before: number): TokenRange | undefined {
  if (k >= before) return undefined
  // A word inside a quotation is the quoted speaker's, never the sentence's subject.
  if (ctx.quoteOf(k) >= 0) return undefined
  if (PRONOUN.has(ctx.lower(k)) && ctx.lower(k) !== 'it' && ctx.lower(k) !== 'you') return { first: k, end: k + 1 }
  let end = k
  while (end < before && end - k < MAX_NAME && (ctx.isCapitalized(end) || inName(ctx, end) || (end > k && PARTICLE_OF_NAME.test(ctx.lower(end))))) end++
  if (end === k || end >= before || ctx.tokens[end]!.kind !== 'word' || ctx.isCapitalized(end)) return undefined
  if (ARTICLE.test(ctx.lower(k))) end = headEnd(ctx, end, before)
  // "The party daily Granma": a name right after the head noun is the same phrase.
  while (end < before && end - k < MAX_NAME + MAX_HEAD_WORDS && ctx.isCapitalized(end)) end++
  const r = { first: k, end }
  return plausibleSource(ctx, r) ? r : undefined
}
