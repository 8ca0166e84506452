import type { Sentence } from '../../model/annotations.js'
import { isQuoteMark, reportedMode } from './context.js'
import { NAMING, NO_BARE_OBJECT_SET, NOUN_LIKE } from './cue-lexicon.js'
import { PRONOUN } from './words.js'
import { afterAudience, clip, contentAfter, contentBefore, quoteContent, type Content } from './content-span.js'
import { nextQuote } from './context.js'
import type { Cue } from './cues.js'
import type { Ctx, Draft, TokenRange } from './draft.js'
import { passiveReport } from './passive.js'
import { inName, sourceAfter, sourceBefore } from './source-span.js'
import { clauseSubject, sentenceSubject } from './subject.js'
import { clauseStartsAt, skipOccasions, skipSetting } from './trimmings.js'

/** Mode from the content: one whole quotation is direct, a quotation inside reported speech is mixed. */
export function modeOf(ctx: Ctx, c: Content): Draft['mode'] {
  if (c.quote) return 'direct'
  return reportedMode(ctx, c)
}

function draft(rule: string, ctx: Ctx, cue: Cue, content: Content, source?: TokenRange, via?: TokenRange): Draft {
  return {
    rule, cue: { first: cue.first, end: cue.end }, content: { start: content.start, end: content.end },
    mode: modeOf(ctx, content), lemma: cue.lemma, denial: cue.denial,
    ...(source ? { source } : {}), ...(via ? { via } : {}),
  }
}

/** "said nothing", "said little": nothing was reported. */
export const NOTHING = /^(?:nothing|little|no more)\b/i

/** "X gets a real answer here": content with at least one word. */
const hasWords = (ctx: Ctx, c: Content | undefined): c is Content =>
  c !== undefined && c.end > c.start && /[\p{L}\p{N}]/u.test(ctx.text.slice(c.start, c.end))

/** Words that open an adverbial clause: after a cue that follows its content, they start no report. */
const ADVERBIAL = /^(as|while|when|whilst|after|before|because|since|although|though|until|amid|amidst|despite|following|prompting)$/

/**
 * Where the content after the cue starts, past a time or occasion phrase ("said on Friday [he …]"),
 * or -1 when only trimmings follow and the content lies before ("…, the minister said on Monday.",
 * "…, officials said late Tuesday as rescuers searched the rubble."). `fronted`: a comma or quote
 * mark before the speaker leaves room for content there.
 */
function contentStart(ctx: Ctx, s: Sentence, cue: Cue, fronted: boolean): number {
  const next = ctx.lower(cue.end)
  if (next === undefined || cue.end >= s.endToken || /^[.!?]$/.test(next)) return -1
  if (hasThatAhead(ctx, s, cue.end) || quoteAhead(ctx, s, cue.end)) return cue.end
  // "said in an interview on Friday": one occasion phrase may follow another, after the audience of
  // "told" ("…, she told reporters in Lund.").
  const audience = afterAudience(ctx, s, cue.end, cue.lemma)
  // "…, an official told Reuters.": the audience alone closes the sentence, so the content lies before.
  if (audience > cue.end && (audience >= s.endToken || /^[.!?]$/.test(ctx.lower(audience)))) return -1
  const after = skipSetting(ctx, s, audience)
  if (fronted && ADVERBIAL.test(ctx.lower(after))) return -1
  if (after > audience) return clauseStartsAt(ctx, s, after) ? after : -1
  // "said last month's raid was …": a possessive time word opens a noun phrase, the content's subject.
  if (ctx.isPossessive(cue.end) || ctx.isPossessive(cue.end + 1)) return cue.end
  return /^(in|on|at|during|late|early|last|yesterday|today|tonight|this|,)$/.test(next) ? -1 : cue.end
}

/** A quotation opens within a few tokens ("said on Friday, “…”"), so the content lies ahead. */
const quoteAhead = (ctx: Ctx, s: Sentence, from: number) => {
  for (let k = from; k < Math.min(s.endToken, from + 6); k++) if (isQuoteMark(ctx, k) || ctx.lower(k) === ':') return true
  return false
}

const hasThatAhead = (ctx: Ctx, s: Sentence, from: number) => {
  for (let k = from; k < Math.min(s.endToken, from + 8); k++) if (ctx.lower(k) === 'that') return true
  return false
}

