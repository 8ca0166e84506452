/**
 * Scores one extraction against one gold document: detection by span overlap (precision, recall, F1)
 * per kind, and attribute accuracy among matched pairs.
 */
import { daysOf } from '../src/claims/time-span.js'
import type { TimeRef } from '../src/model/annotations.js'
import type { Span } from '../src/model/span.js'
import type { Extraction } from '../src/model/extraction.js'
import { occurrences, type GoldDocument, type GoldWhen, type Range } from './gold.js'
import { match } from './match.js'

export interface Tally {
  gold: number; system: number; matchedGold: number; matchedSystem: number
  requiredGold: number; requiredFound: number
  /** Required gold items found with every scored attribute right. */
  requiredRight: number
  /** Required gold items found with the right date, for kinds that count it (events: issue 9's measure). */
  requiredDated?: number
}
export interface Accuracy { right: number; total: number }
export interface KindScore { tally: Tally; attributes: Record<string, Accuracy>; misses: string[]; wrong: string[] }
export type DocScore = Record<string, KindScore>

/** Scores of a set of gold files: pooled, per file, and each file's language. */
export interface GoldEval { files: string[]; total: DocScore; perFile: Record<string, DocScore>; language: Record<string, string> }

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end
const hits = (ranges: Range[], span: Span | undefined) => !!span && ranges.some((r) => overlaps(r, span))

export function emptyKind(): KindScore {
  return { tally: { gold: 0, system: 0, matchedGold: 0, matchedSystem: 0, requiredGold: 0, requiredFound: 0, requiredRight: 0 }, attributes: {}, misses: [], wrong: [] }
}

/** A kind that also counts required items found with the right date. */
function datedKind(): KindScore {
  const k = emptyKind()
  k.tally.requiredDated = 0
  return k
}

/** Counts one attribute of a matched item; a wrong one is described for `--errors` when `what` says how. */
export function check(score: KindScore, name: string, ok: boolean, what?: () => string): boolean {
  const a = (score.attributes[name] ??= { right: 0, total: 0 })
  a.total++
  if (ok) a.right++
  else if (what) score.wrong.push(`${name}: ${what()}`)
  return ok
}

/** Counts a matched gold item as fully right when it is required and every attribute checked for it held. */
function countRight(score: KindScore, g: { required?: boolean }, checks: readonly boolean[]): void {
  if (g.required !== false && checks.every(Boolean)) score.tally.requiredRight++
}

/** An event's date: the gold day, or, for an undated gold event, none or a date inside its bounds. */
export function eventDateAgrees(date: string | undefined, gold: { date?: string; after?: string; before?: string }): boolean {
  if (gold.date) return date === gold.date
  return !date || timeAgrees({ value: date }, { after: gold.after, before: gold.before })
}

function tallyKind<G extends { required?: boolean }>(score: KindScore, gold: G[], systemCount: number, pairs: Map<G, unknown>, label: (g: G) => string): void {
  const t = score.tally
  t.gold += gold.length
  t.system += systemCount
  t.matchedGold += pairs.size
  t.matchedSystem += new Set(pairs.values()).size
  for (const g of gold) {
    if (g.required !== false) { t.requiredGold++; if (pairs.has(g)) t.requiredFound++ }
    if (!pairs.has(g)) score.misses.push(label(g))
  }
}

/** Whether a system date or interval agrees with a gold exact value or falls within / overlaps gold bounds. */
export function timeAgrees(system: TimeRef | undefined, gold: GoldWhen | undefined): boolean {
  if (!gold) return true
  if (!system) return false
  // A year, month or ISO week covers its days: compare their first and last.
  const lo = (v: string) => daysOf(v).start ?? v
  const hi = (v: string) => daysOf(v).end ?? v
  const sLo = system.value ?? system.after ?? '0000'
  const sHi = system.value ?? system.before ?? '9999'
  if (gold.value) return system.value === gold.value || (!!system.value && system.value.startsWith(gold.value))
  const gLo = gold.after ?? '0000'
  const gHi = gold.before ?? '9999'
  return lo(sLo) <= hi(gHi) && lo(gLo) <= hi(sHi)
}

/** Maps gold actor ids to system actor ids by shared mentions. */
function alignActors(gold: GoldDocument, x: Extraction, text: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const g of gold.actors) {
    const ranges = g.mentions.flatMap((m) => occurrences(text, m))
    // An actor of the same type wins over one whose mention only sits inside the gold one ("Valdorian" in
    // "the Valdorian spokesman"); then the one with most shared mentions; on a tie, the one whose mention
    // opens a gold one ("Victor Miranda" in "Victor Miranda, who lives in Ms. Sanders' building").
    let best: { id: string; n: number; typed: boolean; head: boolean } | undefined
    for (const a of x.actors) {
      const n = a.mentions.filter((m) => hits(ranges, m)).length
      const typed = a.type === g.type
      const head = a.mentions.some((m) => ranges.some((r) => r.start === m.start))
      const better = !best || (typed && !best.typed) || (typed === best.typed && (n > best.n || (n === best.n && head && !best.head)))
      if (n > 0 && better) best = { id: a.id, n, typed, head }
    }
    // Ids are made from names ("p-ana-ruiz"), so the same id is the same actor when no mention decides.
    const same = best ? undefined : x.actors.find((a) => a.id === g.id) ?? (g.country ? x.actors.find((a) => a.type === g.type && a.country === g.country) : undefined)
    if (same) best = { id: same.id, n: 0, typed: true, head: false }
    if (best) map.set(g.id, best.id)
  }
  return map
}

