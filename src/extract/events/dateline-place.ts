import { placesNamed } from '../places/gazetteer.js'
import { datelinePlaces } from '../segment/dateline.js'
import type { EventContext, EventMention } from './context.js'
import { isRecentDay } from './narrative-date.js'


/** The countries one dateline part may be in: a country or capital, a place the article placed, else the gazetteer's. */
function countriesOf(ctx: EventContext, place: string): ReadonlySet<string> {
  const form = ctx.lang.countries.lookup(place)
  if (form && (form.kind === 'name' || form.kind === 'capital')) return new Set([form.code])
  const local = ctx.localities.get(place)
  if (local) return new Set([local])
  return new Set(placesNamed(place).map((p) => p.country))
}

/**
 * The country a dateline's places name: the most specific part whose candidates, narrowed by the parts
 * after it ("BELFAST, Northern Ireland"), leave one country; none when a namesake stays ambiguous.
 */
export function datelineCountry(ctx: EventContext): string | undefined {
  const options = datelinePlaces(ctx.tt.text).map((p) => countriesOf(ctx, p))
  for (let i = 0; i < options.length; i++) {
    let candidates = options[i]!
    for (const later of options.slice(i + 1)) {
      const both = new Set([...candidates].filter((c) => later.has(c)))
      if (both.size) candidates = both
    }
    if (candidates.size === 1) return [...candidates][0]
  }
  return undefined
}

/**
 * Refiner `dateline`: a wire story's dateline ("OSTREL, Valdoria (Harbour Wire) _") says where it was
 * filed, and an event it tells without a place of its own, dated within a week before publication, is
 * that place's news. Older events are background, often told from elsewhere, and keep no place.
 */
export function placeFromDateline(ctx: EventContext, mentions: readonly EventMention[]): void {
  if (!ctx.published) return
  let code: string | undefined | null = null
  for (const m of mentions) {
    if (m.location || !m.date || !isRecentDay(ctx.published, m.date)) continue
    if (code === null) code = datelineCountry(ctx)
    if (!code) return
    m.location = code
  }
}
