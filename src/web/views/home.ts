import { download, get, type Page } from '../api.js'
import { empty, h, link, section, fill } from '../dom.js'
import type { Disagreement, DocumentInfo, Reversal, Tally } from '../types.js'
import { errorBox, names } from '../ui.js'
import { tallyTables } from './casualties.js'
import { disagreementCard, reversalCard } from './contradictions.js'
import { documentList } from './documents.js'

/** A panel that loads on its own, so one failing analysis does not blank the page. */
function panel<T>(title: string, more: string, fetch: () => Promise<T>, render: (x: T) => Node): HTMLElement {
  const body = h('div', {}, h('p', { class: 'loading' }, 'Loading…'))
  fetch().then((x) => body.replaceChildren(render(x)), (e) => body.replaceChildren(errorBox(e)))
  return section(title, body, h('p', { class: 'more' }, link(more, `All ${title.toLowerCase()} →`)))
}

/** Exports of the whole ledger, downloaded with the token. */
export function exportButtons(): HTMLElement {
  const status = h('span', { 'aria-live': 'polite' })
  const get = (path: string) => () => { status.textContent = ''; download(path).catch((e) => status.replaceChildren(errorBox(e))) }
  const tables = ['statements', 'casualties', 'tallies', 'events', 'actors', 'reversals', 'disagreements', 'timeline']
  return h('div', { class: 'exports' },
    h('button', { type: 'button', onclick: get('/export/json') }, 'JSON (extraction contract)'),
    h('button', { type: 'button', onclick: get('/export/claimreview') }, 'ClaimReview JSON-LD'),
    h('button', { type: 'button', onclick: get('/export/ucdp-csv') }, 'UCDP GED-style CSV'),
    tables.map((t) => h('button', { type: 'button', 'data-table': t, onclick: get(`/export/csv/${t}`) }, `CSV: ${t}`)), status)
}

export async function homeView(el: HTMLElement): Promise<void> {
  const who = await names()
  fill(el, 
    h('h1', { class: 'visually-hidden' }, 'The ledger at a glance'),
    h('div', { class: 'home-grid' },
      panel('Reversals', '/reversals', () => get<Page<Reversal>>('/reversals', { limit: 3 }),
        (p) => (p.items.length ? h('div', { class: 'cards' }, p.items.map((r) => reversalCard(r, who))) : empty('No reversals found yet.'))),
      panel('Disagreements', '/disagreements', () => get<Page<Disagreement>>('/disagreements', { limit: 3 }),
        (p) => (p.items.length ? h('div', { class: 'cards' }, p.items.map((d) => disagreementCard(d, who))) : empty('No disagreements found yet.'))),
      panel('Casualties', '/casualties', () => get<Page<Tally>>('/casualties', { limit: 12 }), (p) => tallyTables(p.items, who, { maxEvents: 2, compact: true })),
      panel('Documents', '/documents', () => get<Page<DocumentInfo>>('/documents', { limit: 8 }),
        (p) => (p.items.length ? documentList(p.items) : empty('No documents yet: import one.')))),
    section('Export', exportButtons()))
}
