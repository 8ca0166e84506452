import type { Sentence } from '../../model/annotations.js'
import { isQuoteMark, preCueAt } from './context.js'
import type { Ctx, TokenRange } from './draft.js'
import { LIKELY_CUES, NOUN_LIKE, VERB_CUES } from './cue-lexicon.js'
import { skipTrimming } from './trimmings.js'
import { BE, BREAK_PUNCT, CLAUSE_OPENER, CONNECTIVE, DETERMINER, NEGATION, NON_HEAD, PRE_CUE, PREPOSITION } from './words.js'

export interface Before {
  readonly source?: TokenRange
  readonly via?: TokenRange
  /** Token just before the speaker span (a comma, a closing quote, a clause opener), or -1 at sentence start. */
  readonly boundary: number
  /** First token of the auxiliaries and adverbs between speaker and cue ("has also"). */
  readonly auxStart: number
  readonly passive: boolean
  readonly negated: boolean
  /** Set when the speaker is the noun before ", who" or ", which": the report sits in a clause between commas. */
  readonly inRelative?: boolean
}

const MAX_SOURCE = 14
const MAX_APPOSITION = 14

const MAX_TITLE = 3

/**
 * "the Freedonian and Sylvanian governments", "Ruiz and Olsen", "Berg and defense secretary Tomas Vela": an
 * "and" between capitals (the second maybe after a title in lower case) joins speakers.
 */
function joinsSpeakers(ctx: Ctx, k: number): boolean {
  if (!ctx.isCapitalized(k - 1)) return false
  if (ctx.isCapitalized(k + 1) || DETERMINER.has(ctx.lower(k + 1))) return true
  for (let j = k + 1; j <= k + MAX_TITLE && ctx.isWord(j); j++) {
    if (ctx.isCapitalized(j)) return true
    if (CLAUSE_OPENER.has(ctx.lower(j)) || VERB_CUES.has(ctx.lower(j))) return false
  }
  return false
}

/**
 * "Mr. Ruiz", "J. Olsen", "Sen. Ana Ruiz (D-Fr.)", "the S.E.C.": a full stop after a short capitalised word
 * or after dotted initials stays in a name.
 */
export function inName(ctx: Ctx, k: number): boolean {
  if (ctx.lower(k) !== '.' || ctx.tokens[k - 1]?.end !== ctx.tokens[k]!.start || !ctx.isCapitalized(k - 1)) return false
  return ctx.lower(k - 1).length <= 4 || DOTTED_INITIALS.test(ctx.word(k - 1))
}

const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u

/** Walks back from `from` (inclusive) to the start of its noun phrase; returns the boundary token. */
export function walkBack(ctx: Ctx, s: Sentence, from: number): number {
  let k = from
  let joined = false
  for (; k >= s.firstToken; k--) {
    const w = ctx.lower(k)
    // "Ruiz, Olsen and Lopez": after an "and" that joins speakers, a comma before another name continues the list.
    if (w === ',' && joined) {
      const item = nameBefore(ctx, s, k - 1)
      // The first name may carry a title in lower case ("secretary of state Ana Ruiz, Berg and …").
      if (item < k - 1 && (item < s.firstToken || ctx.lower(item) === ',' || !ctx.isPunct(item))) { k = item + 1; continue }
    }
    if (w === ')') {
      // A short parenthesis inside a name ("Rep. Ana Ruiz (D-Fr.)") is skipped whole.
      let open = k - 1
      while (open >= s.firstToken && open > k - 8 && ctx.lower(open) !== '(') open--
      if (ctx.lower(open) === '(' && open > s.firstToken) { k = open; continue }
      break
    }
    if (ctx.tokens[k]!.kind === 'punct' && BREAK_PUNCT.has(w) && !inName(ctx, k)) break
    if (CLAUSE_OPENER.has(w) || ((VERB_CUES.has(w) || LIKELY_CUES.has(w)) && !NOUN_LIKE.has(w) && !ctx.isCapitalized(k))) break
    if (w === 'and') {
      if (!joinsSpeakers(ctx, k)) break
      joined = true
    }
  }
  return k
}

