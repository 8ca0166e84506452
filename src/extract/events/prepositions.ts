import { spanAt } from '../../model/span.js'
import type { EventContext, EventMention } from './context.js'
import { dateBy, placeIn } from './context.js'
import { countryMentionAt, isPlace } from './actors.js'
import type { OfRole } from './language.js'
import { namesTown, objectEnd } from './phrase.js'

/** What a preposition at token `e` introduces, and where its object starts; null when none of the event's. */
function prepositionAt(ctx: EventContext, e: number): { role: 'place' | 'target' | 'of' | 'by'; object: number } | null {
  const { tt, lang } = ctx
  const w = tt.lower(e)
  const place = lang.placePreps.match(tt, e)
  if (place) return { role: 'place', object: place[0] }
  if (lang.targetPreps.has(w)) return { role: 'target', object: e + 1 }
  const by = lang.byPreps.match(tt, e)
  if (by) return { role: 'by', object: by[0] }
  return lang.ofPreps.has(w) ? { role: 'of', object: e + 1 } : null
}

/** Who tokens [from, to) name: a listed actor, else a country form's government; and the country form. */
function whoIn(ctx: EventContext, from: number, to: number) {
  const { tt, actors, lang } = ctx
  const span = spanAt(tt.text, tt.tokens[from]!.start, tt.tokens[to - 1]!.end)
  // The actor's mention may run past the phrase read ("by Serb police" read up to "Serb").
  const named = actors.within(span.start, span.end) ?? actors.startingAt(span.start)?.actor
  const country = countryMentionAt(tt, from, to, lang.countries)
  const code = country?.code ?? (named?.type === 'government' ? named.country : undefined)
  return { who: named?.id ?? (code ? actors.government(code) : undefined), country, code }
}

/**
 * Reads up to two prepositional phrases after an event word and records what they say:
 * "of 3 May" / "on Tuesday" (date), "by Sylvanian forces" (agent), "on Port Lia" / "against
 * Sylvania" (target and place), "in Sylvania" (place), "of the mayor" (target, or the agent where the
 * language's "of" names who acted: "el ataque de Freedonia"). Returns the new end.
 */
export function readPrepositions(ctx: EventContext, m: EventMention, from: number, limit: number, ofRole: OfRole = 'target'): number {
  const { tt, lang } = ctx
  let e = from
  for (let n = 0; n < 2 && e < limit; n++) {
    // A date told without a preposition before a place ("crashed Monday near Lia", "se estrelló el lunes cerca de Lia").
    const bare = ctx.datesAt.get(e)
    if (bare && prepositionAt(ctx, tt.tokenAt(bare.span.end))?.role === 'place') {
      if (!m.date) dateBy(m, bare, 'date-adjacent')
      e = tt.tokenAt(bare.span.end)
      continue
    }
    const prep = prepositionAt(ctx, e)
    if (!prep) break
    const timex = ctx.datesAt.get(prep.object)
    if (timex && prep.role !== 'by') {
      if (!m.date) dateBy(m, timex, 'date-adjacent')
      e = tt.tokenAt(timex.span.end)
      continue
    }
    let oe = objectEnd(lang, tt, prep.object, limit)
    if (oe < 0) break
    const { who, country, code } = whoIn(ctx, prep.object, oe)
    const role = prep.role === 'of' ? ofRole : prep.role === 'by' ? 'agent' : prep.role
    if (role === 'agent' && who) m.agent ??= who
    // "signed by X and Y": both acted, the second beside the first as a participant; not "by X and Y said".
    const second = prep.role === 'by' && who && lang.conjunctions.has(tt.lower(oe)) ? objectEnd(lang, tt, oe + 1, limit) : -1
    const also = second > 0 && !lang.verbEnding.test(tt.lower(second)) ? whoIn(ctx, oe + 1, second).who : undefined
    if (who && also && m.agent === who) {
      m.participants = [...new Set([...(m.participants ?? []), who, also])]
      oe = second
    }
    if (role === 'target' && who && !m.targets.includes(who)) m.targets.push(who)
    // "at the Kenyan embassy" names no place; "in Kenya", "on Nairobi", "on the town of Lia" (placed in Kenya) do.
    const place = isPlace(country) ? country.code : !country && code ? code : placeIn(ctx, prep.object, oe)
    if ((prep.role === 'place' || prep.role === 'target') && place) m.location ??= place
    else if (prep.role === 'target' && namesTown(lang, tt, prep.object, oe)) m.town = true
    e = oe
  }
  return e
}
