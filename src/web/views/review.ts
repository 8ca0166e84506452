import { get, postJson } from '../api.js'
import { empty, fill, h, link } from '../dom.js'
import type { Evidence } from '../types.js'
import { errorBox, forgetNames } from '../ui.js'

export interface QueueItem {
  id: string; kind: string; score: number; reason: string; title: string; evidence: Evidence[]
  target?: { docId: string; kind: string; itemId: string }; merge?: { from: string; into: string }
}

const KIND_LABEL: Record<string, string> = { reversal: 'Reversal', disagreement: 'Disagreement', figures: 'Figures', 'duplicate-actor': 'Duplicate?' }
const KEYS = 'j / k move · c confirm · r reject · e correct (opens the item) · m merge (admin)'
const sameTarget = (a: QueueItem, b: QueueItem) => !!a.target && !!b.target && a.target.docId === b.target.docId && a.target.kind === b.target.kind && a.target.itemId === b.target.itemId

function entryView(x: QueueItem): HTMLElement {
  return h('li', { class: `queue-item ${x.kind}`, tabindex: -1, 'data-id': x.id },
    h('header', {}, h('span', { class: `pill ${x.kind}` }, KIND_LABEL[x.kind] ?? x.kind), ' ',
      h('strong', {}, x.title), h('span', { class: 'score', title: 'priority' }, x.score.toFixed(2))),
    h('p', { class: 'why' }, x.reason),
    x.evidence.slice(0, 3).map((e) => h('p', { class: 'evidence' }, h('q', {}, e.span.text), ' — ',
      link(`/doc/${e.docId}/${e.itemId}`, e.title ?? e.outlet ?? e.docId), e.published ? `, ${e.published}` : '')),
    x.merge ? h('p', { class: 'meta' }, `Merge ${x.merge.from} into ${x.merge.into}`) : null,
    h('div', { class: 'buttons', role: 'group', 'aria-label': 'Review' },
      x.target ? [button('c', x.merge ? 'Keep apart' : 'Confirm'), button('r', 'Reject'), button('e', 'Correct…')] : null, x.merge ? button('m', 'Merge') : null))
}

const button = (key: string, label: string) => h('button', { type: 'button', 'data-key': key, 'aria-keyshortcuts': key }, label)

/**
 * The review queue: the entries most worth a look first, worked through with the keyboard. Every
 * action goes through the review API with the reader's token (merges need an admin's).
 */
export async function reviewView(el: HTMLElement): Promise<void> {
  const items = (await get<{ items: QueueItem[] }>('/review-queue', { limit: 100 })).items
  const status = h('div', { class: 'review-status', role: 'status', 'aria-live': 'polite' })
  const list = h('ol', { class: 'review-queue', 'aria-label': 'Review queue' }, items.map(entryView))
  let at = 0
  const rows = () => Array.from(list.querySelectorAll<HTMLElement>('li.queue-item'))
  const select = (i: number) => {
    const all = rows()
    if (all.length === 0) return
    at = Math.max(0, Math.min(all.length - 1, i))
    all.forEach((r, k) => r.toggleAttribute('aria-current', k === at))
    all[at]!.focus()
  }
  const done = (gone: (x: QueueItem) => boolean, message: string) => {
    for (const r of rows()) if (gone(items.find((x) => x.id === r.dataset['id'])!)) r.remove()
    status.replaceChildren(message)
    if (rows().length === 0) list.replaceWith(empty('Nothing left to review.'))
    else select(at)
  }
  const act = async (key: string) => {
    const x = items.find((i) => i.id === rows()[at]?.dataset['id'])
    if (!x) return
    try {
      if (key === 'e' && x.target) location.hash = `/doc/${x.target.docId}/${x.target.itemId}`
      else if ((key === 'c' || key === 'r') && x.target) {
        const action = key === 'c' ? 'confirm' : 'reject'
        status.replaceChildren('Saving…')
        await postJson('/reviews', { ...x.target, action })
        done((y) => sameTarget(x, y), `${action === 'confirm' ? 'Confirmed' : 'Rejected'}: ${x.title}`)
      } else if (key === 'm' && x.merge) {
        status.replaceChildren('Merging…')
        await postJson('/actors/merge', x.merge)
        forgetNames()
        done((y) => y.merge?.from === x.merge!.from, `Merged ${x.merge.from} into ${x.merge.into}`)
      }
    } catch (e) {
      status.replaceChildren(errorBox(e))
    }
  }
  const onKey = (e: KeyboardEvent) => {
    // The listener lives on the document; it leaves when the page does.
    if (!list.isConnected && !status.isConnected) return document.removeEventListener('keydown', onKey)
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target as Element).closest('input,textarea,select')) return
    if (e.key === 'j' || e.key === 'k') { e.preventDefault(); select(at + (e.key === 'j' ? 1 : -1)) }
    else if ('crem'.includes(e.key) && e.key.length === 1) { e.preventDefault(); void act(e.key) }
  }
  list.addEventListener('click', (e) => {
    const row = (e.target as Element).closest<HTMLElement>('li.queue-item')
    if (!row || (e.target as Element).closest('a')) return
    select(rows().indexOf(row))
    const key = (e.target as Element).closest<HTMLElement>('button[data-key]')?.dataset['key']
    if (key) void act(key)
  })
  document.addEventListener('keydown', onKey)
  fill(el, h('h1', {}, 'Review'),
    h('p', { class: 'intro' }, 'What most wants a person’s look, first: weak reversal and disagreement links, figures that disagree, actors that may be one. Confirming or rejecting acts on the item the entry rests on; every action is in the audit log.'),
    h('p', { class: 'keys' }, h('kbd', {}, 'Keys'), ' ', KEYS), status,
    items.length ? list : empty('Nothing to review.'))
  if (items.length) requestAnimationFrame(() => select(0))
}
