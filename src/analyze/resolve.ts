import type { Event, TimeRef } from '../model/annotations.js'
import type { DatedRole, Evidence, LedgerActor, LedgerEvent, LedgerStatement } from '../model/ledger.js'
import type { Span } from '../model/span.js'
import { EVENT_KINDS, NARROWER_KINDS, PLANNED_CLASSES } from '../lexicon/en/event-triggers.js'
import { MONTH_AND_DAY_NAMES } from '../lexicon/en/calendar-names.js'
import type { ClaimDoc, ClaimScope } from '../claims/scope.js'
import { daysOf, intervalOf } from '../claims/time-span.js'
import { speaksFor } from '../claims/scope.js'
import { betterSpelling } from './names.js'
import { personLinks } from './people.js'
import type { LedgerDoc, ResolvableDoc } from '../model/ledger.js'
import { EventIndex } from './event-index.js'
import { stableId } from './ids.js'

/** The same actors and events across documents, with every item's evidence kept. */
export interface ResolvedLedger {
  readonly actors: readonly LedgerActor[]
  readonly events: readonly LedgerEvent[]
  /** One document's statements with global speakers: asked only of the documents read again. */
  statementsOf(doc: LedgerDoc): LedgerStatement[]
  /** `${docId}/${localId}` → global id, for actors and events. */
  readonly keys: ReadonlyMap<string, string>
  /** The body an actor speaks for at a time: the government of the role a person held then, else itself. */
  bodyOf(actorId: string, at: TimeRef): string
  /** How one document's claims are read in the ledger: global ids and keys. */
  scopeFor(doc: LedgerDoc): ClaimScope
}

export const claimDocOf = (d: LedgerDoc): ClaimDoc => ({
  docId: d.id, published: d.published, text: d.extraction.document.text, language: d.extraction.document.language,
  ...(d.outlet ? { outlet: d.outlet } : {}), ...(d.url ? { url: d.url } : {}), ...(d.title ? { title: d.title } : {}),
  actors: d.extraction.actors, statements: d.extraction.statements, casualties: d.extraction.casualties, events: d.extraction.events,
  timexes: d.extraction.timex, ...(d.extraction.claims ? { claims: d.extraction.claims } : {}),
})

export function evidenceOf(d: Omit<LedgerDoc, 'extraction'>, itemId: string, span: Span): Evidence {
  return {
    docId: d.id, itemId, span, published: d.published,
    ...(d.outlet ? { outlet: d.outlet } : {}), ...(d.url ? { url: d.url } : {}), ...(d.title ? { title: d.title } : {}),
  }
}

/**
 * Global actor ids: governments, organizations and groups keep their ids (`gov-xx` is the same state
 * in every document, whatever the metonym); people are matched by name without accents or titles as
 * personLinks says, each join that is not the same name keeping its rule.
 */
function actorIds(docs: readonly ResolvableDoc[]): { keys: Map<string, string>; rules: Map<string, string> } {
  const keys = new Map<string, string>()
  const rules = new Map<string, string>()
  // A person a reviewer merged or split keeps the id given, whatever its name would match.
  for (const d of docs) for (const a of d.extraction.actors) if (a.type !== 'person' || a.renamed) keys.set(`${d.id}/${a.id}`, a.id)
  const people = docs.flatMap((d) => d.extraction.actors.filter((a) => a.type === 'person' && !a.renamed).map((a) => ({
    key: `${d.id}/${a.id}`, docId: d.id, name: a.name, ...(a.role ? { role: a.role } : {}), ...(a.country ? { country: a.country } : {}),
  })))
  for (const [key, link] of personLinks(people)) {
    keys.set(key, link.id)
    if (link.rule) rules.set(key, link.rule)
  }
  return { keys, rules }
}

/**
 * minister-of-named-ministry: "Foreign Minister Dana Veltri", in an article that names one government's
 * foreign ministry (and no other's), speaks for that government.
 */
export function bodyByMinistry(role: string, actors: readonly { readonly type: string; readonly name: string; readonly memberOf?: string }[]): string | undefined {
  const m = /(\p{L}+)\s+minister$/iu.exec(role.trim())
  if (!m) return undefined
  const ministry = `${m[1]!.toLowerCase()} ministry`
  const bodies = new Set(actors.filter((x) => x.type === 'organization' && x.memberOf?.startsWith('gov-') && x.name.toLowerCase().includes(ministry)).map((x) => x.memberOf!))
  return bodies.size === 1 ? [...bodies][0] : undefined
}

