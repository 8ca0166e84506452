import { postJson } from '../api.js'
import { h } from '../dom.js'
import type { LedgerActor } from '../types.js'
import { errorBox, forgetNames } from '../ui.js'

/**
 * Merge this actor into another, or split one document's mention of it off under a new id: both through
 * the review API, both audited, both for admin tokens only (the server says so if the token is lower).
 */
export function actorAdmin(a: LedgerActor, who: Map<string, string>, reload: () => void): HTMLElement {
  const status = h('div', { class: 'review-status', 'aria-live': 'polite' })
  const run = (work: () => Promise<unknown>, then: () => void) => {
    status.replaceChildren('Saving…')
    work().then(() => { forgetNames(); then() }, (e) => status.replaceChildren(errorBox(e)))
  }
  const into = h('input', { id: 'merge-into', list: 'merge-actors', placeholder: 'actor id, e.g. p-jane-doe', required: true })
  const options = h('datalist', { id: 'merge-actors' }, [...who].filter(([id]) => id !== a.id).map(([id, name]) => h('option', { value: id }, name)))
  const merge = h('form', { class: 'inline-form' }, h('label', { for: 'merge-into' }, 'Merge into'), into, options, h('button', { type: 'submit' }, 'Merge'))
  merge.addEventListener('submit', (e) => {
    e.preventDefault()
    const target = into.value.trim()
    run(() => postJson('/actors/merge', { from: a.id, into: target }), () => { location.hash = `/actor/${encodeURIComponent(target)}` })
  })
  const doc = h('select', { id: 'split-doc' }, a.documents.map((d) => h('option', { value: d }, d)))
  const newId = h('input', { id: 'split-id', placeholder: `${a.id}-2`, required: true })
  const split = h('form', { class: 'inline-form' }, h('label', { for: 'split-doc' }, 'Split off document'), doc,
    h('label', { for: 'split-id' }, 'as'), newId, h('button', { type: 'submit' }, 'Split'))
  split.addEventListener('submit', (e) => {
    e.preventDefault()
    run(() => postJson('/actors/split', { docId: doc.value, actorId: a.id, newId: newId.value.trim() }), reload)
  })
  return h('details', { class: 'block actor-admin' }, h('summary', {}, 'Merge or split (admin)'), merge, split, status)
}
