import { countryAt } from './actors.js'
import { placeIn, type Craft, type EventContext } from './context.js'

/** What moves and can be struck or crash anywhere: aircraft, vessels, convoys. */
const MOVING = new Set(['aircraft', 'vessel', 'convoy'])

/** A language's craft nouns to their class, from its theme nouns (src/lexicon/<lang>/predicates.ts), one word each. */
export function craftNouns(themes: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  return new Map(Object.entries(themes).filter(([word, cls]) => MOVING.has(cls) && !word.includes(' ')))
}

/** How far before its noun a craft's country may stand: "two Freedonian military transport helicopters". */
const OWNER_BEFORE = 3

/**
 * The craft nearest the end of tokens [from, to), with the country form beside its noun as owner:
 * "the Freedonian airliner", "el avión freedonio". A country form there names whose craft it is, not
 * where it was: a craft moves.
 */
export function craftIn(ctx: EventContext, from: number, to: number): Craft | undefined {
  for (let k = to - 1; k >= from; k--) {
    const cls = ctx.lang.craft.get(ctx.tt.lower(k))
    if (!cls) continue
    const owner = countryAt(ctx.tt, Math.max(from, k - OWNER_BEFORE), Math.min(to, k + 2), ctx.lang.countries)
    return { cls, token: k, ...(owner ? { owner } : {}) }
  }
  return undefined
}

/** How far after a crash verb its departure place may be told: "crashed minutes after taking off from Lia". */
const DEPARTURE_REACH = 8
/** The words of a place name after the departure words: "Port Lia airport". */
const PLACE_WORDS = 3

/** The country a crash clause's departure names ("crashed shortly after taking off from Lia"): it crashed near there. */
export function departurePlace(ctx: EventContext, from: number, limit: number): string | undefined {
  for (let k = from; k < Math.min(limit, from + DEPARTURE_REACH); k++) {
    const found = ctx.lang.departure.match(ctx.tt, k, limit)
    if (found) return placeIn(ctx, found[0], Math.min(limit, found[0] + PLACE_WORDS))
  }
  return undefined
}
