import { get, type Page } from '../api.js'
import { empty, h, link, fill } from '../dom.js'
import { formatTime } from '../format.js'
import type { EventSummary, Figure, Tally } from '../types.js'
import { nameOf, names } from '../ui.js'
import { tallyChart } from './tally-chart.js'

const amount = (f: { count: number | null; vague?: string; low?: number; high?: number }) =>
  f.count !== null ? String(f.count) : f.low !== undefined || f.high !== undefined ? `${f.low ?? '?'}–${f.high ?? '?'}` : f.vague ?? '?'

function figureCell(figures: readonly Figure[]): HTMLElement {
  return h('td', {}, figures.map((f) => h('div', { class: `figure${f.supersededBy ? ' superseded' : ''}` },
    link(`/doc/${f.evidence.docId}/${f.evidence.itemId}`, h('strong', {}, amount(f))),
    h('span', { class: 'meta' }, ` ${formatTime(f.reportedOn)}`),
    f.supersededBy ? h('span', { class: 'visually-hidden' }, ' (superseded)') : null)))
}

export interface TallyOptions { maxEvents?: number; events?: Map<string, Pick<EventSummary, 'summary' | 'date'>>; charts?: boolean; compact?: boolean }

/**
 * Per event: groups × sources, each cell the source's figures over time, then the low / best / high summary;
 * with `charts`, each group's figures over the days reported below the table; `compact` (a narrow column)
 * counts the sources instead of giving each a column.
 */
export function tallyTables(tallies: readonly Tally[], who: Map<string, string>, { maxEvents = Infinity, events = new Map(), charts = false, compact = false }: TallyOptions = {}): HTMLElement {
  if (tallies.length === 0) return empty('No casualty figures yet.')
  const byEvent = new Map<string, Tally[]>()
  for (const t of tallies) byEvent.set(t.event ?? '', [...(byEvent.get(t.event ?? '') ?? []), t])
  return h('div', { class: 'tallies' }, [...byEvent].slice(0, maxEvents).map(([eventId, rows]) => {
    const sources = compact ? [] : [...new Set(rows.flatMap((t) => t.figures.map((f) => f.source ?? '')))]
    const ev = events.get(eventId)
    return h('section', { class: 'tally' },
      h('h3', {}, eventId ? link(`/event/${eventId}`, ev ? `${ev.summary}` : eventId) : 'No event named', ev?.date ? h('span', { class: 'meta' }, ` ${ev.date}`) : null),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Group'), sources.map((s) => h('th', { scope: 'col' }, s ? nameOf(who, s) : 'unattributed')),
          compact ? h('th', { scope: 'col', class: 'num' }, 'Sources') : null,
          ['Low', 'Best', 'High'].map((t) => h('th', { scope: 'col', class: 'num' }, t)))),
        h('tbody', {}, rows.map((t) => h('tr', {},
          h('th', { scope: 'row' }, `${t.group} ${t.status}`, t.country ? h('span', { class: 'meta' }, ` ${t.country}`) : null),
          sources.map((s) => figureCell(t.figures.filter((f) => (f.source ?? '') === s))),
          compact ? h('td', { class: 'num' }, String(new Set(t.figures.map((f) => f.source ?? '')).size)) : null,
          [t.low, t.best, t.high].map((v) => h('td', { class: 'num' }, v === undefined ? '—' : String(v)))))))),
      charts ? h('div', { class: 'charts' }, rows.map((t) => tallyChart(t, who))) : null)
  }))
}

export async function casualtiesView(el: HTMLElement, _p: string[], q: URLSearchParams): Promise<void> {
  const event = q.get('event') ?? undefined
  const [page, who, events] = await Promise.all([
    get<Page<Tally>>('/casualties', { event, limit: 500 }), names(),
    get<Page<EventSummary>>('/events', { limit: 500 }).then((p) => new Map(p.items.map((e) => [e.id, e])), () => new Map<string, EventSummary>()),
  ])
  fill(el, h('h1', {}, 'Casualties'),
    h('p', { class: 'intro' }, 'Each source’s figure side by side, with the date it was reported; a later figure from the same source supersedes (strikes through) its earlier one. Low / best / high summarize the sources, in the manner of UCDP GED. Each chart draws a group’s figures by the day reported, a step line per source; hollow points were superseded.'),
    tallyTables(page.items, who, { events, charts: true }))
}
