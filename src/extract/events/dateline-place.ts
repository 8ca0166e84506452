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
  return new Set(placesNamed(place).map((p) => p.country).filter((c) => !ctx.namesakeIn(c)))
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
 * "the raid", told with nothing of its own: a reference to an event reported elsewhere, maybe from another
 * place. A counted or modified plural ("two killings") introduces its events instead.
 */
const refersBack = (ctx: EventContext, m: EventMention) =>
  m.form === 'noun' && !m.introduces && !m.agent && m.targets.length === 0 && m.span.end <= ctx.tt.tokens[m.trigger]!.end

/** A mention that makes its event the dateline's news: dated within a week before publication, or undated and more than a bare reference. */
const news = (ctx: EventContext, published: string, m: EventMention) => (m.date ? isRecentDay(published, m.date) : !refersBack(ctx, m))

/**
 * Refiner `dateline`: a wire story's dateline ("OSTREL, Valdoria (Harbour Wire) _") says where it was
 * filed, and an event it tells without a place of its own is that place's news when one of its mentions
 * tells it so: dated within a week, or undated and more than a bare reference. Events only told as older
 * background or referred to ("the raid") may have happened elsewhere and keep no place. Runs on grouped
 * mentions, so a downing is placed by its crash and an act by its outcome.
 */
export function placeFromDateline(ctx: EventContext, events: readonly EventMention[][]): void {
  const published = ctx.published
  if (!published) return
  let code: string | undefined | null = null
  for (const ms of events) {
    if (ms.some((m) => m.location || m.town) || !ms.some((m) => news(ctx, published, m))) continue
    if (code === null) code = datelineCountry(ctx)
    if (!code) return
    ms[0]!.location = code
  }
}
