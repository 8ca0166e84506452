/** Plain calendar arithmetic on UTC days; no time zones, so results never drift by one. */

export interface Day {
  readonly y: number
  readonly m: number
  readonly d: number
}

const DAY_MS = 86_400_000

export function parseDay(value: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '')
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null
}

const toTime = (day: Day) => Date.UTC(day.y, day.m - 1, day.d)

function fromTime(t: number): Day {
  const date = new Date(t)
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0')

export const formatDay = (day: Day) => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`
export const formatMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`

export function addDays(day: Day, n: number): Day {
  return fromTime(toTime(day) + n * DAY_MS)
}

/** Adds months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { y, m, d: Math.min(day.d, last) }
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(day: Day): number {
  return ((new Date(toTime(day)).getUTCDay() + 6) % 7) + 1
}

/** ISO 8601 week value, e.g. `2026-W01`; the week belongs to the year of its Thursday. */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 4 - weekday(day))
  const jan1 = toTime({ y: thursday.y, m: 1, d: 1 })
  const week = Math.floor((toTime(thursday) - jan1) / DAY_MS / 7) + 1
  return `${pad(thursday.y, 4)}-W${pad(week)}`
}

/**
 * The given weekday relative to `day`: direction -1 is the most recent one strictly before,
 * +1 the next one strictly after, 0 the one in the same ISO week.
 */
export function nearestWeekday(day: Day, target: number, direction: -1 | 0 | 1): Day {
  const now = weekday(day)
  if (direction === 0) return addDays(day, target - now)
  if (direction < 0) return addDays(day, -(((now - target + 6) % 7) + 1))
  return addDays(day, ((target - now + 6) % 7) + 1)
}

export const quarterOf = (day: Day) => Math.floor((day.m - 1) / 3) + 1