/** The token before a run of capitalised words ending at `from` that does not open on a preposition. */
function nameBefore(ctx: Ctx, s: Sentence, from: number): number {
  let k = from
  while (k >= s.firstToken && (ctx.isCapitalized(k) || inName(ctx, k))) k--
  return PREPOSITION.has(ctx.lower(k + 1)) ? from : k
}

/**
 * Drops connectives, a fronted phrase ("On Monday the ministry") and the object of a relative clause
 * without "that" ("a charge the ministry rejected", "the 12 it reported") from the start of a speaker span.
 */
export function trimLeading(ctx: Ctx, first: number, end: number): number {
  while (first < end && CONNECTIVE.has(ctx.lower(first))) first++
  if (first < end && PREPOSITION.has(ctx.lower(first))) {
    for (let k = end - 1; k > first; k--) {
      if (DETERMINER.has(ctx.lower(k)) || isPronounAt(ctx, k)) return k
    }
  }
  for (let k = first + 1; k < end; k++) {
    const w = ctx.lower(k)
    if ((ARTICLE.has(w) && k > first + 1 && bareNounAt(ctx, k - 1)) || (SUBJECT_PRONOUN.has(w) && (bareNounAt(ctx, k - 1) || ctx.tokens[k - 1]!.kind === 'number'))) return k
  }
  return first
}

const ARTICLE = new Set(['the', 'a', 'an'])
const SUBJECT_PRONOUN = new Set(['he', 'she', 'it', 'they', 'we', 'i'])

/** A lower-case word that can end a noun phrase: not a determiner, preposition, connective or number. */
function bareNounAt(ctx: Ctx, k: number): boolean {
  const w = ctx.lower(k)
  return ctx.tokens[k]!.kind === 'word' && !ctx.isCapitalized(k) && !DETERMINER.has(w) && !PREPOSITION.has(w)
    && !CONNECTIVE.has(w) && !NON_HEAD.has(w) && !PRE_CUE.has(w) && !BE.has(w) && !/^(or|nor|and|of|like|than|as)$/.test(w)
}

const isPronounAt = (ctx: Ctx, k: number) => /^(he|she|they|we|i|it)$/.test(ctx.lower(k))

