import { download, get } from '../api.js'
import { empty, fill, h, link, sourceLink } from '../dom.js'
import type { AuditEntry, DocumentFull } from '../types.js'
import type { Page } from '../api.js'
import { auditTable } from './audit.js'
import { itemsOf, markedText, ROLE_LABEL, type Item, type Kind, type Mark, type Role } from './doc-marks.js'
import { reviewControls } from './doc-review.js'
import { metadataForm } from './doc-metadata.js'
import { downloadButton } from '../ui.js'

const KIND_LABEL: Record<Kind, string> = { statement: 'Statements', timex: 'Dates', casualty: 'Casualty figures', event: 'Events', actor: 'Actors' }

/** One article with every extracted item highlighted; select an item to see its fields and review it. */
export async function documentView(el: HTMLElement, [id, selectId]: string[]): Promise<void> {
  const [doc, audit, snapshots] = await Promise.all([
    get<DocumentFull>(`/documents/${encodeURIComponent(id!)}`),
    get<Page<AuditEntry>>('/audit', { doc: id, limit: 20 }),
    get<{ items: Snapshot[] }>('/snapshots', { doc: id, limit: 5 }),
  ])
  const x = doc.extraction
  const items = x ? itemsOf(x) : []
  const pieces = new Map<Element, Mark[]>()
  const article = h('div', { class: 'article-text', id: 'article-text' }, markedText(doc.text, items, pieces))
  const details = h('div', { class: 'details', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Hover or select a highlighted passage, or pick an item from the list, to see what was extracted.'))
  const buttons = new Map<Item, HTMLButtonElement>()

  const show = (item: Item, reviewable: boolean) => {
    fill(details,
      h('h3', {}, `${item.kind} ${item.id}`, item.data.review ? h('span', { class: `pill ${item.data.review.status}` }, `${item.data.review.status} by ${item.data.review.by}`) : null),
      h('dl', { class: 'fields' }, item.fields.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      reviewable ? reviewControls(doc.id, item, () => { location.hash = `/doc/${doc.id}/${item.id}`; void documentView(el, [doc.id, item.id]) }) : null)
  }
  let selected: Item | undefined
  const select = (item: Item, scroll: boolean) => {
    selected = item
    for (const [piece, marks] of pieces) piece.classList.toggle('selected', marks.some((m) => m.item === item))
    for (const [i, b] of buttons) b.setAttribute('aria-pressed', String(i === item))
    show(item, true)
    if (scroll) article.querySelector('.selected')?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }
  article.addEventListener('mouseover', (e) => {
    const marks = pieces.get(e.target as Element)
    if (marks?.[0] && !selected) show(marks[0].item, false)
  })
  article.addEventListener('click', (e) => {
    const marks = pieces.get(e.target as Element)
    if (marks?.[0]) select(marks[0].item, false)
  })

  const toggles = (Object.keys(ROLE_LABEL) as Role[]).map((role) => {
    const box = h('input', { type: 'checkbox', checked: true, id: `show-${role}` })
    box.addEventListener('change', () => article.classList.toggle(`hide-${role}`, !box.checked))
    return h('label', { class: `legend-item m-${role}`, for: `show-${role}` }, box, ROLE_LABEL[role])
  })
  const lists = (Object.keys(KIND_LABEL) as Kind[]).map((kind) => {
    const ofKind = items.filter((i) => i.kind === kind)
    if (ofKind.length === 0) return null
    return h('details', { class: 'item-list', open: kind === 'statement' },
      h('summary', {}, `${KIND_LABEL[kind]} (${ofKind.length})`),
      h('ul', {}, ofKind.map((item) => {
        const b = h('button', { type: 'button', class: `item ${item.kind}`, 'aria-pressed': 'false', onclick: () => select(item, true) }, item.label)
        buttons.set(item, b)
        return h('li', {}, b)
      })))
  })

  fill(el, 
    h('header', { class: 'doc-head' },
      h('h1', {}, doc.title ?? '(untitled)'),
      h('p', { class: 'meta' }, [doc.outlet ?? 'unknown outlet', doc.published ?? 'undated', doc.id].join(' · '),
        sourceLink(doc.url)),
      fetchedAs(snapshots.items),
      downloadButton('Time expressions as TimeML (XML)', `/export/timeml/${encodeURIComponent(doc.id)}`),
      doc.warnings.map((w) => h('p', { class: 'warning' }, w.message)),
      metadataForm(doc, () => void documentView(el, [doc.id]))),
    h('div', { class: 'doc-layout' },
      h('div', { class: 'doc-main' }, h('fieldset', { class: 'legend' }, h('legend', {}, 'Highlight'), toggles), article),
      h('aside', { class: 'doc-side', 'aria-label': 'Extracted items' }, details, x ? lists : empty('Nothing was extracted from this document.'))),
    h('section', { class: 'block' }, h('h2', {}, 'Review history'), audit.items.length ? auditTable(audit.items) : empty('No review actions on this document yet.'),
      h('p', {}, link('/audit', 'Whole audit log'))))
  const wanted = items.find((i) => i.id === selectId)
  if (wanted) select(wanted, true)
}

interface Snapshot { seq: number; finalUrl: string; fetchedAt: string; sha256: string; previous: number | null }

/** Provenance: when and from where the page was read, and the bytes as received (sha256 to check them). */
function fetchedAs(snapshots: readonly Snapshot[]): HTMLElement | null {
  if (snapshots.length === 0) return null
  return h('p', { class: 'meta provenance' }, snapshots.map((s) => h('span', {},
    'as fetched on ', h('time', { datetime: s.fetchedAt }, s.fetchedAt.slice(0, 16).replace('T', ' ')), ` from ${s.finalUrl} `,
    h('button', { type: 'button', class: 'link', title: `sha256 ${s.sha256}`, onclick: () => void download(`/snapshots/${s.seq}/raw`) }, 'raw page'),
    s.previous ? ' (an edited version)' : '')))
}
