import type { Quote, Sentence } from '../../model/annotations.js'
import { afterDateline } from '../segment/dateline.js'
import { isQuoteMark, nextQuote } from './context.js'
import type { Ctx } from './draft.js'
import { TAKES_AS, TAKES_INFINITIVE, VERB_CUES } from './cue-lexicon.js'
import { clauseStartsAt, skipSetting } from './trimmings.js'
import { DASHES, DETERMINER, PREPOSITION, PRONOUN } from './words.js'

export interface Content {
  readonly start: number
  readonly end: number
  /** Set when the content is exactly one quotation. */
  readonly quote?: Quote
  /** Set when a "that" introduced it, which makes weak cues count. */
  readonly complement: boolean
}

const LOOKAHEAD_FOR_THAT = 8
const TRAILING = '.,;:!?'
/** Objects of "told", "assured", "informed" skipped before a bare clause ("told reporters the war was over"). */
const AUDIENCE = /^(reporters|journalists|officials|diplomats|delegates|investors|residents|lawmakers|supporters|parliament|congress|senators|voters|crowd|audience|press|media|listeners|viewers|members|me|us|him|them|you)$/
/** A determiner opens the audience only when an audience noun or a name follows it ("told the press", not "told the cranes …"). */
const AUDIENCE_DETERMINER = /^(the|a|an|his|her|their|its)$/
const TAKES_OBJECT = /^(tell|inform|assure|reassure|remind|notify|brief|warn|caution|advise)$/
const COMPLEMENT_WINDOW = 6
/** Nouns that take a that-clause ("rejected the idea that …", "denied reports that …"). */
const COMPLEMENT_NOUN = /^(idea|ideas|claim|claims|report|reports|notion|suggestion|suggestions|allegation|allegations|accusation|accusations|rumor|rumors|rumour|rumours|speculation|charge|charges|assertion|assertions|view|belief|fact|possibility|impression|argument|theory|fears|concerns)$/

/** Finds a quote that starts at character `at` (after optional white space). */
export function quoteStartingAt(ctx: Ctx, at: number): Quote | undefined {
  return ctx.quoteAt.get(at) ?? ctx.quoteAt.get(at + 1) ?? ctx.quoteAt.get(at + 2)
}

/** A quotation as content: the marks belong to it (the Citron / PARC convention); an open one ends before its trailing space. */
export function quoteContent(ctx: Ctx, q: Quote): { start: number; end: number } {
  return q.open ? clip(ctx, q.span.start, q.span.end) : { start: q.span.start, end: q.span.end }
}

/** Trims white space and trailing punctuation; a closing quote mark is kept with its quote. */
export function clip(ctx: Ctx, start: number, end: number): { start: number; end: number } {
  const t = ctx.text
  while (start < end && /\s/.test(t[start]!)) start++
  while (end > start && (/\s/.test(t[end - 1]!) || TRAILING.includes(t[end - 1]!))) end--
  return { start, end }
}

/** The token after the audience of "told", "assured" ("told reporters", "told the press"), or `from` when none. */
export function afterAudience(ctx: Ctx, s: Sentence, from: number, lemma: string): number {
  if (!TAKES_OBJECT.test(lemma)) return from
  const audienceAt = (k: number) => AUDIENCE.test(ctx.lower(k)) || ctx.isCapitalized(k)
  const opensAudience = (k: number) => AUDIENCE_DETERMINER.test(ctx.lower(k)) && audienceAt(k + 1)
  // "told the U.S. Senate …": an abbreviation's last period, glued to it, is part of the audience.
  const abbreviationEnd = (k: number) => k > from && ctx.lower(k) === '.' && ctx.tokens[k]!.start === ctx.tokens[k - 1]!.end && ctx.lower(k - 1).includes('.')
  let i = from
  for (let words = 0; i < s.endToken && words < 4; i++) {
    if (abbreviationEnd(i)) continue
    if (!audienceAt(i) && !opensAudience(i)) break
    words++
  }
  return i
}

