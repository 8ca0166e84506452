import type { Sentence } from '../../model/annotations.js'
import { isQuoteMark } from './context.js'
import { clip, contentAfter, contentBefore, type Content } from './content-span.js'
import type { Cue } from './cues.js'
import type { Ctx, Draft, TokenRange } from './draft.js'
import { sourceAfter, sourceBefore } from './source-span.js'

/** Mode from the content: one whole quotation is direct, a quotation inside reported speech is mixed. */
export function modeOf(ctx: Ctx, c: Content): Draft['mode'] {
  if (c.quote) return 'direct'
  return /["“”«»]/.test(ctx.text.slice(c.start, c.end)) ? 'mixed' : 'indirect'
}

function draft(rule: string, ctx: Ctx, cue: Cue, content: Content, source?: TokenRange, via?: TokenRange): Draft {
  return {
    rule, cue: { first: cue.first, end: cue.end }, content: { start: content.start, end: content.end },
    mode: modeOf(ctx, content), lemma: cue.lemma, denial: cue.denial,
    ...(source ? { source } : {}), ...(via ? { via } : {}),
  }
}

/** "X gets a real answer here": content with at least one word. */
const hasWords = (ctx: Ctx, c: Content | undefined): c is Content =>
  c !== undefined && c.end > c.start && /[\p{L}\p{N}]/u.test(ctx.text.slice(c.start, c.end))

/** Only prepositional trimmings follow the cue ("…, the minister said on Monday."): content lies before. */
function onlyTrimmings(ctx: Ctx, s: Sentence, cue: Cue): boolean {
  const next = ctx.words[cue.end]
  return next === undefined || cue.end >= s.endToken || /^[.!?]$/.test(next) ||
    (/^(in|on|at|during|late|early|last|yesterday|today|tonight|this|,)$/.test(next) && !hasThatAhead(ctx, s, cue.end) && !quoteAhead(ctx, s, cue.end))
}

/** A quotation opens within a few tokens ("said on Friday, “…”"), so the content lies ahead. */
const quoteAhead = (ctx: Ctx, s: Sentence, from: number) => {
  for (let k = from; k < Math.min(s.endToken, from + 6); k++) if (isQuoteMark(ctx, k) || ctx.words[k] === ':') return true
  return false
}

const hasThatAhead = (ctx: Ctx, s: Sentence, from: number) => {
  for (let k = from; k < Math.min(s.endToken, from + 8); k++) if (ctx.words[k] === 'that') return true
  return false
}

/**
 * "Participle": reported by a verb form that a noun phrase can also own ("the change announced so far
 * has been…"): an auxiliary right after it means it was not the main verb.
 */
function reducedRelative(ctx: Ctx, cue: Cue): boolean {
  if (cue.form !== 'past') return false
  for (let k = cue.end; k < cue.end + 3; k++) {
    const w = ctx.words[k] ?? ''
    if (/^(has|have|had|is|are|was|were|will)$/.test(w)) return true
    if (!/^(so|far|now|yet|recently|already|last|this|earlier)$/.test(w)) return false
  }
  return false
}

/** Reporting verbs with the speaker before ("X denied that…"), after ("…, said X") or fronted content. */
export function reportedSpeech(ctx: Ctx, s: Sentence, cue: Cue, previous: Draft | undefined): Draft | undefined {
  const before = sourceBefore(ctx, s, cue.first, cue.form === 'past')
  // "did not report X" reports nothing; "did not deny" and "could not confirm" still take a stance.
  const keepsNegation = cue.denial || cue.lemma === 'confirm'
  if (before.passive || (before.negated && !keepsNegation) || reducedRelative(ctx, cue)) return undefined
  const lead = ctx.words[before.auxStart - 1] ?? ''
  const shared = !before.source && previous?.source && (lead === 'and' || lead === 'but' || (cue.form === 'ing' && lead === ','))
  const source = before.source ?? (shared ? previous.source : undefined)
  if (source) {
    const via = before.source ? before.via : previous?.via
    const rule = shared ? 'reported/shared-subject' : 'reported/source-cue-content'
    if (!onlyTrimmings(ctx, s, cue)) {
      const content = contentAfter(ctx, s, cue.end, cue.lemma)
      if (!hasWords(ctx, content) || (cue.weak && !content.complement)) return undefined
      // "said nothing", "said little": nothing was reported.
      if (!content.complement && /^(?:nothing|little|no more)\b/i.test(ctx.text.slice(content.start, content.end))) return undefined
      return draft(rule, ctx, cue, content, source, via)
    }
    const boundaryWord = ctx.words[before.boundary] ?? ''
    if (shared || (boundaryWord !== ',' && !isQuoteMark(ctx, before.boundary))) return undefined
    const content = parenthetical(ctx, s, cue) ?? contentBefore(ctx, s, before.boundary)
    return hasWords(ctx, content) ? draft('reported/content-source-cue', ctx, cue, content, source, via) : undefined
  }
  if (lead === ',' || isQuoteMark(ctx, cue.first - 1)) {
    const after = sourceAfter(ctx, s, cue.end)
    const content = contentBefore(ctx, s, cue.first - 1)
    // "…, said the minister." ends there: a speaker running on into a clause is not one.
    const closes = after && (after.end >= s.endToken || /^[,.!?;:"”’]$/.test(ctx.words[after.end]!))
    return after && closes && hasWords(ctx, content) ? draft('reported/content-cue-source', ctx, cue, content, after) : undefined
  }
  return undefined
}

/** "Acts of protest, the minister said, are acts of patriotism": the content is the whole sentence around it. */
function parenthetical(ctx: Ctx, s: Sentence, cue: Cue): Content | undefined {
  let k = cue.end
  while (k < s.endToken && ctx.words[k] !== ',' && ctx.tokens[k]!.kind === 'word') k++
  if (ctx.words[k] !== ',' || k + 2 >= s.endToken || /ing$/.test(ctx.words[k + 1]!) || isQuoteMark(ctx, k + 1)) return undefined
  return { ...clip(ctx, ctx.tokens[s.firstToken]!.start, ctx.tokens[s.endToken - 1]!.end), complement: true }
}
