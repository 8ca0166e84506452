import { datelinePlaces } from '../segment/dateline.js'
import type { EventContext, EventMention } from './context.js'

/** How many days before publication an event may have happened and still be the dateline's news. */
const RECENT_DAYS = 7
const DAY = /^\d{4}-\d{2}-\d{2}$/
const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000

/** The country a dateline's places name, the most specific one a gazetteer knows first. */
export function datelineCountry(ctx: EventContext): string | undefined {
  for (const place of datelinePlaces(ctx.tt.text)) {
    const form = ctx.lang.countries.lookup(place)
    if (form && (form.kind === 'name' || form.kind === 'capital')) return form.code
    const local = ctx.localities.get(place)
    if (local) return local
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
    if (m.location || !m.date || !DAY.test(m.date)) continue
    const ago = days(m.date, ctx.published)
    if (ago < 0 || ago > RECENT_DAYS) continue
    if (code === null) code = datelineCountry(ctx)
    if (!code) return
    m.location = code
  }
}
