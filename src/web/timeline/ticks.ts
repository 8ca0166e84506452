/** Calendar ticks for a time axis at any zoom: days, weeks, months or years, never closer than a label. */
export interface Tick { readonly at: number; readonly label: string }

const DAY = 86_400_000
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

interface Step { readonly unit: 'day' | 'month' | 'year'; readonly n: number; readonly approx: number }
const STEPS: readonly Step[] = [
  ...[1, 2, 7, 14].map((n) => ({ unit: 'day' as const, n, approx: n * DAY })),
  ...[1, 3, 6].map((n) => ({ unit: 'month' as const, n, approx: n * 30.44 * DAY })),
  ...[1, 2, 5, 10, 25, 50, 100].map((n) => ({ unit: 'year' as const, n, approx: n * 365.25 * DAY })),
]

const label = (t: number, unit: Step['unit']) => {
  const d = new Date(t)
  const month = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
  return unit === 'day' ? `${d.getUTCDate()} ${month}` : unit === 'month' ? month : String(d.getUTCFullYear())
}

/** The first tick at or after `t`: UTC midnight, a Monday for weeks, the first of a month, January 1. */
function first(t: number, step: Step): number {
  const d = new Date(t)
  if (step.unit === 'day') {
    const day = Math.ceil(t / DAY) * DAY
    if (step.n !== 7 && step.n !== 14) return day
    const monday = (new Date(day).getUTCDay() + 6) % 7
    return monday === 0 ? day : day + (7 - monday) * DAY
  }
  if (step.unit === 'month') {
    const months = d.getUTCFullYear() * 12 + d.getUTCMonth()
    const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) < t ? months + 1 : months
    const aligned = Math.ceil(start / step.n) * step.n
    return Date.UTC(Math.floor(aligned / 12), aligned % 12, 1)
  }
  const year = Date.UTC(d.getUTCFullYear(), 0, 1) < t ? d.getUTCFullYear() + 1 : d.getUTCFullYear()
  return Date.UTC(Math.ceil(year / step.n) * step.n, 0, 1)
}

function next(t: number, step: Step): number {
  if (step.unit === 'day') return t + step.n * DAY
  const d = new Date(t)
  return step.unit === 'month'
    ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step.n, 1)
    : Date.UTC(d.getUTCFullYear() + step.n, 0, 1)
}

/**
 * Ticks between `from` and `to` (ms) for an axis drawn at `pxPerMs`: the finest calendar step whose
 * ticks stay at least `minGap` pixels apart, so labels never overlap however far one zooms.
 */
export function ticks(from: number, to: number, pxPerMs: number, minGap = 96): Tick[] {
  const step = STEPS.find((s) => s.approx * pxPerMs >= minGap) ?? STEPS[STEPS.length - 1]!
  const out: Tick[] = []
  for (let t = first(from, step); t <= to && out.length < 2_000; t = next(t, step)) out.push({ at: t, label: label(t, step.unit) })
  return out
}