/** "Ruiz praised the plan", "they support the bill": a weak cue after a name or pronoun reports its object. */
function bareObjectReport(ctx: Ctx, cue: Cue, source: TokenRange): boolean {
  if (NO_BARE_OBJECT_SET.has(cue.lemma) || source.end - source.first > MAX_NAMED_SUBJECT) return false
  if (source.end === source.first + 1 && PRONOUN.has(ctx.lower(source.first))) return true
  // "Health worries grew": a noun-like form after one capitalised word that only opens the sentence is a noun.
  if (NOUN_LIKE.has(ctx.lower(cue.first)) && source.end - source.first === 1 && source.first === sentenceStart(ctx, cue.first)) return false
  for (let k = source.first; k < source.end; k++) if (!ctx.isCapitalized(k) && !inName(ctx, k)) return false
  return true
}

const MAX_NAMED_SUBJECT = 4
/** How many words the object of a naming verb may hold before what it is named ("Wells Fargo's conduct"). */
const MAX_NAMED_OBJECT = 5
/** What cannot open the object of "called": a particle ("called off") or the name itself ("called a meeting"). */
const NOT_OBJECT = /^(off|up|in|back|out|for|on|to|at|a|an)$/

/**
 * "Ruiz called Berg a liar", "the union branded the plan “reckless”": a naming verb with an object and,
 * after it, a phrase opening on "a"/"an" or a quotation reports what the speaker named it.
 */
function namesObject(ctx: Ctx, cue: Cue, c: Content): boolean {
  const first = ctx.tokenAt(c.start)
  if (!NAMING.has(cue.lemma) || NOT_OBJECT.test(ctx.lower(first)) || isQuoteMark(ctx, first)) return false
  for (let k = first + 1; k <= first + MAX_NAMED_OBJECT && k < ctx.tokens.length && ctx.tokens[k]!.start < c.end; k++) {
    if (isQuoteMark(ctx, k) || /^(a|an)$/.test(ctx.lower(k))) return true
    if (/^[,.;:!?]$/.test(ctx.lower(k))) return false
  }
  return false
}
const sentenceStart = (ctx: Ctx, i: number) => ctx.sentenceAt(i)!.firstToken

/**
 * "Participle": reported by a verb form that a noun phrase can also own ("the change announced so far
 * has been…"): an auxiliary right after it means it was not the main verb.
 */
export function reducedRelative(ctx: Ctx, cue: Cue): boolean {
  if (cue.form !== 'past') return false
  for (let k = cue.end; k < cue.end + 3; k++) {
    const w = ctx.lower(k)
    if (/^(has|have|had|is|are|was|were|will)$/.test(w)) return true
    if (!/^(so|far|now|yet|recently|already|last|this|earlier)$/.test(w)) return false
  }
  return false
}

