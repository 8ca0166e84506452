import { get } from '../api.js'
import { empty, h, link, section, fill } from '../dom.js'
import type { SearchResult } from '../types.js'

export async function searchView(el: HTMLElement, _p: string[], q: URLSearchParams): Promise<void> {
  const query = q.get('q') ?? ''
  const input = h('input', { type: 'search', name: 'q', value: query, 'aria-label': 'Search words', placeholder: 'words to find' })
  const form = h('form', { class: 'filters', role: 'search' }, input, h('button', { type: 'submit' }, 'Search'))
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = `/search?q=${encodeURIComponent(input.value)}` })
  fill(el, h('h1', {}, 'Search'), form)
  if (!query.trim()) return void input.focus()
  const r = await get<SearchResult>('/search', { q: query, limit: 30 })
  el.append(
    section(`Documents (${r.documents.length})`, r.documents.length ? h('ul', { class: 'doc-list' }, r.documents.map((d) => h('li', {},
      link(`/doc/${d.id}`, d.title ?? d.id), h('span', { class: 'meta' }, ` ${d.outlet ?? ''} · ${d.published ?? 'undated'}`), h('p', { class: 'snippet' }, d.snippet)))) : empty('No documents match.')),
    section(`Actors (${r.actors.length})`, r.actors.length ? h('ul', {}, r.actors.map((a) => h('li', {}, link(`/actor/${a.id}`, a.name), ` (${a.type})`))) : empty('No actors match.')),
    section(`Events (${r.events.length})`, r.events.length ? h('ul', {}, r.events.map((e) => h('li', {}, link(`/event/${e.id}`, e.summary), ` ${e.date ?? ''}`))) : empty('No events match.')))
}
