import { get, type Page } from '../api.js'
import { empty, h, link, fill } from '../dom.js'
import { formatTime, interval, plural } from '../format.js'
import { timelineChart, type Mark } from '../timeline/chart.js'
import { groupLanes, type LaneActor } from '../timeline/lanes.js'
import type { ActorSummary, EventSummary, TimelineEntry } from '../types.js'
import { nameOf, names } from '../ui.js'

/** More than this many entries are not drawn: the filters narrow the view instead. */
const MAX_ENTRIES = 5_000
const PAGE = 500
/** Actor ids per request: the API takes up to 200. */
const IDS_PER_ASK = 200

type Filter = { actor?: string; event?: string; from?: string; to?: string }

async function entriesFor(filter: Filter): Promise<{ items: TimelineEntry[]; more: boolean }> {
  const items: TimelineEntry[] = []
  for (let offset: number | null = 0; offset !== null && items.length < MAX_ENTRIES;) {
    const page: Page<TimelineEntry> = await get<Page<TimelineEntry>>('/timeline', { ...filter, limit: PAGE, offset })
    items.push(...page.items)
    offset = page.next
    if (offset !== null && items.length >= MAX_ENTRIES) return { items, more: true }
  }
  return { items, more: false }
}

/** The actors a lane needs to be grouped: governments, and whom each of the others speaks for. */
async function laneActors(ids: readonly string[]): Promise<Map<string, LaneActor>> {
  const governments = await get<Page<ActorSummary>>('/actors', { type: 'government', limit: PAGE })
  const known = new Map<string, LaneActor>(governments.items.map((a) => [a.id, a]))
  let missing = [...new Set(ids)].filter((id) => id && !known.has(id))
  // The bodies between a person and a government are asked for too, a level at a time.
  for (let level = 0; level < 3 && missing.length; level++) {
    for (let i = 0; i < missing.length; i += IDS_PER_ASK) {
      const page = await get<Page<ActorSummary>>('/actors', { ids: missing.slice(i, i + IDS_PER_ASK).join(','), limit: IDS_PER_ASK })
      for (const a of page.items) known.set(a.id, a)
    }
    const asked = new Set(missing)
    missing = [...new Set(missing.map((id) => known.get(id)?.memberOf))].filter((id): id is string => !!id && !known.has(id) && !asked.has(id))
  }
  return known
}

function filters(current: Filter, actors: readonly string[], events: readonly EventSummary[], who: Map<string, string>): HTMLElement {
  const option = (value: string, label: string, selected?: string) => h('option', { value, selected: value === selected }, label)
  const byName = [...new Set([...actors, ...(current.actor ? [current.actor] : [])])].sort((a, b) => nameOf(who, a).localeCompare(nameOf(who, b)))
  // The event asked for stays choosable even when it is not among the events listed.
  const eventOptions = events.map((e) => option(e.id, `${e.date ?? 'undated'} · ${e.summary}`.slice(0, 90), current.event))
  if (current.event && !events.some((e) => e.id === current.event)) eventOptions.unshift(option(current.event, current.event, current.event))
  const form = h('form', { class: 'tl-filters', role: 'search', 'aria-label': 'Timeline filters' },
    h('label', {}, 'Actor ', h('select', { name: 'actor' }, option('', 'everyone'), byName.map((id) => option(id, nameOf(who, id), current.actor)))),
    h('label', {}, 'Event ', h('select', { name: 'event' }, option('', 'any'), eventOptions)),
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: current.from ?? '' })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: current.to ?? '' })),
    h('button', { type: 'submit' }, 'Show'),
    Object.values(current).some(Boolean) ? link('/timeline', 'Clear') : null)
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const q = new URLSearchParams()
    form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input').forEach((f) => { if (f.value) q.set(f.name, f.value) })
    location.hash = `#/timeline${q.size ? `?${q}` : ''}`
  })
  return form
}

