import type { CasualtyStatus } from '../../model/annotations.js'
import { ACTIVE_STATUS_VERBS, GROUP_NOUNS, STATUS_FILLERS, STATUS_PHRASES } from '../../lexicon/en/casualty-terms.js'
import { PhraseSet, type TokenText } from '../events/token-text.js'

const STATUS = PhraseSet.from(STATUS_PHRASES)
const ACTIVE = PhraseSet.from(ACTIVE_STATUS_VERBS)
const FILLER = new Set<string>(STATUS_FILLERS)
/** After a verb, these open its object: "12 soldiers killed two civilians" is not about the soldiers. */
const OBJECT_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'dozens', 'many', 'several', 'hundreds', 'scores', 'at'])

export interface Status {
  /** Token after the status phrase. */
  readonly end: number
  readonly status: CasualtyStatus
}

/**
 * The status after a group, past a few auxiliaries and hedges: "were killed", "had been killed",
 * "are still missing", "were among those killed". A transitive use ("killed two civilians") is
 * not the group's status.
 */
export function readStatus(tt: TokenText, i: number, limit: number): Status | null {
  let k = skipAside(tt, i, limit)
  const from = k
  while (k < limit && k - from < 6 && FILLER.has(tt.lower(k)) && !STATUS.match(tt, k, limit)) k++
  const m = STATUS.match(tt, k, limit)
  if (!m) return null
  const next = tt.lower(m[0])
  if (ACTIVE.match(tt, k, limit) && (OBJECT_START.has(next) || tt.tokens[m[0]]?.kind === 'number' || next in GROUP_NOUNS)) return null
  return { end: m[0], status: m[1] }
}

const DASH = /^(?:-{1,2}|[–—])$/
/** The marks that open an aside, and whether a token closes it. */
const closesAside = (tt: TokenText, open: string, k: number) => (open === ',' ? tt.word(k) === ',' : DASH.test(tt.word(k)))

/**
 * ", previously listed as missing," or "-- including the cook --" between a group and its verb is an aside:
 * skipped whole, so a status word inside it is not the group's status. Asides are short and hold no second comma.
 */
function skipAside(tt: TokenText, i: number, limit: number): number {
  const open = tt.word(i)
  if (open !== ',' && !DASH.test(open)) return i
  let k = i + 1
  while (DASH.test(tt.word(k)) && k < limit) k++ // "--" may be two tokens
  for (; k < Math.min(limit, i + 10); k++) {
    if (!closesAside(tt, open === ',' ? ',' : '-', k)) continue
    while (k + 1 < limit && DASH.test(tt.word(k + 1))) k++
    return k > i + 1 ? k + 1 : i
  }
  return i
}

/** An active status verb at `i` ("killing", "wounded"), whose object is the counted group. */
export function readActiveStatus(tt: TokenText, i: number, limit: number): Status | null {
  const m = ACTIVE.match(tt, i, limit)
  return m ? { end: m[0], status: m[1] } : null
}
