import { LOCALITY_LINKS, LOCALITY_NOUNS } from '../../lexicon/en/place-patterns.js'
import { lookupCountry } from '../../lexicon/en/countries.js'
import { MONTH_AND_DAY_NAMES } from '../../lexicon/en/calendar-names.js'
import { lookupSpanishCountry } from '../../lexicon/es/countries.js'
import { LOCALITY_LINKS_ES, LOCALITY_NOUNS_ES } from '../../lexicon/es/place-words.js'
import { NOT_NAME_WORDS_ES } from '../../lexicon/es/name-words.js'

/** What one language gives the localities stage: the words around a place name, and its country words. */
export interface LocalityLanguage {
  /** Prepositions after which a capitalized name is a place. */
  readonly links: ReadonlySet<string>
  /** Nouns naming the kind of place: "town" → town, "province" → region. */
  readonly nouns: ReadonlyMap<string, 'town' | 'region'>
  /** Articles between a preposition and a place noun: "in the town of", "en la ciudad de". */
  readonly articles: ReadonlySet<string>
  /** Words between a place noun and its name: "of", "de". */
  readonly nounLinks: ReadonlySet<string>
  /** Whether a place noun may follow its name: "Tarn province" (English), never in Spanish. */
  readonly nounAfter: boolean
  /** The country a word or words name, if any ("Kenya", "Kenyan"); a capital is a town, not a country. */
  readonly countryOf: (surface: string) => string | undefined
  /** The country whose capital a name is ("Nairobi" → KE), as the country data knows it. */
  readonly capitalOf: (surface: string) => string | undefined
  /** Capitalized words that are never a place: months, weekdays. */
  readonly notPlace: ReadonlySet<string>
}

const nounsOf = (words: { readonly town: readonly string[]; readonly region: readonly string[] }) =>
  new Map<string, 'town' | 'region'>([...words.town.map((w) => [w, 'town'] as const), ...words.region.map((w) => [w, 'region'] as const)])

export const ENGLISH: LocalityLanguage = {
  links: new Set(LOCALITY_LINKS),
  nouns: nounsOf(LOCALITY_NOUNS),
  articles: new Set(['the']),
  nounLinks: new Set(['of']),
  nounAfter: true,
  countryOf: (s) => lookupCountry(s).find((f) => f.kind !== 'people' && f.kind !== 'capital')?.code,
  capitalOf: (s) => lookupCountry(s).find((f) => f.kind === 'capital')?.code,
  notPlace: MONTH_AND_DAY_NAMES,
}

export const SPANISH: LocalityLanguage = {
  links: new Set(LOCALITY_LINKS_ES),
  nouns: nounsOf(LOCALITY_NOUNS_ES),
  articles: new Set(['el', 'la', 'los', 'las']),
  nounLinks: new Set(['de', 'del']),
  nounAfter: false,
  countryOf: (s) => lookupSpanishCountry(s).find((f) => f.kind !== 'people' && f.kind !== 'capital')?.code,
  capitalOf: (s) => lookupSpanishCountry(s).find((f) => f.kind === 'capital')?.code,
  notPlace: new Set(NOT_NAME_WORDS_ES),
}
