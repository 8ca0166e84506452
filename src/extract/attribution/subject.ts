import type { Sentence } from '../../model/annotations.js'
import { isCapitalized } from './context.js'
import type { Ctx, TokenRange } from './draft.js'
import { inName, plausibleSource } from './source-span.js'
import { CONNECTIVE, PRONOUN } from './words.js'

const MAX_NAME = 6
const FRONTED = 10
const FRONT_OPENER = /^(on|in|at|after|before|during|for|with|despite|amid|following|when|while|since|as|speaking|earlier|later|last|this)$/
const PARTICLE_OF_NAME = /^(of|the|de|van|von|al|bin|la|le|du|da|jr|sr)$/

/**
 * The subject of a sentence's main clause, for a second cue that shares it ("Ruiz toured the camp and
 * said …", "…, saying …"): a personal pronoun or a run of capitalised words right before a lower-case
 * word, after connectives and a fronted phrase closed by a comma. Nothing when it is not that plain.
 */
export function sentenceSubject(ctx: Ctx, s: Sentence, before: number): TokenRange | undefined {
  let k = s.firstToken
  while (k < before && CONNECTIVE.has(ctx.words[k]!)) k++
  // "On Monday, Ruiz …", "In a speech in Valdora, she …": skip a short fronted phrase up to its comma.
  if (FRONT_OPENER.test(ctx.words[k] ?? '')) {
    let c = k
    while (c < Math.min(before, k + FRONTED) && ctx.words[c] !== ',') c++
    if (ctx.words[c] === ',') k = c + 1
  }
  if (k >= before) return undefined
  if (PRONOUN.has(ctx.words[k]!) && ctx.words[k] !== 'it' && ctx.words[k] !== 'you') return { first: k, end: k + 1 }
  let end = k
  while (end < before && end - k < MAX_NAME && (isCapitalized(ctx, end) || inName(ctx, end) || (end > k && PARTICLE_OF_NAME.test(ctx.words[end]!)))) end++
  if (end === k || end >= before || ctx.tokens[end]!.kind !== 'word' || isCapitalized(ctx, end)) return undefined
  const r = { first: k, end }
  return plausibleSource(ctx, r) ? r : undefined
}