/** A speaker span must end on a noun-like word and stay short. */
export function plausibleSource(ctx: Ctx, r: TokenRange): boolean {
  if (r.end <= r.first || r.end - r.first > MAX_SOURCE) return false
  const last = ctx.tokens[r.end - 1]!
  if (last.kind === 'punct' && ctx.lower(r.end - 1) !== ')' && !inName(ctx, r.end - 1)) return false
  return !NON_HEAD.has(ctx.lower(r.end - 1))
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
const TIME_LEAD = /^(on|late|early|last)$/

/** Drops sentence adverbs and a day from the end of a speaker span: "Ruiz, meanwhile,", "Ruiz on Tuesday". */
function trimTrailing(ctx: Ctx, first: number, end: number): number {
  for (;;) {
    const w = ctx.lower(end - 1)
    if (end - 1 > first && (w === ',' || CONNECTIVE.has(w))) end--
    else if (end - 2 > first && WEEKDAY.test(w) && TIME_LEAD.test(ctx.lower(end - 2))) end -= 2
    else return end
  }
}

const adverbsBetween = (ctx: Ctx, from: number, to: number) => {
  for (let k = from; k < to; k++) if (!preCueAt(ctx, k) || /^(has|have|had)$/.test(ctx.lower(k))) return false
  return true
}

/** The speaker before a cue: "the ministry (has also) denied", with appositives and "citing" chains. */
export function sourceBefore(ctx: Ctx, s: Sentence, cueFirst: number, participle: boolean): Before {
  let j = cueFirst - 1
  let negated = false
  let passive = false
  while (j >= s.firstToken && (preCueAt(ctx, j) || BE.has(ctx.lower(j)))) {
    if (NEGATION.has(ctx.lower(j)) || /n[’']t$/.test(ctx.lower(j))) negated = true
    // "was reported", "is also expected": a form of "be" with only adverbs before the participle.
    if (BE.has(ctx.lower(j)) && participle && adverbsBetween(ctx, j + 1, cueFirst)) passive = true
    j--
  }
  const auxStart = j + 1
  const boundary = walkBack(ctx, s, j)
  const first = trimLeading(ctx, boundary + 1, auxStart)
  const base = { boundary: boundary < s.firstToken ? -1 : boundary, auxStart, passive, negated }
  // "A diplomat who attended the talks said …": the noun the restrictive clause describes speaks, clause and all.
  if (first < auxStart && ctx.lower(boundary) === 'who' && boundary > s.firstToken && ctx.lower(boundary - 1) !== ',') {
    const np = trimLeading(ctx, walkBack(ctx, s, boundary - 1) + 1, boundary)
    const source = { first: np, end: auxStart }
    if (np < boundary && plausibleSource(ctx, source)) return { ...base, boundary: np - 1 < s.firstToken ? -1 : np - 1, source }
  }
  if (first < auxStart) {
    const source = { first, end: trimTrailing(ctx, first, auxStart) }
    return plausibleSource(ctx, source) ? { ...base, source } : base
  }
  if (ctx.lower(boundary) === ',' && boundary === auxStart - 1) return { ...base, ...appositive(ctx, s, boundary) }
  // "The paper, quoting ``senior sources,'' said": the cited words close on a quote mark after their comma.
  if (isQuoteMark(ctx, boundary) && ctx.lower(boundary - 1) === ',' && boundary === auxStart - 1) {
    const relay = appositive(ctx, s, boundary - 1)
    if (relay.source && relay.via) return { ...base, ...relay, source: { ...relay.source, end: boundary + 1 } }
  }
  if (/^(who|that|which)$/.test(ctx.lower(boundary)) && boundary === auxStart - 1) {
    // "an architect who said …", "the army, which had said …": the relative pronoun's noun phrase speaks.
    const comma = ctx.lower(boundary - 1) === ','
    const end = comma ? boundary - 1 : boundary
    const first = trimLeading(ctx, walkBack(ctx, s, end - 1) + 1, end)
    const source = { first, end }
    if (plausibleSource(ctx, source)) return { ...base, source, ...(comma ? { inRelative: true } : {}) }
  }
  return base
}

/**
 * "Ana Ruiz, the ministry's spokeswoman, said" → the whole apposition is the speaker;
 * "state TV, citing the ministry, said" → the ministry, via state TV.
 */
function appositive(ctx: Ctx, s: Sentence, comma: number): Partial<Before> {
  // The apposition may itself hold a clause ("Officials, who spoke on condition of anonymity, said").
  let aStart = comma - 1
  while (aStart > s.firstToken && ctx.lower(aStart) !== ',') aStart--
  if (ctx.lower(aStart) !== ',' || aStart >= comma - 1) return {}
  // A relative clause may run longer than a description, to any length ("Ana Ruiz, who lives in the flat
  // at 12 Elm Ave., said"); the speaker is then the name it describes.
  const long = comma - aStart > MAX_APPOSITION
  // A description opening on an article may run long too ("Tom Berg, an adviser to … and a professor at …,").
  const description = ARTICLE.has(ctx.lower(aStart + 1))
  if (long && !description && !/^(who|whose|which)$/.test(ctx.lower(aStart + 1))) return {}
  const nBoundary = walkBack(ctx, s, aStart - 1)
  const nFirst = trimLeading(ctx, nBoundary + 1, aStart)
  if (nFirst >= aStart) return {}
  const head = { first: nFirst, end: aStart }
  if (!plausibleSource(ctx, head)) return {}
  const link = ctx.lower(aStart + 1)
  if (link === 'citing' || link === 'quoting') {
    return { source: { first: nFirst, end: comma }, via: head, boundary: nBoundary < s.firstToken ? -1 : nBoundary }
  }
  // "Trump, speaking in Ohio, said", "Ruiz, at the rally, said", "Ruiz, like Berg, said": a phrase set off
  // there that is no noun phrase is an aside of the clause, not a description; the name alone speaks.
  // "of Lund" (where from) and "including the unions" (who belongs) still describe it.
  const aside = (long && !description) || link === 'like' || (PREPOSITION.has(link) && link !== 'of')
    || (/^[a-z]+ing$/.test(link) && link !== 'including' && !DETERMINER.has(link))
  const end = aside ? aStart : trimTrailing(ctx, nFirst, comma)
  return { source: { first: nFirst, end }, boundary: nBoundary < s.firstToken ? -1 : nBoundary }
}

const RELATIVE = /^(who|whose|whom|which|that)$/
const MAX_PARENTHESIS = 8
/** Prepositions that open a phrase of a description: "an aide to", "a fellow at", "an expert on". */
const DESCRIBES = /^(at|in|on|to|for|from|with)$/

/** The ")" closing the parenthesis opened at `open` within a few tokens, or -1. */
function closingParenthesis(ctx: Ctx, s: Sentence, open: number): number {
  for (let k = open + 1; k < Math.min(s.endToken, open + MAX_PARENTHESIS); k++) {
    if (ctx.lower(k) === ')') return k
    if (ctx.lower(k) === '(') return -1
  }
  return -1
}

/** The speaker after an inverted cue: "…, said Ana Ruiz, a ministry spokeswoman." */
export function sourceAfter(ctx: Ctx, s: Sentence, from: number, maxCommas = 1): TokenRange | undefined {
  let end = from
  let commas = 0
  let firstComma = -1
  let relative = -1
  for (; end < s.endToken; end++) {
    const w = ctx.lower(end)
    // "…, said Ana Ruiz, a lawyer (,) who represents the city.": a relative clause describes the speaker
    // to the end of the sentence; the words before it must still make a speaker.
    if ((commas > 0 && RELATIVE.test(w)) || (w === ',' && RELATIVE.test(ctx.lower(end + 1)))) { relative = end; end = s.endToken; break }
    if (w === ',') {
      if (firstComma < 0) firstComma = end
      // One apposition is kept ("Ana Ruiz, a spokeswoman"); a second comma or a clause ends the speaker.
      // "…, according to officials, and trucks waited": a coordinated clause ends it too.
      if (commas++ >= maxCommas || CLAUSE_OPENER.has(ctx.lower(end + 1)) || /^and$|ing$/.test(ctx.lower(end + 1))) break
      continue
    }
    // A short parenthesis after a name stays in it ("said Rep. Ana Ruiz (D-Fr.), head of …").
    if (w === '(') {
      const close = closingParenthesis(ctx, s, end)
      if (close > end) { end = close; continue }
    }
    if (ctx.tokens[end]!.kind === 'punct' && BREAK_PUNCT.has(w) && !inName(ctx, end)) break
    // Inside an apposition a phrase continues the description ("a professor at Valdora University", "an
    // expert on trade", "an aide to the mayor") unless it is the occasion ("in an interview", "on Monday").
    if (commas > 0 && DESCRIBES.test(w) && ctx.lower(end - 1) !== ',' && skipTrimming(ctx, s, end) === end) continue
    if (CLAUSE_OPENER.has(w) || PRE_CUE.has(w) || BE.has(w) || (end > from && /^(in|on|during|after|before|at|to|last|yesterday|today|when)$/.test(w) && !ctx.isCapitalized(end))) break
  }
  while (end > from && ctx.lower(end - 1) === ',') end--
  // "…, said Bush.": a short name before the final stop is no abbreviation.
  if (end === s.endToken && end > from + 1 && /^[.!?]$/.test(ctx.lower(end - 1))) end--
  // The name before an apposition or a relative clause must make a speaker; the description may run long.
  const nameEnd = Math.min(...[end, relative, firstComma].filter((k) => k > from))
  return plausibleSource(ctx, { first: from, end: nameEnd }) ? { first: from, end } : undefined
}
