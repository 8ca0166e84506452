import { get, type Page } from '../api.js'
import { empty, h, link, fill } from '../dom.js'
import { formatTime, interval, isoDay } from '../format.js'
import type { TimelineEntry } from '../types.js'
import { nameOf, names } from '../ui.js'

const LANE_LABEL = 180

/**
 * Lanes per actor along real time. A mark is a dot for a known day and a bar for an uncertain date
 * (a month, a year, or only bounds). Zoom widens the axis; the lanes scroll sideways.
 */
export async function timelineView(el: HTMLElement, _p: string[], q: URLSearchParams): Promise<void> {
  const filter = { actor: q.get('actor') ?? undefined, event: q.get('event') ?? undefined, from: q.get('from') ?? undefined, to: q.get('to') ?? undefined }
  const [page, who] = await Promise.all([get<Page<TimelineEntry>>('/timeline', { ...filter, limit: 500 }), names()])
  const entries = page.items.map((e) => ({ e, at: interval(e.time) ?? interval(e.evidence.published) })).filter((x) => x.at)
  fill(el, h('h1', {}, 'Timeline'), h('p', { class: 'intro' }, 'Who said what, when: placed by the time each statement speaks of, not the date of the article. Bars are uncertain dates.'))
  if (entries.length === 0) return void el.append(empty('Nothing dated to show yet.'))
  const min = Math.min(...entries.map((x) => x.at![0])), max = Math.max(...entries.map((x) => x.at![1]))
  const lanes = new Map<string, typeof entries>()
  for (const x of entries) for (const a of x.e.actors.length ? x.e.actors : ['']) lanes.set(a, [...(lanes.get(a) ?? []), x])
  let zoom = 1
  const track = h('div', { class: 'tl-track' })
  const detail = h('div', { class: 'tl-detail', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Select a mark to read it.'))
  const draw = () => {
    const width = Math.max(600, (el.clientWidth - LANE_LABEL - 40) * zoom)
    const x = (t: number) => ((t - min) / Math.max(1, max - min)) * (width - 16) + 8
    const axis = h('div', { class: 'tl-axis' })
    axis.style.width = `${width}px`
    for (let i = 0; i <= 6; i++) {
      const t = min + ((max - min) * i) / 6
      const tick = h('span', { class: 'tl-tick' }, isoDay(t))
      tick.style.left = `${x(t)}px`
      axis.append(tick)
    }
    track.replaceChildren(axis, ...[...lanes].map(([actor, xs]) => {
      const lane = h('div', { class: 'tl-lane-marks' })
      lane.style.width = `${width}px`
      for (const { e, at } of xs) {
        const [a, b] = at!
        const exact = b - a <= 86_400_000
        const mark = h('button', { type: 'button', class: `tl-mark ${e.kind}${exact ? '' : ' uncertain'}`, 'aria-label': `${e.kind}, ${formatTime(e.time)}: ${e.text}`, title: `${formatTime(e.time)} · ${e.text}` })
        mark.style.left = `${x(a)}px`
        if (!exact) mark.style.width = `${Math.max(10, x(b) - x(a))}px`
        mark.addEventListener('click', () => detail.replaceChildren(
          h('p', { class: 'meta' }, `${e.kind} · ${formatTime(e.time)} · ${e.actors.map((id) => nameOf(who, id)).join(' & ')}`),
          h('blockquote', {}, e.text),
          h('p', {}, link(`/doc/${e.evidence.docId}/${e.evidence.itemId}`, e.evidence.title ?? e.evidence.outlet ?? e.evidence.docId), e.evidence.published ? `, ${e.evidence.published}` : '')))
        lane.append(mark)
      }
      return h('div', { class: 'tl-lane' }, h('div', { class: 'tl-label' }, actor ? link(`/actor/${actor}`, nameOf(who, actor)) : 'unattributed'), lane)
    }))
  }
  const zoomBy = (f: number) => () => { zoom = Math.min(40, Math.max(1, zoom * f)); draw() }
  el.append(
    h('div', { class: 'tl-controls', role: 'group', 'aria-label': 'Zoom' },
      h('button', { type: 'button', onclick: zoomBy(1 / 1.6), 'aria-label': 'Zoom out' }, '−'),
      h('button', { type: 'button', onclick: zoomBy(1.6), 'aria-label': 'Zoom in' }, '+'),
      h('button', { type: 'button', onclick: () => { zoom = 1; draw() } }, 'Fit'),
      h('span', { class: 'legend-inline' }, h('span', { class: 'tl-mark statement' }), ' statement ', h('span', { class: 'tl-mark event' }), ' event ', h('span', { class: 'tl-mark uncertain statement' }), ' uncertain date')),
    h('div', { class: 'tl-scroll' }, track), detail)
  draw()
}
