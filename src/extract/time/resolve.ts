import { addDays, addMonths, formatDay, formatMonth, isoWeek, nearestWeekday, pad, quarterOf, type Day } from './calendar.js'
import type { Draft, RuleContext, Tense } from './types.js'
import type { UnitCode } from '../../lexicon/en/time-words.js'

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

/** How far (in days) a tense cue may be contradicted before a date moves a year: cues are cheap and often wrong. */
const SLACK = 62

/**
 * The year of a month (and day) written without one: in past context the publication year unless that
 * lies over two months ahead (then the year before), in future context the mirror image, and with no
 * tense cue the occurrence nearest the publication date.
 */
export function yearNear(a: Day, tense: Tense, month: number, day: number): number {
  const ahead = (month - a.m) * 31 + (day - a.d)
  if (tense === 'past') return ahead > SLACK ? a.y - 1 : a.y
  if (tense === 'future') return ahead < -SLACK ? a.y + 1 : a.y
  if (ahead > 183) return a.y - 1
  return ahead < -183 ? a.y + 1 : a.y
}

/**
 * The year of "last March" (-1: before the publication month, and a year back for the month just past,
 * which a writer would call "last month"), "next March" (+1), "this March" (0).
 */
export function yearOfMonth(a: Day, month: number, direction: -1 | 0 | 1): number {
  if (direction < 0) {
    const back = ((a.m - month + 11) % 12) + 1
    return a.y + Math.floor((a.m - 1 - (back === 1 ? 13 : back)) / 12)
  }
  return direction > 0 ? (month > a.m ? a.y : a.y + 1) : a.y
}

/**
 * A weekday said relative to publication: `direction` -1 is the last one strictly before, +1 the next
 * strictly after, 0 the one of the same week. A bare weekday (null) looks back in past or tenseless
 * context (news reports what happened) and ahead in future context; the publication day itself counts.
 */
export function weekdayNear(a: Day, target: number, direction: -1 | 0 | 1 | null, future: boolean): Day {
  if (direction !== null) return nearestWeekday(a, target, direction)
  return future ? nearestWeekday(addDays(a, -1), target, 1) : nearestWeekday(addDays(a, 1), target, -1)
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** True when the day exists in the month ("30 February" does not; 29 February is let through, leap year or not). */
export const isDayOfMonth = (month: number | null, day: number): month is number =>
  month !== null && month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!

/** A numeric date's day: `first/second/year` read day-first or month-first, swapped when only the other order fits. */
export function numericDay(year: number, first: number, second: number, dayFirst: boolean): Day | null {
  let [month, day] = dayFirst ? [second, first] : [first, second]
  if (month > 12) [month, day] = [day, month]
  return month < 1 || month > 12 || day < 1 || day > 31 ? null : { y: year, m: month, d: day }
}
