import type { LedgerEvent } from '../model/ledger.js'
import { placeNamesOf } from './resolve.js'
import { daysOf } from '../claims/time-span.js'
import { pushTo } from './group.js'

/** A figure is reported within this many days of the event it counts. */
const REPORT_WINDOW_DAYS = 31

const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`)

/**
 * figure-joins-placed-event: a casualty figure its article ties to no event, but to a place ("servicemen
 * killed in the town of Lia"), belongs to the one dated ledger event named after that place and held in the
 * month before the report. With no such event, or two, it stays unattached.
 */
export type PlacedEvent = (span: { readonly text: string }, published: string | null) => string | undefined

export function eventByPlace(events: readonly LedgerEvent[]): PlacedEvent {
  // Dated events by the place names in their mentions: a figure is compared with those sharing a name only.
  const byName = new Map<string, { id: string; start?: string }[]>()
  for (const e of events) if (e.date) for (const n of new Set(placeNamesOf(e.mentions.map((m) => m.span)))) pushTo(byName, n, { id: e.id, start: daysOf(e.date).start })
  return (span, published) => {
    const names = placeNamesOf([span])
    if (!names.length || !published) return undefined
    const fits = new Set(names.flatMap((n) => byName.get(n) ?? []).filter(({ start }) =>
      !!start && start <= published && (dayMs(published) - dayMs(start)) / 86_400_000 <= REPORT_WINDOW_DAYS).map((x) => x.id))
    return fits.size === 1 ? [...fits][0] : undefined
  }
}