function mergeActors(docs: readonly ResolvableDoc[], keys: ReadonlyMap<string, string>, rules: ReadonlyMap<string, string>): LedgerActor[] {
  // Each actor is built in place, one object for all its mentions (an actor named in thousands of articles).
  type Merged = { a: { -readonly [K in keyof LedgerActor]: LedgerActor[K] }; roles: DatedRole[]; aliases: Set<string>; docs: Set<string>; joined: Map<string, string> }
  const byId = new Map<string, Merged>()
  for (const d of docs) {
    for (const a of d.extraction.actors) {
      const id = keys.get(`${d.id}/${a.id}`)!
      let seen = byId.get(id)
      if (!seen) {
        seen = { a: { id, name: a.name, type: a.type, roles: [], aliases: [], mentions: 0, documents: [] }, roles: [], aliases: new Set(), docs: new Set(), joined: new Map() }
        byId.set(id, seen)
      }
      const own = a.memberOf ?? (a.type === 'person' && a.role ? bodyByMinistry(a.role, d.extraction.actors) : undefined)
      const memberOf = own ? keys.get(`${d.id}/${own}`) ?? own : undefined
      const rule = rules.get(`${d.id}/${a.id}`)
      // A name joined by a rule lends its mentions, not its spelling: "Kadhafi" does not rename "Muammar Gaddafi".
      if (!rule) seen.a.name = betterSpelling(seen.a.name, a.name)
      seen.a.mentions += a.mentions.length
      // The first country given stays; the latest body given wins.
      if (seen.a.country === undefined && a.country) seen.a.country = a.country
      if (memberOf) seen.a.memberOf = memberOf
      if (rule && !seen.joined.has(a.name)) seen.joined.set(a.name, rule)
      if (a.role) seen.roles.push({ role: a.role, ...(memberOf ? { memberOf } : {}), ...(d.published ? { from: d.published, to: d.published } : {}), docId: d.id })
      for (const m of a.mentions) seen.aliases.add(m.text)
      seen.docs.add(d.id)
    }
  }
  return [...byId.values()].map(({ a, roles, aliases, docs: ds, joined }) => ({
    ...a, roles, aliases: [...aliases], ...(joined.size ? { joined: [...joined].map(([name, rule]) => ({ name, rule })) } : {}), documents: [...ds],
  }))
}

const CLASS_OF = new Map<string, string>([...Object.entries(EVENT_KINDS).map(([cls, kind]) => [kind, cls] as const), ...Object.entries(NARROWER_KINDS)])
const classOf = (kind: string) => CLASS_OF.get(kind) ?? kind

/** A calendar value's first day (as written) and its first and last days in milliseconds; {} when it names no day. */
interface DayRange { readonly first?: string; readonly start?: number; readonly end?: number }
type Days = (value: string) => DayRange

const dayRange: Days = (value) => {
  const x = daysOf(value)
  const ms = (s: string) => Date.parse(`${s}T00:00:00Z`)
  return x.start ? { first: x.start, start: ms(x.start), end: ms(x.end!) } : {}
}

/** dayRange, each value read once: one resolution compares the same event dates many times. */
function rememberedDays(): Days {
  const known = new Map<string, DayRange>()
  return (value) => known.get(value) ?? known.set(value, dayRange(value)).get(value)!
}

/** Days between two calendar values' nearest ends; 0 when they overlap. */
function gapDays(a: string, b: string, days: Days): number {
  const x = days(a)
  const y = days(b)
  if (x.start === undefined || y.start === undefined) return Infinity
  return Math.max(0, x.start - y.end!, y.start - x.end!) / 86_400_000
}

interface EventCluster {
  /** `published`: while undated, the publication date of the article that started it. */
  cls: string; date?: string; published?: string; location?: string; actors: Set<string>; names: Set<string>; docs: Set<string>; members: { d: ResolvableDoc; e: Event }[]
}

/** What one event mention tells about the event, for comparing it with others. */
export interface EventFacts {
  readonly cls: string
  readonly date?: string
  /** Undated events happened no later than their article: its publication date. */
  readonly published?: string
  readonly location?: string
  readonly actors: readonly string[]
  readonly names: readonly string[]
}

// A place named after a preposition in an event's words: "the assault on Brisk", "the raid near Tarn".
const PLACE_NAME = /\b(?:on|of|in|at|near|into|around|outside)\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+|city\s+of\s+)?(\p{Lu}[\p{L}\p{M}-]+)/gu

/** Place names in an event's mentions ("Brisk"), lower case; month and day names are dates, not places. */
export function placeNamesOf(mentions: readonly { readonly text: string }[]): string[] {
  return [...new Set(mentions.flatMap((m) => [...m.text.matchAll(PLACE_NAME)].map((x) => x[1]!.toLowerCase())))]
    .filter((w) => !MONTH_AND_DAY_NAMES.has(w))
}

