import { ApiError, download, get } from './api.js'
import { h, link, sourceLink, type Child } from './dom.js'
import { formatTime, prettyId } from './format.js'
import type { Page } from './api.js'
import type { ActorSummary, Claim } from './types.js'

/** A failed request, said calmly and with what to do about it. */
export function errorBox(e: unknown): HTMLElement {
  const err = e instanceof ApiError ? e : undefined
  const hint = err?.status === 401 ? ' Paste an API token in the field at the top right (claimtrail token create).'
    : err?.status === 403 ? ' This needs a token with a higher role.' : ''
  return h('div', { class: 'error', role: 'alert' }, `${err?.message ?? (e as Error)?.message ?? String(e)}${hint}`)
}

/** Runs a view's loading, shows a quiet placeholder meanwhile and an error box if it fails. */
export async function load(into: HTMLElement, work: () => Promise<Child>): Promise<void> {
  into.replaceChildren(h('p', { class: 'loading' }, 'Loading…'))
  try {
    const content = await work()
    into.replaceChildren()
    if (content instanceof Node) into.append(content)
    else if (Array.isArray(content)) for (const c of content.flat(3)) if (c instanceof Node) into.append(c)
  } catch (e) {
    into.replaceChildren(errorBox(e))
  }
}

let actorNames: Promise<Map<string, string>> | undefined
/** Ledger actor names by id, fetched once per page view (ids are shown when the ledger is not ready). */
export function names(): Promise<Map<string, string>> {
  actorNames ??= get<Page<ActorSummary>>('/actors', { limit: 500 })
    .then((p) => new Map(p.items.map((a) => [a.id, a.name])), () => new Map())
  return actorNames
}
export function forgetNames(): void { actorNames = undefined }
export const nameOf = (map: Map<string, string>, id: string) => map.get(id) ?? prettyId(id)

/** One claim as evidence: the quote, who, when, and the source it came from. */
export function claimView(c: Claim, who: Map<string, string>): HTMLElement {
  const e = c.evidence
  return h('div', { class: `claim ${c.polarity}` },
    // Evidence that carries its own quote marks is not wrapped in a second pair.
    h('blockquote', { class: /^["“‘']/.test(e.span.text) ? 'own-marks' : null }, e.span.text),
    h('p', { class: 'meta' },
      h('span', { class: 'speaker' }, nameOf(who, c.speaker ?? c.actor)),
      ' · ', h('span', { class: `pill ${c.polarity}` }, c.polarity), c.hedged ? h('span', { class: 'pill hedged' }, 'hedged') : null,
      ' · ', h('time', {}, formatTime(c.time))),
    h('p', { class: 'source' },
      link(`/doc/${e.docId}/${e.itemId}`, e.title ?? e.outlet ?? e.docId),
      e.outlet && e.title ? ` — ${e.outlet}` : '', e.published ? `, ${e.published}` : '',
      sourceLink(e.url)))
}

/** Previous / next links for a paged listing; `go` receives the new offset. */
export function pager(page: Page<unknown>, go: (offset: number) => void): HTMLElement | null {
  if (page.offset === 0 && page.next === null) return null
  return h('nav', { class: 'pager', 'aria-label': 'pages' },
    h('button', { type: 'button', disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit)) }, '← Previous'),
    h('span', {}, `${page.offset + 1}–${page.offset + page.items.length}`),
    h('button', { type: 'button', disabled: page.next === null, onclick: () => go(page.next ?? page.offset) }, 'Next →'))
}

/** A button that downloads an export with the reader's token (a report, a document's TimeML). */
export function downloadButton(label: string, path: string): HTMLElement {
  const status = h('span', { 'aria-live': 'polite' })
  const save = () => { status.textContent = ''; download(path).catch((e) => status.replaceChildren(errorBox(e))) }
  return h('p', {}, h('button', { type: 'button', onclick: save }, label), status)
}
