import { ES_TIME_HEADS } from '../../lexicon/es/cues.js'
import {
  ASIDE_OPENER_ES, AUXILIARIES_ES, CLAUSE_OPENERS_ES, PREPOSITIONS_ES, PREVERBAL_WORDS_ES, SOURCE_INTRODUCERS_ES, VERB_COORDINATORS_ES,
} from '../../lexicon/es/agent-verbs.js'
import { countryInfo } from '../../lexicon/en/countries.js'
import { fold, matchSpanishCountryAt, mayStartSpanishCountry } from '../../lexicon/es/countries.js'
import {
  GOVERNMENT_MODIFIERS_ES, GOVERNMENT_NOUNS_ES, GOVERNMENT_NOUNS_NEEDING_COUNTRY_ES, STATE_ACT_MODIFIERS_ES, STATE_ACT_NOUNS_ES,
} from '../../lexicon/es/governments.js'
import { GROUP_COUNTS_ES, GROUP_MODIFIERS_ES, GROUP_NOUNS_ES, GROUP_PHRASES_ES, GROUP_QUANTIFIERS_ES } from '../../lexicon/es/groups.js'
import { STATE_GROUP_NOUNS } from '../../lexicon/en/groups.js'
import { NAME_PARTICLES_ES, NOT_NAME_WORDS_ES, PLACE_LEAD_WORDS_ES, RELATION_NOUNS_ES } from '../../lexicon/es/name-words.js'
import { PLACE_HEAD_WORDS } from '../../lexicon/en/name-words.js'
import {
  GIVEN_NAME_TITLES_ES, GOVERNMENT_OFFICE_WORDS_ES, HEAD_OFFICES_ES, OFFICE_FIELD_WORDS_ES, OFFICE_PREFIXES_ES, OFFICE_QUALIFIERS_ES, OFFICE_WORDS_ES,
  UNNAMED_SOURCE_HEADS_ES, UNNAMED_SOURCE_MODIFIERS_ES,
} from '../../lexicon/es/offices.js'
import {
  ARMED_FORCE_FORMS_ES, INSTITUTION_ADJECTIVES_ES, MINISTRY_FILLERS_ES, MINISTRY_NOUNS_ES, MINISTRY_PORTFOLIOS_ES, STATE_MEDIA_FORMS_ES,
  OUTLET_NOUNS_ES,
} from '../../lexicon/es/organizations.js'
import { ENGLISH } from './english.js'
import { headOfficePattern, type MentionLanguage, type VerbForm } from './language.js'
import { VERB_FORMS_ES } from './spanish-verbs.js'
import { wordClasses } from './word-classes.js'

const set = (words: Iterable<string>): ReadonlySet<string> => new Set(words)
const glosses = (record: Readonly<Record<string, string>>): ReadonlyMap<string, string> => new Map(Object.entries(record))
const firstWords = (phrases: Iterable<string>) => [...phrases].map((p) => p.split(' ')[0]!)
const ARTICLES = ['el', 'la', 'los', 'las']
const INDEFINITES = ['un', 'una']

const VERBS = new Map<string, VerbForm>([...VERB_FORMS_ES].map(([w, f]) => [w, { kind: f.kind, weak: false }]))
const INSTITUTIONS = new Map<string, { name: string; head: string }>([
  ...Object.entries(STATE_MEDIA_FORMS_ES).map(([form, name]) => [form, { name, head: 'agency' }] as const),
  ...Object.entries(ARMED_FORCE_FORMS_ES).map(([form, name]) => [form, { name, head: 'forces' }] as const),
])
const INSTITUTION_WORDS = ['ministerio', ...Object.keys(MINISTRY_NOUNS_ES), ...firstWords(INSTITUTIONS.keys())]

/** The English people word of a country ("Venezuelans"), as the English rules write it. */
function englishPeople(code: string): string {
  const demonym = countryInfo(code)?.demonym ?? code
  return /(?:an|i)$/.test(demonym) ? `${demonym}s` : demonym
}

/** An office word without accents and its gender ending, so "la presidenta" finds the "presidente": presidente → president. */
const genderless = (w: string) => fold(w).replace(/[aeo]$/, '')

/**
 * Spanish: the lexicons of src/lexicon/es/*.ts. Country words from Spanish names, inflected adjectives (lower
 * case too) and capitals; nationality adjectives follow their noun. Actors take the English rules' ids and names.
 */