/** An undated event reported on `published` falls in the month before it; planned ones (talks) in the month around it. */
const REPORT_WINDOW_DAYS = 31
const PLANNED = new Set<string>(PLANNED_CLASSES)

/** Whether an event dated `date` can be the undated one an article of `published` reports, for class `cls`. */
function reportedFits(cls: string, date: string, published: string, days: Days): boolean {
  const start = days(date).first
  return gapDays(date, published, days) <= REPORT_WINDOW_DAYS && (PLANNED.has(cls) || (!!start && start <= published))
}

/**
 * same-event: two event mentions are one event when their kind class is the same, none of date (within
 * two days; an undated one within a month before its article, or around it for planned talks), place,
 * participants and named places disagrees, and at least two of them agree. "The assault", "the operation" and "the attack of 3 May"
 * are one event this way; so are "the raid on Brisk" and "last Monday's assault on Brisk".
 */
function eventVotes(c: Omit<EventCluster, 'members' | 'docs'>, e: EventFacts, days: Days): (boolean | undefined)[] {
  if (c.cls !== e.cls) return [false]
  // A dated side against an undated one: the undated one is judged by its article's publication date.
  const dates = c.date && e.date ? gapDays(c.date, e.date, days) <= 2
    : c.date && e.published ? reportedFits(c.cls, c.date, e.published, days)
      : e.date && c.published ? reportedFits(c.cls, e.date, c.published, days) : undefined
  const places = c.location && e.location ? c.location === e.location : undefined
  const people = c.actors.size && e.actors.length ? e.actors.some((a) => c.actors.has(a)) : undefined
  // Different place names are not a conflict: one event is named after its town or its valley.
  const names = c.names.size && e.names.some((n) => c.names.has(n)) ? true : undefined
  return [dates, places, people, names]
}

