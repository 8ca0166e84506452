import type { CasualtyStatus, Sentence } from '../../../model/annotations.js'
import { ES_RAISE_VERBS, ES_REACH_VERBS, ES_STATUS_ADJECTIVES, ES_STATUS_NOUNS, ES_TALLY_NOUNS } from '../../../lexicon/es/casualty-terms.js'
import { PhraseSet, type TokenText } from '../../events/token-text.js'
import { figure, inTimex, type Figure, type FigureContext } from '../figures.js'
import { readEsGroup } from './group.js'
import { readEsQuantity } from './quantity.js'

const TALLY = new Set<string>(ES_TALLY_NOUNS)
const RAISE = new Set<string>(ES_RAISE_VERBS)
const REACH = PhraseSet.from(Object.fromEntries(ES_REACH_VERBS.map((v) => [v, true])))
const STATUS_WORD = new Map<string, CasualtyStatus>([...Object.entries(ES_STATUS_ADJECTIVES), ...Object.entries(ES_STATUS_NOUNS)])
const MAX_GAP = 4

/** "el número de (soldados chilenos) muertos": the tally noun phrase from its article; null when it counts no casualties. */
function tallyPhrase(ctx: FigureContext, k: number, limit: number): { end: number; group: ReturnType<typeof readEsGroup>; status: CasualtyStatus } | null {
  const { tt } = ctx
  if (!/^(el|la)$/.test(tt.lower(k)) || !TALLY.has(tt.lower(k + 1)) || tt.lower(k + 2) !== 'de') return null
  const direct = STATUS_WORD.get(tt.lower(k + 3))
  if (direct) return { end: k + 4, group: null, status: direct }
  const group = readEsGroup(tt, k + 3)
  const status = group && group.end < limit ? STATUS_WORD.get(tt.lower(group.end)) : undefined
  return group && status ? { end: group.end + 1, group, status } : null
}

const at = (tt: TokenText, k: number) => (tt.lower(k) === 'a' || tt.lower(k) === 'en' ? k + 1 : -1)

/**
 * Rule `es/tally`: a running count and its figure, "elevó este miércoles a 23 el número de soldados chilenos
 * muertos", "el número de muertos ascendió a 40". The verb that sets the count names its reporter (its subject).
 */
export function tallyEs(ctx: FigureContext, i: number, s: Sentence): Figure | null {
  const { tt } = ctx
  if (RAISE.has(tt.lower(i))) {
    // The figure after "a" / "en", a few words on ("elevó este miércoles a 23").
    for (let k = i + 1; k < Math.min(s.endToken, i + 1 + MAX_GAP); k++) {
      const from = at(tt, k)
      if (from < 0) continue
      const q = readEsQuantity(tt, from)
      if (!q || inTimex(ctx, q.end - 1)) return null
      const phrase = tallyPhrase(ctx, q.end, s.endToken)
      if (!phrase) return null
      return { ...figure(ctx, k, phrase.end, q, phrase.group, phrase.status, 'es/tally'), reportVerb: i }
    }
    return null
  }
  const phrase = tallyPhrase(ctx, i, s.endToken)
  if (!phrase) return null
  const verb = REACH.match(tt, phrase.end, s.endToken)
  const from = verb ? at(tt, verb[0]) : -1
  const q = from >= 0 ? readEsQuantity(tt, from) : null
  if (!q || inTimex(ctx, q.end - 1)) return null
  return figure(ctx, i, q.end, q, phrase.group, phrase.status, 'es/tally')
}