export const SPANISH: MentionLanguage = {
  tag: 'es',
  headFirst: true,
  classesOf: wordClasses({
    governmentNouns: GOVERNMENT_NOUNS_ES, offices: OFFICE_WORDS_ES, titles: [], orgHeads: [], orgHeadsFirst: [],
    institutions: INSTITUTION_WORDS, groupNouns: Object.keys(GROUP_NOUNS_ES), notName: [...NOT_NAME_WORDS_ES, ...INSTITUTION_WORDS], indefinites: INDEFINITES,
  }),
  mayStartCountry: (stem, text, token) => mayStartSpanishCountry(stem, text, token.start, token.end),
  matchCountryAt: matchSpanishCountryAt,
  englishCountryWord: (code, kind) => (kind === 'people' ? englishPeople(code) : countryInfo(code)?.demonym ?? code),
  articles: set([...ARTICLES, 'del', 'al']),
  contractions: set(['del', 'al']),
  openingPlace: set(['en']),
  agent: {
    verbs: VERBS,
    complementizer: 'que',
    inverted: set([...VERB_FORMS_ES].filter(([, f]) => f.reporting && f.kind === 'finite').map(([w]) => w)),
    introducers: SOURCE_INTRODUCERS_ES.map((w) => [w]),
    invertedArticles: set(ARTICLES),
    passiveBy: set([]),
    auxiliaries: set(AUXILIARIES_ES.filter((w) => w !== 'a' && w !== 'de')),
    periphrasis: set(['a', 'de']),
    preverbal: set(PREVERBAL_WORDS_ES),
    adverbEnding: /mente$/,
    maxBetween: 4,
    dateIntroducers: set([]),
    calendarWords: set(ES_TIME_HEADS),
    parenthetical: true,
    asideOpener: ASIDE_OPENER_ES,
    locatives: set(PREPOSITIONS_ES),
    placeAfter: set(['en']),
    timeLeads: set(['este', 'esta', 'el', 'la', 'pasado', 'pasada']),
    verbCoordinators: set(VERB_COORDINATORS_ES),
    clauseOpeners: set(CLAUSE_OPENERS_ES),
  },
  names: {
    particles: set(NAME_PARTICLES_ES),
    suffixes: set([]),
    placeLead: set(PLACE_LEAD_WORDS_ES),
    placeHead: set(PLACE_HEAD_WORDS),
    notAfter: set(ARTICLES),
    asWords: set([]),
    ownerPronouns: set([]),
    relationNouns: glosses(RELATION_NOUNS_ES),
  },
  roles: {
    offices: set(OFFICE_WORDS_ES),
    titles: set([]),
    ranks: {},
    honorifics: set([]),
    givenNameTitles: set(GIVEN_NAME_TITLES_ES),
    before: set(OFFICE_PREFIXES_ES),
    after: set(OFFICE_QUALIFIERS_ES),
    fields: set(OFFICE_FIELD_WORDS_ES),
    fieldLinks: set(['de', 'del', 'para']),
    ownerLinks: set(['de', 'del']),
    countryAnaphorsBefore: set([]),
    countryAnaphorsAfter: [['del', 'país'], ['del', 'estado']],
    governmentOffices: set(GOVERNMENT_OFFICE_WORDS_ES),
    headOffice: headOfficePattern(HEAD_OFFICES_ES.map(fold), ['de', 'del']),
    notHead: set(['ex', 'vice', 'adjunto', 'adjunta']),
    officeKey: genderless,
  },
  governments: {
    nouns: set(GOVERNMENT_NOUNS_ES),
    needsCountry: set(GOVERNMENT_NOUNS_NEEDING_COUNTRY_ES),
    modifiers: set(GOVERNMENT_MODIFIERS_ES),
    placeLinks: set(['de', 'del', 'en']),
    acts: set(STATE_ACT_NOUNS_ES),
    actModifiers: set(STATE_ACT_MODIFIERS_ES),
    coordinators: set(['y', 'e', 'ni', 'o']),
    plurals: set(['gobiernos', 'regímenes']),
    pairOpeners: set(['ni']),
    anaphoricHeads: set(['gobierno', 'régimen', 'autoridades', 'ejecutivo', 'dictadura']),
    notAnaphoricBefore: set(['de', 'del', 'en']),
  },
  organizations: {
    heads: set([]),
    headsFirst: set([]),
    functionWords: set(NOT_NAME_WORDS_ES),
    institutions: INSTITUTIONS,
    ministry: 'ministerio',
    ministryNouns: glosses(MINISTRY_NOUNS_ES),
    portfolios: glosses(MINISTRY_PORTFOLIOS_ES),
    portfolioFillers: set(MINISTRY_FILLERS_ES),
    ownAdjectives: set(INSTITUTION_ADJECTIVES_ES),
    officeNouns: set([]),
    stateHeads: ENGLISH.organizations.stateHeads,
    outletNouns: set(OUTLET_NOUNS_ES),
  },
  groups: {
    nouns: glosses(GROUP_NOUNS_ES),
    modifiers: glosses(GROUP_MODIFIERS_ES),
    phrasesAfter: glosses(GROUP_PHRASES_ES),
    quantifiers: set(GROUP_QUANTIFIERS_ES),
    counts: set(GROUP_COUNTS_ES),
    countLinks: set(['de']),
    stateNouns: set(STATE_GROUP_NOUNS),
  },
  unnamed: {
    indefinites: set(INDEFINITES),
    heads: glosses(UNNAMED_SOURCE_HEADS_ES),
    modifiers: glosses(UNNAMED_SOURCE_MODIFIERS_ES),
    rankModifiers: set(['alto', 'alta']),
    relatives: set(['que', 'quien', 'bajo']),
    relativesAfterComma: set(['que', 'quien', 'bajo']),
    postedTo: set([]),
  },
}
