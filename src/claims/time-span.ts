import type { TimeRef } from '../model/annotations.js'

/**
 * A TimeRef read as an inclusive interval of days, `YYYY-MM-DD` strings that compare as text.
 * An absent bound is open: `{ before: X }` is "some time up to X" and reaches X itself.
 */
export interface Interval {
  readonly start?: string
  readonly end?: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

const DAY = 86_400_000
const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** ISO week `w` of year `y` (`2019-W15`), Monday to Sunday; a weekend (`-WE`) is its Saturday and Sunday. */
function weekDays(y: number, w: number, weekend: boolean): Interval {
  // 4 January is always in week 1.
  const jan4 = Date.UTC(y, 0, 4)
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (w - 1) * 7 * DAY
  return { start: dayString(monday + (weekend ? 5 : 0) * DAY), end: dayString(monday + 6 * DAY) }
}

/** The first and last day a calendar value covers: `2019` → 2019-01-01…2019-12-31, `2019-04` → April, `2019-W15` → that week. */
export function daysOf(value: string): Interval {
  const week = /^(\d{4})-W(\d{2})(-WE)?/.exec(value)
  if (week) return weekDays(Number(week[1]), Number(week[2]), Boolean(week[3]))
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value)
  if (!m) return {}
  const y = Number(m[1])
  if (m[3]) return { start: m[0], end: m[0] }
  if (m[2]) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDay(y, Number(m[2])))}` }
  return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` }
}

// Claims are compared pairwise; each TimeRef object is read into days once.
const cache = new WeakMap<TimeRef, Interval>()

export function intervalOf(ref: TimeRef): Interval {
  let known = cache.get(ref)
  if (!known) cache.set(ref, (known = readInterval(ref)))
  return known
}

function readInterval(ref: TimeRef): Interval {
  if (ref.value) {
    const days = daysOf(ref.value)
    if (days.start) return days
  }
  const start = ref.after ? daysOf(ref.after).start : undefined
  const end = ref.before ? daysOf(ref.before).end : undefined
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) }
}

/** True when the two intervals share at least one day (open bounds reach as far as needed). */
export function overlapping(a: TimeRef, b: TimeRef): boolean {
  const x = intervalOf(a)
  const y = intervalOf(b)
  return (x.start === undefined || y.end === undefined || x.start <= y.end)
    && (y.start === undefined || x.end === undefined || y.start <= x.end)
}

/** The days both cover, as a TimeRef (a single day comes back as a value). */
export function intersection(a: TimeRef, b: TimeRef): TimeRef {
  const x = intervalOf(a)
  const y = intervalOf(b)
  const start = [x.start, y.start].filter(Boolean).sort().pop()
  const end = [x.end, y.end].filter(Boolean).sort()[0]
  if (start && start === end) return { value: start }
  return { ...(start ? { after: start } : {}), ...(end ? { before: end } : {}) }
}

/**
 * Ordering by when something was said: by start (an open start is earliest), then by end (an open end
 * is latest). Used to sort and to decide which of two claims came later.
 */
export function compareTime(a: TimeRef, b: TimeRef): number {
  const x = intervalOf(a)
  const y = intervalOf(b)
  const start = (x.start ?? '') < (y.start ?? '') ? -1 : (x.start ?? '') > (y.start ?? '') ? 1 : 0
  if (start !== 0) return start
  const ex = x.end ?? '~'
  const ey = y.end ?? '~'
  return ex < ey ? -1 : ex > ey ? 1 : 0
}

/** `b` was said after `a`: it starts later, or starts together and ends later. */
export const isLater = (a: TimeRef, b: TimeRef) => compareTime(a, b) < 0

/** How a date is shown in a `why`: the value, or its bounds ("before 2026-01-03", "2026-01-02…2026-01-04"). */
export function showTime(ref: TimeRef): string {
  if (ref.value) return ref.value
  if (ref.after && ref.before) return `${ref.after}…${ref.before}`
  if (ref.before) return `before ${ref.before}`
  if (ref.after) return `after ${ref.after}`
  return 'undated'
}

/** A sortable key for a stored row: the interval's start, or its end when only that is known. */
export function sortKeyOf(ref: TimeRef): string {
  const i = intervalOf(ref)
  return i.start ?? i.end ?? ''
}
