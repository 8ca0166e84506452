import { addDays, addMonths, formatDay, formatMonth, isoWeek, pad, quarterOf, type Day } from './calendar.js'
import type { Draft, RuleContext } from './types.js'
import type { UnitCode } from '../../lexicon/time-words.js'

type Resolution = Pick<Draft, 'value' | 'resolved' | 'unresolved'>

/**
 * A value computed from the publication date, or `placeholder` (with `X`s) flagged as
 * unresolved when the date is unknown, so the stage can warn about it.
 */
export function fromPublication(ctx: RuleContext, compute: (anchor: Day) => string, placeholder: string): Resolution {
  return ctx.anchor
    ? { value: compute(ctx.anchor), resolved: 'publication' }
    : { value: placeholder, resolved: 'publication', unresolved: true }
}

/** Placeholders of each granularity for when no anchor is known. */
export const UNKNOWN: Readonly<Record<UnitCode, string>> = {
  S: 'XXXX-XX-XX', MIN: 'XXXX-XX-XX', H: 'XXXX-XX-XX', D: 'XXXX-XX-XX', W: 'XXXX-WXX', M: 'XXXX-XX',
  Q: 'XXXX-QX', Y: 'XXXX', DE: 'XXX', CE: 'XX',
}

/** `day` moved by `n` units and written at that unit's granularity: weeks as `2026-W01`, years as `2025`. */
export function shiftedValue(day: Day, unit: UnitCode, n: number): string {
  switch (unit) {
    case 'S': case 'MIN': case 'H': case 'D': return formatDay(addDays(day, n))
    case 'W': return isoWeek(addDays(day, 7 * n))
    case 'M': { const d = addMonths(day, n); return formatMonth(d.y, d.m) }
    case 'Q': { const d = addMonths(day, 3 * n); return `${pad(d.y, 4)}-Q${quarterOf(d)}` }
    case 'Y': return pad(day.y + n, 4)
    case 'DE': return pad(Math.floor((day.y + 10 * n) / 10), 3)
    case 'CE': return pad(Math.floor((day.y + 100 * n) / 100), 2)
  }
}

/** A TimeML duration: `P2D`, `PT3H`, `P20Y` for two decades, `PXY` when the count is vague. */
export function durationValue(count: number | null, unit: UnitCode): string {
  const n = (k: number) => (count === null ? 'X' : String(+(count * k).toFixed(2)))
  switch (unit) {
    case 'S': return `PT${n(1)}S`
    case 'MIN': return `PT${n(1)}M`
    case 'H': return `PT${n(1)}H`
    case 'DE': return count === null ? 'PXDE' : `P${n(10)}Y`
    case 'CE': return count === null ? 'PXCE' : `P${n(100)}Y`
    default: return `P${n(1)}${unit}`
  }
}
