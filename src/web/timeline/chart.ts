import { h } from '../dom.js'
import type { LaneGroup } from './lanes.js'
import { ticks } from './ticks.js'

/** One thing placed on the timeline: when (an interval, a day or wider), what, and whose. */
export interface Mark {
  readonly key: string
  readonly kind: string
  readonly at: readonly [number, number]
  readonly label: string
  readonly actors: readonly string[]
}

export interface Chart {
  readonly el: HTMLElement
  /** The whole span in view again. */
  fit(): void
  /** Zooms by `factor` keeping the time under `px` (pixels from the left of the marks area) where it is. */
  zoomAt(factor: number, px?: number): void
}

const DAY = 86_400_000
const PAD = 10

interface Placed { readonly el: HTMLElement; readonly mark: Mark }

/**
 * Lanes of marks along real time, drawn at the width of the view so everything fits on open. Ctrl + wheel
 * (or a pinch) and double-click zoom around the pointer, dragging pans, lane labels and the axis stay in
 * view while scrolling, and a mark says what it is on hover and on keyboard focus.
 */
export function timelineChart(groups: readonly LaneGroup<Mark>[], name: (id: string) => string, open: (m: Mark) => void): Chart {
  const marks = groups.flatMap((g) => g.items)
  const min = Math.min(...marks.map((m) => m.at[0])) - DAY / 2
  const max = Math.max(...marks.map((m) => m.at[1])) + DAY / 2
  // At full zoom a day spans about 80 pixels.
  const maxZoom = (view: number) => Math.max(1, ((max - min) / DAY) * 80 / Math.max(1, view))
  const placed: Placed[] = []
  const tip = h('div', { class: 'tl-tip', role: 'tooltip', id: 'tl-tip', hidden: true })
  const axis = h('div', { class: 'tl-axis' })
  const corner = h('div', { class: 'tl-corner' })
  const track = h('div', { class: 'tl-track' }, h('div', { class: 'tl-axis-row' }, corner, axis))
  const scroll = h('div', { class: 'tl-scroll' }, track)
  const el = h('div', { class: 'tl-chart' }, scroll, tip)
  let zoom = 1
  let width = 0

  const laneRow = (label: HTMLElement, items: readonly Mark[], cls = '') => {
    const area = h('div', { class: 'tl-lane-marks' })
    items.forEach((mark, i) => {
      const b = h('button', {
        type: 'button', class: `tl-mark ${mark.kind}`, 'aria-label': mark.label, 'aria-describedby': 'tl-tip',
        tabindex: i === 0 ? 0 : -1, 'data-i': placed.length,
      })
      placed.push({ el: b, mark })
      area.append(b)
    })
    return h('div', { class: `tl-lane ${cls}` }, label, area)
  }
  const labelOf = (id: string, extra: Node | null = null) =>
    h('div', { class: 'tl-label' }, extra, id ? h('a', { href: `#/actor/${id}`, title: name(id) }, name(id)) : 'unattributed')

  for (const g of groups) {
    if (!g.members.length) { track.append(laneRow(labelOf(g.head), g.items)); continue }
    const own = g.items.filter((m) => m.actors.includes(g.head))
    const members = g.members.map((m) => laneRow(labelOf(m.actor), m.items, 'tl-member'))
    const toggle = h('button', { type: 'button', class: 'tl-fold', 'aria-expanded': 'false', 'aria-label': `Unfold the ${g.members.length + 1} lanes of ${name(g.head)}` })
    const folded = laneRow(labelOf(g.head, toggle), g.items, 'tl-group')
    const opened = laneRow(labelOf(g.head, toggle.cloneNode() as HTMLElement), own, 'tl-group')
    opened.hidden = true
    for (const m of members) m.hidden = true
    const setOpen = (on: boolean) => {
      folded.hidden = on
      opened.hidden = !on
      for (const m of members) m.hidden = !on
      layout()
      ;(on ? opened : folded).querySelector<HTMLElement>('.tl-fold')?.focus()
    }
    folded.querySelector('.tl-fold')!.addEventListener('click', () => setOpen(true))
    const close = opened.querySelector('.tl-fold')!
    close.setAttribute('aria-expanded', 'true')
    close.setAttribute('aria-label', `Fold the lanes of ${name(g.head)}`)
    close.addEventListener('click', () => setOpen(false))
    track.append(folded, opened, ...members)
  }

  const view = () => Math.max(1, scroll.clientWidth - labelWidth())
  const labelWidth = () => corner.offsetWidth
  const x = (t: number) => ((t - min) / (max - min)) * (width - 2 * PAD) + PAD
  const timeAt = (px: number) => min + ((px - PAD) / Math.max(1, width - 2 * PAD)) * (max - min)

  function drawTicks(): void {
    const from = timeAt(scroll.scrollLeft - view())
    const to = timeAt(scroll.scrollLeft + 2 * view())
    // A label cut by the lane labels' column is left out rather than shown in half.
    const shown = ticks(Math.max(min, from), Math.min(max, to), (width - 2 * PAD) / (max - min))
      .filter((t) => x(t.at) - scroll.scrollLeft >= 40)
    axis.replaceChildren(...shown.map((t) => {
      const tick = h('span', { class: 'tl-tick' }, t.label)
      tick.style.left = `${x(t.at)}px`
      return tick
    }))
  }
  function layout(ticksToo = true): void {
    width = view() * zoom
    axis.style.width = `${width}px`
    track.querySelectorAll<HTMLElement>('.tl-lane-marks').forEach((area) => { area.style.width = `${width}px` })
    for (const { el: b, mark } of placed) {
      if ((b.parentElement?.parentElement as HTMLElement | null)?.hidden) continue
      const [a, z] = mark.at
      const wide = z - a > DAY
      // A day's dot sits at its middle; a wider date is a bar over its whole span.
      b.style.left = `${x(wide ? a : (a + z) / 2)}px`
      b.classList.toggle('uncertain', wide)
      b.style.width = wide ? `${Math.max(10, x(z) - x(a))}px` : ''
    }
    if (ticksToo) drawTicks()
  }
  // The scroll offset as last set here, unrounded: zooming again from the browser's whole pixels would
  // drift a little further off the pointer with every step.
  let left = 0
  function zoomAt(factor: number, px = view() / 2): void {
    const t = timeAt((Math.abs(scroll.scrollLeft - left) < 1 ? left : scroll.scrollLeft) + px)
    zoom = Math.min(maxZoom(view()), Math.max(1, zoom * factor))
    layout(false)
    left = Math.max(0, x(t) - px)
    scroll.scrollLeft = left
    drawTicks()
  }
  const fit = () => { zoom = 1; layout(false); scroll.scrollLeft = left = 0; drawTicks() }

  // Pointer position in pixels from the left edge of the marks area as it shows (inside the border: a
  // pixel off here is a day off once zoomed in).
  const pointer = (e: MouseEvent) => Math.max(0, e.clientX - scroll.getBoundingClientRect().left - scroll.clientLeft - labelWidth())
  scroll.addEventListener('wheel', (e) => {
    if (!e.ctrlKey && !e.metaKey) return
    e.preventDefault()
    zoomAt(Math.exp(-e.deltaY * 0.004), pointer(e))
  }, { passive: false })
  scroll.addEventListener('dblclick', (e) => {
    if ((e.target as Element).closest('.tl-mark, .tl-label')) return
    zoomAt(e.shiftKey ? 1 / 2 : 2, pointer(e))
  })
  let drag: { x: number; y: number; left: number; top: number } | undefined
  scroll.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || (e.target as Element).closest('button, a')) return
    drag = { x: e.clientX, y: e.clientY, left: scroll.scrollLeft, top: scroll.scrollTop }
    scroll.setPointerCapture(e.pointerId)
  })
  scroll.addEventListener('pointermove', (e) => {
    if (!drag) return
    scroll.scrollLeft = drag.left - (e.clientX - drag.x)
    scroll.scrollTop = drag.top - (e.clientY - drag.y)
  })
  scroll.addEventListener('pointerup', () => { drag = undefined })
  let frame = 0
  scroll.addEventListener('scroll', () => { cancelAnimationFrame(frame); frame = requestAnimationFrame(drawTicks) })

  const markOf = (target: EventTarget | null) => {
    const b = (target as Element | null)?.closest?.('.tl-mark') as HTMLElement | null
    return b ? placed[Number(b.dataset['i'])] : undefined
  }
  const show = (p: Placed | undefined) => {
    if (!p) return
    tip.textContent = p.mark.label
    tip.hidden = false
    const r = p.el.getBoundingClientRect(), box = el.getBoundingClientRect()
    tip.style.left = `${Math.min(r.left - box.left, box.width - tip.offsetWidth)}px`
    tip.style.top = `${r.bottom - box.top + 6}px`
  }
  const hide = () => { tip.hidden = true }
  track.addEventListener('pointerover', (e) => show(markOf(e.target)))
  track.addEventListener('pointerout', (e) => { if (markOf(e.target)) hide() })
  track.addEventListener('focusin', (e) => show(markOf(e.target)))
  track.addEventListener('focusout', hide)
  track.addEventListener('click', (e) => { const p = markOf(e.target); if (p) open(p.mark) })
  // Inside a lane the arrow keys step from mark to mark; Tab goes on to the next lane.
  track.addEventListener('keydown', (e) => {
    const p = markOf(e.target)
    if (e.key === 'Escape') return hide()
    if (!p || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return
    const next = (e.key === 'ArrowRight' ? p.el.nextElementSibling : p.el.previousElementSibling) as HTMLElement | null
    if (!next) return
    e.preventDefault()
    p.el.tabIndex = -1
    next.tabIndex = 0
    next.focus()
  })
  const resized = new ResizeObserver(() => (el.isConnected ? layout() : resized.disconnect()))
  resized.observe(scroll)
  return { el, fit, zoomAt }
}
