import type { Quote } from '../../model/annotations.js'
import { DENIAL_NOUN_SET, NOUN_CUE_SET, VERB_CUES } from './cue-lexicon.js'
import { quoteContent } from './content-span.js'
import { isQuoteMark, nextQuote, preCueAt } from './context.js'
import type { Ctx, Draft, TokenRange } from './draft.js'
import { inName, plausibleSource, sourceAfter, trimLeading, walkBack } from './source-span.js'
import { skipOccasions } from './trimmings.js'
import { BE } from './words.js'
import { afterDateline } from '../segment/dateline.js'

const MAX_SPEAKER_BEFORE_CUE = 14
/** Words opening an aside about an unnamed speaker: "who asked not to be named", "speaking on condition …". */
const ASIDE_OPENER = /^(who|[a-z]+ing)$/

const SPEECH_PREFIX = 120

/** Scare quotes and titles are not statements: too short, or every word capitalised. */
export function isSpeech(ctx: Ctx, q: Quote): boolean {
  // Only the first words decide: a quotation of more than eight words is speech unless it is short.
  const words = q.inner.text.slice(0, SPEECH_PREFIX).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
  if (words.length < 3) return false
  if (words.length > 8) return true
  const titleCase = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|a|an|and|in|on|for|to)$/.test(w))
  return !(titleCase && words.length <= 8 && !/[.!?,]$/.test(q.inner.text))
}

const directContent = quoteContent

/**
 * The words after a quotation begin a report of their own: they stand in the next paragraph, or the
 * quotation closed its sentence and theirs goes on past the cue ("“…name.” The ministry denied that …").
 */
function startsNewReport(ctx: Ctx, q: Quote, next: number): boolean {
  if (ctx.text.slice(q.span.end, ctx.tokens[next]!.start).includes('\n')) return true
  if (!/[.!?]\s*$/.test(q.inner.text)) return false
  const s = ctx.sentenceAt(next)!
  let cue = next
  while (cue < s.endToken && !VERB_CUES.has(ctx.lower(cue))) cue++
  return s.firstToken === next && cue < s.endToken - 2
}

/**
 * "“…,” said X", "“…,” X said", "“…”, X told reporters": the cue follows the quotation.
 * A second quotation right after the speaker continues the same statement ("“We will,” she said, “stay.”").
 */