const MAX_SETTING = 12

/**
 * "said of the harbour: “…”", "said from her home in Tarn: “…”": a phrase on what or where, a colon, then a
 * quotation closing the sentence, which is the whole content.
 */
function quoteAfterSetting(ctx: Ctx, s: Sentence, from: number): Content | undefined {
  // "declined to discuss details, but said: “…”": an infinitive is content of its own.
  if (!PREPOSITION.has(ctx.lower(from)) || ctx.lower(from) === 'to') return undefined
  for (let k = from + 1; k < Math.min(s.endToken, from + MAX_SETTING); k++) {
    const w = ctx.lower(k)
    if (w === ':') {
      const q = quoteStartingAt(ctx, ctx.tokens[k]!.end)
      return q && !nextWordAfter(ctx, s, q.span.end) ? { ...quoteContent(ctx, q), quote: q, complement: true } : undefined
    }
    if (isQuoteMark(ctx, k) || /^(that|and|but|;|[.!?])$/.test(w)) return undefined
  }
  return undefined
}

/** The reported clause after a cue: "denied [that] X", "told reporters X", "said: “X”". */
export function contentAfter(ctx: Ctx, s: Sentence, cueEnd: number, lemma: string): Content | undefined {
  const quoted = quoteAfterSetting(ctx, s, cueEnd)
  if (quoted) return quoted
  let i = cueEnd
  let complement = false
  for (let k = i; k < Math.min(s.endToken, i + LOOKAHEAD_FOR_THAT); k++) {
    const w = ctx.lower(k)
    // The complementizer belongs to the content ("denied [that troops were there]"), as in PARC.
    if (w === 'that') { i = k; complement = true; break }
    if (w === ':' || w === ';' || w === '.' || isQuoteMark(ctx, k) || (w === ',' && k > i)) break
    // "says [his campaign is the only one] that …": a noun phrase outside a prepositional phrase opens the clause.
    if ((PRONOUN.has(w) || DETERMINER.has(w)) && !PREPOSITION.has(ctx.lower(k - 1)) && !TAKES_OBJECT.test(lemma) && !COMPLEMENT_NOUN.test(ctx.lower(k + 1))) break
  }
  if (!complement) {
    if (ctx.lower(i) === ':' || ctx.lower(i) === ',') i++
    // "provided a figure of 24", "complained about the patrols": the preposition belongs to neither.
    else if ((lemma.includes(' ') && /^(of|at)$/.test(ctx.lower(i))) || ctx.lower(i) === 'about') i++
    else {
      const audience = afterAudience(ctx, s, i, lemma)
      // "told reporters in Lund on Monday": an occasion after the audience opens no content; a clause past it does.
      const past = skipSetting(ctx, s, audience)
      if (past > audience && (past >= s.endToken || /^[.!?]$/.test(ctx.lower(past)))) return undefined
      i = past > audience && clauseStartsAt(ctx, s, past) ? past : audience
    }
  }
  if (i >= s.endToken) return undefined
  complement ||= objectComplement(ctx, s, i, lemma)
  const start = ctx.tokens[i]!.start
  const quote = quoteStartingAt(ctx, start)
  if (quote && quote.span.start === start) {
    const afterQuote = nextWordAfter(ctx, s, quote.span.end)
    if (!afterQuote) return { ...quoteContent(ctx, quote), quote, complement: true }
  }
  return { ...clip(ctx, start, throughQuotes(ctx, start, clauseEnd(ctx, s, i))), complement: complement || Boolean(quote) || ctx.lower(i - 1) === ':' }
}

/**
 * A quotation opened inside reported speech is the speaker's words to its close, though it runs on past
 * the sentence ("described the plan as “a gamble. Nobody has costed it.”"): the content ends no earlier.
 */
function throughQuotes(ctx: Ctx, start: number, end: number): number {
  let last = end
  for (let q = nextQuote(ctx, start); q && q.span.start < end; q = nextQuote(ctx, q.span.end)) {
    last = Math.max(last, quoteContent(ctx, q).end)
  }
  return last
}