/** Reporting verbs with the speaker before ("X denied that…"), after ("…, said X") or fronted content. */
export function reportedSpeech(ctx: Ctx, s: Sentence, cue: Cue, previous: Draft | undefined): Draft | undefined {
  let before = sourceBefore(ctx, s, cue.first, cue.form === 'past')
  // "did not report X" reports nothing; "did not deny" and "could not confirm" still take a stance.
  const keepsNegation = cue.denial || cue.lemma === 'confirm'
  if (before.passive) return before.negated ? undefined : passiveReport(ctx, s, cue, before.auxStart)
  if ((before.negated && !keepsNegation) || reducedRelative(ctx, cue)) return undefined
  const lead = ctx.lower(before.auxStart - 1)
  // ", saying …" hangs on the main clause: what precedes the comma is that clause, not an apposition.
  const trailing = cue.form === 'ing' && lead === ','
  if (trailing && before.source) before = { ...before, source: undefined, via: undefined }
  const sharing = !before.source && (lead === 'and' || lead === 'but' || trailing)
  // "Ruiz toured the camp and said …": the earlier statement's speaker, unless it spoke inside a clause
  // after the sentence's own subject ("The army raised the toll, up from the 12 it reported, and said …").
  const subject = sharing ? clauseSubject(ctx, s, before.auxStart - 1) ?? sentenceSubject(ctx, s, before.auxStart - 1) : undefined
  const earlier = previous?.source && (!subject || previous.source.first <= subject.first) ? previous.source : undefined
  const sharedSource = sharing ? earlier ?? subject : undefined
  const shared = sharedSource !== undefined
  const source = before.source ?? sharedSource
  if (source) {
    const via = before.source ? before.via : previous?.via
    const rule = shared ? 'reported/shared-subject' : 'reported/source-cue-content'
    const boundaryWord = ctx.lower(before.boundary)
    const fronted = !shared && (boundaryWord === ',' || isQuoteMark(ctx, before.boundary))
    const from = contentStart(ctx, s, cue, fronted)
    if (from >= 0) {
      const whole = contentAfter(ctx, s, from, cue.lemma) ?? quoteBelow(ctx, s, skipOccasions(ctx, s, cue.end))
      // "The army, which had said that no one died, admitted …": the report ends with its clause.
      const content = before.inRelative && whole ? closeAtComma(ctx, whole) : whole
      if (!hasWords(ctx, content) || (cue.weak && !content.complement && !bareObjectReport(ctx, cue, source) && !namesObject(ctx, cue, content))) return undefined
      // "said nothing", "said little": nothing was reported.
      if (!content.complement && NOTHING.test(ctx.text.slice(content.start, content.end))) return undefined
      return draft(rule, ctx, cue, content, source, via)
    }
    if (!fronted) return undefined
    const content = parenthetical(ctx, s, cue) ?? contentBefore(ctx, s, before.boundary)
    if (!hasWords(ctx, content)) return undefined
    // "…, state TV said, citing the ministry.": the one cited speaks, through the one who said it.
    const cited = citedAfter(ctx, s, skipOccasions(ctx, s, cue.end))
    return cited ? draft('reported/content-source-cue', ctx, cue, content, cited, source)
      : draft('reported/content-source-cue', ctx, cue, content, source, via)
  }
  if (lead === ',' || isQuoteMark(ctx, cue.first - 1)) {
    const after = sourceAfter(ctx, s, cue.end)
    const content = contentBefore(ctx, s, cue.first - 1)
    // "…, said the minister." ends there: a speaker running on into a clause is not one.
    const closes = after && (after.end >= s.endToken || /^([,.!?;:"”’]|who|whose|which|that|in|on|at|during|after|before|when|to)$/.test(ctx.lower(after.end)))
    return after && closes && hasWords(ctx, content) ? draft('reported/content-cue-source', ctx, cue, content, after) : undefined
  }
  return undefined
}

/** The speaker after ", citing" or ", quoting" that closes the sentence. */
function citedAfter(ctx: Ctx, s: Sentence, at: number): TokenRange | undefined {
  if (ctx.lower(at) !== ',' || !/^(citing|quoting)$/.test(ctx.lower(at + 1))) return undefined
  const after = sourceAfter(ctx, s, at + 2, 0)
  return after && (after.end >= s.endToken || /^[.!?]$/.test(ctx.lower(after.end))) ? after : undefined
}

/**
 * "He said:" closing its paragraph, then a quotation opening the next: the quotation is the content. A
 * paragraph without marks there is quoted as a block (how web pages set long quotations): the whole
 * paragraph is the content.
 */
function quoteBelow(ctx: Ctx, s: Sentence, colon: number): Content | undefined {
  if (ctx.lower(colon) !== ':' || colon + 1 < s.endToken) return undefined
  const q = nextQuote(ctx, ctx.tokens[colon]!.end)
  if (q && !/\S/.test(ctx.text.slice(ctx.tokens[colon]!.end, q.span.start))) return { ...quoteContent(ctx, q), quote: q, complement: true }
  const paragraph = ctx.paragraphOf(colon + 1)
  if (paragraph !== ctx.paragraphOf(colon) + 1) return undefined
  let last = colon + 1
  while (ctx.paragraphOf(last + 1) === paragraph) last++
  return { ...clip(ctx, ctx.tokens[colon + 1]!.start, ctx.tokens[last]!.end), complement: true }
}

/** A content cut at its first comma outside a quotation (the comma that closes a relative clause). */
function closeAtComma(ctx: Ctx, c: Content): Content {
  for (let k = ctx.tokenAt(c.start); k < ctx.tokens.length && ctx.tokens[k]!.start < c.end; k++) {
    if (ctx.lower(k) === ',' && !ctx.inQuote(k)) return { ...c, ...clip(ctx, c.start, ctx.tokens[k]!.start) }
  }
  return c
}

/** "Acts of protest, the minister said, are acts of patriotism": the content is the whole sentence around it. */
function parenthetical(ctx: Ctx, s: Sentence, cue: Cue): Content | undefined {
  let k = cue.end
  while (k < s.endToken && ctx.lower(k) !== ',' && ctx.tokens[k]!.kind === 'word') k++
  if (ctx.lower(k) !== ',' || k + 2 >= s.endToken || /ing$/.test(ctx.lower(k + 1)) || isQuoteMark(ctx, k + 1)) return undefined
  return { ...clip(ctx, ctx.tokens[s.firstToken]!.start, ctx.tokens[s.endToken - 1]!.end), complement: true }
}
