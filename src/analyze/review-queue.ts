import type { CasualtyFigure, CasualtyTally, Claim, Disagreement, LedgerActor, Reversal } from '../model/ledger.js'
import type { QueueItem, ReviewTarget } from '../model/review-queue.js'
import { isSurnameOf, nameWords } from './names.js'
import { LIKELY_SCORE } from '../claims/match.js'
import { pushTo } from './group.js'

/**
 * The review queue's ranking: each entry's priority is how much it matters (its kind's weight) times how
 * much doubt there is about it. A reversal weighs most (it is the story), then a disagreement, then
 * figures that disagree, then a possible duplicate actor (a merge fixes it, but it hides nothing).
 */
export const QUEUE_WEIGHT = { reversal: 1, disagreement: 0.9, figures: 0.8, 'duplicate-actor': 0.6 } as const

/** Links scoring under this are worth a look even when `likely`: a notch above the likely threshold. */
export const REVIEW_BELOW = LIKELY_SCORE + 0.1

/** Current figures closer than this (smallest over largest above 3/4) are the usual spread of early counts. */
export const FIGURE_SPREAD = 0.25

type NameOf = (id: string) => string
const round = (n: number) => Math.round(n * 100) / 100

const KIND_OF_ITEM: readonly [RegExp, ReviewTarget['kind']][] = [[/^s\d+$/, 'statement'], [/^k\d+$/, 'casualty'], [/^ev\d+$/, 'event']]

/** The extracted item a claim reads, when it is one a review can name. */
function targetOf(c: Claim): ReviewTarget | undefined {
  const kind = KIND_OF_ITEM.find(([re]) => re.test(c.evidence.itemId))?.[1]
  return kind && { docId: c.evidence.docId, kind, itemId: c.evidence.itemId }
}

/** The claim reported last: checking it decides whether the link is news. */
const newest = (cs: readonly Claim[]) => [...cs].sort((a, b) => (a.evidence.published ?? '').localeCompare(b.evidence.published ?? '')).pop()

function linkReason(word: string, score: number, rules: readonly string[]): string {
  const how = score < LIKELY_SCORE ? `possible ${word}: link score ${score.toFixed(2)}, under the ${LIKELY_SCORE.toFixed(2)} of a likely one`
    : `low-confidence ${word}: link score ${score.toFixed(2)}`
  return `${how} (rules: ${rules.join(', ')})`
}

/** A reversal whose link is weak enough to want a person, or null. */
export function reversalEntry(r: Reversal, nameOf: NameOf): QueueItem | null {
  if (r.score >= REVIEW_BELOW) return null
  const last = newest(r.later)
  const target = last && targetOf(last)
  return {
    id: `reversal:${r.id}`, kind: 'reversal', score: round(QUEUE_WEIGHT.reversal * (1 - r.score)),
    reason: linkReason('reversal', r.score, r.rules), title: `${nameOf(r.actor)}: ${r.proposition.text}`,
    ...(target ? { target } : {}), evidence: [...r.earlier.slice(0, 1), ...r.later.slice(0, 1)].map((c) => c.evidence),
  }
}

/** A disagreement whose link is weak enough to want a person, or null. */
export function disagreementEntry(d: Disagreement, nameOf: NameOf): QueueItem | null {
  if (d.score >= REVIEW_BELOW) return null
  const last = newest(d.sides.flatMap((s) => s.claims))
  const target = last && targetOf(last)
  const who = d.sides.map((s) => s.actors.map(nameOf).join(' & ')).join(' vs ')
  return {
    id: `disagreement:${d.id}`, kind: 'disagreement', score: round(QUEUE_WEIGHT.disagreement * (1 - d.score)),
    reason: linkReason('disagreement', d.score, d.rules), title: `${who}: ${d.proposition.text}`,
    ...(target ? { target } : {}), evidence: d.sides.flatMap((s) => s.claims.slice(0, 1).map((c) => c.evidence)),
  }
}