export function quoteThenCue(ctx: Ctx, q: Quote): Draft | undefined {
  let i = ctx.tokenAt(q.span.end)
  const s = ctx.sentenceAt(i)
  if (!s || i >= s.endToken || startsNewReport(ctx, q, i)) return undefined
  if (ctx.lower(i) === ',') i++
  if (i >= s.endToken) return undefined
  let cue: TokenRange | undefined
  let source: TokenRange | undefined
  if (ctx.tokens[i]!.kind === 'word' && VERB_CUES.has(ctx.lower(i))) {
    source = sourceAfter(ctx, s, i + 1)
    cue = { first: i, end: i + 1 }
  }
  if (!source) {
    let k = i
    // A name may carry an apposition: "“…,” Ana Lind, head of the port authority, told reporters".
    const marks = ctx.isCapitalized(i) ? /^[(),]$/ : /^[()]$/
    // "“…,” a detective, speaking on condition of anonymity, said": an aside between commas.
    let aside = false
    const asideComma = (k: number) => ctx.lower(k) === ',' && (aside || ASIDE_OPENER.test(ctx.lower(k + 1)))
    while (k < s.endToken && k - i <= MAX_SPEAKER_BEFORE_CUE && !VERB_CUES.has(ctx.lower(k)) && (ctx.tokens[k]!.kind === 'word' || inName(ctx, k) || marks.test(ctx.lower(k)) || asideComma(k))) {
      if (ctx.lower(k) === ',') aside = true
      k++
    }
    let end = k
    while (end > i && (preCueAt(ctx, end - 1) || ctx.lower(end - 1) === ',')) end--
    const found = VERB_CUES.get(ctx.lower(k))
    if (!found || end <= i || !plausibleSource(ctx, { first: i, end })) return undefined
    source = { first: i, end }
    cue = { first: k, end: k + 1 }
  }
  const lemma = VERB_CUES.get(ctx.lower(cue!.first))!
  if (lemma.form === 'ing' && ctx.lower(cue!.first - 1) !== ',') return undefined
  // "The plan is “a fraud,” she said.": a clause before the quotation makes it part of the content
  // (a short subject, "These troops “…”, she said", does not); "Calling him “a fine man,” Ruiz said
  // he …": a clause after the cue is the content, for the other rules.
  const lead = leadBefore(ctx, s.firstToken, q)
  if (lead >= 0) {
    const tail = skipOccasions(ctx, s, Math.max(cue!.end, source.end))
    // A word right after the cue opens its content; a comma opens an aside about the speaker.
    if (tail < s.endToken && ctx.tokens[tail]!.kind === 'word') return undefined
  }
  if (lead >= 0 && !shortSubject(ctx, lead, ctx.tokenAt(q.span.start))) {
    const content = { start: ctx.tokens[lead]!.start, end: directContent(ctx, q).end }
    return { rule: 'quote/quote-cue', cue: cue!, source, content, mode: 'mixed', lemma: lemma.lemma, denial: lemma.denial }
  }
  let content = directContent(ctx, q)
  const next = nextQuote(ctx, q.span.end)
  const rest = next && ctx.sentenceAt(ctx.tokenAt(next.span.start)) === s ? next : undefined
  if (rest && isQuoteMark(ctx, ctx.tokenAt(rest.span.start)) && ctx.lower(ctx.tokenAt(rest.span.start) - 1) === ',') {
    content = { start: content.start, end: directContent(ctx, rest).end }
  }
  return { rule: 'quote/quote-cue', cue: cue!, source, content, mode: 'direct', lemma: lemma.lemma, denial: lemma.denial }
}

const SHORT_SUBJECT = 3

/** A few words with no verb "be" among them: the quotation's subject, not a clause of the writer's. */
function shortSubject(ctx: Ctx, first: number, end: number): boolean {
  if (end - first > SHORT_SUBJECT) return false
  for (let k = first; k < end; k++) if (BE.has(ctx.lower(k))) return false
  return true
}

/** The first word of the sentence before the quotation, past a dateline and quote marks, or -1. */
function leadBefore(ctx: Ctx, first: number, q: Quote): number {
  const open = ctx.tokenAt(q.span.start)
  let k = Math.max(first, ctx.tokenAt(afterDateline(ctx.text, ctx.tokens[first]!.start)))
  while (k < open && ctx.tokens[k]!.kind === 'punct') k++
  return k < open ? k : -1
}

/**
 * "… a response from X: “…”", "X's statement: “…”": a noun cue, then a colon and the quotation.
 * Verb cues before a colon are the reported-speech rule's.
 */
