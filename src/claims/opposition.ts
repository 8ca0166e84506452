import type { Claim, LinkStrength } from '../model/ledger.js'
import type { TimeRef } from '../model/annotations.js'
import { ACT_ENTAILS_RESPONSIBILITY, ACT_IS_AN_ATTACK, DOWNING_ENTAILS_HIT } from './entailment.js'
import { indexKeys, opposes, periodOf } from './match.js'
import { compareTime, intersection, intervalOf, overlapping } from './time-span.js'

/** One actor turning on its own claim: what it said before, what it says now, and the pair that links them. */
export interface ReversalGroup {
  readonly actor: string
  readonly earlier: readonly Claim[]
  readonly later: readonly Claim[]
  /** The earliest contradicting pair: an earlier claim and a later one over overlapping periods. */
  readonly link: readonly [Claim, Claim]
  readonly strength: LinkStrength
}

/** Different bodies on opposite sides of one proposition at the same time. */
export interface DisagreementGroup {
  readonly asserts: readonly Claim[]
  readonly denies: readonly Claim[]
  readonly overlap: TimeRef
  /** The strongest pair across the sides, and the proposition its assertion states. */
  readonly strength: LinkStrength
  readonly proposition: Claim['proposition']
}

const groupBy = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const out = new Map<string, T[]>()
  for (const t of items) {
    const k = key(t)
    const list = out.get(k)
    if (list) list.push(t)
    else out.set(k, [t])
  }
  return out
}

const byTime = (a: Claim, b: Claim) => compareTime(a.time, b.time)

/**
 * An act and the attack (or hit) it is (act-is-an-attack, downing-entails-hit), read from the same words by
 * the same actor, stand in one cluster: "shot down the helicopter" and "did not fire on any aircraft" are one
 * dispute, not two.
 */
const READING_RULES = new Set([ACT_IS_AN_ATTACK, DOWNING_ENTAILS_HIT, ACT_ENTAILS_RESPONSIBILITY])
const sameReading = (a: Claim, b: Claim) => a.source === b.source && a.actor === b.actor && (READING_RULES.has(a.rule) || READING_RULES.has(b.rule))

/** Pairs of claims read from the same words by the same actor, one the attack the other is. */
function readingPairs(claims: readonly Claim[]): [number, number][] {
  const bySource = groupBy([...claims.keys()], (i) => `${claims[i]!.source}|${claims[i]!.actor}`)
  return [...bySource.values()].flatMap((is) => is.flatMap((i, x) => is.slice(x + 1).filter((j) => sameReading(claims[i]!, claims[j]!)).map((j): [number, number] => [i, j])))
}

/** Claims joined into clusters (union-find), each cluster in the order the claims were given. */
class Clusters {
  private readonly parent: number[]
  constructor(private readonly claims: readonly Claim[]) { this.parent = claims.map((_, i) => i) }
  root(i: number): number { return this.parent[i] === i ? i : (this.parent[i] = this.root(this.parent[i]!)) }
  join(i: number, j: number): void { this.parent[this.root(j)] = this.root(i) }
  groups(): Claim[][] { return [...groupBy(this.claims.map((c, i) => [c, i] as const), ([, i]) => String(this.root(i))).values()].map((g) => g.map(([c]) => c)) }
}

/** Claim indexes by each index key (see match.ts), in claim order. */
function byIndexKey(claims: readonly Claim[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>()
  claims.forEach((c, i) => {
    for (const k of indexKeys(c)) {
      const list = byKey.get(k)
      if (list) list.push(i)
      else byKey.set(k, [i])
    }
  })
  return byKey
}

/**
 * Pairs of claims that share an index key, stand on different sides (`sideOf`: claims of one side are never
 * worth comparing, such as one stance) and pass `worth`: the only pairs worth comparing, in the order of a
 * scan over every pair sharing a key. A document that repeats one claim a thousand times has half a million
 * pairs of it, all on one side: only pairs across sides are made, so none of those is even looked at.
 */
export function candidatePairs(claims: readonly Claim[], sideOf: (c: Claim) => string, worth: (a: Claim, b: Claim) => boolean = () => true): [number, number][] {
  const seen = new Set<string>()
  const out: [number, number][] = []
  for (const list of byIndexKey(claims).values()) {
    const sideIds = new Map<string, number>()
    const side = list.map((i) => { const k = sideOf(claims[i]!); return sideIds.get(k) ?? sideIds.set(k, sideIds.size).size - 1 })
    // From a position, the next one on another side: a run of one side is skipped in one step.
    const jump: number[] = []
    for (let y = list.length - 1; y >= 0; y--) jump[y] = side[y + 1] !== side[y] ? y + 1 : jump[y + 1]!
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y = side[y] === side[x] ? jump[y]! : y + 1) {
        if (side[y] === side[x]) continue
        const [i, j] = [list[x]!, list[y]!]
        if (!worth(claims[i]!, claims[j]!)) continue
        const pair = `${i}/${j}`
        if (!seen.has(pair)) { seen.add(pair); out.push([i, j]) }
      }
    }
  }
  return out
}

