import { isoWeek, pad, parseDay } from '../calendar.js'
import { shiftedValue } from '../resolve.js'
import type { UnitCode } from '../../../lexicon/en/time-words.js'
import type { Draft } from '../types.js'

/** A value that places a time on the calendar (a year, month, week, day), not a reference or duration. */
const ANCHORED = /^\d{3,4}(?:-|$)/

/**
 * The part of the anchor a narrative phrase keeps: "that year" keeps the year, "then" all of it;
 * a draft that says what it keeps (`keep`) is not read from its words.
 */
function atGranularity(phrase: string, anchor: string, keep?: Draft['keep']): string {
  const unit = keep ?? /(day|week|month|year)$/i.exec(phrase)?.[1]?.toLowerCase()
  if (unit === 'year') return anchor.slice(0, 4)
  if (unit === 'month') return anchor.length >= 7 ? anchor.slice(0, 7) : anchor
  const day = parseDay(anchor)
  if (unit === 'week') return day ? isoWeek(day) : anchor
  if (unit === 'day') return day ? anchor.slice(0, 10) : anchor
  return anchor
}

/**
 * A TimeML value moved by whole units at its own granularity: `1989-Q3` a year back is `1988-Q3`,
 * `2019-04` a month on is `2019-05`. Null when the value cannot be moved that way.
 */
export function shiftValue(value: string, unit: UnitCode, n: number): string | null {
  const y = Number(value.slice(0, 4))
  if (unit === 'Y' && /^\d{4}(?:-(?:\d\d|Q\d|W\d\d|SP|SU|FA|WI|H\d))?(?:-\d\d)?$/.test(value)) return pad(y + n, 4) + value.slice(4)
  const q = /^\d{4}-Q(\d)$/.exec(value)
  if (unit === 'Q' && q) { const i = y * 4 + Number(q[1]) - 1 + n; return `${pad(Math.floor(i / 4), 4)}-Q${(i % 4) + 1}` }
  const day = parseDay(value)
  if (day) return shiftedValue(day, unit, n)
  const month = /^\d{4}-(\d\d)$/.exec(value)
  return month ? shiftedValue({ y, m: Number(month[1]), d: 1 }, unit, n) : null
}

/**
 * "at the time", "until then", "that day" take the last anchored date before them in the text
 * (resolved as 'narrative'); with none before them they stay `PAST_REF`.
 */
export function fillNarrative(drafts: readonly Draft[], text: string): Draft[] {
  let last: Draft | undefined
  return drafts.map((d) => {
    if (!d.narrative) {
      if (d.type === 'DATE' && ANCHORED.test(d.value)) last = d
      return d
    }
    if (!last || (d.anchorPattern && !d.anchorPattern.test(last.value))) return d
    const moved = d.shift ? shiftValue(last.value, d.shift.unit, d.shift.n) : last.value
    const value = moved && atGranularity(text.slice(d.start, d.end), moved, d.keep)
    return value ? { ...d, value, mod: undefined, resolved: 'narrative', unresolved: last.unresolved } : d
  })
}
