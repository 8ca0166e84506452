import type { CasualtyStatus, Sentence, Timex, TimeRef } from '../../model/annotations.js'
import { spanAt, type Span } from '../../model/span.js'
import type { CoverAt } from '../../model/cover-index.js'
import { DEATH_NOUNS, STATUS_ADJECTIVES, STATUS_NOUNS } from '../../lexicon/en/casualty-terms.js'
import type { ActorIndex } from '../events/actors.js'
import type { TokenText } from '../events/token-text.js'
import { readGroup, type Group } from './group.js'
import { readQuantity, type Quantity } from './quantity.js'
import { readActiveStatus, readStatus } from './status.js'
import { withCompanion } from './companion.js'

/** A casualty figure before it is tied to a statement and an event. */
export interface Figure {
  readonly span: Span
  readonly quantity: Quantity
  readonly group: string
  readonly country?: string
  readonly role?: string
  readonly status: CasualtyStatus
  readonly rule: string
  /** The head noun in its plural form ("fishermen"): later figures about the same people share it. */
  readonly noun?: string
  /** "our servicemen", "its soldiers": the group belongs to whoever reports or acts. */
  readonly owner?: string
  /** The group is left out ("… and five were wounded", "four deaths"): it is the one counted before. */
  readonly elided?: boolean
  /** Token before which the mention of whoever gives the figure ends: "the army raised its count …", "Freedonia’s figure …". */
  readonly reportVerb?: number
  /** "Freedonia’s own figure remains six": the status, like the group, is the one counted before. */
  readonly openStatus?: boolean
  /** When the figure was first given, stated beside it ("the 12 it reported a day earlier"). */
  readonly reportedOn?: TimeRef
}

export interface FigureContext {
  readonly tt: TokenText
  readonly actors: ActorIndex
  /** Every timex: numbers inside a date or duration ("12 May", "two days") are not counts. */
  readonly timexes: readonly Timex[]
  /** The timexes by span (built once per document: a figure asks for each of its numbers). */
  readonly timexAt: CoverAt<Timex>
}

export function inTimex(ctx: FigureContext, token: number): boolean {
  const t = ctx.tt.tokens[token]!
  return ctx.timexAt(t.start, t.end) !== undefined
}

const DEATH_NOUN = new Set<string>(DEATH_NOUNS)
const COPULA = new Set(['were', 'was', 'are', 'is', 'included', 'include'])
const ONE = new Set(['a', 'an', 'one'])
const BODY_NOUN = new Set(['bodies', 'corpses'])
const AUXILIARY = new Set(['had', 'have', 'has'])

/** Builds a figure over tokens [from, to) with the group as written. */
export function figure(ctx: FigureContext, from: number, to: number, q: Quantity, g: Group | null, status: CasualtyStatus, rule: string): Figure {
  const { tt } = ctx
  return {
    span: spanAt(tt.text, tt.tokens[from]!.start, tt.tokens[to - 1]!.end),
    quantity: q,
    group: g ? tt.text.slice(tt.tokens[g.start]!.start, tt.tokens[g.end - 1]!.end) : '',
    ...(g?.country ? { country: g.country } : {}),
    ...(g?.role ? { role: g.role } : {}),
    ...(g ? { noun: g.noun } : { elided: true }),
    ...(g?.owner ? { owner: g.owner } : {}),
    status,
    rule: q.count === 0 ? 'zero-group-status' : rule,
  }
}

/** "a soldier", "one fisherman": the article counts one, but only before a singular head. */
function readOne(tt: TokenText, i: number): Quantity | null {
  return ONE.has(tt.lower(i)) ? { start: i, end: i + 1, count: 1 } : null
}

/** The head's number must agree with the count: "a soldier", "two soldiers", never "a soldiers". */
function agrees(q: Quantity, g: Group, byArticle: boolean): boolean {
  if (byArticle) return !g.plural
  return g.plural || q.count === 1 || q.count === 0
}

/** "the 2019 killings": four digits of a recent year before a death noun name when, not how many. */
function yearLike(tt: TokenText, q: Quantity): boolean {
  return q.end - q.start === 1 && /^(?:19|20)\d\d$/.test(tt.word(q.start))
}

/** A figure whose group comes after a status adjective or a death noun: "dozens of dead civilians", "four deaths". */
function deadPhrase(ctx: FigureContext, i: number, q: Quantity, s: Sentence): Figure | null {
  const { tt } = ctx
  const adjective = STATUS_ADJECTIVES[tt.lower(q.end)]
  const g = adjective ? readGroup(tt, q.end + 1, ctx.actors) : null
  if (adjective && g && agrees(q, g, false)) return figure(ctx, i, g.end, q, g, adjective, 'count-status-group')
  const noun = tt.lower(q.end)
  if (!DEATH_NOUN.has(noun) || q.count === 1 || yearLike(tt, q)) return null
  // "31 bodies were recovered" counts the dead; "tags found on seven bodies" only mentions them.
  if (BODY_NOUN.has(noun) && !COPULA.has(tt.lower(q.end + 1)) && !AUXILIARY.has(tt.lower(q.end + 1))) return null
  const st = readStatus(tt, q.end + 1, s.endToken)
  return figure(ctx, i, st ? st.end : participleEnd(tt, q.end + 1, s.endToken), q, null, 'killed', 'count-deaths')
}

