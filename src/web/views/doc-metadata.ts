import { patchJson } from '../api.js'
import { h } from '../dom.js'
import { errorBox } from '../ui.js'
import type { DocumentInfo } from '../types.js'

type Field = 'published' | 'outlet' | 'title' | 'url' | 'language'

const FIELDS: readonly [Field, string, string][] = [
  ['published', 'Published', 'date'], ['outlet', 'Outlet', 'text'], ['title', 'Title', 'text'], ['url', 'Address (http or https)', 'url'],
]
const LANGUAGES: readonly [string, string][] = [['en', 'English'], ['es', 'Spanish']]

/**
 * Correct a document's date, outlet, title, address or language (PATCH /api/documents/{id}, editor): the
 * server re-dates and re-extracts it and records the change in the audit log. An emptied field is cleared.
 */
export function metadataForm(doc: DocumentInfo, done: () => void): HTMLElement {
  const status = h('div', { class: 'review-status', 'aria-live': 'polite' })
  const inputs = FIELDS.map(([name, label, type]) => {
    const input = h('input', { id: `meta-${name}`, name, type, value: doc[name] ?? '' })
    return { name, before: doc[name] ?? '', input, row: h('div', { class: 'field' }, h('label', { for: `meta-${name}` }, label), input) }
  })
  const language = h('select', { id: 'meta-language', name: 'language' }, LANGUAGES.map(([code, label]) => h('option', { value: code, selected: code === doc.language }, label)))
  const form = h('form', { class: 'correct-form' }, inputs.map((i) => i.row),
    h('div', { class: 'field' }, h('label', { for: 'meta-language' }, 'Language'), language),
    h('button', { type: 'submit', class: 'primary' }, 'Save and extract again'))
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const patch: Partial<Record<Field, string | null>> = {}
    for (const i of inputs) if (i.input.value.trim() !== i.before) patch[i.name] = i.input.value.trim() || null
    if (language.value !== doc.language) patch.language = language.value
    if (Object.keys(patch).length === 0) return void status.replaceChildren(h('span', {}, 'Nothing changed.'))
    status.replaceChildren(h('span', { class: 'loading' }, 'Saving and extracting again…'))
    patchJson(`/documents/${encodeURIComponent(doc.id)}`, patch).then(done, (err: unknown) => status.replaceChildren(errorBox(err)))
  })
  return h('details', { class: 'block doc-metadata' }, h('summary', {}, 'Correct this document’s details'), form, status)
}
