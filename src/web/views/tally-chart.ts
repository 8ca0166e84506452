import { h } from '../dom.js'
import type { Figure, Tally, TimeRef } from '../types.js'
import { interval, isoDay } from '../format.js'
import { nameOf } from '../ui.js'

const NS = 'http://www.w3.org/2000/svg'
const SIZE = { width: 640, height: 210, left: 48, right: 24, top: 28, bottom: 30 }
const COLORS = ['#1f5fa8', '#b3422f', '#2e7d32', '#8e44ad', '#a66b00', '#00796b']
const DAY_MS = 86_400_000

/** An SVG element; text goes in as text nodes, never as markup. */
function svg(tag: string, attrs: Record<string, string | number>, ...text: string[]): SVGElement {
  const el = document.createElementNS(NS, tag)
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v))
  for (const t of text) el.append(document.createTextNode(t))
  return el
}

export interface ChartPoint { source: string; day: string; n: number; superseded: boolean; figure: Figure }

/**
 * The day a figure was reported: the last day it may have been ("by the 12th" at the 12th, "in May" at its
 * end), never after its article; with no date of its own, its article's day.
 */
export function reportDay(r: TimeRef, published: string | null): string | undefined {
  const i = interval(r)
  const days = [i && isoDay(i[1] - 1), published?.slice(0, 10)].filter((d): d is string => !!d)
  return days.sort()[0]
}

/** The figures a chart can place: a number and a day each, in the order reported. */
export function chartPoints(t: Tally): ChartPoint[] {
  return t.figures.flatMap((f) => {
    const n = f.count ?? f.low ?? f.high
    const day = reportDay(f.reportedOn, f.evidence.published)
    return n === null || n === undefined || !day ? [] : [{ source: f.source ?? '', day, n, superseded: !!f.supersededBy, figure: f }]
  }).sort((a, b) => a.day.localeCompare(b.day))
}

/**
 * One tally's figures over the day each was reported: a step line per source (a figure holds until the
 * source gives another, or to the chart's last day), superseded figures hollow. Each point is focusable and
 * says its source, number and day on hover and focus. Null with fewer than two placed figures.
 */
export function tallyChart(t: Tally, who: Map<string, string>): HTMLElement | null {
  const points = chartPoints(t)
  if (points.length < 2) return null
  const times = points.map((p) => Date.parse(p.day))
  const [from, to] = [Math.min(...times), Math.max(...times)]
  const top = Math.max(1, ...points.map((p) => p.n))
  const { width, height, left, right, top: pad, bottom } = SIZE
  const x = (day: string) => left + ((Date.parse(day) - from) / Math.max(to - from, DAY_MS)) * (width - left - right)
  const y = (n: number) => height - bottom - (n / top) * (height - pad - bottom)
  const label = (s: string) => (s ? nameOf(who, s) : 'unattributed')
  const sources = [...new Set(points.map((p) => p.source))]
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'tally-chart', role: 'group', 'aria-label': `${t.group} ${t.status}: each source’s figures by the day reported` })
  chart.append(
    svg('line', { x1: left, x2: width - right, y1: y(0), y2: y(0), class: 'axis' }),
    svg('text', { x: left - 6, y: y(0) + 4, 'text-anchor': 'end' }, '0'),
    svg('text', { x: left - 6, y: y(top) + 4, 'text-anchor': 'end' }, String(top)),
    svg('text', { x: left, y: height - 8 }, new Date(from).toISOString().slice(0, 10)),
    svg('text', { x: width - right, y: height - 8, 'text-anchor': 'end' }, new Date(to).toISOString().slice(0, 10)))
  sources.forEach((source, i) => {
    const color = COLORS[i % COLORS.length]!
    const mine = points.filter((p) => p.source === source)
    const steps = mine.map((p, k) => `${k ? 'H' : 'M'}${x(p.day).toFixed(1)}${k ? 'V' : ' '}${y(p.n).toFixed(1)}`).join('')
    // A source's last figure holds to the chart's end, unless a later one replaced it.
    const holds = mine[mine.length - 1]!.superseded ? '' : `H${width - right}`
    chart.append(svg('path', { d: `${steps}${holds}`, stroke: color, class: 'step' }))
    for (const p of mine) {
      const text = `${label(source)}: ${p.n} ${t.status}, reported ${p.day}${p.superseded ? ' (superseded)' : ''}`
      const mark = svg('g', { class: `point${p.superseded ? ' superseded' : ''}`, tabindex: 0, role: 'img', 'aria-label': text })
      const tx = Math.min(x(p.day), width - right - 4)
      mark.append(svg('circle', { cx: x(p.day), cy: y(p.n), r: 4.5, stroke: color, fill: p.superseded ? '#fff' : color }),
        svg('title', {}, text), svg('text', { x: tx, y: y(p.n) - 10, 'text-anchor': x(p.day) > width / 2 ? 'end' : 'start' }, `${p.n} · ${p.day}`))
      chart.append(mark)
    }
  })
  const legend = h('ul', { class: 'chart-legend' }, sources.map((s, i) => {
    const swatch = svg('svg', { width: 12, height: 12, 'aria-hidden': 'true' })
    swatch.append(svg('circle', { cx: 6, cy: 6, r: 5, fill: COLORS[i % COLORS.length]! }))
    return h('li', {}, swatch, ' ', label(s))
  }))
  return h('figure', { class: 'chart' }, h('figcaption', {}, `${t.group} ${t.status}`, h('span', { class: 'meta' }, ' · hollow: replaced by a later figure')), chart, legend)
}
