import { get, postJson } from '../api.js'
import { h } from '../dom.js'
import type { LedgerActor } from '../types.js'
import { errorBox, forgetNames } from '../ui.js'

interface LearnedPlace { code: string; name: string | null; boundTo: string | null }

/**
 * On a government's page: bind the learned country it stands for (gov-x-valdoria) to a real code, or undo
 * the bindings that made it (gov-xv). Both go through the places API (editor tokens), both audited.
 */
export function placeBinding(a: LedgerActor, reload: (id: string) => void): HTMLElement | null {
  if (a.type !== 'government' || !a.id.startsWith('gov-')) return null
  const code = a.id.slice(4).toUpperCase()
  const status = h('div', { class: 'review-status', 'aria-live': 'polite' })
  const run = (work: () => Promise<unknown>, id: string) => {
    status.replaceChildren('Saving…')
    work().then(() => { forgetNames(); reload(id) }, (e) => status.replaceChildren(errorBox(e)))
  }
  const box = h('details', { class: 'block actor-admin' }, h('summary', {}, 'Country code (editor)'), status)
  if (code.startsWith('X-')) {
    const to = h('input', { id: 'bind-to', placeholder: 'XK, or one of AA, QM–QZ, XA–XZ, ZZ', required: true, maxlength: '2' })
    const share = h('input', { id: 'bind-share', type: 'checkbox' })
    const form = h('form', { class: 'inline-form' }, h('label', { for: 'bind-to' }, `Bind ${code} to`), to,
      h('label', { for: 'bind-share' }, share, ' share with another learned code'), h('button', { type: 'submit' }, 'Bind'))
    form.addEventListener('submit', (e) => {
      e.preventDefault()
      const target = to.value.trim().toUpperCase()
      run(() => postJson('/places/bind', { code, to: target, share: share.checked }), `gov-${target.toLowerCase()}`)
    })
    box.insertBefore(form, status)
    return box
  }
  // Shown only for a code some learned country is bound to, once the list says so.
  const slot = h('div')
  void get<{ items: LearnedPlace[] }>('/places').then(({ items }) => {
    for (const p of items.filter((x) => x.boundTo === code)) {
      const undo = h('button', { type: 'button' }, 'Unbind')
      undo.addEventListener('click', () => run(() => postJson('/places/unbind', { code: p.code }), `gov-${p.code.toLowerCase()}`))
      box.insertBefore(h('p', {}, `Learned as ${p.code}${p.name ? ` (${p.name})` : ''}, bound to ${code} `, undo), status)
      slot.replaceChildren(box)
    }
  }, () => { /* a reader without the list sees no binding controls */ })
  return slot
}
