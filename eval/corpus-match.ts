/**
 * Matching of ledger output against corpus gold, kept free of the store so it can be tested on tiny hand-made
 * inputs. Gold names its evidence by reference (`<file>#<id>`); system items carry evidence placed in a file.
 * A system item matches a gold item when its evidence overlaps the gold item's on every side that matters.
 */
import type { Range } from './gold.js'
import type { CorpusCluster, CorpusDisagreement, CorpusReversal, CorpusTally } from './corpus-gold.js'
import { check, emptyKind, type KindScore } from './score.js'

/** A system item's evidence, placed in a corpus file. */
export interface Located { readonly file: string; readonly start: number; readonly end: number }
/** Where a gold reference's evidence lies. */
export type Locate = (ref: string) => { readonly file: string; readonly ranges: readonly Range[] }

export interface SysReversal { actor: string; key: string; rating?: string; earlier: Located[]; later: Located[] }
export interface SysDisagreement { key: string; sides: { polarity: string; evidence: Located[] }[] }
export interface SysFigure { count: number | null; superseded: boolean; evidence: Located }
export interface SysTally { status: string; figures: SysFigure[]; low?: number; best?: number; high?: number }
/** Gold ids and keys translated into the system's: actor ids, and the country codes inside proposition keys. */
export interface Align { actor(goldId: string): string | undefined; key(goldKey: string): string }


/** Whether any of the references' evidence overlaps any of the system evidence. */
export function touches(refs: readonly string[], evidence: readonly Located[], locate: Locate): boolean {
  return refs.some((ref) => {
    const { file, ranges } = locate(ref)
    return evidence.some((e) => e.file === file && ranges.some((r) => r.start < e.end && e.start < r.end))
  })
}

/**
 * Detection with many-to-one credit: a gold item is found when some system item matches it, and a system item
 * is right when it matches some gold item (a ledger that splits one reversal in two is not punished twice).
 */
export function detect<G extends { id: string; required?: boolean }, S>(
  gold: readonly G[], system: readonly S[], same: (g: G, s: S) => boolean,
): { score: KindScore; pairs: Map<G, S> } {
  const score = emptyKind()
  const pairs = new Map<G, S>()
  const right = new Set<S>()
  for (const g of gold) {
    for (const s of system) if (same(g, s)) { right.add(s); if (!pairs.has(g)) pairs.set(g, s) }
    if (g.required !== false) { score.tally.requiredGold++; if (pairs.has(g)) score.tally.requiredFound++ }
    if (!pairs.has(g)) score.misses.push(g.id)
  }
  Object.assign(score.tally, { gold: gold.length, system: system.length, matchedGold: pairs.size, matchedSystem: right.size })
  return { score, pairs }
}

function kindOf(key: string): string {
  const open = key.indexOf('(')
  return open < 0 ? key : key.slice(0, open)
}

function checkProposition(score: KindScore, goldKey: string, systemKey: string, align: Align): boolean {
  const kind = check(score, 'kind', kindOf(goldKey) === kindOf(systemKey))
  // Only presence keys are fully canonical across systems; casualty keys hold system-specific event ids.
  return (kindOf(goldKey) !== 'presence' || check(score, 'key', align.key(goldKey) === systemKey)) && kind
}

/** A required gold item counts as fully right when every check made on it held. */
function countRight(score: KindScore, g: { required?: boolean }, checks: readonly boolean[]): void {
  if (g.required !== false && checks.every(Boolean)) score.tally.requiredRight++
}

export function scoreReversals(gold: readonly CorpusReversal[], system: readonly SysReversal[], locate: Locate, align: Align): KindScore {
  const { score, pairs } = detect(gold, system, (g, s) => touches(g.earlier, s.earlier, locate) && touches(g.later, s.later, locate))
  for (const [g, s] of pairs) {
    countRight(score, g, [
      check(score, 'actor', align.actor(g.actor) === s.actor),
      checkProposition(score, g.proposition.key, s.key, align),
      !g.rating || check(score, 'rating', s.rating === g.rating),
    ])
  }
  return score
}