/** `days`: how dates are read (remembered within one resolution). */
export function sameEvent(c: Omit<EventCluster, 'members' | 'docs'>, e: EventFacts, days: Days = dayRange): boolean {
  const votes = eventVotes(c, e, days)
  return !votes.includes(false) && votes.filter((v) => v === true).length >= 2
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/

/**
 * only-candidate: a mention that says nothing but its kind and date ("the raid", "the assault of 3 May")
 * joins the one event of that class its date fits; so does one that says more when that event says
 * nothing but its kind and the very same day (an article naming the bomber joins one that names none).
 * With two candidates it stays apart.
 */
export function onlyCandidate<C extends Omit<EventCluster, 'members' | 'docs'>>(clusters: readonly C[], e: EventFacts, days: Days = dayRange): C | undefined {
  const bare = !e.location && !e.actors.length && !e.names.length
  const bareOnDay = (c: C) => !c.location && !c.actors.size && !c.names.size && !!e.date && DAY_VALUE.test(e.date) && c.date === e.date
  const fits = clusters.filter((c) => { const v = eventVotes(c, e, days); return v[0] === true && !v.includes(false) && (bare || bareOnDay(c)) })
  return fits.length === 1 ? fits[0] : undefined
}

/** A cluster takes in a mention: its date and place when it had none, its participants and place names. */
export function absorb(c: Omit<EventCluster, 'members' | 'docs'>, e: EventFacts): void {
  c.date ??= e.date
  c.location ??= e.location
  e.actors.forEach((a) => c.actors.add(a))
  e.names.forEach((n) => c.names.add(n))
}

/** What an undated cluster is found by: its participants, its place and its place names. */
const keysOf = (e: EventFacts) => [...e.actors.map((a) => `a:${a}`), ...(e.location ? [`l:${e.location}`] : []), ...e.names.map((n) => `n:${n}`)]

function mergeEvents(docs: readonly ResolvableDoc[], actorKeys: ReadonlyMap<string, string>, keys: Map<string, string>): LedgerEvent[] {
  const clusters: EventCluster[] = []
  const index = new EventIndex<EventCluster>()
  const days = rememberedDays()
  for (const d of docs) {
    for (const e of d.extraction.events) {
      const actors = e.actors.map((a) => actorKeys.get(`${d.id}/${a}`) ?? a)
      const probe: EventFacts = {
        cls: classOf(e.kind), ...(e.date ? { date: e.date } : {}), ...(e.location ? { location: e.location } : {}),
        ...(d.published ? { published: d.published } : {}), actors, names: placeNamesOf(e.mentions),
      }
      // Mentions of one document may still be one event the events stage kept apart; the same votes decide.
      // Only clusters whose date could agree can vote yes on dates; the others are found by place and people.
      const keys = keysOf(probe)
      const near = probe.date
        ? index.near(probe.cls, probe.date, 2, 2, keys, REPORT_WINDOW_DAYS)
        : index.near(probe.cls, probe.published, REPORT_WINDOW_DAYS, PLANNED.has(probe.cls) ? REPORT_WINDOW_DAYS : 0, keys)
      const c = near.find((x) => sameEvent(x, probe, days)) ?? onlyCandidate(near, probe, days)
      if (!c) {
        const cluster: EventCluster = { ...probe, actors: new Set(actors), names: new Set(probe.names), docs: new Set([d.id]), members: [{ d, e }] }
        clusters.push(cluster)
        index.add(cluster, keys)
        continue
      }
      const before = c.date
      absorb(c, probe)
      c.docs.add(d.id)
      c.members.push({ d, e })
      index.grew(c, keys, before)
    }
  }
  const used = new Set<string>()
  return clusters.map((c) => {
    const base = `ev-${c.date ?? 'undated'}-${c.cls.replace(/\W+/g, '-')}${c.location ? `-${c.location.toLowerCase()}` : ''}`
    // Another event of the same kind, day and place is named after its first mention, not numbered: an
    // article added earlier in the order then renames no event after it (the ledger updates one at a time).
    const { d: firstDoc, e: first } = c.members[0]!
    let id = used.has(base) ? stableId(base, firstDoc.id, first.id) : base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    for (const { d, e } of c.members) keys.set(`${d.id}/${e.id}`, id)
    const targets = c.members.flatMap(({ d, e }) => (e.targets ?? []).map((t) => actorKeys.get(`${d.id}/${t}`) ?? t))
    return {
      id, kind: first.kind, summary: c.members.map((m) => m.e.summary).reduce((a, b) => (b.length > a.length ? b : a)),
      ...(c.date ? { date: c.date } : {}), ...(c.location ? { location: c.location } : {}),
      actors: [...c.actors], targets: [...new Set(targets)],
      mentions: c.members.flatMap(({ d, e }) => e.mentions.map((m) => evidenceOf(d, e.id, m))),
      members: c.members.map(({ d, e }) => `${d.id}/${e.id}`),
    }
  })
}

/**
 * Resolves every document's actors, events and statements into the ledger's global ones. Resolution reads
 * only what ResolvableDoc holds; statementsOf and scopeFor are asked of whole documents.
 */
export function resolveLedger(docs: readonly ResolvableDoc[]): ResolvedLedger {
  const { keys, rules } = actorIds(docs)
  const actors = mergeActors(docs, keys, rules)
  const actorKeys = new Map(keys)
  const events = mergeEvents(docs, actorKeys, keys)
  const byId = new Map(actors.map((a) => [a.id, a]))
  const eventsById = new Map(events.map((e) => [e.id, e]))
  const global = (d: { readonly id: string }, id: string) => keys.get(`${d.id}/${id}`) ?? id

  // A ministry's spokesman speaks for the ministry's government, as the minister does.
  const rollUp = (body: string): string => {
    const organ = byId.get(body)
    return organ?.type === 'organization' && organ.memberOf?.startsWith('gov-') ? organ.memberOf : body
  }
  const bodyOf = (id: string, at: TimeRef): string => {
    const a = byId.get(id)
    if (a?.type !== 'person') return speaksFor(a, id)
    const when = intervalOf(at).end ?? intervalOf(at).start ?? '~'
    const roles = a.roles.filter((r) => r.memberOf).sort((x, y) => (x.from ?? '').localeCompare(y.from ?? ''))
    const held = [...roles].reverse().find((r) => (r.from ?? '') <= when) ?? roles[0]
    return rollUp(held?.memberOf ?? a.memberOf ?? id)
  }

  const statementsOf = (d: LedgerDoc) => d.extraction.statements.map((s): LedgerStatement => ({
    ...s, key: `${d.id}/${s.id}`, docId: d.id, speakers: s.speakers.map((a) => global(d, a)),
    ...(s.via ? { via: s.via.map((a) => global(d, a)) } : {}), evidence: evidenceOf(d, s.id, s.content),
  }))

  return {
    actors, events, statementsOf, keys, bodyOf,
    scopeFor: (d) => ({
      actor: (id) => global(d, id), event: (id) => global(d, id), bodyOf, key: (id) => `${d.id}/${id}`,
      eventLabel: (id) => eventsById.get(id)?.summary ?? id,
      eventFacts: (id) => eventsById.get(id),
    }),
  }
}

