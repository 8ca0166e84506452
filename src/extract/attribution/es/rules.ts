import type { Sentence } from '../../../model/annotations.js'
import { ES_ACCORDING_NON_SOURCES } from '../../../lexicon/es/cues.js'
import { clip, contentBefore, quoteContent, type Content } from '../content-span.js'
import { isQuoteMark, reportedMode } from '../context.js'
import type { Cue } from '../cues.js'
import type { Ctx, Draft, TokenRange } from '../draft.js'
import { modeOf } from '../reported-speech.js'
import { DASHES } from '../words.js'
import { contentAfterEs } from './content.js'
import { ES_VERBS } from './cues.js'
import { connectiveAt, DETERMINER, sourceAfterEs, sourceBeforeEs } from './source.js'

const NOT_A_SOURCE = new Set<string>(ES_ACCORDING_NON_SOURCES)
const hasWords = (ctx: Ctx, c: { start: number; end: number } | undefined): c is Content =>
  c !== undefined && c.end > c.start && /[\p{L}\p{N}]/u.test(ctx.text.slice(c.start, c.end))

function draft(rule: string, ctx: Ctx, cue: Cue, content: Content, extra: Partial<Draft> = {}): Draft {
  return {
    rule, cue: { first: cue.first, end: cue.end }, content: { start: content.start, end: content.end },
    mode: modeOf(ctx, content), lemma: cue.lemma, denial: cue.denial, form: cue.form, ...extra,
  }
}

/** The shown cue: auxiliaries, negation and clitics before the verb ("no ha negado", "le dijo"). */
const cueSpan = (cue: Cue, auxStart: number): Partial<Draft> => (auxStart < cue.first ? { cueSpan: { first: auxStart, end: cue.end } } : {})

/** "había dicho", "habían negado": a past perfect report. */
const pluperfect = (ctx: Ctx, cue: Cue, auxStart: number) => {
  for (let k = auxStart; k < cue.first; k++) if (/^(había|habían|hubo)$/.test(ctx.lower(k))) return true
  return false
}

/** Whether only connectives stand between the sentence start and token `at` ("Además, afirmó …"). */
function opensSentence(ctx: Ctx, s: Sentence, at: number): boolean {
  let k = s.firstToken
  while (k < at && isQuoteMark(ctx, k)) k++
  for (let n = connectiveAt(ctx, k, at); n > 0; n = connectiveAt(ctx, k, at)) {
    k += n
    if (ctx.lower(k) === ',') k++
  }
  return k === at
}

/** "—No hay tropas —afirmó X—.": a line opened by a dash, then the inciso dash before the cue. */
function dashQuote(ctx: Ctx, s: Sentence, dash: number): Content | undefined {
  const open = s.firstToken
  if (!DASHES.has(ctx.lower(open)) || dash <= open + 1) return undefined
  return { ...clip(ctx, ctx.tokens[open + 1]!.start, ctx.tokens[dash]!.start), complement: true }
}

/**
 * Spanish reporting verbs: "X dijo que Y" (speaker before), "Y, dijo X" and "«Y», afirmó X"
 * (inverted), "—Y —afirmó X." (dialogue dash), and a dropped subject ("Afirmó que Y", "«Y», añadió"),
 * whose speaker is the previous statement's.
 */
export function reportedEs(ctx: Ctx, s: Sentence, cue: Cue): Draft | undefined {
  const before = sourceBeforeEs(ctx, s, cue.first)
  // "no dijo que …" reports nothing; "no negó" and "no pudo confirmar" still take a stance. "lo negó", "se negó a": no content here.
  if ((before.negated && !cue.denial && cue.lemma !== 'confirmar') || before.clitic) return undefined
  const shown = cueSpan(cue, before.auxStart)
  const perfect = pluperfect(ctx, cue, before.auxStart) ? { pastPerfect: true } : {}
  const lead = before.auxStart - 1
  if (!before.source && lead >= s.firstToken && !opensSentence(ctx, s, before.auxStart) && (ctx.lower(lead) === ',' || isQuoteMark(ctx, lead) || DASHES.has(ctx.lower(lead)))) {
    const source = sourceAfterEs(ctx, s, cue.end)
    const dashed = DASHES.has(ctx.lower(lead)) ? dashQuote(ctx, s, lead) : undefined
    const content = dashed ?? contentBefore(ctx, s, ctx.lower(lead) === ',' && isQuoteMark(ctx, lead - 1) ? lead - 1 : lead)
    if (!hasWords(ctx, content)) return undefined
    const rule = dashed ? 'es/dash-quote' : source ? 'es/content-cue-source' : 'es/content-cue'
    return draft(rule, ctx, cue, content, { ...shown, ...perfect, ...(source ? { source } : { elidedSubject: true }), ...(dashed ? { mode: 'direct' as const } : {}) })
  }
  const content = contentAfterEs(ctx, s, cue.end)
  if (!hasWords(ctx, content) || (cue.weak && !content.complement)) return undefined
  if (before.source) return draft('es/source-cue-content', ctx, cue, content, { ...shown, ...perfect, source: before.source, ...(before.via ? { via: before.via } : {}) })
  // "Afirmó que …", "Además, negó …": Spanish drops the subject pronoun; the speaker is the one before.
  if (opensSentence(ctx, s, before.auxStart) || /^(y|e)$/.test(ctx.lower(lead))) {
    return draft('es/dropped-subject', ctx, cue, content, { ...shown, ...perfect, elidedSubject: true })
  }
  return undefined
}

