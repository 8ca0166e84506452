import type { Claim } from '../model/ledger.js'
import type { TimeRef } from '../model/annotations.js'
import { contradicts, periodOf } from './entailment.js'
import { compareTime, intersection, overlapping } from './time-span.js'

/** One actor turning on its own claim: what it said before, what it says now, and the pair that links them. */
export interface ReversalGroup {
  readonly actor: string
  readonly earlier: readonly Claim[]
  readonly later: readonly Claim[]
  /** The earliest contradicting pair: an earlier claim and a later one over overlapping periods. */
  readonly link: readonly [Claim, Claim]
}

/** Different bodies on opposite sides of one proposition at the same time. */
export interface DisagreementGroup {
  readonly asserts: readonly Claim[]
  readonly denies: readonly Claim[]
  readonly overlap: TimeRef
}

const groupBy = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const out = new Map<string, T[]>()
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), t])
  return out
}

const byTime = (a: Claim, b: Claim) => compareTime(a.time, b.time)

/**
 * Reversals: per actor and proposition, the first later claim that contradicts an earlier one
 * (opposite polarity, said later, periods overlapping). The earlier side keeps every claim of the old
 * stance said before it (also those about other periods: they are the record being reversed); the later
 * side keeps every claim of the new stance from then on.
 */
export function findReversals(claims: readonly Claim[]): ReversalGroup[] {
  const out: ReversalGroup[] = []
  for (const group of groupBy(claims, (c) => `${c.actor}\u0000${c.proposition.key}`).values()) {
    const sorted = [...group].sort(byTime)
    let link: [Claim, Claim] | undefined
    for (const b of sorted) {
      const a = sorted.find((x) => compareTime(x.time, b.time) < 0 && contradicts(x, b))
      if (a) { link = [a, b]; break }
    }
    if (!link) continue
    const [, turn] = link
    out.push({
      actor: turn.actor,
      earlier: sorted.filter((c) => c.polarity !== turn.polarity && compareTime(c.time, turn.time) < 0),
      later: sorted.filter((c) => c.polarity === turn.polarity && compareTime(c.time, turn.time) >= 0),
      link,
    })
  }
  return out
}

/**
 * Disagreements: per proposition, claims of different bodies with opposite polarity that speak about
 * overlapping periods AND were said over overlapping times (contemporaries, not a record that changed
 * later). Pairs sharing a claim are one disagreement.
 */
export function findDisagreements(claims: readonly Claim[]): DisagreementGroup[] {
  const out: DisagreementGroup[] = []
  for (const group of groupBy(claims, (c) => c.proposition.key).values()) {
    const parent = group.map((_, i) => i)
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
    const overlapOf = new Map<number, TimeRef>()
    group.forEach((a, i) => group.forEach((b, j) => {
      if (j <= i || a.actor === b.actor || !contradicts(a, b) || !overlapping(a.time, b.time)) return
      const r = root(i)
      parent[root(j)] = r
      if (!overlapOf.has(r)) overlapOf.set(r, intersection(periodOf(a), periodOf(b)))
    }))
    const clusters = groupBy(group.map((c, i) => [c, i] as const), ([, i]) => String(root(i)))
    for (const members of clusters.values()) {
      if (members.length < 2) continue
      const r = root(members[0]![1])
      const overlap = overlapOf.get(r) ?? [...overlapOf.entries()].find(([k]) => root(k) === r)?.[1] ?? {}
      const cs = members.map(([c]) => c).sort(byTime)
      out.push({ asserts: cs.filter((c) => c.polarity === 'asserts'), denies: cs.filter((c) => c.polarity === 'denies'), overlap })
    }
  }
  return out
}
