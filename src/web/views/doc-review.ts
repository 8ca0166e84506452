import { postJson } from '../api.js'
import { h } from '../dom.js'
import { errorBox } from '../ui.js'
import type { Item, Kind } from './doc-marks.js'

type Field = readonly [name: string, label: string, options?: readonly string[]]

/** The fields a reviewer may correct per kind (the server checks the same list), with choices where fixed. */
const CORRECTABLE: Record<Kind, readonly Field[]> = {
  statement: [['polarity', 'Polarity', ['asserts', 'denies']], ['mode', 'Mode', ['direct', 'indirect', 'mixed']], ['time.value', 'Time (YYYY-MM-DD)'], ['hedged', 'Hedged', ['false', 'true']]],
  casualty: [['count', 'Count'], ['status', 'Status', ['killed', 'wounded', 'missing', 'captured']], ['group', 'Group'], ['country', 'Country (ISO code)']],
  event: [['kind', 'Kind'], ['summary', 'Summary'], ['date', 'Date'], ['location', 'Location (ISO code)']],
  actor: [['name', 'Name'], ['type', 'Type', ['person', 'government', 'organization', 'group']], ['country', 'Country (ISO code)'], ['role', 'Role']],
  timex: [['value', 'Value'], ['type', 'Type', ['DATE', 'TIME', 'DURATION', 'SET']]],
}

const current = (data: object, path: string): string => {
  const v = path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), data)
  return v === undefined || v === null ? '' : String(v)
}

/** A form value back to the type the item holds: numbers for counts, booleans for flags, objects for times. */
function patchOf(changed: [string, string][]): Record<string, unknown> {
  const patch: Record<string, unknown> = {}
  for (const [path, raw] of changed) {
    const value: unknown = path === 'count' ? (raw === '' ? null : Number(raw)) : path === 'hedged' ? raw === 'true' : raw || undefined
    if (path === 'time.value') patch['time'] = raw ? { value: raw } : {}
    else patch[path] = value
  }
  return patch
}

/** Confirm / correct / reject buttons for one item, and the correction form. `done` reloads the view. */
export function reviewControls(docId: string, item: Item, done: () => void): HTMLElement {
  const status = h('div', { class: 'review-status', 'aria-live': 'polite' })
  const send = async (action: 'confirm' | 'correct' | 'reject', patch?: Record<string, unknown>, note?: string) => {
    status.replaceChildren(h('span', { class: 'loading' }, 'Saving…'))
    try {
      await postJson('/reviews', { docId, kind: item.kind, itemId: item.id, action, ...(patch ? { patch } : {}), ...(note ? { note } : {}) })
      done()
    } catch (e) {
      status.replaceChildren(errorBox(e))
    }
  }
  const fields = CORRECTABLE[item.kind]
  const inputs = fields.map(([path, label, options]) => {
    const id = `fix-${path.replace('.', '-')}`
    const value = current(item.data, path)
    const input = options
      ? h('select', { id, name: path }, options.map((o) => h('option', { value: o, selected: o === value }, o)))
      : h('input', { id, name: path, value, type: path === 'count' ? 'number' : 'text' })
    return { path, value, input, row: h('div', { class: 'field' }, h('label', { for: id }, label), input) }
  })
  const note = h('input', { id: 'fix-note', name: 'note', placeholder: 'why (optional)' })
  const form = h('form', { class: 'correct-form', hidden: true },
    inputs.map((i) => i.row), h('div', { class: 'field' }, h('label', { for: 'fix-note' }, 'Note'), note),
    h('button', { type: 'submit', class: 'primary' }, 'Save correction'))
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const changed = inputs.filter((i) => i.input.value !== i.value).map((i): [string, string] => [i.path, i.input.value])
    if (changed.length === 0) return void status.replaceChildren(h('span', {}, 'Nothing changed.'))
    void send('correct', patchOf(changed), note.value.trim() || undefined)
  })
  return h('div', { class: 'review' },
    h('div', { class: 'buttons', role: 'group', 'aria-label': 'Review' },
      h('button', { type: 'button', class: 'confirm', onclick: () => void send('confirm') }, 'Confirm'),
      h('button', { type: 'button', class: 'correct', onclick: () => { form.hidden = !form.hidden; if (!form.hidden) inputs[0]?.input.focus() } }, 'Correct…'),
      h('button', { type: 'button', class: 'reject', onclick: () => void send('reject') }, 'Reject')),
    form, status)
}
