import { VIOLENT_CLASSES } from '../../lexicon/en/event-triggers.js'
import { placeIn, type EventContext, type EventMention } from './context.js'
import { objectEnd } from './phrase.js'

const VIOLENT = new Set<string>(VIOLENT_CLASSES)
const MAX_TEMPORAL = 4
const MAX_PLACE = 4

/** Where a temporal phrase ("during", "in the wake of", "durante") ending just before token `end` starts, or -1. */
function temporalBefore(ctx: EventContext, end: number, floor: number): number {
  for (let j = Math.max(floor, end - MAX_TEMPORAL); j < end; j++) {
    const m = ctx.lang.temporal.match(ctx.tt, j, end)
    if (m && m[0] === end) return j
  }
  return -1
}

/**
 * Refiner `scene`: "14 soldiers were killed in Bolivia during the attack", "murieron en Bolivia durante el
 * ataque": a place told right before the phrase that sets a violent event in time is where it happened,
 * when the event says nothing of its place itself.
 */
export function placeFromScene(ctx: EventContext, mentions: readonly EventMention[]): void {
  const { tt } = ctx
  for (const m of mentions) {
    if (m.location || !m.classes.some((c) => VIOLENT.has(c))) continue
    const floor = m.sentence.firstToken
    let k = m.first
    while (k > floor && ctx.lang.determiners.has(tt.lower(k - 1))) k--
    const temporal = temporalBefore(ctx, k, floor)
    if (temporal < 0) continue
    for (let p = temporal - 1; p >= Math.max(floor + 1, temporal - MAX_PLACE); p--) {
      if (!ctx.lang.placePreps.matchBefore(tt, p, floor)) continue
      const place = placeIn(ctx, p, temporal)
      if (place) m.location = place
      break
    }
  }
}

/** How many words a relative clause may run before the place it tells ("that injured two guards on Friday in Lia"). */
const MAX_RELATIVE = 10

/**
 * Refiner `relative-place`: "the shootings that wounded two doctors in Lima", "la explosión que sacudió el
 * sábado el puerto de Lima": a relative clause right after an event noun tells of the event, so a place it
 * names is the event's, when the event says nothing of its place itself.
 */
export function placeFromRelative(ctx: EventContext, mentions: readonly EventMention[]): void {
  const { tt, lang } = ctx
  for (const m of mentions) {
    const k = tt.tokenAt(m.span.end)
    if (m.location || m.form !== 'noun' || !lang.relativizers.has(tt.lower(k))) continue
    const end = Math.min(m.sentence.endToken, k + MAX_RELATIVE)
    for (let j = k + 1; j < end; j++) {
      const w = tt.lower(j)
      if (tt.tokens[j]!.kind === 'punct' || lang.clauseOpeners.has(w) || lang.verbNegators.has(w)) break
      const prep = lang.placePreps.match(tt, j)
      const oe = prep ? objectEnd(lang, tt, prep[0], m.sentence.endToken) : -1
      const place = prep && oe > 0 ? placeIn(ctx, prep[0], oe) : undefined
      if (place) {
        m.location = place
        break
      }
    }
  }
}