/** A figure's number: its count, else the middle of its range. */
const valueOf = (f: CasualtyFigure): number | undefined =>
  f.count ?? (f.low !== undefined && f.high !== undefined ? (f.low + f.high) / 2 : f.low ?? f.high)

/**
 * A tally whose sources' current figures disagree by more than the usual spread, or null. The entry
 * points at the figure farthest from the tally's best estimate: the one most likely misread.
 */
export function figuresEntry(t: CasualtyTally, nameOf: NameOf): QueueItem | null {
  const current = t.figures.filter((f) => !f.supersededBy && valueOf(f) !== undefined)
  if (new Set(current.map((f) => f.source ?? '')).size < 2) return null
  const values = current.map((f) => valueOf(f)!)
  const [min, max] = [Math.min(...values), Math.max(...values)]
  const spread = max === 0 ? 0 : 1 - min / max
  if (spread < FIGURE_SPREAD) return null
  const centre = t.best ?? (min + max) / 2
  const far = current.reduce((a, b) => (Math.abs(valueOf(b)! - centre) > Math.abs(valueOf(a)! - centre) ? b : a))
  const label = (f: CasualtyFigure) => `${valueOf(f)} (${f.source ? nameOf(f.source) : 'unattributed'})`
  const lowest = current[values.indexOf(min)]!
  const highest = current[values.indexOf(max)]!
  return {
    id: `figures:${t.id}`, kind: 'figures', score: round(QUEUE_WEIGHT.figures * spread),
    reason: `sources disagree: ${label(lowest)} to ${label(highest)}, ${Math.round(spread * 100)}% apart; the figure farthest from the best estimate (${centre}) first`,
    title: `${t.group} ${t.status}`,
    target: { docId: far.evidence.docId, kind: 'casualty', itemId: far.evidence.itemId },
    evidence: [far.evidence, ...current.filter((f) => f !== far).map((f) => f.evidence)],
  }
}

/**
 * Possible duplicates: an actor named by one word beside actors of the same type whose full names end in
 * that word ("Roe" beside "Ana Roe"). The ledger joins them on its own only when one bearer is certain;
 * with several bearers each pair is an entry, less likely the more there are.
 */
export function duplicateEntries(actors: readonly LedgerActor[]): QueueItem[] {
  const words = new Map(actors.map((a) => [a.id, nameWords(a.name)]))
  // Full names under each word after their first, so a surname finds its bearers without a scan.
  const bySurname = new Map<string, LedgerActor[]>()
  for (const a of actors) {
    const w = words.get(a.id)!
    if (w.length < 2) continue
    for (const key of new Set(w.slice(1).flatMap((x) => [x, ...x.split('-')]))) pushTo(bySurname, key, a)
  }
  return actors.filter((a) => words.get(a.id)!.length === 1).flatMap((short) => {
    const surname = words.get(short.id)!
    const bearers = (bySurname.get(surname[0]!) ?? []).filter((f) => f.type === short.type && isSurnameOf(surname, words.get(f.id)!))
    return bearers.map((f): QueueItem => ({
      id: `duplicate-actor:${short.id}:${f.id}`, kind: 'duplicate-actor', score: round(QUEUE_WEIGHT['duplicate-actor'] / bearers.length),
      reason: `“${short.name}” may be ${f.name}: a surname beside a full name with it, both ${short.type}s`
        + `${bearers.length > 1 ? `; ${bearers.length} actors bear the name` : ''} (${short.documents.length} and ${f.documents.length} documents)`,
      title: `${short.name} / ${f.name}`, merge: { from: short.id, into: f.id }, evidence: [],
    }))
  })
}

/** The queue in priority order, highest first; ties in id order so pages are stable. */
export function rankQueue(items: readonly QueueItem[], limit: number): QueueItem[] {
  return [...items].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit)
}
