import type { Db } from '../ledger/db.js'
import type { CasualtyTally, Claim, Disagreement, Evidence, LedgerEvent, Reversal, TimelineEntry } from '../model/ledger.js'
import { getActor, getEvent, listDisagreements, listReversals, listTallies, listTimeline, type Page } from '../ledger/analyses.js'
import { ClaimtrailError } from '../errors.js'
import { showTime } from '../claims/time-span.js'
import { webUrlOnly } from '../fields.js'
import { escapeMarkup as esc } from './markup.js'
import { lookups } from './lookups.js'
import { amountOf, reportedOn } from './tallies.js'
import { REPORT_CSS } from './report-css.js'
import { tallyChart } from './report-chart.js'

/** What a report is about: an event or an actor, with a line of plain facts under its title. */
export interface ReportSubject {
  readonly kind: 'event' | 'actor'
  readonly id: string
  readonly title: string
  readonly meta: string
}

/** What one report shows, read from the ledger: tallies (events), the reversals and disagreements concerned, everything said. */
export interface EventReport {
  readonly subject: ReportSubject
  readonly tallies: readonly CasualtyTally[]
  readonly reversals: readonly Reversal[]
  readonly disagreements: readonly Disagreement[]
  readonly said: readonly TimelineEntry[]
  readonly names: ReadonlyMap<string, string>
  readonly generated: string
}

const PAGE = 500

async function all<T>(read: (page: { limit: number; offset: number }) => Promise<T[]>): Promise<T[]> {
  const found: T[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await read({ limit: PAGE, offset })
    found.push(...page)
    if (page.length < PAGE) return found
  }
}

type Link = Reversal | Disagreement
const claimsOf = (l: Link): Claim[] => ('actor' in l ? [...l.earlier, ...l.later] : l.sides.flatMap((x) => x.claims))

/** Reversals or disagreements of the event's actors that name the event or rest on an article reporting it. */
async function linksOf<T extends Link>(e: LedgerEvent, list: (p: Page & { actor: string }) => Promise<T[]>): Promise<T[]> {
  const docs = new Set(e.mentions.map((m) => m.docId))
  const about = (l: T) => Object.values(l.proposition.args).includes(e.id) || claimsOf(l).some((c) => docs.has(c.evidence.docId))
  const byId = new Map<string, T>()
  for (const actor of new Set([...e.actors, ...e.targets])) {
    for (const l of await all((p) => list({ ...p, actor }))) if (about(l)) byId.set(l.id, l)
  }
  return [...byId.values()]
}

type Found = Pick<EventReport, 'tallies' | 'reversals' | 'disagreements' | 'said'>

async function namesIn(store: Db, found: Found, more: readonly string[]): Promise<Map<string, string>> {
  const ids = new Set([...more, ...found.reversals.map((r) => r.actor), ...found.said.flatMap((t) => t.actors),
    ...found.disagreements.flatMap((d) => d.sides.flatMap((x) => x.actors)),
    ...found.tallies.flatMap((t) => t.figures.flatMap((f) => (f.source ? [f.source] : [])))])
  const look = lookups(store)
  return new Map(await Promise.all([...ids].map(async (a) => [a, (await look.name(a))!] as const)))
}

const dayOf = (now: Date) => now.toISOString().slice(0, 10)

export async function readEventReport(store: Db, id: string, now = new Date()): Promise<EventReport> {
  const event = await getEvent(store, id)
  if (!event) throw new ClaimtrailError('not_found', `no event "${id}" in the ledger (see: claimtrail events)`)
  const tallies = await all((p) => listTallies(store, { ...p, event: id }))
  const reversals = await linksOf(event, (p) => listReversals(store, p))
  const disagreements = await linksOf(event, (p) => listDisagreements(store, p))
  const said = (await all((p) => listTimeline(store, { ...p, event: id }))).filter((t) => t.kind !== 'event')
  const names = await namesIn(store, { tallies, reversals, disagreements, said }, [...event.actors, ...event.targets])
  const who = (ids: readonly string[]) => ids.map((a) => names.get(a) ?? a).join(', ') || '—'
  const meta = [event.kind, event.date ?? 'undated', event.location, `${who(event.actors)} → ${who(event.targets)}`].filter(Boolean).join(' · ')
  return { subject: { kind: 'event', id, title: event.summary, meta }, tallies, reversals, disagreements, said, names, generated: dayOf(now) }
}

/** An actor's report: its reversals and everything it said, in time order. */
export async function readActorReport(store: Db, id: string, now = new Date()): Promise<EventReport> {
  const actor = await getActor(store, id)
  if (!actor) throw new ClaimtrailError('not_found', `no actor "${id}" in the ledger (see: claimtrail actors)`)
  const reversals = await all((p) => listReversals(store, { ...p, actor: id }))
  const disagreements = await all((p) => listDisagreements(store, { ...p, actor: id }))
  const said = (await all((p) => listTimeline(store, { ...p, actor: id }))).filter((t) => t.kind !== 'event')
  const names = await namesIn(store, { tallies: [], reversals, disagreements, said }, [id])
  const meta = [actor.type, actor.country, `${actor.documents.length} documents`].filter(Boolean).join(' · ')
  return { subject: { kind: 'actor', id, title: actor.name, meta }, tallies: [], reversals, disagreements, said, names, generated: dayOf(now) }
}

