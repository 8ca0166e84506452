import type { TimeRef } from './types.js'

/** A TimeML date value or a bounded interval, as people read it. */
export function formatTime(t: TimeRef | undefined | null): string {
  if (!t) return 'undated'
  if (t.value) return t.value
  if (t.after && t.before) return `between ${t.after} and ${t.before}`
  if (t.after) return `after ${t.after}`
  if (t.before) return `before ${t.before}`
  return 'undated'
}

const DAY = 86_400_000

/**
 * A TimeML value or TimeRef → [start, end) in ms. "2019" covers the year and "2019-04" the month: a
 * coarse date is an interval, not a day. Values that are not calendar dates (PRESENT_REF, P2D) give undefined.
 */
export function interval(t: TimeRef | string | undefined | null): [number, number] | undefined {
  if (!t) return undefined
  if (typeof t === 'string') return valueInterval(t)
  if (t.value) return valueInterval(t.value)
  const a = t.after ? valueInterval(t.after) : undefined
  const b = t.before ? valueInterval(t.before) : undefined
  if (a && b) return [a[0], b[1]]
  return a ?? b
}

function valueInterval(v: string): [number, number] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(v)
  if (!m) return undefined
  const y = Number(m[1]), mo = m[2] ? Number(m[2]) - 1 : undefined, d = m[3] ? Number(m[3]) : undefined
  if (mo === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)]
  if (d === undefined) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)]
  const start = Date.UTC(y, mo, d)
  return [start, start + DAY]
}

export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** "p-jane-doe" → "Jane Doe" when no name is known. */
export const prettyId = (id: string) => id.replace(/^[a-z]+-/, '').split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')
