import type { CasualtyTally, Claim, Disagreement, Reversal } from '../model/ledger.js'
import { readClaims } from '../claims/read-claims.js'
import { contains } from '../model/span.js'
import { withLearnedPlaces, type LearnedCountry } from '../lexicon/en/countries.js'
import { learnPlaces } from '../extract/places/learn-places.js'
import { unionPlaces, withKnownPlaces } from '../extract/places/place-memory.js'
import { claimDocOf, evidenceOf, resolveLedger, type ResolvedLedger } from './resolve.js'
import type { LedgerDoc, LedgerStatement } from '../model/ledger.js'
import { disagreementsOf } from './disagreements.js'
import { pushTo } from './group.js'
import { eventByPlace, type PlacedEvent } from './placed-figures.js'
import { reversalsOf } from './reversals.js'
import { talliesOf, type LedgerFigure } from './tallies.js'
import { byTimelineOrder, timelineOf, type PlacedEntry } from './timeline.js'

export { rateFlip } from './flip-o-meter.js'

/** Everything the ledger shows, computed from the stored documents alone. */
export interface LedgerAnalysis {
  readonly resolved: ResolvedLedger
  readonly claims: readonly Claim[]
  readonly reversals: readonly Reversal[]
  readonly disagreements: readonly Disagreement[]
  readonly tallies: readonly CasualtyTally[]
  readonly timeline: readonly PlacedEntry[]
}

/** Casualty figures with global ids: the reporter as the body it speaks for, the merged event. */
function figuresOf(docs: readonly LedgerDoc[], r: ResolvedLedger, placed: PlacedEvent): (LedgerFigure & { statement?: string })[] {
  return docs.flatMap((d) => {
    const scope = r.scopeFor(d)
    return d.extraction.casualties.map((c) => {
      const reportedOn = c.reportedOn ?? {}
      const { id: _id, span, rule: _rule, reportedBy, statement, event: local, reportedOn: _on, ...rest } = c
      const event = local ? scope.event(local) : placed(span, d.published)
      return {
        ...rest, key: scope.key(c.id), reportedOn, evidence: evidenceOf(d, c.id, span),
        ...(reportedBy ? { source: scope.actor(reportedBy), side: r.bodyOf(scope.actor(reportedBy), reportedOn) } : {}),
        ...(event ? { event } : {}), ...(statement ? { statement: scope.key(statement) } : {}),
      }
    })
  })
}

/** What one document adds to the ledger once resolved: its claims, its figures and its own timeline entries. */
export interface DocParts {
  readonly claims: readonly Claim[]
  readonly figures: readonly (LedgerFigure & { statement?: string })[]
  /** Statement entries, and casualty entries no statement of the document carries. */
  readonly entries: readonly PlacedEntry[]
}

/** Places each document's claims are read with: its own, completed from what all the others taught. */
export function placesOf(docs: readonly LedgerDoc[], learned: readonly (readonly LearnedCountry[])[]): LearnedCountry[][] {
  const known = unionPlaces(learned)
  return docs.map((d, i) => withKnownPlaces(d.extraction.document.text, learned[i]!, known))
}

/** What reading one document's parts needs from the whole resolution, indexed by document once. */
export interface PartsContext {
  readonly resolved: ResolvedLedger
  readonly placed: PlacedEvent
  readonly mentions: ReadonlyMap<string, { event: string; span: { start: number; end: number } }[]>
}

export function partsContextOf(resolved: ResolvedLedger): PartsContext {
  const mentions = new Map<string, { event: string; span: { start: number; end: number } }[]>()
  for (const e of resolved.events) for (const m of e.mentions) pushTo(mentions, m.docId, { event: e.id, span: m.span })
  return { resolved, placed: eventByPlace(resolved.events), mentions }
}

/** One document's parts under a resolution; `places`: see placesOf. */
export function docPartsOf(d: LedgerDoc, ctx: PartsContext, places: readonly LearnedCountry[]): DocParts {
  const claims = withLearnedPlaces(places, () => readClaims(claimDocOf(d), ctx.resolved.scopeFor(d)))
  const figures = figuresOf([d], ctx.resolved, ctx.placed)
  const mentions = ctx.mentions.get(d.id) ?? []
  const figureEvents = new Map<string, string[]>()
  for (const f of figures) if (f.statement && f.event) pushTo(figureEvents, f.statement, f.event)
  const eventsOfStatement = (s: LedgerStatement) =>
    [...new Set([...mentions.filter((m) => contains(s.content, m.span)).map((m) => m.event), ...(figureEvents.get(s.key) ?? [])])]
  return { claims, figures, entries: timelineOf(ctx.resolved.statementsOf(d), [], figures, eventsOfStatement) }
}

/** Reversals, disagreements and tallies of resolved documents from their parts, in document order. */
export function ledgerOfParts(resolved: ResolvedLedger, parts: readonly Pick<DocParts, 'claims' | 'figures'>[]): Omit<LedgerAnalysis, 'resolved' | 'timeline'> {
  const names = new Map(resolved.actors.map((a) => [a.id, a.name]))
  const name = (id: string) => names.get(id) ?? id
  const claims = parts.flatMap((p) => p.claims)
  return {
    claims,
    reversals: reversalsOf(claims, name),
    disagreements: disagreementsOf(claims, name),
    tallies: talliesOf(parts.flatMap((p) => p.figures)),
  }
}

/** The timeline: every event's entry and the entries of these parts (all, or the documents read again). */
export function timelineOfParts(resolved: ResolvedLedger, parts: readonly DocParts[]): PlacedEntry[] {
  // In the order timelineOf gives everything at once: statements, events, then lone figures, sorted.
  return [
    ...parts.flatMap((p) => p.entries.filter((e) => e.kind === 'statement')), ...timelineOf([], resolved.events, []),
    ...parts.flatMap((p) => p.entries.filter((e) => e.kind !== 'statement')),
  ].sort(byTimelineOrder)
}

/** Resolves the documents into one ledger, reads every claim, and finds reversals, disagreements, tallies and the timeline. */
export function analyzeLedger(docs: readonly LedgerDoc[]): LedgerAnalysis {
  const resolved = resolveLedger(docs)
  // Countries the package lacks are learned from each article again, completed from what all the others
  // taught, as extraction with the place memory did, so "Valdorian troops" reads the same in the ledger.
  const places = placesOf(docs, docs.map((d) => learnPlaces(d.extraction.document.text)))
  const ctx = partsContextOf(resolved)
  const parts = docs.map((d, i) => docPartsOf(d, ctx, places[i]!))
  return { resolved, ...ledgerOfParts(resolved, parts), timeline: timelineOfParts(resolved, parts) }
}
