import type { LedgerEvent } from '../model/ledger.js'
import { placeNamesOf } from './resolve.js'
import { daysOf } from '../claims/time-span.js'

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
  const named = events.filter((e) => e.date).map((e) => ({ e, names: new Set(placeNamesOf(e.mentions.map((m) => m.span))) })).filter((x) => x.names.size)
  return (span, published) => {
    const names = placeNamesOf([span])
    if (!names.length || !published) return undefined
    const fits = named.filter(({ e, names: own }) => {
      const start = daysOf(e.date!).start
      if (!start || start > published || (dayMs(published) - dayMs(start)) / 86_400_000 > REPORT_WINDOW_DAYS) return false
      return names.some((n) => own.has(n))
    })
    return fits.length === 1 ? fits[0]!.e.id : undefined
  }
}
