import type { Sentence } from '../../../model/annotations.js'
import {
  ES_CHAIN_LINKS, ES_CLAUSE_OPENERS, ES_CONNECTIVES, ES_DETERMINERS, ES_PRE_CUE, ES_PREPOSITIONS, ES_TIME_HEADS,
} from '../../../lexicon/es/cues.js'
import { isQuoteMark } from '../context.js'
import type { Ctx, TokenRange } from '../draft.js'
import { BREAK_PUNCT } from '../words.js'
import { ES_VERBS } from './cues.js'

export const PRE_CUE = new Set<string>(ES_PRE_CUE)
const OPENER = new Set<string>(ES_CLAUSE_OPENERS)
const CONNECTIVES: readonly (readonly string[])[] = ES_CONNECTIVES.map((c) => c.split(' '))
/** Tokens taken by a connective phrase starting at `k` ("por su parte"), or 0. */
export function connectiveAt(ctx: Ctx, k: number, end: number): number {
  for (const c of CONNECTIVES) if (k + c.length <= end && c.every((w, j) => ctx.lower(k + j) === w)) return c.length
  return 0
}
export const PREPOSITION = new Set<string>(ES_PREPOSITIONS)
export const DETERMINER = new Set<string>(ES_DETERMINERS)
const CHAIN = new Set<string>(ES_CHAIN_LINKS)
const MAX_SOURCE = 14
/** Clitics before a verb: "lo negó" has its content elided, "se negó a" is a refusal; neither is a report here. */
export const CLITIC = /^(lo|la|los|las|se|me|nos)$/

export interface EsBefore {
  readonly source?: TokenRange
  readonly via?: TokenRange
  /** Token just before the speaker (a comma, a quote mark, "y"), or -1 at the sentence start. */
  readonly boundary: number
  /** First token of the auxiliaries and adverbs before the cue ("no ha"). */
  readonly auxStart: number
  readonly negated: boolean
  /** "se negó", "lo dijo": a clitic stands right before the cue. */
  readonly clitic: boolean
}

/** "Ana Ruiz y Juan Olsen", "los gobiernos de X y de Y": a "y" between capitals joins speakers. */
const joinsSpeakers = (ctx: Ctx, k: number) => ctx.isCapitalized(k - 1) && (ctx.isCapitalized(k + 1) || DETERMINER.has(ctx.lower(k + 1)))

/** Walks back from `from` (inclusive) to the start of its noun phrase; returns the boundary token. */
function walkBack(ctx: Ctx, s: Sentence, from: number): number {
  let k = from
  for (; k >= s.firstToken; k--) {
    const w = ctx.lower(k)
    if (ctx.tokens[k]!.kind === 'punct' && BREAK_PUNCT.has(w)) break
    if (ES_VERBS.has(w) && !ctx.isCapitalized(k)) break
    if (OPENER.has(w) && !((w === 'y' || w === 'e') && joinsSpeakers(ctx, k))) break
  }
  return k
}

/** Drops connectives and a fronted phrase ("Este lunes el ministro", "Tras la reunión la ministra") from a speaker's start. */
function trimLeading(ctx: Ctx, first: number, end: number): number {
  for (let n = connectiveAt(ctx, first, end); n > 0; n = connectiveAt(ctx, first, end)) {
    first += n
    if (ctx.lower(first) === ',') first++
  }
  for (let k = first + 1; k < end; k++) {
    // "lunes el ministro": an article after a bare lower-case word opens the subject.
    if (/^(el|la|los|las)$/.test(ctx.lower(k)) && !PREPOSITION.has(ctx.lower(k - 1)) && !ctx.isCapitalized(k - 1)) return k
  }
  return first
}

/** A speaker must be short and end on a noun-like word. */
export function plausibleSource(ctx: Ctx, r: TokenRange): boolean {
  if (r.end <= r.first || r.end - r.first > MAX_SOURCE) return false
  const last = ctx.lower(r.end - 1)
  if (ctx.tokens[r.end - 1]!.kind === 'punct' && last !== ')') return false
  return !PREPOSITION.has(last) && !DETERMINER.has(last) && !PRE_CUE.has(last) && !OPENER.has(last)
}