/**
 * Content that a weak cue still reports: an infinitive ("hopes to win", "urged voters to stay"), a
 * quotation ("called the plan “a fraud”") or an "as" phrase ("described the plan as a fraud") near its start.
 */
function objectComplement(ctx: Ctx, s: Sentence, from: number, lemma: string): boolean {
  const infinitive = TAKES_INFINITIVE.has(lemma)
  const as = TAKES_AS.has(lemma)
  for (let k = from; k < Math.min(s.endToken, from + COMPLEMENT_WINDOW); k++) {
    const w = ctx.lower(k)
    if (isQuoteMark(ctx, k)) return closesClause(ctx, k)
    if ((infinitive && w === 'to') || (as && w === 'as')) return true
    if (ctx.tokens[k]!.kind === 'punct' || w === 'that') return false
  }
  return false
}

/** "called him “a fraud”." but not "called it a “liberation” of the town": the quotation ends the clause. */
function closesClause(ctx: Ctx, k: number): boolean {
  const q = ctx.quoteAt.get(ctx.tokens[k]!.start)
  return q !== undefined && (/[.,!?]$/.test(q.inner.text) || /^\s*(?:[.,;!?]|$)/.test(ctx.text.slice(q.span.end, q.span.end + 3)))
}

/** Whether a word follows `at` inside the sentence (so a quote at the start is only part of the content). */
function nextWordAfter(ctx: Ctx, s: Sentence, at: number): boolean {
  const end = ctx.tokens[s.endToken - 1]!.end
  return /[\p{L}\p{N}]/u.test(ctx.text.slice(at, Math.max(at, end)))
}

/** End of a reported clause: the sentence end, a dash aside or a trailing participle clause outside a quotation. */
function clauseEnd(ctx: Ctx, s: Sentence, from: number): number {
  for (let k = from + 3; k < s.endToken; k++) {
    const w = ctx.lower(k)
    // A quotation's own dashes and clauses are the speaker's words, not the end of the report.
    if (ctx.inQuote(k)) continue
    if (DASHES.has(w) || w === ';') return ctx.tokens[k]!.start
    if (w === ',' && /^[a-z]+ing$/.test(ctx.lower(k + 1)) && !DETERMINER.has(ctx.lower(k + 1))) return ctx.tokens[k]!.start
    // "Ruiz, commenting on the vote, said …", "declined to comment, but said …": the main clause's cue.
    const verbAt = /^(and|but)$/.test(ctx.lower(k + 1)) ? k + 2 : k + 1
    if (w === ',' && VERB_CUES.get(ctx.lower(verbAt))?.form === 'past') return ctx.tokens[k]!.start
  }
  return ctx.tokens[s.endToken - 1]!.end
}

/**
 * The clause before a fronted speaker: "[The war is over], the minister said." A quotation closing at
 * the boundary is the whole content, even when it opened sentences earlier.
 */
export function contentBefore(ctx: Ctx, s: Sentence, boundary: number): Content | undefined {
  if (boundary <= s.firstToken) return undefined
  const closing = isQuoteMark(ctx, boundary) ? ctx.quoteEnd.get(ctx.tokens[boundary]!.end) : undefined
  if (closing && closing.span.start <= ctx.tokens[s.firstToken]!.start + 1) return { ...quoteContent(ctx, closing), quote: closing, complement: true }
  // A wire dateline ("PORT LIA, June 2 (Agency) - ") says where the story was filed: no part of the content.
  let first = ctx.tokenAt(afterDateline(ctx.text, ctx.tokens[s.firstToken]!.start))
  while (first < boundary && isQuoteMark(ctx, first)) first++
  if (boundary - first < 2) return undefined
  return { ...clip(ctx, ctx.tokens[first]!.start, ctx.tokens[boundary - 1]!.end), complement: true }
}
