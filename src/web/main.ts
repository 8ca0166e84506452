import { get, getToken, setToken, STALE_EVENT } from './api.js'
import { h } from './dom.js'
import { errorBox, forgetNames } from './ui.js'
import { auditView } from './views/audit.js'
import { casualtiesView } from './views/casualties.js'
import { disagreementsView, reversalsView } from './views/contradictions.js'
import { documentsView } from './views/documents.js'
import { documentView } from './views/document.js'
import { actorsView, actorView, eventsView, eventView } from './views/entities.js'
import { homeView } from './views/home.js'
import { importView } from './views/import.js'
import { searchView } from './views/search.js'
import { timelineView } from './views/timeline.js'
import { alertsView } from './views/alerts.js'
import { sourcesView } from './views/sources.js'
import { queueView } from './views/queue.js'
import { reviewView } from './views/review.js'

type View = (el: HTMLElement, params: string[], query: URLSearchParams) => void | Promise<void>

/** Hash routes: `#/doc/d12…/s3` → documentView(el, ['d12…', 's3']). The first match wins. */
const ROUTES: readonly [RegExp, View, string][] = [
  [/^\/$/, homeView, 'Ledger'],
  [/^\/import$/, importView, 'Import'],
  [/^\/documents$/, documentsView, 'Documents'],
  [/^\/doc\/([^/]+)(?:\/([^/]+))?$/, documentView, 'Document'],
  [/^\/reversals$/, reversalsView, 'Reversals'],
  [/^\/disagreements$/, disagreementsView, 'Disagreements'],
  [/^\/casualties$/, casualtiesView, 'Casualties'],
  [/^\/timeline$/, timelineView, 'Timeline'],
  [/^\/actors$/, actorsView, 'Actors'],
  [/^\/actor\/([^/]+)$/, actorView, 'Actor'],
  [/^\/events$/, eventsView, 'Events'],
  [/^\/event\/([^/]+)$/, eventView, 'Event'],
  [/^\/search$/, searchView, 'Search'],
  [/^\/audit$/, auditView, 'Audit log'],
  [/^\/sources$/, sourcesView, 'Sources'],
  [/^\/queue$/, queueView, 'Job queue'],
  [/^\/review$/, reviewView, 'Review'],
  [/^\/alerts$/, alertsView, 'Alerts'],
]


/** How long a page from a catching-up ledger waits before it reloads itself. */
const STALE_RETRY_MS = 1_500

/**
 * Renders the page the hash names into a container of its own, so that a page still loading when the
 * reader moved on is dropped, never drawn over the page that replaced it. `quiet` re-renders in place (no
 * placeholder, focus kept): used when the page came from a ledger still catching up with a write.
 */
function router(main: HTMLElement): (quiet?: boolean) => Promise<void> {
  let latest = 0
  const route = async (quiet = false): Promise<void> => {
    const turn = ++latest
    const hash = location.hash
    let stale = false
    const onStale = () => { stale = true }
    window.addEventListener(STALE_EVENT, onStale)
    const [path = '/', search = ''] = (location.hash.replace(/^#/, '') || '/').split('?')
    const hit = ROUTES.map(([re, view, title]) => ({ m: re.exec(path), view, title })).find((r) => r.m)
    for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('.site-nav a'))) {
      a.toggleAttribute('aria-current', a.getAttribute('href') === `#${path}`)
    }
    document.title = `${hit?.title ?? 'Not found'} · claimtrail`
    main.setAttribute('aria-busy', 'true')
    const page = h('div', { class: 'page' }, h('p', { class: 'loading' }, 'Loading…'))
    if (!quiet) main.replaceChildren(page)
    try {
      if (!hit) page.replaceChildren(h('h1', {}, 'Not found'), h('p', {}, 'No such page. ', h('a', { href: '#/' }, 'Back to the ledger')))
      else await hit.view(page, hit.m!.slice(1).filter((x): x is string => x !== undefined).map(decodeURIComponent), new URLSearchParams(search))
    } catch (e) {
      page.replaceChildren(errorBox(e))
    } finally {
      window.removeEventListener(STALE_EVENT, onStale)
    }
    if (turn !== latest) return
    if (quiet) main.replaceChildren(page)
    main.removeAttribute('aria-busy')
    if (stale) {
      page.prepend(h('p', { class: 'notice', role: 'status' }, 'The ledger is catching up with recent changes; this page updates by itself.'))
      setTimeout(() => { if (location.hash === hash) { forgetNames(); void route(true) } }, STALE_RETRY_MS)
    }
    // Move focus to the new page so keyboard and screen-reader users start there.
    if (!quiet) main.focus({ preventScroll: true })
  }
  return route
}

const route = router(document.getElementById('view') as HTMLElement)

function tokenField(): void {
  const input = document.getElementById('token') as HTMLInputElement
  const form = document.getElementById('token-form') as HTMLFormElement
  input.value = getToken()
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    setToken(input.value)
    forgetNames()
    void route()
  })
}

function searchBox(): void {
  const form = document.getElementById('quick-search') as HTMLFormElement
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const q = (form.elements.namedItem('q') as HTMLInputElement).value
    location.hash = `/search?q=${encodeURIComponent(q)}`
  })
}

/** The unread count beside Alerts, read again on every page and after alerts are marked read. */
function unreadBadge(): void {
  const badge = document.getElementById('unread') as HTMLElement
  get<{ unread: number }>('/alerts', { limit: 1 }).then((r) => {
    badge.textContent = r.unread ? String(r.unread) : ''
    badge.hidden = r.unread === 0
    badge.setAttribute('aria-label', `${r.unread} unread`)
  }, () => { badge.hidden = true })
}

window.addEventListener('hashchange', () => { void route(); unreadBadge() })
window.addEventListener('claimtrail:alerts-read', unreadBadge)
unreadBadge()
tokenField()
searchBox()
void route()
