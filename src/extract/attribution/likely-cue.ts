import type { Sentence } from '../../model/annotations.js'
import { clip, contentAfter, contentBefore } from './content-span.js'
import { isQuoteMark } from './context.js'
import type { Ctx, Draft } from './draft.js'
import type { Cue } from './cues.js'
import { modeOf, NOTHING, reducedRelative } from './reported-speech.js'
import { sourceBefore } from './source-span.js'
import { SEEMING_VERBS } from '../../lexicon/en/reporting-cues.js'
import { PREPOSITION } from './words.js'

const SEEMING = new Set<string>(SEEMING_VERBS)

/**
 * A word that is usually a cue in news text ("seemed", "vowed", "blasted"), where no other rule made a
 * statement of it: the speaker is the noun phrase before it when there is one, the content the clause
 * after it, or the clause before it when the sentence ends there ("…, she added.").
 */
export function likelyCue(ctx: Ctx, s: Sentence, cue: Cue): Draft | undefined {
  const i = cue.first
  // "appeared in court", "seemed at ease": a verb of seeming reports only before "to" or a predicate.
  if (SEEMING.has(cue.lemma) && PREPOSITION.has(ctx.lower(i + 1)) && ctx.lower(i + 1) !== 'to') return undefined
  const before = sourceBefore(ctx, s, i, cue.form === 'past')
  // "did not report", "was reported", "the change announced so far has…": no report, as for the strict rules.
  if ((before.negated && !cue.denial) || before.passive || reducedRelative(ctx, cue)) return undefined
  let content = contentAfter(ctx, s, i + 1, cue.lemma)
  if (!content || !/[\p{L}\p{N}]/u.test(ctx.text.slice(content.start, content.end))) {
    const lead = before.auxStart - 1
    content = ctx.lower(lead) === ',' || isQuoteMark(ctx, lead) ? contentBefore(ctx, s, lead) : undefined
  }
  if (!content || content.end - content.start < 3 || NOTHING.test(ctx.text.slice(content.start, content.end))) return undefined
  // A weak cue's quotation was already judged by the strict rules: a scare quote ("called it a “liberation”") is no report.
  if (cue.weak && modeOf(ctx, content) !== 'indirect') return undefined
  return {
    rule: 'reported/likely-cue', cue: { first: i, end: i + 1 }, content: clip(ctx, content.start, content.end),
    mode: modeOf(ctx, content), lemma: cue.lemma, denial: cue.denial, ...(before.source ? { source: before.source } : {}),
  }
}
