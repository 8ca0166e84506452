import { createHash } from 'node:crypto'
import type { DocParts, PartsContext } from '../analyze/index.js'
import type { LearnedCountry } from '../lexicon/en/countries.js'
import type { LedgerActor, LedgerDoc, LedgerEvent, ResolvableDoc } from '../model/ledger.js'

/**
 * What is kept of one document between ledger updates: what resolution reads of it while its stamp
 * holds, the places its text teaches, and its claims and figures. Its timeline entries are not: they are
 * stored as its timeline rows, which stay while it is kept.
 */
export interface StoredParts {
  /** Kept before ledger updates read documents by stamp: such a row's document is read again once. */
  readonly stamp?: string
  readonly doc?: ResolvableDoc
  readonly learned: readonly LearnedCountry[]
  /** The places it is read with, while the places all documents taught hash to `known` (placesOf). */
  readonly places?: readonly LearnedCountry[]
  readonly known?: string
  readonly parts: Pick<DocParts, 'claims' | 'figures'>
}

/** A document's places (withKnownPlaces) depend only on its text, its own learned places and these. */
export const knownKeyOf = (known: readonly LearnedCountry[]) => sha1(JSON.stringify(known))

/** What resolution reads of a document (ResolvableDoc), and nothing else, to be kept between updates. */
export const resolvableOf = (d: LedgerDoc | ResolvableDoc): ResolvableDoc => ({
  id: d.id, published: d.published, ...(d.outlet ? { outlet: d.outlet } : {}), ...(d.title ? { title: d.title } : {}), ...(d.url ? { url: d.url } : {}),
  extraction: {
    actors: d.extraction.actors.map((a) => ({
      id: a.id, name: a.name, type: a.type, ...(a.country !== undefined ? { country: a.country } : {}),
      ...(a.memberOf !== undefined ? { memberOf: a.memberOf } : {}), ...(a.role !== undefined ? { role: a.role } : {}),
      ...(a.renamed ? { renamed: a.renamed } : {}), mentions: a.mentions.map((m) => ({ text: m.text })),
    })),
    events: d.extraction.events,
    casualties: d.extraction.casualties.map((c) => ({ id: c.id, span: c.span, ...(c.event ? { event: c.event } : {}) })),
  },
})

const sha1 = (s: string) => createHash('sha1').update(s).digest('base64')

/**
 * How an actor's claims are attributed, and nothing else: a person's run of governments over time (the
 * first role of each run: bodyOf picks the last role begun by then, which lies in the same run), a body's
 * own membership. A new article naming the same minister in the same post changes none of it.
 */
function speakingOf(a: LedgerActor | undefined): unknown {
  if (!a) return null
  const roles = a.roles.filter((r) => r.memberOf).sort((x, y) => (x.from ?? '').localeCompare(y.from ?? ''))
  const runs = roles.filter((r, i) => i === 0 || roles[i - 1]!.memberOf !== r.memberOf).map((r) => [r.from ?? '', r.memberOf])
  return [a.type, a.memberOf ?? null, runs]
}

/** The resolved actors and events by global id. */
export interface ById {
  readonly actors: ReadonlyMap<string, LedgerActor>
  readonly events: ReadonlyMap<string, LedgerEvent>
}

/** A memo of `make` by key, for one update (the ledger it reads does not change while it runs). */
const memo = <T>(make: (key: string) => T) => {
  const made = new Map<string, T>()
  return (key: string): T => {
    if (!made.has(key)) made.set(key, make(key))
    return made.get(key)!
  }
}

/**
 * Fingerprints of documents under one resolution: everything across documents that one document's parts
 * are read under, hashed: its own reviewed extraction and metadata (`source`, its stamp, snapshot.ts), the
 * global ids of its actors and events, how those actors speak (and the bodies they speak for), what is
 * known of its events, the events its lone figures are placed at, and the places it is read with. Equal
 * fingerprints give equal parts, so the stored ones are kept. What an actor or event contributes is made
 * once per update, not once per document naming it: a person named in thousands of articles has a role from each.
 */
export function fingerprinter(ctx: PartsContext, { actors, events }: ById): (d: ResolvableDoc, source: string, places: readonly LearnedCountry[]) => string {
  const speaking = memo((id) => JSON.stringify(speakingOf(actors.get(id))))
  const bodiesOf = memo((id) => { const a = actors.get(id); return [...new Set([a?.memberOf, ...(a?.roles ?? []).map((r) => r.memberOf)])].filter((b): b is string => !!b) })
  const body = (b: string) => `${JSON.stringify(b)}:${speaking(b)}`
  const event = memo((id) => { const e = events.get(id); return JSON.stringify(e ? [e.id, e.summary, e.date ?? null, e.location ?? null] : null) })
  return (d, source, places) => {
    const global = (id: string) => ctx.resolved.keys.get(`${d.id}/${id}`) ?? id
    const ids = d.extraction.actors.map((a) => global(a.id))
    const eventIds = d.extraction.events.map((e) => global(e.id))
    const bodies = [...new Set(ids.flatMap(bodiesOf))]
    const placed = d.extraction.casualties.filter((c) => !c.event).map((c) => ctx.placed(c.span, d.published) ?? null)
    return sha1([
      JSON.stringify([source, ids, eventIds]), ids.map(speaking).join(','), bodies.map(body).join(','),
      eventIds.map(event).join(','), JSON.stringify([placed, places]),
    ].join('\u0000'))
  }
}
