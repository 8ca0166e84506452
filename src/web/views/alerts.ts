import { get, postJson } from '../api.js'
import { empty, fill, h, link } from '../dom.js'

export interface AlertList { unread: number; items: { seq: number; at: string; kind: string; action: string; itemId: string; summary: string; readAt: string | null }[] }

const ROUTE_OF: Record<string, string> = { reversal: '/reversals', disagreement: '/disagreements', figure: '/casualties' }

/** Alerts, newest first; the unread ones stand out until marked read. */
export async function alertsView(el: HTMLElement): Promise<void> {
  const list = await get<AlertList>('/alerts', { limit: 100 })
  const markRead = h('button', { type: 'button', class: 'primary', disabled: list.unread === 0 }, 'Mark all read')
  markRead.addEventListener('click', () => {
    void postJson('/alerts/read', {}).then(() => alertsView(el))
      .then(() => window.dispatchEvent(new Event('claimtrail:alerts-read')))
  })
  fill(el, h('h1', {}, 'Alerts'),
    h('p', { class: 'intro' }, `${list.unread} unread. New or changed reversals and disagreements, figures that supersede others, watched pages whose figures or statements changed.`),
    markRead,
    list.items.length ? h('ul', { class: 'alerts' }, list.items.map((a) => h('li', { class: a.readAt ? 'alert' : 'alert unread' },
      h('span', { class: `pill ${a.kind}` }, a.kind), ' ', h('time', { datetime: a.at }, a.at.slice(0, 16).replace('T', ' ')), ' ',
      a.kind === 'edit' ? link(`/doc/${a.itemId}`, a.summary) : link(ROUTE_OF[a.kind] ?? '/', a.summary),
      a.readAt ? null : h('span', { class: 'visually-hidden' }, ' (unread)')))) : empty('No alerts yet.'))
}
