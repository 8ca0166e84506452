import { get, type Page } from '../api.js'
import { empty, h, link, fill } from '../dom.js'
import type { ActorSummary, EventSummary, LedgerActor, LedgerEvent, Tally } from '../types.js'
import { claimView, downloadButton, nameOf, names, pager } from '../ui.js'
import { tallyTables } from './casualties.js'
import { actorAdmin } from './actor-admin.js'
import { placeBinding } from './place-binding.js'

const evidenceList = (mentions: LedgerEvent['mentions']) => h('ul', { class: 'evidence' }, mentions.map((m) => h('li', {},
  h('q', {}, m.span.text), ' — ', link(`/doc/${m.docId}/${m.itemId}`, m.title ?? m.outlet ?? m.docId), m.published ? `, ${m.published}` : '')))

export async function actorsView(el: HTMLElement, _p: string[], q: URLSearchParams): Promise<void> {
  const filter = { q: q.get('q') ?? undefined, type: q.get('type') ?? undefined, offset: Number(q.get('offset') ?? 0) || 0 }
  const page = await get<Page<ActorSummary>>('/actors', { ...filter, limit: 50 })
  const go = (o: number) => { q.set('offset', String(o)); location.hash = `/actors?${q}` }
  fill(el, h('h1', {}, 'Actors'), h('p', { class: 'intro' }, 'People, governments, organizations and groups, merged across documents whatever the name or metonym used.'),
    page.items.length ? h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Name', 'Type', 'Country', 'Also called', 'Mentions', 'Documents'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.items.map((a) => h('tr', {},
        h('td', {}, link(`/actor/${a.id}`, a.name)), h('td', {}, a.type), h('td', {}, a.country), h('td', {}, a.aliases.slice(0, 4).join(', ')),
        h('td', { class: 'num' }, String(a.mentions)), h('td', { class: 'num' }, String(a.documentCount))))))) : empty('No actors yet.'),
    pager(page, go))
}

export async function actorView(el: HTMLElement, [id]: string[]): Promise<void> {
  const [a, statements, who] = await Promise.all([
    get<LedgerActor>(`/actors/${encodeURIComponent(id!)}`),
    get<Page<{ id: string; docId: string; content: { text: string }; cue: { text: string }; polarity: string; time: { value?: string }; outlet: string | null; published: string | null; title: string | null }>>('/statements', { actor: id, limit: 50 }),
    names(),
  ])
  fill(el, h('h1', {}, a.name), h('p', { class: 'meta' }, [a.type, a.country, a.memberOf && `part of ${nameOf(who, a.memberOf)}`].filter(Boolean).join(' · ')),
    a.aliases.length ? h('p', {}, 'Also called: ', a.aliases.join(', ')) : null,
    a.roles.length ? h('section', { class: 'block' }, h('h2', {}, 'Roles'), h('ul', {}, a.roles.map((r) => h('li', {},
      `${r.role}${r.memberOf ? `, ${nameOf(who, r.memberOf)}` : ''} `, h('span', { class: 'meta' }, `${r.from ?? '…'} – ${r.to ?? '…'}`))))) : null,
    h('p', {}, link(`/timeline?actor=${encodeURIComponent(a.id)}`, 'On the timeline →')),
    downloadButton('Printable report (HTML)', `/export/report/actor/${encodeURIComponent(a.id)}`),
    actorAdmin(a, who, () => void actorView(el, [a.id])),
    placeBinding(a, (next) => { location.hash = `/actor/${encodeURIComponent(next)}` }),
    h('section', { class: 'block' }, h('h2', {}, 'Statements'), statements.items.length ? h('div', { class: 'claims' }, statements.items.map((s) => claimView({
      proposition: { text: '' }, polarity: s.polarity as 'asserts', actor: a.id, time: s.time,
      evidence: { docId: s.docId, itemId: s.id, span: { start: 0, end: 0, text: s.content.text }, published: s.published, ...(s.outlet ? { outlet: s.outlet } : {}), ...(s.title ? { title: s.title } : {}) }, rule: 'direct',
    }, who))) : empty('No statements attributed to this actor.')))
}

export async function eventsView(el: HTMLElement, _p: string[], q: URLSearchParams): Promise<void> {
  const offset = Number(q.get('offset') ?? 0) || 0
  const page = await get<Page<EventSummary>>('/events', { kind: q.get('kind') ?? undefined, limit: 50, offset })
  const go = (o: number) => { q.set('offset', String(o)); location.hash = `/events?${q}` }
  fill(el, h('h1', {}, 'Events'), h('p', { class: 'intro' }, 'Attacks, operations, decrees, arrests and dismissals, merged across documents when kind, place, participants and dates agree.'),
    page.items.length ? h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Event', 'Kind', 'Date', 'Place', 'Mentions'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.items.map((e) => h('tr', {},
        h('td', {}, link(`/event/${e.id}`, e.summary)), h('td', {}, e.kind), h('td', {}, e.date), h('td', {}, e.location),
        h('td', { class: 'num' }, String(e.mentionCount))))))) : empty('No events yet.'),
    pager(page, go))
}

export async function eventView(el: HTMLElement, [id]: string[]): Promise<void> {
  const [e, tallies, who] = await Promise.all([get<LedgerEvent>(`/events/${encodeURIComponent(id!)}`), get<Page<Tally>>('/casualties', { event: id, limit: 200 }), names()])
  fill(el, h('h1', {}, e.summary), h('p', { class: 'meta' }, [e.kind, e.date ?? 'undated', e.location].filter(Boolean).join(' · ')),
    e.actors.length ? h('p', {}, 'Actors: ', e.actors.map((a, i) => [i ? ', ' : '', link(`/actor/${a}`, nameOf(who, a))])) : null,
    h('p', {}, link(`/timeline?event=${encodeURIComponent(e.id)}`, 'On the timeline →')),
    downloadButton('Printable report (HTML)', `/export/report/${encodeURIComponent(e.id)}`),
    h('section', { class: 'block' }, h('h2', {}, 'Casualties'), tallyTables(tallies.items, who, { events: new Map([[e.id, e]]), charts: true })),
    h('section', { class: 'block' }, h('h2', {}, `Mentions (${e.mentions.length})`), evidenceList(e.mentions)))
}