/**
 * Codes of invented countries are user-assigned ISO codes (XA–XZ, QM–QZ, AA, ZZ), arbitrary labels on
 * both sides: a gold code equals the system code its actors were aligned with, one to one.
 */
function alignCodes(gold: GoldDocument, x: Extraction, actorMap: Map<string, string>): (g: string | undefined, s: string | undefined) => boolean {
  const userAssigned = (c: string) => /^(X[A-Z]|Q[M-Z]|AA|ZZ)$/.test(c)
  const map = new Map<string, string>()
  for (const g of gold.actors) {
    const sys = x.actors.find((a) => a.id === actorMap.get(g.id))
    if (g.country && userAssigned(g.country) && sys?.country && !map.has(g.country)) map.set(g.country, sys.country)
  }
  return (g, s) => g === s || (!!g && !!s && map.get(g) === s)
}

export function scoreDocument(gold: GoldDocument, x: Extraction): DocScore {
  const text = x.document.text
  const at = (s: string | null | undefined) => occurrences(text, s)
  const actorMap = alignActors(gold, x, text)
  const sameCountry = alignCodes(gold, x, actorMap)
  const sameActors = (goldIds: string[], systemIds: readonly string[]) =>
    goldIds.length === systemIds.length && goldIds.every((g) => systemIds.includes(actorMap.get(g) ?? `?${g}`))
  const score: DocScore = { actors: emptyKind(), statements: emptyKind(), timex: emptyKind(), casualties: emptyKind(), events: datedKind(), contradictions: emptyKind() }

  const actorPairs = match(gold.actors, [...x.actors], (g) => g.mentions.flatMap(at), (a) => [...a.mentions])
  tallyKind(score.actors!, gold.actors, x.actors.length, actorPairs, (g) => g.name)
  for (const [g, a] of actorPairs) {
    countRight(score.actors!, g, [
      check(score.actors!, 'type', a.type === g.type),
      !g.country || check(score.actors!, 'country', sameCountry(g.country, a.country)),
    ])
  }

  const stPairs = match(gold.statements, [...x.statements], (g) => at(g.content), (s) => [s.content])
  tallyKind(score.statements!, gold.statements, x.statements.length, stPairs, (g) => `${g.id} ${g.speakerText ?? '∅'} —${g.cue ?? '∅'}→ ${g.content.slice(0, 50)}`)
  for (const [g, s] of stPairs) {
    const st = score.statements!
    const about = `«${g.content.slice(0, 40)}»`
    countRight(st, g, [
      check(st, 'speaker', sameActors(g.speakers, s.speakers), () => `${g.id} gold ${g.speakers.join('+')} got ${s.speakers.join('+') || '∅'} ${about}`),
      check(st, 'cue', g.cue === null || hits(at(g.cue), s.cue), () => `${g.id} gold "${g.cue}" got "${s.cue.text}" ${about}`),
      check(st, 'polarity', s.polarity === g.polarity, () => `${g.id} gold ${g.polarity} got ${s.polarity} ${about}`),
      check(st, 'mode', s.mode === g.mode, () => `${g.id} gold ${g.mode} got ${s.mode} ${about}`),
      check(st, 'time', timeAgrees(s.time, g.when), () => `${g.id} gold ${JSON.stringify(g.when)} got ${JSON.stringify(s.time)} ${about}`),
    ])
  }

  const txPairs = match(gold.timex, [...x.timex], (g) => occurrences(text, g.text, g.nth), (t) => [t.span])
  tallyKind(score.timex!, gold.timex, x.timex.length, txPairs, (g) => `"${g.text}" ${g.value}`)
  for (const [g, t] of txPairs) {
    countRight(score.timex!, g, [
      check(score.timex!, 'value', t.value === g.value, () => `"${g.text}" gold ${g.value} got ${t.value}`),
      check(score.timex!, 'type', t.type === g.type, () => `"${g.text}" gold ${g.type} got ${t.type}`),
    ])
  }

  const kPairs = match(gold.casualties, [...x.casualties], (g) => at(g.text), (c) => [c.span])
  tallyKind(score.casualties!, gold.casualties, x.casualties.length, kPairs, (g) => `${g.id} ${g.text}`)
  for (const [g, c] of kPairs) {
    const k = score.casualties!
    const when = { value: g.reportedOn, before: g.reportedBefore, after: g.reportedAfter }
    const dated = !!(g.reportedOn || g.reportedBefore || g.reportedAfter)
    countRight(k, g, [
      check(k, 'count', c.count === g.count, () => `${g.id} gold ${g.count} got ${c.count} «${g.text}»`),
      check(k, 'status', c.status === g.status, () => `${g.id} gold ${g.status} got ${c.status} «${g.text}»`),
      !g.country || check(k, 'country', sameCountry(g.country, c.country), () => `${g.id} gold ${g.country} got ${c.country ?? '∅'} «${g.text}»`),
      !g.reportedBy || check(k, 'reporter', actorMap.get(g.reportedBy) === c.reportedBy, () => `${g.id} gold ${g.reportedBy} got ${c.reportedBy ?? '∅'} «${g.text}»`),
      !dated || check(k, 'time', timeAgrees(c.reportedOn, when), () => `${g.id} gold ${JSON.stringify(when)} got ${JSON.stringify(c.reportedOn ?? null)} «${g.text}»`),
    ])
  }

  // Events without evidence strings in the gold are matched by date and actors instead.
  const evPairs = new Map<(typeof gold.events)[number], (typeof x.events)[number]>()
  const usedEvents = new Set<unknown>()
  for (const g of gold.events) {
    const ranges = (g.mentions ?? []).flatMap(at)
    const e = x.events.find((s) => !usedEvents.has(s) && (ranges.length
      ? s.mentions.some((m) => hits(ranges, m))
      : !!g.date && s.date === g.date && g.actors.some((id) => s.actors.includes(actorMap.get(id) ?? '?'))))
    if (e) { evPairs.set(g, e); usedEvents.add(e) }
  }
  tallyKind(score.events!, gold.events, x.events.length, evPairs, (g) => `${g.id} ${g.summary}`)
  for (const [g, e] of evPairs) {
    const ev = score.events!
    const dated = !!(g.date || g.after || g.before)
    const dateRight = !dated || check(ev, 'date', eventDateAgrees(e.date, g), () => `${g.id} gold ${g.date ?? `${g.after ?? '…'}/${g.before ?? '…'}`} got ${e.date ?? '∅'} «${g.summary.slice(0, 40)}»`)
    if (g.required !== false && dateRight) ev.tally.requiredDated = (ev.tally.requiredDated ?? 0) + 1
    countRight(ev, g, [
      dateRight,
      !g.location || check(ev, 'location', sameCountry(g.location, e.location), () => `${g.id} gold ${g.location} got ${e.location ?? '∅'} «${g.summary.slice(0, 40)}»`),
      check(ev, 'actors', g.actors.every((id) => e.actors.includes(actorMap.get(id) ?? '?')), () => `${g.id} gold ${g.actors.join('+')} got ${e.actors.join('+') || '∅'} «${g.summary.slice(0, 40)}»`),
    ])
  }

  scoreContradictions(score.contradictions!, gold, x, stPairs, kPairs, actorMap)
  return score
}