/**
 * "Según X, Y." and "Y, según X." (also "de acuerdo con X"): the source follows the cue, the content
 * is the rest of the sentence. "según informó X" takes its verb into the cue. "según el plan" is no source.
 */
export function accordingEs(ctx: Ctx, s: Sentence, cue: Cue): Draft | undefined {
  let lead = s.firstToken
  while (lead < cue.first && (connectiveAt(ctx, lead, cue.first) || ctx.lower(lead) === ',')) lead += connectiveAt(ctx, lead, cue.first) || 1
  const fronted = lead === cue.first
  const verb = ES_VERBS.has(ctx.lower(cue.end)) ? 1 : 0
  const source = beforeRelay(ctx, withNameApposition(ctx, sourceAfterEs(ctx, s, cue.end + verb, fronted ? 0 : 1), s))
  if (!source || !plausibleAccording(ctx, source)) return undefined
  const via = relayAfter(ctx, s, source.end)
  const sentenceEnd = ctx.tokens[s.endToken - 1]!.end
  const content = fronted
    ? clip(ctx, ctx.tokens[(via ?? source).end]?.end ?? sentenceEnd, sentenceEnd)
    : clip(ctx, ctx.tokens[s.firstToken]!.start, ctx.tokens[cue.first]!.start)
  if (content.end - content.start < 3) return undefined
  const whole = fronted ? content : quoteOrClip(ctx, content)
  return {
    rule: 'es/according-to', cue: { first: cue.first, end: cue.end + verb }, source, ...(via ? { via } : {}), content: whole,
    mode: reportedMode(ctx, whole), lemma: cue.lemma, denial: false, form: 'past',
  }
}

const MAX_NAME_WORDS = 4
const RELAYED = /^citad[oa]s?$/

/** A source ends before ", citada por …": the apposition names the relay, not the source. */
function beforeRelay(ctx: Ctx, r: TokenRange | undefined): TokenRange | undefined {
  if (!r) return r
  for (let k = r.first + 1; k < r.end; k++) if (ctx.lower(k) === ',' && RELAYED.test(ctx.lower(k + 1))) return { first: r.first, end: k }
  return r
}

/** "…, citada por Radio Sur,": the outlet a source's words came through, set off after the source. */
function relayAfter(ctx: Ctx, s: Sentence, at: number): TokenRange | undefined {
  if (ctx.lower(at) !== ',' || !RELAYED.test(ctx.lower(at + 1)) || ctx.lower(at + 2) !== 'por') return undefined
  return sourceAfterEs(ctx, s, at + 3, 0)
}

/** "Según la ministra de Defensa, Marta Rojas, …": a name set off by commas after the source belongs to it. */
function withNameApposition(ctx: Ctx, r: TokenRange | undefined, s: Sentence): TokenRange | undefined {
  if (!r || ctx.lower(r.end) !== ',') return r
  let k = r.end + 1
  while (k < s.endToken && k - r.end <= MAX_NAME_WORDS && ctx.isCapitalized(k)) k++
  return k > r.end + 1 && ctx.lower(k) === ',' ? { first: r.first, end: k } : r
}

/** "según el plan", "según lo previsto", "según se informó": the words after "según" name no one. */
function plausibleAccording(ctx: Ctx, r: TokenRange): boolean {
  let head = r.first
  while (head < r.end - 1 && DETERMINER.has(ctx.lower(head))) head++
  return !NOT_A_SOURCE.has(ctx.lower(r.first)) && !NOT_A_SOURCE.has(ctx.lower(head))
}

/** A content that is exactly one quotation keeps its marks whole. */
function quoteOrClip(ctx: Ctx, c: { start: number; end: number }): { start: number; end: number } {
  const q = ctx.quoteEnd.get(c.end) ?? ctx.quoteEnd.get(ctx.tokens[ctx.tokenAt(c.end) - 1]?.end ?? -1)
  return q && q.span.start === c.start ? quoteContent(ctx, q) : c
}
