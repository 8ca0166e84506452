import { spanAt } from '../../model/span.js'
import type { EventContext, EventMention } from './context.js'
import { dateOf, placeIn } from './context.js'
import { countryMentionAt, isPlace } from './actors.js'
import { namesTown, objectEnd } from './phrase.js'

const PLACE = new Set(['in', 'into', 'inside', 'at', 'near'])
const TARGET = new Set(['on', 'against'])

/**
 * Reads up to two prepositional phrases after an event word and records what they say:
 * "of 3 May" / "on Tuesday" (date), "by Sylvanian forces" (agent), "on Port Lia" / "against
 * Sylvania" (target and place), "in Sylvania" (place), "of the mayor" (target). Returns the new end.
 */
export function readPrepositions(ctx: EventContext, m: EventMention, from: number, limit: number): number {
  const { tt, actors } = ctx
  let e = from
  for (let n = 0; n < 2 && e < limit; n++) {
    const prep = tt.lower(e)
    if (!PLACE.has(prep) && !TARGET.has(prep) && prep !== 'of' && prep !== 'by') break
    const timex = ctx.datesAt.get(e + 1)
    if (timex && prep !== 'by') {
      m.date ??= dateOf(timex)
      m.dateRule ??= 'date-adjacent'
      e = tt.tokenAt(timex.span.end)
      continue
    }
    const oe = objectEnd(tt, e + 1, limit)
    if (oe < 0) break
    const span = spanAt(tt.text, tt.tokens[e + 1]!.start, tt.tokens[oe - 1]!.end)
    const named = actors.within(span.start, span.end)
    const country = countryMentionAt(tt, e + 1, oe)
    const code = country?.code ?? (named?.type === 'government' ? named.country : undefined)
    const who = named?.id ?? (code ? actors.government(code) : undefined)
    if (prep === 'by' && who) m.agent ??= who
    if ((prep === 'of' || TARGET.has(prep)) && who && !m.targets.includes(who)) m.targets.push(who)
    // "at the Kenyan embassy" names no place; "in Kenya", "on Nairobi", "on the town of Lia" (placed in Kenya) do.
    const place = isPlace(country) ? country.code : !country && code ? code : placeIn(ctx, e + 1, oe)
    if ((PLACE.has(prep) || TARGET.has(prep)) && place) m.location ??= place
    else if (TARGET.has(prep) && namesTown(tt, e + 1, oe)) m.town = true
    e = oe
  }
  return e
}