/** A gold contradiction is found when a system one of the same kind links items matched to its sides. */
function scoreContradictions(
  score: KindScore, gold: GoldDocument, x: Extraction,
  stPairs: Map<GoldDocument['statements'][number], Extraction['statements'][number]>,
  kPairs: Map<GoldDocument['casualties'][number], Extraction['casualties'][number]>,
  actorMap: Map<string, string>,
): void {
  const systemId = new Map<string, string>()
  for (const [g, s] of stPairs) systemId.set(g.id, s.id)
  for (const [g, c] of kPairs) systemId.set(g.id, c.id)
  const pairs = new Map<GoldDocument['contradictions'][number], Extraction['contradictions'][number]>()
  for (const g of gold.contradictions) {
    const [a, b] = g.kind === 'reversal' ? [g.earlier ?? [], g.later ?? []] : [g.sides?.[0] ?? [], g.sides?.[1] ?? []]
    const found = x.contradictions.find((c) => {
      if (c.kind !== g.kind) return false
      const [ca, cb] = c.kind === 'reversal' ? [c.earlier ?? [], c.later ?? []] : [c.sides?.[0] ?? [], c.sides?.[1] ?? []]
      const side = (goldIds: string[], sys: readonly string[]) => goldIds.some((id) => sys.includes(systemId.get(id) ?? '?'))
      return (side(a, ca) && side(b, cb)) || (side(a, cb) && side(b, ca))
    })
    if (found) pairs.set(g, found)
  }
  tallyKind(score, gold.contradictions, x.contradictions.length, pairs, (g) => `${g.id} ${g.kind}${g.actor ? ` by ${g.actor}` : ''}`)
  for (const [g, c] of pairs) countRight(score, g, [!g.actor || check(score, 'actor', actorMap.get(g.actor) === c.actor)])
}