/** The speaker before a cue: "El ministerio (no ha) negado", with an apposition or a "citando a" chain. */
export function sourceBeforeEs(ctx: Ctx, s: Sentence, cueFirst: number): EsBefore {
  let j = cueFirst - 1
  let negated = false
  const clitic = CLITIC.test(ctx.lower(j))
  if (clitic) j--
  while (j >= s.firstToken && (PRE_CUE.has(ctx.lower(j)) || (/mente$/.test(ctx.lower(j)) && !ctx.isCapitalized(j)) || /^(puede|pueden|pudo|pudieron|podía|podían|quiso|a|volvió|volvieron|vuelve)$/.test(ctx.lower(j)))) {
    if (/^(no|nunca|jamás)$/.test(ctx.lower(j))) negated = true
    j--
  }
  const auxStart = j + 1
  const boundary = walkBack(ctx, s, j)
  const first = trimLeading(ctx, boundary + 1, auxStart)
  const base = { boundary: boundary < s.firstToken ? -1 : boundary, auxStart, negated, clitic }
  if (first < auxStart) {
    const source = { first, end: auxStart }
    return plausibleSource(ctx, source) ? { ...base, source } : base
  }
  if (ctx.lower(boundary) === ',' && boundary === auxStart - 1) return { ...base, ...appositive(ctx, s, boundary) }
  return base
}

/** "Ana Ruiz, ministra de Defensa, dijo" → the whole apposition; "la televisión estatal, citando al ministerio, informó" → via. */
function appositive(ctx: Ctx, s: Sentence, comma: number): Partial<EsBefore> {
  let open = comma - 1
  while (open > s.firstToken && open > comma - 14 && ctx.lower(open) !== ',') open--
  if (ctx.lower(open) !== ',' || open >= comma - 1) return {}
  // «No es una huelga, sino …», dijo X: a comma inside the quotation opens no apposition.
  for (let k = open + 1; k < comma; k++) if (isQuoteMark(ctx, k)) return {}
  const nBoundary = walkBack(ctx, s, open - 1)
  const nFirst = trimLeading(ctx, nBoundary + 1, open)
  const head = { first: nFirst, end: open }
  if (nFirst >= open || open - nFirst > 8 || !plausibleSource(ctx, head)) return {}
  const out = { source: { first: nFirst, end: comma }, boundary: nBoundary < s.firstToken ? -1 : nBoundary }
  return CHAIN.has(ctx.lower(open + 1)) ? { ...out, via: head } : out
}

/** Words that end a speaker after an inverted cue: "dijo el ministro [en] una entrevista", "[a] la prensa". */
const AFTER_STOP = /^(en|a|ante|durante|tras|este|esta|el pasado|hoy|ayer|anoche|que|quien|cuando|mientras|desde|con|y|al|sobre|por)$/

/** Words of a time phrase between an inverted cue and its speaker ("informaron este lunes los bomberos"). */
const TIME_WORDS = new Set<string>(['este', 'esta', 'el', 'la', 'pasado', 'pasada', ...ES_TIME_HEADS])
const TIME_HEADS = new Set<string>(ES_TIME_HEADS)
const MAX_TIME = 3

/** The token after a time phrase at `from` ("este lunes", "el martes", "ayer"), or `from`. */
function afterTime(ctx: Ctx, from: number): number {
  let k = from
  while (k < from + MAX_TIME && TIME_WORDS.has(ctx.lower(k))) k++
  while (k > from && !TIME_HEADS.has(ctx.lower(k - 1))) k--
  return k
}

/** The speaker after an inverted cue: "…, dijo Ana Ruiz, portavoz del ministerio." */
export function sourceAfterEs(ctx: Ctx, s: Sentence, start: number, maxCommas = 1): TokenRange | undefined {
  const from = afterTime(ctx, start)
  let end = from
  let commas = 0
  for (; end < s.endToken; end++) {
    const w = ctx.lower(end)
    if (w === ',') {
      if (commas++ >= maxCommas || OPENER.has(ctx.lower(end + 1)) || /ndo$/.test(ctx.lower(end + 1))) break
      continue
    }
    if (ctx.tokens[end]!.kind === 'punct' && BREAK_PUNCT.has(w)) break
    // Inside an apposition "en" continues a description ("profesora en la Universidad de X").
    if (commas > 0 && w === 'en') continue
    if (end > from && AFTER_STOP.test(w) && !ctx.isCapitalized(end)) break
  }
  while (end > from && ctx.lower(end - 1) === ',') end--
  const r = { first: from, end }
  return plausibleSource(ctx, r) ? r : undefined
}
