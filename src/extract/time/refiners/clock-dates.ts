import type { Draft } from '../types.js'

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}(?=$|T)/
const AFTER_TIME = /^\s*(?:,\s*)?(?:on\s+)?$/i
const BEFORE_TIME = /^\s*(?:,\s*)?(?:at\s+)?$/i
/** How far back a clock time looks for the day it belongs to, within its sentence. */
const WINDOW = 100

const withDay = (clock: Draft, day: Draft, start: number, end: number): Draft => ({
  ...clock, start, end, value: day.value.slice(0, 10) + clock.value.slice(clock.value.indexOf('T')),
  resolved: day.resolved, unresolved: day.unresolved,
})

/**
 * Puts clock times on the day the text gives them: "9 a.m. Tuesday" and "Tuesday at 9 a.m." become
 * one TIME; a clock time later in the sentence takes the last day named before it.
 */
export function attachClockDates(drafts: readonly Draft[], text: string): Draft[] {
  const out: Draft[] = []
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!
    if (d.rule !== 'clock') { out.push(d); continue }
    const next = drafts[i + 1]
    if (next && DAY_VALUE.test(next.value) && AFTER_TIME.test(text.slice(d.end, next.start))) {
      out.push(withDay(d, next, d.start, next.end)); i++; continue
    }
    const prev = out[out.length - 1]
    if (prev && DAY_VALUE.test(prev.value) && BEFORE_TIME.test(text.slice(prev.end, d.start))) {
      out[out.length - 1] = withDay(d, prev, prev.start, d.end); continue
    }
    const near = prev && DAY_VALUE.test(prev.value) && d.start - prev.end < WINDOW && !/[.!?]\s/.test(text.slice(prev.end, d.start))
    out.push(near ? withDay(d, prev, d.start, d.end) : d)
  }
  return out
}
