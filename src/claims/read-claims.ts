import type { Casualty, Statement, TimeRef, Timex } from '../model/annotations.js'
import type { Span } from '../model/span.js'
import type { Claim, Evidence, Proposition } from '../model/ledger.js'
import { countryInfo } from '../lexicon/en/countries.js'
import { CASUALTIES_ENTAIL_PRESENCE, casualtiesEntailPresence } from './entailment.js'
import { casualtiesOf, groupKeyOf, presence as presenceOf } from './propositions.js'
import { placesIn, presenceFor, readPresence } from './read-presence.js'
import { readResponsibility, RESPONSIBILITY_SCAN } from './read-responsibility.js'
import { echoesIn, figurePolarity, reportedTime, stanceEvidence, withEventCountry, withOwnCountry } from './read-figures.js'
import { hitIn, hitsOf } from './triggers.js'
import { readFrameClaims } from './read-frame-claims.js'
import { ownCountries } from './own-country.js'
import { localScope, type ClaimDoc, type ClaimScope } from './scope.js'
import { countryOfGovernment } from '../model/country-code.js'
import { countBelow } from '../model/sorted.js'

/** Reads every claim of one document: presence and responsibility from statements, the frames of its contents, casualty figures, and what they entail. */
export function readClaims(doc: ClaimDoc, scope: ClaimScope = localScope(doc)): Claim[] {
  const evidence = (itemId: string, span: Span): Evidence => ({
    docId: doc.docId, itemId, span, published: doc.published,
    ...(doc.outlet ? { outlet: doc.outlet } : {}), ...(doc.url ? { url: doc.url } : {}), ...(doc.title ? { title: doc.title } : {}),
  })
  const claim = (localActor: string, time: TimeRef, rest: Omit<Claim, 'actor' | 'time' | 'speaker'>): Claim => {
    const id = scope.actor(localActor)
    const body = scope.bodyOf(id, time)
    return { ...rest, actor: body, time, ...(body !== id ? { speaker: id } : {}) }
  }
  let places: ReturnType<typeof placesIn> | undefined
  const presence = presenceFor(doc.language)
  const placeBefore = (at: number) => {
    places ??= placesIn(doc.text, presence)
    return places[countBelow(places, at, (p) => p.at) - 1]?.code
  }
  const own = ownCountries(doc.actors)
  const contentPeriod = contentPeriods(doc.timexes)
  const forceHits = hitsOf(presence.forceScanAll, doc.text)
  const blameHits = hitsOf(RESPONSIBILITY_SCAN, doc.text)
  const out: Claim[] = []

  for (const s of doc.statements) {
    const propositions: Proposition[] = []
    // "Its troops" belong to the first speaker's country; further speakers share the statement.
    const ownCountry = own.get(s.speakers[0] ?? '')
    const ctx = { ...(ownCountry ? { ownCountry } : {}), priorPlace: placeBefore.bind(null, s.content.start) }
    const { start, end } = s.content
    if (hitIn(forceHits, start, end)) for (const r of readPresence(doc.text, start, end, ctx, presence)) propositions.push(presenceOf(r.forces, r.place))
    if (hitIn(blameHits, start, end)) for (const r of readResponsibility(doc, s)) propositions.push(r(scope))
    const period = contentPeriod(s)
    for (const p of unique(propositions)) {
      for (const speaker of s.speakers) {
        out.push(claim(speaker, s.time, {
          proposition: p, polarity: s.polarity, evidence: evidence(s.id, s.content), source: scope.key(s.id), rule: 'direct',
          ...(s.hedged ? { hedged: true } : {}), ...(period ? { period } : {}),
        }))
      }
    }
  }

  // A frame's claim that a presence or responsibility reader already made from the same statement is left out.
  const made = new Set(out.map((c) => `${c.source}|${c.actor}|${c.proposition.key}`))
  for (const c of readFrameClaims(doc, scope, { claim, evidence, contentPeriod })) {
    const key = `${c.source}|${c.actor}|${c.proposition.key}`
    if (!made.has(key)) out.push(c)
    made.add(key)
  }

  const events = new Map(doc.events.map((e) => [e.id, e]))
  const statements = new Map(doc.statements.map((s) => [s.id, s]))
  const echoesOf = echoesIn(doc.statements)
  const countryOf = (localActor: string, time: TimeRef) =>
    own.get(localActor) ?? countryOfGovernment(scope.bodyOf(scope.actor(localActor), time))
  for (const figure of doc.casualties) {
    if (!figure.reportedBy) continue
    const carrier = figure.statement ? statements.get(figure.statement) : undefined
    const readers = [
      { speaker: figure.reportedBy, time: reportedTime(figure, doc.published), stance: figurePolarity(figure, carrier), by: carrier, echo: false },
      ...(figure.count === 0 ? [] : echoesOf(figure).filter((s) => !s.speakers.includes(figure.reportedBy!))
        .map((s) => ({ speaker: s.speakers[0]!, time: s.time, stance: s.polarity, by: s, echo: true }))),
    ]
    const local = figure.event ? events.get(figure.event) : undefined
    const known = local ? scope.eventFacts?.(scope.event(local.id)) : undefined
    const event = local && known ? { ...local, date: local.date ?? known.date, location: local.location ?? known.location } : local
    for (const { speaker, time, stance, by, echo } of readers) {
      const c = withEventCountry(withOwnCountry(figure, countryOf(speaker, time)), event?.location)
      const { item, span } = stanceEvidence(c, by, echo)
      const base = { evidence: evidence(item, span), source: scope.key(item), ...(by?.hedged ? { hedged: true } : {}) }
      if (event) {
        const eventId = scope.event(event.id)
        const proposition = casualtiesOf(groupKeyOf(c), groupLabel(c), eventId, scope.eventLabel(eventId), c.status)
        const period = event.date ? { period: { value: event.date } } : {}
        out.push(claim(speaker, time, { ...base, proposition, polarity: stance, rule: 'direct', ...period }))
      }
      // A denied figure places no one anywhere.
      const entailed = stance === 'asserts' ? casualtiesEntailPresence(c, event) : null
      if (entailed) {
        out.push(claim(speaker, time, { ...base, proposition: entailed.proposition, polarity: 'asserts', rule: CASUALTIES_ENTAIL_PRESENCE, period: entailed.period }))
      }
    }
  }
  return out
}

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

/**
 * "admitted on 20 May that its troops were in Chile on 2 May": the content's own date, when it has one
 * (the first calendar date inside the content). Dates sorted once by offset, so each statement looks
 * only at the dates starting inside its content.
 */
function contentPeriods(timexes: readonly Timex[] | undefined): (s: Statement) => TimeRef | undefined {
  const dates = (timexes ?? []).filter((x) => x.type === 'DATE' && CALENDAR.test(x.value)).sort((a, b) => a.span.start - b.span.start)
  return ({ content }) => {
    for (let k = countBelow(dates, content.start, (x) => x.span.start); k < dates.length && dates[k]!.span.start < content.end; k++) {
      if (dates[k]!.span.end <= content.end) return { value: dates[k]!.value }
    }
    return undefined
  }
}

const unique = (ps: readonly Proposition[]) => [...new Map(ps.map((p) => [p.key, p])).values()]

/** "Peruvian military personnel", or the group as written when its country is unknown. */
function groupLabel(c: Casualty): string {
  const demonym = c.country ? countryInfo(c.country)?.demonym : undefined
  return demonym ? `${demonym} ${c.role === 'military' ? 'military personnel' : c.role ? `${c.role}s` : 'people'}` : c.group
}
