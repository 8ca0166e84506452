import type { Sentence } from '../../model/annotations.js'
import { contentAfter } from './content-span.js'
import type { Cue } from './cues.js'
import type { Ctx, Draft } from './draft.js'
import { modeOf } from './reported-speech.js'
import { plausibleSource, sourceBefore } from './source-span.js'

const MAX_QUOTED = 12

/**
 * "State TV quoted the minister as saying …": the quoted one speaks ("as saying" is the cue) and the
 * outlet that quotes is the link the words came through.
 */
export function quotedAsSaying(ctx: Ctx, s: Sentence, cue: Cue): Draft | undefined {
  if (cue.lemma !== 'quote') return undefined
  let as = cue.end
  while (as < Math.min(s.endToken, cue.end + MAX_QUOTED) && ctx.lower(as) !== 'as') as++
  if (ctx.lower(as) !== 'as' || !/^(saying|telling|stating|writing)$/.test(ctx.lower(as + 1))) return undefined
  const source = { first: cue.end, end: as }
  if (!plausibleSource(ctx, source)) return undefined
  const content = contentAfter(ctx, s, as + 2, 'say')
  if (!content) return undefined
  const outlet = sourceBefore(ctx, s, cue.first, false).source
  return {
    rule: 'relay/quoted-as-saying', cue: { first: as, end: as + 2 }, source, ...(outlet ? { via: outlet } : {}),
    content: { start: content.start, end: content.end }, mode: modeOf(ctx, content), lemma: 'say', denial: false,
  }
}
