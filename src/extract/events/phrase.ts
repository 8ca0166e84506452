import type { EventLanguage } from './language.js'
import type { TokenText } from './token-text.js'
import { countryPairAt } from './actors.js'

const POSSESSIVE = /['’]s$/
/** Quotation marks around a modifier ("``large-scale'' arrests") stand inside the noun phrase. */
const QUOTE = /^(?:``|''|["“”‘’'])$/

export interface LeftEdge {
  /** First token of the noun phrase (its determiner when it has one). */
  readonly start: number
  /** First token of the modifiers that may name an agent (after the determiner). */
  readonly modifiers: number
  readonly determiner: string | undefined
  readonly military: boolean
}

/** "two-hour", "10-day": a count joined to a unit says how long, and stands among the modifiers. */
function counted(lang: EventLanguage, w: string): boolean {
  const [count, unit] = w.split('-')
  return unit !== undefined && unit.length > 1 && (/^\d+$/.test(count!) || lang.counters.has(count!))
}

/** Walks left from a nominal trigger over modifiers, names and possessives to its determiner. */
export function leftEdge(lang: EventLanguage, tt: TokenText, trigger: number, floor: number): LeftEdge {
  let j = trigger - 1
  let military = false
  while (j >= floor && trigger - j <= 6) {
    const w = tt.lower(j)
    if (lang.determiners.has(w)) return { start: j, modifiers: j + 1, determiner: w, military }
    if (QUOTE.test(w)) {
      j--
      continue
    }
    const named = tt.isCapitalized(j) || POSSESSIVE.test(w)
    if (!lang.modifiers.has(w) && !named && !counted(lang, w)) break
    // A capital that opens the sentence is a name only if the country data knows it ("Kenya-Uganda" too).
    const country = lang.countries.at(tt, j) ?? countryPairAt(tt, j, j + 1, lang.countries)
    if (named && j === floor && !lang.modifiers.has(w) && !country && !POSSESSIVE.test(w)) break
    if (lang.military.has(w)) military = true
    j--
  }
  // "U.S." leaves its dot as a token: step back over it when a country form ends there.
  let start = j + 1
  while (start < trigger && QUOTE.test(tt.lower(start))) start++
  return { start, modifiers: start, determiner: undefined, military }
}

/**
 * The end (exclusive) of a short object noun phrase starting at `k`: a country, a capitalized
 * name with an optional lower-case title ("president Ana Ruiz"), or one or two common nouns.
 */
export function objectEnd(lang: EventLanguage, tt: TokenText, k: number, limit: number): number {
  const determined = k < limit && lang.determiners.has(tt.lower(k))
  if (determined) k++
  if (k >= limit || tt.tokens[k]!.kind === 'punct') return -1
  const country = lang.countries.at(tt, k)
  const stop = lang.phraseStop
  let e = k
  if (!tt.isCapitalized(k) && tt.isCapitalized(k + 1) && !stop.has(tt.lower(k))) e = k + 1
  if (tt.isCapitalized(e)) {
    while (e < limit && (tt.isCapitalized(e) || (lang.placeOf.has(tt.lower(e)) && tt.isCapitalized(e + 1)) || tt.word(e) === '.')) {
      if (tt.word(e) === '.' && !(country && country.endToken === e + 1)) break
      e++
    }
    e = Math.max(e, country?.endToken ?? e)
    // A lone demonym or code may lead a common noun: "by Freedonian forces", "by US troops".
    const noun = tt.lower(e)
    const kind = country?.kind
    const adjective = country ? kind === 'demonym' || kind === 'code' : /(?:an|ese|ish|i)$/.test(tt.word(k))
    // "his Kennebunkport home": after a determiner, a name may modify the common noun that heads the phrase.
    const modifies = adjective ? e === k + 1 : determined && lang.postModifiers.size === 0
    if (modifies && e < limit && tt.tokens[e]!.kind === 'word' && !tt.isCapitalized(e) && !stop.has(noun) && !lang.verbEnding.test(noun)) e++
    return e
  }
  let n = 0
  while (e < limit && n < 2 && tt.tokens[e]!.kind !== 'punct' && !stop.has(tt.lower(e))) {
    if (n === 1 && lang.verbEnding.test(tt.lower(e))) break
    e++
    n++
  }
  // "the town of Lia", "the separatist-held village of Tarn": the name belongs to the place noun.
  const head = n === 2 && lang.postModifiers.size > 0 && lang.placeNouns.has(tt.lower(e - 2)) ? e - 2 : e - 1
  const of = n > 0 && lang.placeNouns.has(tt.lower(head)) ? placeOfAt(lang, tt, head + 1) : -1
  if (of >= e && tt.isCapitalized(of + 1)) {
    e = of + 2
    while (e < limit && tt.isCapitalized(e)) e++
  } else if (n > 0 && lang.ownerAfterNoun && lang.placeOf.has(tt.lower(e)) && e + 1 < limit) {
    // "fuerzas de Estados Unidos": the country that owns the noun follows it.
    const owner = lang.countries.at(tt, e + 1)
    if (owner && owner.endToken <= limit) e = owner.endToken
  }
  return n > 0 ? e : -1
}

/** Where adjectives follow the noun, one may stand between a place noun and its name: "la localidad separatista de Brisk". */
function placeOfAt(lang: EventLanguage, tt: TokenText, k: number): number {
  if (lang.placeOf.has(tt.lower(k))) return k
  const adjective = lang.postModifiers.size > 0 && tt.tokens[k]?.kind === 'word' && !tt.isCapitalized(k) && !lang.phraseStop.has(tt.lower(k))
  return adjective && lang.placeOf.has(tt.lower(k + 1)) ? k + 1 : -1
}

/** "the town of Lia", "the village of Tarn" among tokens [from, to): a named place whose country the phrase does not say. */
export function namesTown(lang: EventLanguage, tt: TokenText, from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) {
    if (!lang.placeNouns.has(tt.lower(k))) continue
    const of = placeOfAt(lang, tt, k + 1)
    if (of > 0 && of + 1 < to && tt.isCapitalized(of + 1)) return true
  }
  return false
}
