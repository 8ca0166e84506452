import { post, postJson } from '../api.js'
import { h, link, fill } from '../dom.js'
import { errorBox, forgetNames } from '../ui.js'

interface ImportResult { documents: { status: string; id: string; title: string | null; published: string | null }[]; errors: { message: string }[] }

/** Media types by file extension; the server reads each with the same readers as `claimtrail ingest`. */
const TYPES: Record<string, string> = {
  txt: 'text/plain', text: 'text/plain', md: 'text/markdown', markdown: 'text/markdown', html: 'text/html', htm: 'text/html',
  xml: 'application/rss+xml', rss: 'application/rss+xml', atom: 'application/atom+xml', jsonl: 'application/x-ndjson', ndjson: 'application/x-ndjson',
}

function report(out: HTMLElement, r: ImportResult): void {
  forgetNames()
  out.append(...r.documents.map((d) => h('p', { class: `result ${d.status}` }, d.status === 'added' ? 'Imported ' : 'Already stored: ', link(`/doc/${d.id}`, d.title ?? d.id), d.published ? ` (${d.published})` : ' (no date)')),
    ...r.errors.map((e) => h('p', { class: 'warning' }, e.message)))
}

const field = (label: string, input: HTMLElement, hint?: string) => h('div', { class: 'field' }, h('label', { for: input.id }, label), input, hint ? h('small', {}, hint) : null)

export function importView(el: HTMLElement): void {
  const out = h('div', { class: 'results', 'aria-live': 'polite' })
  const text = h('textarea', { id: 'imp-text', name: 'text', rows: 12, required: true, placeholder: 'Paste the article text' })
  const published = h('input', { id: 'imp-published', name: 'published', type: 'date' })
  const outlet = h('input', { id: 'imp-outlet', name: 'outlet', placeholder: 'e.g. The Daily Ledger' })
  const title = h('input', { id: 'imp-title', name: 'title' })
  const url = h('input', { id: 'imp-url', name: 'url', type: 'url', placeholder: 'https://…' })
  /** Imports, shows what came of it, and clears the form that succeeded so the next article starts blank. */
  const run = async (form: HTMLFormElement, work: () => Promise<ImportResult>) => {
    out.replaceChildren(h('p', { class: 'loading' }, 'Importing and extracting…'))
    try {
      const r = await work()
      out.replaceChildren()
      report(out, r)
      if (r.errors.length === 0) form.reset()
    } catch (e) { out.replaceChildren(errorBox(e)) }
  }
  const paste = h('form', { class: 'import-form' },
    field('Article text', text), h('div', { class: 'row' }, field('Published', published, 'anchors relative dates'), field('Outlet', outlet)),
    h('div', { class: 'row' }, field('Headline', title), field('Link', url)), h('button', { type: 'submit', class: 'primary' }, 'Import article'))
  paste.addEventListener('submit', (e) => {
    e.preventDefault()
    const body: Record<string, string> = { text: text.value }
    for (const i of [published, outlet, title, url]) if (i.value.trim()) body[i.name] = i.value.trim()
    void run(paste, () => postJson<ImportResult>('/documents', body))
  })

  const pageUrl = h('input', { id: 'imp-fetch-url', name: 'url', type: 'url', required: true, placeholder: 'https://news.example/story.html' })
  const fetchForm = h('form', { class: 'import-form' },
    field('Address of an article page', pageUrl, 'The server fetches it, keeps what it said today as a snapshot, and imports it.'),
    h('button', { type: 'submit', class: 'primary' }, 'Fetch and import'))
  fetchForm.addEventListener('submit', (e) => {
    e.preventDefault()
    void run(fetchForm, async () => {
      const r = await postJson<{ status: string; id: string | null; title: string | null }>('/fetch', { url: pageUrl.value.trim() })
      return { documents: r.id ? [{ status: r.status, id: r.id, title: r.title, published: null }] : [], errors: [] }
    })
  })

  const files = h('input', { id: 'imp-files', type: 'file', multiple: true, accept: Object.keys(TYPES).map((x) => `.${x}`).join(',') })
  const filePublished = h('input', { id: 'imp-file-published', type: 'date' })
  const fileOutlet = h('input', { id: 'imp-file-outlet', placeholder: 'e.g. The Daily Ledger' })
  const upload = h('form', { class: 'import-form' },
    field('Files: articles (.txt .md .html), JSONL batches, or RSS/Atom feed files', files, 'A feed is read from the file you give; nothing is fetched from the network.'),
    h('div', { class: 'row' }, field('Published (for plain files without a date)', filePublished), field('Outlet (for files that do not name one)', fileOutlet)),
    h('button', { type: 'submit', class: 'primary' }, 'Upload'))
  upload.addEventListener('submit', (e) => {
    e.preventDefault()
    void run(upload, async () => {
      const all: ImportResult = { documents: [], errors: [] }
      for (const f of Array.from(files.files ?? [])) {
        const ext = f.name.split('.').pop()?.toLowerCase() ?? ''
        const r = await post<ImportResult>('/documents', await f.arrayBuffer(), TYPES[ext] ?? 'application/octet-stream', { filename: f.name, published: filePublished.value || undefined, outlet: fileOutlet.value.trim() || undefined })
        all.documents.push(...r.documents); all.errors.push(...r.errors)
      }
      return all
    })
  })
  fill(el, h('h1', {}, 'Import'),
    h('section', { class: 'block' }, h('h2', {}, 'Fetch a page'), fetchForm),
    h('section', { class: 'block' }, h('h2', {}, 'Paste an article'), paste),
    h('section', { class: 'block' }, h('h2', {}, 'Upload files or a feed'), upload), out)
}
