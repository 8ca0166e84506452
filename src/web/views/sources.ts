import { get, postJson } from '../api.js'
import { empty, fill, h, link, section } from '../dom.js'
import { errorBox } from '../ui.js'

interface Source { id: string; url: string; everySeconds: number; nextAt: string; lastStatus: string | null; failures: number }
interface Fetch { seq: number; at: string; url: string; status: number | null; outcome: string; message: string | null }
interface Snapshot { seq: number; url: string; fetchedAt: string; sha256: string; docId: string | null; previous: number | null; changes: { kind: string; before?: string; after?: string }[] }

const when = (iso: string) => h('time', { datetime: iso }, iso.slice(0, 16).replace('T', ' '))
const every = (s: number) => (s % 3600 === 0 ? `${s / 3600} h` : `${Math.round(s / 60)} min`)
const table = (heads: string[], rows: HTMLElement[]) => h('div', { class: 'table-wrap' }, h('table', {},
  h('thead', {}, h('tr', {}, heads.map((t) => h('th', { scope: 'col' }, t)))), h('tbody', {}, rows)))

/** Watched feeds, the fetch log and the pages that changed since they were first read. */
export async function sourcesView(el: HTMLElement): Promise<void> {
  const [sources, fetches, snapshots] = await Promise.all([
    get<{ items: Source[] }>('/sources'), get<{ items: Fetch[] }>('/fetches', { limit: 30 }), get<{ items: Snapshot[] }>('/snapshots', { limit: 100 }),
  ])
  const url = h('input', { id: 'src-url', type: 'url', required: true, placeholder: 'https://news.example/world.rss' })
  const interval = h('input', { id: 'src-every', value: '15m', size: 5, pattern: '\\d+[smhd]' })
  const out = h('div', { 'aria-live': 'polite' })
  const form = h('form', { class: 'import-form' },
    h('div', { class: 'row' }, h('div', { class: 'field' }, h('label', { for: 'src-url' }, 'Feed address (RSS or Atom)'), url),
      h('div', { class: 'field' }, h('label', { for: 'src-every' }, 'Every'), interval)),
    h('button', { type: 'submit', class: 'primary' }, 'Watch'))
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    postJson('/sources', { url: url.value.trim(), every: interval.value.trim() }).then(() => sourcesView(el), (err) => out.replaceChildren(errorBox(err)))
  })
  const edited = snapshots.items.filter((s) => s.changes.length)
  fill(el, h('h1', {}, 'Sources'),
    h('p', { class: 'intro' }, 'Feeds polled by claimtrail watch run or serve --watch; every fetch is logged; a page that changed keeps both versions.'),
    section('Watched feeds', sources.items.length ? table(['Feed', 'Every', 'Next poll', 'Last answer', 'Failures'], sources.items.map((s) => h('tr', {},
      h('td', {}, s.url), h('td', {}, every(s.everySeconds)), h('td', {}, when(s.nextAt)), h('td', {}, s.lastStatus ?? '—'), h('td', {}, String(s.failures))))) : empty('No feed is watched yet.'),
    form, out),
    section('Pages that changed', edited.length ? h('ul', { class: 'changes' }, edited.map((s) => h('li', {},
      s.docId ? link(`/doc/${s.docId}`, s.url) : s.url, ' · ', when(s.fetchedAt),
      h('ul', {}, s.changes.map((c) => h('li', {}, `${c.kind}: `, h('del', {}, c.before ?? '—'), ' → ', h('ins', {}, c.after ?? '—'))))))) : empty('No watched page has changed what it reports.')),
    section('Fetch log', fetches.items.length ? table(['When', 'Address', 'Status', 'Outcome'], fetches.items.map((f) => h('tr', {},
      h('td', {}, when(f.at)), h('td', {}, f.url), h('td', {}, f.status === null ? '—' : String(f.status)), h('td', { title: f.message ?? '' }, f.outcome)))) : empty('Nothing fetched yet.')))
}