/**
 * Lanes per actor along real time, grouped by the government each speaks for. A mark is a dot for a known
 * day and a bar for an uncertain date (a month, a year, or only bounds).
 */
export async function timelineView(el: HTMLElement, _p: string[], q: URLSearchParams): Promise<void> {
  const filter: Filter = Object.fromEntries(['actor', 'event', 'from', 'to'].map((k) => [k, q.get(k) ?? undefined]).filter(([, v]) => v))
  const [{ items, more }, who, events] = await Promise.all([
    entriesFor(filter), names(),
    get<Page<EventSummary>>('/events', { from: filter.from, to: filter.to, limit: 200 }).then((p) => p.items, () => []),
  ])
  const describe = (e: TimelineEntry) =>
    `${e.kind} · ${formatTime(e.time)} · ${e.actors.map((id) => nameOf(who, id)).join(' & ') || 'unattributed'}: ${e.text.length > 160 ? `${e.text.slice(0, 159)}…` : e.text}`
  const placed = items.flatMap((e) => {
    const at = interval(e.time) ?? interval(e.evidence.published)
    if (!at) return []
    const mark: Mark = { key: e.key, kind: e.kind, at, label: describe(e), actors: e.actors }
    return [{ e, mark }]
  }).sort((a, b) => a.mark.at[0] - b.mark.at[0])
  const entryOf = new Map<Mark, TimelineEntry>(placed.map((p) => [p.mark, p.e]))
  const actorIds = [...new Set(placed.flatMap((p) => p.e.actors))]
  fill(el, h('h1', {}, 'Timeline'),
    h('p', { class: 'intro' }, 'Who said what, when: placed by the time each statement speaks of, not the date of the article. Bars are uncertain dates; people and bodies are folded under the government they speak for.'),
    filters(filter, actorIds, events, who))
  if (placed.length === 0) return void el.append(empty(Object.keys(filter).length ? 'Nothing dated matches these filters.' : 'Nothing dated to show yet.'))
  const groups = groupLanes(placed.map((p) => p.mark), (m) => m.actors, await laneActors(actorIds))
  const detail = h('div', { class: 'tl-detail', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Select a mark to read it.'))
  const chart = timelineChart(groups, (id) => nameOf(who, id), (m) => {
    const e = entryOf.get(m)!
    detail.replaceChildren(
      h('p', { class: 'meta' }, `${e.kind} · ${formatTime(e.time)} · ${e.actors.map((id) => nameOf(who, id)).join(' & ')}`),
      h('blockquote', {}, e.text),
      h('p', {}, link(`/doc/${e.evidence.docId}/${e.evidence.itemId}`, e.evidence.title ?? e.evidence.outlet ?? e.evidence.docId), e.evidence.published ? `, ${e.evidence.published}` : ''))
  })
  el.append(
    h('div', { class: 'tl-controls', role: 'group', 'aria-label': 'Zoom' },
      h('button', { type: 'button', onclick: () => chart.zoomAt(1 / 1.6), 'aria-label': 'Zoom out' }, '−'),
      h('button', { type: 'button', onclick: () => chart.zoomAt(1.6), 'aria-label': 'Zoom in' }, '+'),
      h('button', { type: 'button', onclick: () => chart.fit() }, 'Fit'),
      h('span', { class: 'hint' }, 'Ctrl + wheel, a pinch or a double-click zooms around the pointer; drag to pan.'),
      h('span', { class: 'legend-inline' }, h('span', { class: 'tl-mark statement' }), ' statement ', h('span', { class: 'tl-mark event' }), ' event ', h('span', { class: 'tl-mark uncertain statement' }), ' uncertain date')),
    h('p', { class: 'meta tl-count' }, `${plural(placed.length, 'mark')} in ${plural(groups.length, 'lane')}`,
      more ? ` — the first ${MAX_ENTRIES.toLocaleString('en')} only: narrow by actor, event or dates to see the rest` : ''),
    chart.el, detail)
  chart.fit()
}
