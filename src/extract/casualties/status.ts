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

/**
 * ", previously listed as missing," between a group and its verb is an aside: skipped whole, so a
 * status word inside it is not the group's status. Asides are short and hold no second comma.
 */
function skipAside(tt: TokenText, i: number, limit: number): number {
  if (tt.word(i) !== ',') return i
  for (let k = i + 1; k < Math.min(limit, i + 9); k++) if (tt.word(k) === ',') return k > i + 1 ? k + 1 : i
  return i
}

/** An active status verb at `i` ("killing", "wounded"), whose object is the counted group. */
export function readActiveStatus(tt: TokenText, i: number, limit: number): Status | null {
  const m = ACTIVE.match(tt, i, limit)
  return m ? { end: m[0], status: m[1] } : null
}
