import type { CasualtyTally, Claim, Disagreement, Reversal } from '../model/ledger.js'
import { readClaims } from '../claims/read-claims.js'
import { contains } from '../model/span.js'
import { withLearnedPlaces } from '../lexicon/en/countries.js'
import { learnPlaces } from '../extract/places/learn-places.js'
import { unionPlaces, withKnownPlaces } from '../extract/places/place-memory.js'
import { claimDocOf, evidenceOf, resolveLedger, type ResolvedLedger } from './resolve.js'
import type { LedgerDoc } from '../model/ledger.js'
import { disagreementsOf } from './disagreements.js'
import { pushTo } from './group.js'
import { eventByPlace } from './placed-figures.js'
import { reversalsOf } from './reversals.js'
import { talliesOf, type LedgerFigure } from './tallies.js'
import { timelineOf, type PlacedEntry } from './timeline.js'

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
function figuresOf(docs: readonly LedgerDoc[], r: ResolvedLedger): (LedgerFigure & { statement?: string })[] {
  const placed = eventByPlace(r.events)
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

/** Resolves the documents into one ledger, reads every claim, and finds reversals, disagreements, tallies and the timeline. */
export function analyzeLedger(docs: readonly LedgerDoc[]): LedgerAnalysis {
  const resolved = resolveLedger(docs)
  // Countries the package lacks are learned from each article again, completed from what all the others
  // taught, as extraction with the place memory did, so "Valdorian troops" reads the same in the ledger.
  const learned = docs.map((d) => learnPlaces(d.extraction.document.text))
  const known = unionPlaces(learned)
  const claims = docs.flatMap((d, i) => withLearnedPlaces(withKnownPlaces(d.extraction.document.text, learned[i]!, known), () => readClaims(claimDocOf(d), resolved.scopeFor(d))))
  const names = new Map(resolved.actors.map((a) => [a.id, a.name]))
  const name = (id: string) => names.get(id) ?? id
  const figures = figuresOf(docs, resolved)
  // Indexed by document and by statement, so placing each statement does not scan every event.
  const mentionsIn = new Map<string, { event: string; span: { start: number; end: number } }[]>()
  for (const e of resolved.events) for (const m of e.mentions) pushTo(mentionsIn, m.docId, { event: e.id, span: m.span })
  const figureEvents = new Map<string, string[]>()
  for (const f of figures) if (f.statement && f.event) pushTo(figureEvents, f.statement, f.event)
  const eventsOfStatement = (s: { docId: string; content: { start: number; end: number }; key: string }) =>
    [...new Set([
      ...(mentionsIn.get(s.docId) ?? []).filter((m) => contains(s.content, m.span)).map((m) => m.event),
      ...(figureEvents.get(s.key) ?? []),
    ])]
  return {
    resolved, claims,
    reversals: reversalsOf(claims, name),
    disagreements: disagreementsOf(claims, name),
    tallies: talliesOf(figures),
    timeline: timelineOf(resolved.statements, resolved.events, figures, eventsOfStatement),
  }
}