const plainName = (r: EventReport, id: string | undefined) => (id ? r.names.get(id) ?? id : 'unattributed')
const nameOf = (r: EventReport, id: string | undefined) => esc(plainName(r, id))

/** "Outlet, date, headline", linked to the article when it has a web address. */
function sourceLine(e: Evidence): string {
  const text = esc([e.outlet, e.published, e.title].filter(Boolean).join(', ') || e.docId)
  const url = webUrlOnly(e.url)
  return url ? `<a href="${esc(url)}">${text}</a>` : text
}

const quote = (e: Evidence) => `<blockquote>${esc(e.span.text)}</blockquote><p class="source">${sourceLine(e)}</p>`

function tallyTable(r: EventReport): string {
  if (r.tallies.length === 0) return '<p>No casualty figures.</p>'
  const rows = r.tallies.map((t) => {
    const figures = t.figures.map((f) => {
      const on = reportedOn(f.reportedOn)
      return `<li${f.supersededBy ? ' class="superseded"' : ''}>${nameOf(r, f.source)}: ${esc(amountOf(f))}${on ? ` (${esc(on)})` : ''}</li>`
    }).join('')
    const cells = [esc(t.group), esc(t.status), t.low ?? '', t.best ?? '', t.high ?? ''].map((c) => `<td>${c}</td>`).join('')
    return `<tr>${cells}<td><ul>${figures}</ul></td></tr>`
  })
  const charts = r.tallies.map((t) => {
    const svg = tallyChart(t, (id) => plainName(r, id))
    const caption = `${esc(`${t.group}, ${t.status}`)}: each source's figures by the day reported; hollow: superseded`
    return svg && `<figure class="card">${svg}<figcaption>${caption}</figcaption></figure>`
  })
  const head = ['Group', 'Status', 'Low', 'Best', 'High', 'Figures by source'].map((x) => `<th>${x}</th>`).join('')
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${charts.join('')}`
}

const claimBlock = (label: string, cs: readonly Claim[]) =>
  `<div class="side"><h4>${label}</h4>${cs.map((c) => `<p class="when">${esc(showTime(c.time))}</p>${quote(c.evidence)}`).join('')}</div>`

function reversalCards(r: EventReport): string {
  if (r.reversals.length === 0) return '<p>No reversals.</p>'
  return r.reversals.map((x) => `<article class="card"><h3>${nameOf(r, x.actor)}: ${esc(x.proposition.text)}</h3>`
    + `<p class="rating">${esc(x.rating)} · ${esc(x.status)} · ${esc(x.ratingReason)}</p>`
    + `<div class="sides">${claimBlock('Earlier', x.earlier)}${claimBlock('Later', x.later)}</div></article>`).join('')
}

function disagreementCards(r: EventReport): string {
  if (r.disagreements.length === 0) return '<p>No disagreements.</p>'
  const side = (x: Disagreement['sides'][number]) => claimBlock(`${x.actors.map((a) => nameOf(r, a)).join(' &amp; ')} ${x.polarity === 'denies' ? 'deny' : 'assert'}`, x.claims)
  return r.disagreements.map((d) => `<article class="card"><h3>${esc(d.proposition.text)}</h3>`
    + `<p class="rating">${esc(showTime(d.overlap))} · ${esc(d.status)} · ${esc(d.why)}</p>`
    + `<div class="sides">${d.sides.map(side).join('')}</div></article>`).join('')
}

function saidList(r: EventReport): string {
  if (r.said.length === 0) return '<p>No statements.</p>'
  const items = r.said.map((t) => {
    const who = t.actors.map((a) => nameOf(r, a)).join(', ') || 'unattributed'
    return `<li class="card"><p class="when">${esc(showTime(t.time))} · ${who}</p>${quote(t.evidence)}</li>`
  })
  return `<ol class="said">${items.join('')}</ol>`
}

/** A self-contained page to print or attach: no script, no request (its own policy forbids both), text escaped. */
export function eventReportHtml(r: EventReport): string {
  const e = r.subject
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(e.title)}</title><style>${REPORT_CSS}</style></head>
<body><header><h1>${esc(e.title)}</h1><p class="meta">${esc(e.meta)}</p></header>
${e.kind === 'event' ? `<section><h2>Casualties</h2>${tallyTable(r)}</section>` : ''}
<section><h2>Reversals</h2>${reversalCards(r)}</section>
<section><h2>Disagreements</h2>${disagreementCards(r)}</section>
<section><h2>What was said</h2>${saidList(r)}</section>
<footer>claimtrail ${e.kind} ${esc(e.id)}, ledger as of ${r.generated}. Every quote is given with the article it was read in.</footer>
</body></html>
`
}
