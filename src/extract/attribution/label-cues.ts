import type { Quote } from '../../model/annotations.js'
import { EDITORIAL_LABELS } from '../../lexicon/en/reporting-cues.js'
import { clip, quoteContent } from './content-span.js'
import type { Ctx, Draft, TokenRange } from './draft.js'
import { inName, sourceAfter } from './source-span.js'

/*
 * Attributions made by typography rather than by a reporting verb: a speaker label with a colon at the
 * start of a line ("MINISTER: We will…" in a transcript, "Ruiz: troops will stay" in a headline), and
 * a dash credit after a quotation ("“…” — Ana Ruiz").
 */

const MAX_LABEL_WORDS = 4
const MIN_CONTENT_WORDS = 3
const EDITORIAL = new Set<string>(EDITORIAL_LABELS)
const CREDIT_DASHES = new Set(['―', '—', '–', '-'])
const OPENING_MARKS = /["“«‘']/

/** Whether character `at` opens a line: only white space and at most one opening quote mark before it. */
function opensLine(text: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--
  if (k >= 0 && OPENING_MARKS.test(text[k]!)) k--
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--
  return k < 0 || text[k] === '\n'
}

/** A label word is a name when it is written in capitals throughout or recurs capitalised inside a sentence. */
function nameLike(ctx: Ctx, r: TokenRange, capitalisedInside: ReadonlySet<string>): boolean {
  let words = 0
  for (let k = r.first; k < r.end; k++) {
    if (inName(ctx, k)) continue
    if (!ctx.isCapitalized(k) || EDITORIAL.has(ctx.lower(k))) return false
    words++
  }
  if (words === 0) return false
  const raw = ctx.text.slice(ctx.tokens[r.first]!.start, ctx.tokens[r.end - 1]!.end)
  const shouted = raw === raw.toUpperCase() && /\p{Lu}{2}/u.test(raw)
  return shouted || words >= 2 || capitalisedInside.has(ctx.lower(r.first))
}

/** Lower-cased words written with a capital somewhere other than at a sentence or line start. */
function capitalisedWords(ctx: Ctx): Set<string> {
  const out = new Set<string>()
  for (const s of ctx.sentences) {
    for (let k = s.firstToken + 1; k < s.endToken; k++) {
      if (ctx.isCapitalized(k) && ctx.lower(k - 1) !== ':' && !opensLine(ctx.text, ctx.tokens[k]!.start)) out.add(ctx.lower(k))
    }
  }
  return out
}

/** Where the speaker's turn ends: the end of its line, or the closing mark of a quotation opened just before the label. */
function turnEnd(ctx: Ctx, labelStart: number, from: number): number {
  const lineEnd = ctx.text.indexOf('\n', from)
  const end = lineEnd < 0 ? ctx.text.length : lineEnd
  let mark = labelStart - 1
  while (mark >= 0 && (ctx.text[mark] === ' ' || ctx.text[mark] === '\t')) mark--
  const quote = ctx.quoteAt.get(mark)
  return quote && !quote.open ? Math.min(end, quote.inner.end) : end
}

/** Speaker labels at line starts: one name of up to four words, a colon, then at least a short clause. */
export function labelDrafts(ctx: Ctx): Draft[] {
  const drafts: Draft[] = []
  let names: Set<string> | undefined
  for (let colon = 1; colon < ctx.tokens.length; colon++) {
    if (ctx.lower(colon) !== ':') continue
    let first = colon
    while (first > 0 && colon - first < MAX_LABEL_WORDS + 1 && (ctx.tokens[first - 1]!.kind === 'word' || inName(ctx, first - 1))) first--
    if (first === colon || !opensLine(ctx.text, ctx.tokens[first]!.start)) continue
    const label = { first, end: colon }
    names ??= capitalisedWords(ctx)
    if (!nameLike(ctx, label, names)) continue
    const from = ctx.tokens[colon]!.end
    const end = turnEnd(ctx, ctx.tokens[first]!.start, from)
    const text = ctx.text.slice(from, end)
    if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_CONTENT_WORDS) continue
    drafts.push({
      rule: 'label/speaker-colon', cue: { first: colon, end: colon + 1 }, source: label,
      content: clip(ctx, from, end), mode: 'direct', lemma: 'say', denial: false,
    })
  }
  return drafts
}

/** "“We will stay.” — Ana Ruiz": a dash and a name right after a quotation, ending its line or sentence. */
export function dashCredit(ctx: Ctx, q: Quote): Draft | undefined {
  const dash = ctx.tokenAt(q.span.end)
  const s = ctx.sentenceAt(dash + 1)
  if (!s || !CREDIT_DASHES.has(ctx.lower(dash)) || !ctx.isCapitalized(dash + 1)) return undefined
  if (/\S/.test(ctx.text.slice(q.span.end, ctx.tokens[dash]!.start))) return undefined
  const source = sourceAfter(ctx, s, dash + 1)
  if (!source) return undefined
  const after = ctx.text.slice(ctx.tokens[source.end - 1]!.end, ctx.tokens[source.end - 1]!.end + 2)
  if (!/^(\s*\n|\.|$|\s*$|\s+[“"«])/.test(after)) return undefined
  return { rule: 'quote/dash-credit', cue: { first: dash, end: dash + 1 }, source, content: quoteContent(ctx, q), mode: 'direct', lemma: 'say', denial: false }
}
