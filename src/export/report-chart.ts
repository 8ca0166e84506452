import type { CasualtyFigure, CasualtyTally } from '../model/ledger.js'
import { intervalOf } from '../claims/time-span.js'
import { escapeMarkup as esc } from './markup.js'

const W = 520
const H = 170
const PAD = { left: 44, right: 150, top: 12, bottom: 28 }
const COLORS = ['#1f5fa8', '#b3422f', '#2e7d32', '#8e44ad', '#a66b00', '#00796b']
const DAY = 86_400_000

interface Point { readonly source: string; readonly day: string; readonly n: number; readonly superseded: boolean }

// A figure is placed on the last day it may have been reported ("by 2030-02-12" at that day).
function pointOf(f: CasualtyFigure, source: string): Point | undefined {
  const n = f.count ?? f.low ?? f.high
  const { start, end } = intervalOf(f.reportedOn)
  const day = end ?? start
  return n === undefined || n === null || !day ? undefined : { source, day, n, superseded: !!f.supersededBy }
}

/**
 * One tally's figures over the day each was reported: a step line per source (a figure holds until the
 * source gives another), superseded figures hollow. Empty when fewer than two figures have a number and a date.
 */
export function tallyChart(t: CasualtyTally, sourceName: (id: string | undefined) => string): string {
  const points = t.figures.flatMap((f) => pointOf(f, sourceName(f.source)) ?? [])
  if (points.length < 2) return ''
  const days = points.map((p) => Date.parse(p.day))
  const [first, last] = [Math.min(...days), Math.max(...days)]
  const top = Math.max(...points.map((p) => p.n))
  const x = (day: string) => PAD.left + ((Date.parse(day) - first) / Math.max(last - first, DAY)) * (W - PAD.left - PAD.right)
  const y = (n: number) => H - PAD.bottom - (n / top) * (H - PAD.top - PAD.bottom)
  const sources = [...new Set(points.map((p) => p.source))]
  const lines = sources.map((s, i) => {
    const mine = points.filter((p) => p.source === s).sort((a, b) => a.day.localeCompare(b.day))
    const color = COLORS[i % COLORS.length]!
    const at = (p: Point) => [x(p.day).toFixed(1), y(p.n).toFixed(1)] as const
    const path = mine.map((p, j) => (j ? `H${at(p)[0]}V${at(p)[1]}` : `M${at(p)[0]} ${at(p)[1]}`)).join('')
    const dots = mine.map((p) => `<circle cx="${at(p)[0]}" cy="${at(p)[1]}" r="3.5" stroke="${color}" `
      + `fill="${p.superseded ? 'white' : color}"><title>${esc(`${s}: ${p.n} (${p.day})`)}</title></circle>`)
    const legend = `<text x="${W - PAD.right + 10}" y="${PAD.top + 12 + i * 16}" fill="${color}">${esc(s)}</text>`
    return `<path d="${path}" fill="none" stroke="${color}" stroke-width="1.5"/>${dots.join('')}${legend}`
  })
  const axis = `<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#888"/>`
    + `<text x="${PAD.left - 6}" y="${y(top) + 4}" text-anchor="end">${top}</text><text x="${PAD.left - 6}" y="${H - PAD.bottom}" text-anchor="end">0</text>`
    + `<text x="${PAD.left}" y="${H - 8}">${esc(new Date(first).toISOString().slice(0, 10))}</text>`
    + `<text x="${W - PAD.right}" y="${H - 8}" text-anchor="end">${esc(new Date(last).toISOString().slice(0, 10))}</text>`
  const label = esc(`${t.group} ${t.status}: each source's figures by the day reported`)
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${label}" font-size="10" font-family="system-ui, sans-serif">${axis}${lines.join('')}</svg>`
}