/** Claims on one proposition key, joined: the same key is one proposition whatever its stance. */
function joinSameKeys(claims: readonly Claim[], clusters: Clusters): void {
  const first = new Map<string, number>()
  claims.forEach((c, i) => {
    const f = first.get(c.proposition.key)
    if (f === undefined) first.set(c.proposition.key, i)
    else clusters.join(f, i)
  })
}

/** Different propositions, or one proposition taken both ways: same key and stance only join (joinSameKeys). */
const turnSide = (c: Claim) => `${c.proposition.key}|${c.polarity}`
/** Different bodies on opposite sides (the stances are the sides: opposes() needs opposite ones). */
const mayDisagree = (a: Claim, b: Claim) => a.actor !== b.actor


/**
 * Reversals: per actor, claims on one proposition (the same key, or opposed through matching frames)
 * form a cluster; in it, the first later claim that opposes an earlier one (opposite stance, said later,
 * periods overlapping) is the turn. The earlier side keeps every claim of the old stance said before it
 * (also those about other periods: they are the record being reversed); the later side keeps every claim
 * of the new stance from then on.
 */
export function findReversals(claims: readonly Claim[]): ReversalGroup[] {
  const out: ReversalGroup[] = []
  for (const own of groupBy(claims, (c) => c.actor).values()) {
    const clusters = new Clusters(own)
    const links = new Map<string, LinkStrength>()
    const linked = new Set<Claim>()
    joinSameKeys(own, clusters)
    for (const [i, j] of candidatePairs(own, turnSide)) {
      const link = opposes(own[i]!, own[j]!)
      if (!link) continue
      clusters.join(i, j)
      links.set(`${i}/${j}`, link).set(`${j}/${i}`, link)
      linked.add(own[i]!).add(own[j]!)
    }
    for (const [i, j] of readingPairs(own)) clusters.join(i, j)
    const index = new Map(own.map((c, i) => [c, i]))
    for (const group of clusters.groups()) {
      // A cluster without a link has no turn: a claim repeated many times is not sorted and searched.
      if (!group.some((c) => linked.has(c))) continue
      const sorted = [...group].sort(byTime)
      const found = turnOf(sorted, (x, y) => links.get(`${index.get(x)}/${index.get(y)}`))
      if (!found) continue
      const [, turn] = found.link
      out.push({
        actor: turn.actor, link: found.link, strength: found.strength,
        earlier: sorted.filter((c) => c.polarity !== turn.polarity && compareTime(c.time, turn.time) < 0),
        later: sorted.filter((c) => c.polarity === turn.polarity && compareTime(c.time, turn.time) >= 0),
      })
    }
  }
  return out
}

/** The first later claim opposing an earlier one, the earliest such earlier claim, and their link. */
function turnOf(sorted: readonly Claim[], linkOf: (a: Claim, b: Claim) => LinkStrength | undefined): { link: [Claim, Claim]; strength: LinkStrength } | undefined {
  for (const b of sorted) {
    for (const a of sorted) {
      if (compareTime(a.time, b.time) >= 0) break // sorted: no earlier claim follows
      const strength = linkOf(a, b)
      if (strength) return { link: [a, b], strength }
    }
  }
  return undefined
}

/**
 * Disagreements: claims of different bodies with opposite stances on one proposition that speak about
 * overlapping periods AND were said by contemporaries (not a record that changed later). Pairs sharing a
 * claim are one disagreement.
 */