export function nounCueColonQuote(ctx: Ctx, q: Quote): Draft | undefined {
  const colon = ctx.tokenAt(q.span.start) - 1
  const s = ctx.sentenceAt(colon)
  if (!s || ctx.lower(colon) !== ':') return undefined
  let noun = colon - 1
  while (noun >= s.firstToken && !NOUN_CUE_SET.has(ctx.lower(noun))) noun--
  if (noun < s.firstToken) return undefined
  // "In an interview, he said: “…”": a verb cue before the colon reports the quotation.
  for (let k = noun + 1; k < colon; k++) if (VERB_CUES.has(ctx.lower(k)) && !ctx.isCapitalized(k)) return undefined
  let source: TokenRange | undefined
  for (let k = noun + 1; k < colon; k++) {
    if (ctx.lower(k) === 'from' || ctx.lower(k) === 'by') { source = { first: k + 1, end: colon }; break }
  }
  const owner = ctx.lower(noun - 1)
  if (!source && /[’']s$/.test(owner)) {
    const first = trimLeading(ctx, walkBack(ctx, s, noun - 1) + 1, noun)
    source = { first, end: noun }
  }
  if (!source || !plausibleSource(ctx, source)) return undefined
  return {
    rule: 'quote/noun-cue-colon', cue: { first: noun, end: noun + 1 }, source, content: directContent(ctx, q),
    mode: 'direct', lemma: ctx.lower(noun), denial: DENIAL_NOUN_SET.has(ctx.lower(noun)),
  }
}

/**
 * "Replied the ministry's spokesman, Ana Ruiz, “…”": a sentence opening on a reporting verb, its speaker
 * after it, then a comma and the quotation.
 */
export function cueSpeakerQuote(ctx: Ctx, q: Quote): Draft | undefined {
  const comma = ctx.tokenAt(q.span.start) - 1
  const s = ctx.sentenceAt(comma)
  if (!s || ctx.lower(comma) !== ',' || comma - s.firstToken < 2) return undefined
  const cue = s.firstToken
  const lemma = VERB_CUES.get(ctx.lower(cue))
  if (!lemma || lemma.form !== 'past' || !ctx.isCapitalized(cue)) return undefined
  const source = { first: cue + 1, end: comma }
  if (!plausibleSource(ctx, source)) return undefined
  return {
    rule: 'quote/cue-speaker-quote', cue: { first: cue, end: cue + 1 }, source, content: directContent(ctx, q),
    mode: 'direct', lemma: lemma.lemma, denial: lemma.denial,
  }
}

/**
 * Only the rest of the cue's own sentence lies between two quotations ("…,” she said. “…"), however long
 * the speaker's description ("said Ana Ruiz, a lawyer who …"), abbreviations in it included ("Rep.").
 */
function cueTailBetween(ctx: Ctx, from: number, to: number): boolean {
  if (!/^[^“”"\n]*[.!?]\s+$/.test(ctx.text.slice(from, to))) return false
  const last = ctx.tokenAt(to) - 1
  return ctx.sentenceOf(ctx.tokenAt(from)) === ctx.sentenceOf(last) && ctx.sentenceOf(last) !== ctx.sentenceOf(last + 1)
}
/** The next quotation is a sentence of its own: nothing but white space follows it in the paragraph line. */
const ENDS_SENTENCE = /[.!?][’']*["”»]?$/

/**
 * The quotations that follow a quote's report. A quotation left open at a paragraph end goes on in the
 * next paragraph when that one opens with a quote mark (the news convention): one quotation, one
 * statement. Quoted sentences that follow the cue's sentence in the same paragraph ("“…,” she said.
 * “…”"), or fill the next paragraph alone, are the same speaker's: one statement each, with its own
 * polarity, carrying the first one's cue.
 */
export function continueQuote(ctx: Ctx, d: Draft): Draft[] {
  // "Ruiz said the plan was dead. “…”", "The plan is dead, Ruiz said. “…”": a quotation right after a
  // paraphrase goes on with it too.
  const out: Draft[] = []
  const closing = ctx.quoteEnd.get(d.content.end) ?? (d.mode === 'direct' ? ctx.quoteAt.get(d.content.start) : undefined)
  const told = { start: d.content.start, end: d.content.end, text: ctx.text.slice(d.content.start, d.content.end) }
  let q: Quote | undefined = closing ?? (d.mode === 'direct' ? undefined : { span: told, inner: told, open: false })
  let current = d
  let sameParagraph = true
  while (q) {
    const next = nextQuote(ctx, q.span.end)
    if (!next) break
    const gap = ctx.text.slice(q.span.end, next.span.start)
    const content = { start: current.content.start, end: directContent(ctx, next).end }
    if (q.open) {
      if (/\S/.test(gap)) break
      current = { ...current, content }
    } else {
      const follows = sameParagraph ? cueTailBetween(ctx, q.span.end, next.span.start) : /^[ \t]+$/.test(gap)
      if (!follows || !(next.open || ENDS_SENTENCE.test(next.span.text))) break
      if (!next.open && /^[ \t]*[\p{L}\p{N},]/u.test(ctx.text.slice(next.span.end, next.span.end + 3))) break
      sameParagraph = false
      out.push(current)
      current = { ...current, rule: 'quote/continued', mode: 'direct', content: directContent(ctx, next) }
    }
    q = next
  }
  out.push(current)
  return out
}
