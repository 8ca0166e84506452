import type { CasualtyStatus, Sentence } from '../../../model/annotations.js'
import {
  ES_ACTIVE_STATUS_VERBS, ES_STATUS_ADJECTIVES, ES_STATUS_FILLERS, ES_STATUS_NOUNS, ES_STATUS_PHRASES,
} from '../../../lexicon/es/casualty-terms.js'
import { PhraseSet, type TokenText } from '../../events/token-text.js'
import { figure, inTimex, type Figure, type FigureContext } from '../figures.js'
import type { Group } from '../group.js'
import type { Quantity } from '../quantity.js'
import { readEsGroup } from './group.js'
import { readEsQuantity } from './quantity.js'
import { tallyEs } from './tolls.js'

const STATUS = PhraseSet.from(ES_STATUS_PHRASES)
const ACTIVE = PhraseSet.from(ES_ACTIVE_STATUS_VERBS)
const NOUN_STATUS = PhraseSet.from(ES_STATUS_NOUNS)
const ADJ = new Map(Object.entries(ES_STATUS_ADJECTIVES))
const FILLER = new Set<string>(ES_STATUS_FILLERS)
/** "murió de viejo", "fallecieron por causas naturales": a death that is no casualty of violence. */
const NATURAL = /^(?:de|por)\s+(?:viejo|vieja|vejez|causas naturales|muerte natural|enfermedad|un infarto|cáncer|covid)/

/** The status after a group, past fillers: "murieron", "también resultaron heridos"; not "murió de viejo". */
function statusAfter(tt: TokenText, k: number, limit: number): { end: number; status: CasualtyStatus } | null {
  const from = k
  while (k < limit && k - from < 4 && FILLER.has(tt.lower(k))) k++
  const m = STATUS.match(tt, k, limit)
  if (!m) return null
  return NATURAL.test(tt.text.slice(tt.tokens[m[0]]?.start ?? tt.text.length).toLowerCase()) ? null : { end: m[0], status: m[1] }
}

const agrees = (q: Quantity, g: Group) => g.plural || q.count === 1 || q.count === 0

/**
 * Rules at token i: `es/count-group-status` ("32 militares cubanos murieron", "24 soldados muertos"),
 * `es/status-count-group` ("murieron 32 soldados", "no murió ningún soldado", "mató a 12 civiles") and
 * `es/count-status-noun` ("dejó 32 muertos": the group is the one counted before).
 */
function figureAt(ctx: FigureContext, i: number, s: Sentence): Figure | null {
  const { tt } = ctx
  const before = STATUS.match(tt, i, s.endToken) ?? ACTIVE.match(tt, i, s.endToken)
  const at = before ? (tt.lower(before[0]) === 'a' ? before[0] + 1 : before[0]) : i
  const q = readEsQuantity(tt, at)
  if (!q || inTimex(ctx, q.end - 1)) return null
  const g = readEsGroup(tt, q.end)
  if (g && agrees(q, g)) {
    if (before) return figure(ctx, i, g.end, q, g, before[1], 'es/status-count-group')
    const adjective = ADJ.get(tt.lower(g.end))
    if (adjective) return figure(ctx, i, g.end + 1, q, g, adjective, 'es/count-group-status')
    const st = statusAfter(tt, g.end, s.endToken)
    return st ? figure(ctx, i, st.end, q, g, st.status, 'es/count-group-status') : null
  }
  if (before) return null
  const noun = NOUN_STATUS.match(tt, q.end, s.endToken)
  return noun && q.count !== 1 ? figure(ctx, i, noun[0], q, null, noun[1], 'es/count-status-noun') : null
}

/** Every Spanish figure in a sentence, left to right, none overlapping. */
export function findEsFigures(ctx: FigureContext, s: Sentence): Figure[] {
  const out: Figure[] = []
  for (let i = s.firstToken; i < s.endToken; i++) {
    const f = tallyEs(ctx, i, s) ?? figureAt(ctx, i, s)
    if (!f) continue
    out.push(f)
    i = ctx.tt.tokenAt(f.span.end) - 1
  }
  return out
}

/** Sentences without one of these word starts hold no Spanish figure; one pass over the text finds them. */
export const ES_STATUS_SCAN = /(?<!\p{L})(?:mu[e]?r|balance|número|cifra|falleci|perdi|herid|desapareci|captur|detenid|detuv|secuestr|prisioner|asesin|abati|mat[óa]|víctimas|cadáveres|rehenes|cayeron|apresad)/giu
