import { get, type Page } from '../api.js'
import { empty, h, link, fill } from '../dom.js'
import type { AuditEntry } from '../types.js'
import { pager } from '../ui.js'

/** What changed, in one line: the fields whose values differ between before and after. */
function change(e: AuditEntry): string {
  if (e.action === 'reject') return 'removed'
  // A correction and a document edit both keep the changed fields before and after.
  const fields = e.action === 'correct' || e.action === 'edit'
  if (!fields || !e.before || !e.after) return e.action === 'merge' || e.action === 'split' ? JSON.stringify(e.after) : ''
  const before = e.before as Record<string, unknown>, after = e.after as Record<string, unknown>
  return Object.keys(after).filter((k) => k !== 'review' && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => `${k}: ${JSON.stringify(before[k]) ?? '—'} → ${JSON.stringify(after[k])}`).join('; ')
}

export function auditTable(entries: readonly AuditEntry[]): HTMLElement {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'audit' },
    h('thead', {}, h('tr', {}, ['When', 'Reviewer', 'Action', 'Item', 'Document', 'Change', 'Note'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, entries.map((e) => h('tr', {},
      h('td', {}, h('time', { datetime: e.at }, e.at.slice(0, 16).replace('T', ' '))),
      h('td', {}, e.reviewer), h('td', {}, h('span', { class: `pill ${e.action}` }, e.action)),
      h('td', {}, `${e.kind} ${e.itemId}`),
      h('td', {}, e.docId ? link(`/doc/${e.docId}/${e.itemId}`, e.docId) : 'ledger'),
      h('td', { class: 'change' }, change(e)), h('td', {}, e.note))))))
}

export async function auditView(el: HTMLElement, _p: string[], _q: URLSearchParams, offset = 0): Promise<void> {
  const page = await get<Page<AuditEntry>>('/audit', { limit: 50, offset })
  fill(el, h('h1', {}, 'Audit log'), h('p', { class: 'intro' }, 'Every review action: who, when, and the item before and after. Nothing here is ever edited or deleted.'),
    page.items.length ? auditTable(page.items) : empty('No review actions yet.'),
    pager(page, (o) => void auditView(el, _p, _q, o)))
}