export function scoreDisagreements(gold: readonly CorpusDisagreement[], system: readonly SysDisagreement[], locate: Locate, align: Align): KindScore {
  const sideOf = (g: CorpusDisagreement, s: SysDisagreement, k: number) => s.sides.findIndex((side) => touches(g.sides[k]!.items, side.evidence, locate))
  const { score, pairs } = detect(gold, system, (g, s) => {
    const a = sideOf(g, s, 0)
    return a >= 0 && s.sides.some((side, j) => j !== a && touches(g.sides[1]!.items, side.evidence, locate))
  })
  for (const [g, s] of pairs) {
    countRight(score, g, [
      checkProposition(score, g.proposition.key, s.key, align),
      check(score, 'polarity', s.sides[sideOf(g, s, 0)]!.polarity === g.sides[0]!.polarity),
    ])
  }
  return score
}

/** Tallies pair one-to-one by shared figures; figures are then scored inside their paired tally only. */
export function scoreTallies(gold: readonly CorpusTally[], system: readonly SysTally[], locate: Locate): { tallies: KindScore; figures: KindScore } {
  const tallies = emptyKind()
  const figures = emptyKind()
  const used = new Set<SysTally>()
  const hitsOf = (g: CorpusTally, s: SysTally) => g.figures.filter((f) => s.figures.some((x) => touches([f.ref], [x.evidence], locate))).length
  for (const g of gold) {
    let best: SysTally | undefined
    for (const s of system) if (!used.has(s) && hitsOf(g, s) > (best ? hitsOf(g, best) : 0)) best = s
    if (best) used.add(best)
    if (g.required !== false) { tallies.tally.requiredGold++; if (best) tallies.tally.requiredFound++ }
    if (!best) tallies.misses.push(`${g.id} ${g.group} ${g.status}`)
    else {
      const status = check(tallies, 'status', best.status === g.status)
      const bounds = (['low', 'best', 'high'] as const).map((name) => g[name] === undefined || check(tallies, name, best[name] === g[name]))
      countRight(tallies, g, [status, ...bounds])
    }
    for (const f of g.figures) {
      const x = best?.figures.find((sf) => touches([f.ref], [sf.evidence], locate))
      if (f.required !== false) { figures.tally.requiredGold++; if (x) figures.tally.requiredFound++ }
      if (!x) { figures.misses.push(`${g.id} ${f.ref}`); continue }
      figures.tally.matchedGold++
      countRight(figures, f, [check(figures, 'count', x.count === f.count), check(figures, 'superseded', x.superseded === f.superseded)])
    }
    if (best) figures.tally.matchedSystem += best.figures.filter((x) => g.figures.some((f) => touches([f.ref], [x.evidence], locate))).length
  }
  Object.assign(tallies.tally, { gold: gold.length, system: system.length, matchedGold: used.size, matchedSystem: used.size })
  figures.tally.gold = gold.reduce((n, g) => n + g.figures.length, 0)
  figures.tally.system = system.reduce((n, s) => n + s.figures.length, 0)
  return { tallies, figures }
}

/**
 * Merges scored pairwise: every two per-document members of one gold cluster should land in one system item
 * (recall), and every two members the system put together should share a gold cluster (precision).
 * `placed` maps a member reference to the system item it landed in.
 */
export function scoreMerges(clusters: readonly CorpusCluster[], placed: ReadonlyMap<string, string | undefined>): KindScore {
  const score = emptyKind()
  const members = clusters.flatMap((c) => c.members.map((m) => ({ cluster: c.id, sys: placed.get(m) })))
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!, b = members[j]!
      const goldSame = a.cluster === b.cluster
      const sysSame = a.sys !== undefined && a.sys === b.sys
      if (goldSame) score.tally.gold++
      if (sysSame) score.tally.system++
      if (goldSame && sysSame) { score.tally.matchedGold++; score.tally.matchedSystem++ }
    }
  }
  for (const c of clusters) {
    if (c.members.length < 2) continue
    const landed = c.members.map((m) => placed.get(m)).filter((id) => id !== undefined)
    const ids = new Set(landed)
    const [only] = ids
    const whole = landed.length === c.members.length && ids.size === 1
    const pure = whole && members.every((m) => m.sys !== only || m.cluster === c.id)
    check(score, 'whole', whole)
    check(score, 'pure', pure)
    if (c.required !== false) { score.tally.requiredGold++; if (whole) score.tally.requiredFound++; if (pure) score.tally.requiredRight++ }
    if (!whole) score.misses.push(`${c.id}: ${landed.length}/${c.members.length} members placed, in ${ids.size} system items`)
  }
  return score
}
