import { get, type Page } from '../api.js'
import { empty, h, link, fill } from '../dom.js'
import type { DocumentInfo } from '../types.js'
import { pager } from '../ui.js'

export function documentList(docs: readonly DocumentInfo[]): HTMLElement {
  return h('ul', { class: 'doc-list' }, docs.map((d) => h('li', {},
    link(`/doc/${d.id}`, d.title ?? d.id), h('span', { class: 'meta' }, ` ${d.outlet ?? 'unknown outlet'} · ${d.published ?? 'undated'}`))))
}

/** Stored documents, newest first, filtered by outlet and publication dates. */
export async function documentsView(el: HTMLElement, _p: string[], q: URLSearchParams): Promise<void> {
  const filters = { outlet: q.get('outlet') ?? undefined, from: q.get('from') ?? undefined, to: q.get('to') ?? undefined }
  const offset = Number(q.get('offset') ?? 0) || 0
  const page = await get<Page<DocumentInfo>>('/documents', { ...filters, limit: 25, offset })
  const form = h('form', { class: 'filters', role: 'search' },
    h('label', {}, 'Outlet ', h('input', { name: 'outlet', value: filters.outlet ?? '' })),
    h('label', {}, 'From ', h('input', { name: 'from', type: 'date', value: filters.from ?? '' })),
    h('label', {}, 'To ', h('input', { name: 'to', type: 'date', value: filters.to ?? '' })),
    h('button', { type: 'submit' }, 'Filter'))
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const p = new URLSearchParams()
    for (const input of Array.from(form.querySelectorAll('input'))) if (input.value) p.set(input.name, input.value)
    location.hash = `/documents?${p}`
  })
  const go = (o: number) => { q.set('offset', String(o)); location.hash = `/documents?${q}` }
  fill(el, h('h1', {}, 'Documents'), form, page.items.length ? documentList(page.items) : empty('No documents match.'), pager(page, go))
}