/** "were recovered", "had now been identified": the verb that tells what became of the bodies. */
function participleEnd(tt: TokenText, k: number, limit: number): number {
  let j = k
  while (j < limit && j - k < 4 && (COPULA.has(tt.lower(j)) || AUXILIARY.has(tt.lower(j)) || tt.lower(j) === 'been' || tt.lower(j) === 'now')) j++
  return j > k && /ed$/.test(tt.lower(j)) ? j + 1 : k
}

/**
 * Rule `count-group-status`: quantity, group, status ("at least 12 Freedonian soldiers were
 * killed", "a fisherman drowned", "none of our crew are missing").
 * Rule `status-count-group`: an active verb with the figure as object ("the raid killed 12 civilians").
 * Rule `count-status`: a figure whose group is left out ("… and five were wounded").
 */
function figureAt(ctx: FigureContext, i: number, s: Sentence): Figure | null {
  const { tt, actors } = ctx
  const active = readActiveStatus(tt, i, s.endToken)
  const at = active ? active.end : i
  const counted = readQuantity(tt, at)
  const q = counted ?? readOne(tt, at)
  if (!q || inTimex(ctx, q.end - 1)) return null
  const byArticle = !counted && tt.lower(at) !== 'one'
  const g = readGroup(tt, q.end, actors)
  if (!g || !agrees(q, g, byArticle)) return byArticle ? null : (deadPhrase(ctx, i, q, s) ?? elided(ctx, i, q, s, Boolean(active)))
  if (active) return g.guessed && active.status !== 'killed' && active.status !== 'wounded' ? null : figure(ctx, i, g.end, q, g, active.status, 'status-count-group')
  const st = readStatus(tt, g.end, s.endToken)
  if (!st || (g.guessed && st.status !== 'killed' && st.status !== 'wounded')) return null
  return figure(ctx, i, st.end, withCompanion(tt, q, g.start), g, st.status, 'count-group-status')
}

/** "… and five had been wounded": a bare count and a status; the group is the one counted before. */
function elided(ctx: FigureContext, i: number, q: Quantity, s: Sentence, active: boolean): Figure | null {
  if (active || q.count === null) return null
  const st = readStatus(ctx.tt, q.end, s.endToken)
  return st ? figure(ctx, i, st.end, q, null, st.status, 'count-status') : null
}

/**
 * Rule `of-the-status`: "seven of the dead were Freedonian soldiers". Rule `among-status`: "among the
 * wounded were two children". The status is a noun; the group follows the verb.
 */
function partOfStatus(ctx: FigureContext, i: number): Figure | null {
  const { tt, actors } = ctx
  const among = tt.lower(i) === 'among'
  const q = among ? null : readQuantity(tt, i)
  const k = among ? i + 1 : q ? q.end : -1
  if (k < 0 || tt.lower(k) !== (among ? 'the' : 'of') || (!among && tt.lower(k + 1) !== 'the')) return null
  const noun = among ? k + 1 : k + 2
  const status = STATUS_NOUNS[tt.lower(noun)]
  if (!status || !COPULA.has(tt.lower(noun + 1))) return null
  const counted = among ? readQuantity(tt, noun + 2) : q
  const count = counted ?? readOne(tt, noun + 2)
  if (!count || inTimex(ctx, count.end - 1)) return null
  const g = readGroup(tt, among ? count.end : noun + 2, actors)
  if (!g || !agrees(count, g, !counted && tt.lower(count.start) !== 'one')) return null
  return figure(ctx, i, g.end, count, g, status, among ? 'among-status' : 'of-the-status')
}

/** Every figure in a sentence, left to right, none overlapping; `more` rules are tried first at each token. */
export function findFigures(ctx: FigureContext, s: Sentence, more: readonly ((ctx: FigureContext, i: number, s: Sentence) => Figure[] | null)[] = []): Figure[] {
  const out: Figure[] = []
  for (let i = s.firstToken; i < s.endToken; i++) {
    let found: Figure[] | null = null
    for (const rule of more) if ((found = rule(ctx, i, s))) break
    const f = found ?? [partOfStatus(ctx, i) ?? figureAt(ctx, i, s)].filter((x): x is Figure => x !== null)
    if (f.length === 0) continue
    out.push(...f)
    i = ctx.tt.tokenAt(Math.max(...f.map((x) => x.span.end))) - 1
  }
  return out
}
