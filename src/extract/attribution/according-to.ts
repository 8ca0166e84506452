import type { Sentence } from '../../model/annotations.js'
import { ACCORDING_TO_NON_SOURCES } from '../../lexicon/en/reporting-cues.js'
import { clip } from './content-span.js'
import { reportedMode } from './context.js'
import type { Cue } from './cues.js'
import type { Ctx, Draft, TokenRange } from './draft.js'
import { sourceAfter } from './source-span.js'
import { CONNECTIVE } from './words.js'

const NOT_A_SOURCE = new Set<string>(ACCORDING_TO_NON_SOURCES)
const COORDINATOR = /^(and|but|yet)$/

/** "the minister, quoted by state TV": the part after "quoted by" or "cited by" is the relay. */
function relayLink(ctx: Ctx, source: TokenRange): TokenRange | undefined {
  for (let k = source.first + 1; k + 2 < source.end; k++) {
    if (ctx.lower(k) === ',' && /^(quoted|cited)$/.test(ctx.lower(k + 1)) && ctx.lower(k + 2) === 'by') return { first: k + 3, end: source.end }
  }
  return undefined
}

/**
 * "According to X, CONTENT." and "CONTENT, according to X.": the source follows the cue and the
 * content is the rest of the sentence.
 */
export function accordingTo(ctx: Ctx, s: Sentence, cue: Cue): Draft | undefined {
  let lead = s.firstToken
  while (lead < cue.first && (CONNECTIVE.has(ctx.lower(lead)) || ctx.lower(lead) === ',')) lead++
  // "…, but according to X, CONTENT": fronted on the second clause of the sentence.
  const fronted = lead === cue.first || (COORDINATOR.test(ctx.lower(cue.first - 1)) && ctx.lower(cue.first - 2) === ',')
  // Fronted ("According to X, …"), the source ends at the first comma.
  const source = sourceAfter(ctx, s, cue.end, fronted ? 0 : 1)
  if (!source || NOT_A_SOURCE.has(ctx.lower(source.first))) return undefined
  const sentenceEnd = ctx.tokens[s.endToken - 1]!.end
  const content = fronted
    ? clip(ctx, ctx.tokens[source.end]?.end ?? sentenceEnd, sentenceEnd)
    : clip(ctx, ctx.tokens[s.firstToken]!.start, ctx.tokens[cue.first]!.start)
  if (content.end - content.start < 3) return undefined
  const link = relayLink(ctx, source)
  return {
    rule: 'according-to', cue: { first: cue.first, end: cue.end }, source, content, ...(link ? { via: link } : {}),
    mode: reportedMode(ctx, content), lemma: cue.lemma, denial: false,
  }
}