export function findDisagreements(claims: readonly Claim[]): DisagreementGroup[] {
  const clusters = new Clusters(claims)
  const overlapOf = new Map<number, TimeRef>()
  const links: [number, LinkStrength, Claim][] = []
  for (const [i, j] of candidatePairs(claims, (c) => c.polarity, mayDisagree)) {
    const [a, b] = [claims[i]!, claims[j]!]
    if (!contemporaries(a, b)) continue
    const link = opposes(a, b)
    if (!link) continue
    // The overlap shown is the one of the pair that started the cluster.
    const r = clusters.root(i)
    clusters.join(i, j)
    if (!overlapOf.has(r)) overlapOf.set(r, intersection(periodOf(a), periodOf(b)))
    links.push([i, link, a.polarity === 'asserts' ? a : b])
  }
  for (const [i, j] of readingPairs(claims)) clusters.join(i, j)
  // Each cluster's links and first overlap, looked up by its root once every join is made.
  const linksOf = groupBy(links, ([i]) => String(clusters.root(i)))
  const firstOverlap = new Map<number, TimeRef>()
  for (const [k, o] of overlapOf) if (!firstOverlap.has(clusters.root(k))) firstOverlap.set(clusters.root(k), o)
  const indexOf = new Map<Claim, number>()
  claims.forEach((c, i) => { if (!indexOf.has(c)) indexOf.set(c, i) })
  const out: DisagreementGroup[] = []
  for (const members of clusters.groups()) {
    const r = clusters.root(indexOf.get(members[0]!)!)
    const own = linksOf.get(String(r))
    if (!own) continue
    const overlap = overlapOf.get(r) ?? firstOverlap.get(r) ?? {}
    const [, strength, said] = own.reduce((x, y) => (y[1].score > x[1].score ? y : x))
    const cs = [...members].sort(byTime)
    out.push({ asserts: cs.filter((c) => c.polarity === 'asserts'), denies: cs.filter((c) => c.polarity === 'denies'), overlap, strength, proposition: said.proposition })
  }
  return joinRunningDisputes(out)
}

/** Days apart two disagreements may be and still be one running dispute. */
export const RUNNING_DISPUTE_DAYS = 2

const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`)
const daysFrom = (a: string, b: string) => (dayMs(b) - dayMs(a)) / 86_400_000
const gapDays = (end?: string, start?: string) => (end && start ? Math.abs(daysFrom(end, start)) : Infinity)

/**
 * contemporaries: said over overlapping times, or on known days within RUNNING_DISPUTE_DAYS of each other
 * (a charge on Monday and its denial on Tuesday answer each other; a denial known only to precede a day
 * may be years older).
 */
function contemporaries(a: Claim, b: Claim): boolean {
  if (overlapping(a.time, b.time)) return true
  const [x, y] = [intervalOf(a.time), intervalOf(b.time)]
  if (!x.start || !x.end || !y.start || !y.end) return false
  return Math.min(gapDays(x.end, y.start), gapDays(y.end, x.start)) <= RUNNING_DISPUTE_DAYS
}

const sidesOf = (d: DisagreementGroup) => [d.asserts, d.denies].map((cs) => [...new Set(cs.map((c) => c.actor))].sort().join('+')).join('/')
const said = (cs: readonly Claim[]) => cs.map((c) => intervalOf(c.time))

/** Whether `b` was said within RUNNING_DISPUTE_DAYS of the end of `a` (days known at both ends). */
function follows(a: DisagreementGroup, b: DisagreementGroup): boolean {
  const end = said([...a.asserts, ...a.denies]).map((i) => i.end ?? i.start).filter(Boolean).sort().pop()
  const start = said([...b.asserts, ...b.denies]).map((i) => i.start ?? i.end).filter(Boolean).sort()[0]
  return !!end && !!start && daysFrom(end, start) <= RUNNING_DISPUTE_DAYS
}

/**
 * running-dispute: the same sides on the same proposition on consecutive days ("Honduras accused, Nicaragua
 * denied" on Tuesday, the same again on Wednesday) are one disagreement, not one a day.
 */
function joinRunningDisputes(groups: readonly DisagreementGroup[]): DisagreementGroup[] {
  const out: DisagreementGroup[] = []
  const ordered = [...groups].sort((a, b) => byTime(a.asserts[0] ?? a.denies[0]!, b.asserts[0] ?? b.denies[0]!))
  for (const g of ordered) {
    const at = out.findIndex((d) => d.proposition.key === g.proposition.key && sidesOf(d) === sidesOf(g) && follows(d, g))
    if (at < 0) { out.push(g); continue }
    const d = out[at]!
    const strongest = g.strength.score > d.strength.score ? g : d
    out[at] = {
      asserts: [...d.asserts, ...g.asserts].sort(byTime), denies: [...d.denies, ...g.denies].sort(byTime),
      overlap: d.overlap, strength: strongest.strength, proposition: strongest.proposition,
    }
  }
  return out
}
