import { AGENT_VERBS, ASIDE_OPENER, AUXILIARIES, CLAUSE_OPENERS, LOCATIVE_PREPOSITIONS, PREVERBAL_ADVERBS, VERB_COORDINATORS } from '../../lexicon/en/agent-cues.js'
import { MONTH_AND_DAY_NAMES } from '../../lexicon/en/calendar-names.js'
import { matchCountryAt, mayStartCountry } from '../../lexicon/en/countries.js'
import { ACT_MODIFIERS, GOVERNMENT_MODIFIERS, GOVERNMENT_NOUNS, STATE_ACT_NOUNS } from '../../lexicon/en/governments.js'
import { GROUP_MODIFIERS, GROUP_NOUNS, STATE_GROUP_NOUNS } from '../../lexicon/en/groups.js'
import { NAME_PARTICLES, NAME_SUFFIXES, RELATION_NOUNS, NOT_NAME_FUNCTION_WORDS, NOT_NAME_STARTS, NOT_NAME_WORDS, PLACE_HEAD_WORDS, PLACE_LEAD_WORDS } from '../../lexicon/en/name-words.js'
import {
  GIVEN_NAME_TITLES, GOVERNMENT_OFFICE_WORDS, HEAD_OFFICES, HONORIFICS, NAME_TITLES, OFFICE_QUALIFIERS, OFFICE_WORDS, RANK_ABBREVIATIONS,
  UNNAMED_SOURCE_HEADS, UNNAMED_SOURCE_MODIFIERS,
} from '../../lexicon/en/offices.js'
import {
  ARMED_FORCE_FORMS, MINISTRY_PORTFOLIOS, ORG_HEAD_FIRST_WORDS, ORG_HEAD_WORDS, OUTLET_NOUNS, STATE_MEDIA_FORMS,
} from '../../lexicon/en/organizations.js'
import { VERB_CUES } from '../attribution/cue-lexicon.js'
import { headOfficePattern, type MentionLanguage, type VerbForm } from './language.js'
import { wordClasses } from './word-classes.js'

const set = (words: Iterable<string>): ReadonlySet<string> => new Set(words)
const same = (words: Iterable<string>): ReadonlyMap<string, string> => new Map([...words].map((w) => [w, w]))
const firstWords = (phrases: Iterable<string>) => [...phrases].map((p) => p.split(' ')[0]!)

/**
 * Agent verbs: the action verbs of the list, and every finite form of every reporting verb ("reiterated",
 * "conceded"): whoever reports acts. A weak one ("repeated", "showed") acts only with "that" after it.
 */
function agentVerbs(): ReadonlyMap<string, VerbForm> {
  const verbs = new Map<string, VerbForm>()
  const finite = [...VERB_CUES].filter(([, c]) => c.form === 'past' || c.form === 'present')
  for (const [form, cue] of finite) if (cue.weak) verbs.set(form, { kind: 'finite', weak: true })
  for (const form of [...AGENT_VERBS, ...finite.filter(([, c]) => !c.weak).map(([f]) => f)]) verbs.set(form, { kind: 'finite', weak: false })
  return verbs
}

const INDEFINITES = ['a', 'an', 'one', 'another']

const INSTITUTIONS = new Map<string, { name: string; head: string }>([
  ...Object.entries(STATE_MEDIA_FORMS).map(([form, name]) => [form, { name, head: 'agency' }] as const),
  ...Object.entries(ARMED_FORCE_FORMS).map(([form, name]) => [form, { name, head: 'forces' }] as const),
])

// Capitalized function words end an organization's name ("… Party in Kenya"); calendar words do not ("Sunday Times").
const FUNCTION_WORDS = NOT_NAME_WORDS.slice(NOT_NAME_WORDS.indexOf('the'))

/** English: the lexicons of src/lexicon/en/*.ts; country words are capitalized ("Freedonian", "Port Lia") or codes. */
export const ENGLISH: MentionLanguage = {
  tag: 'en',
  headFirst: false,
  classesOf: wordClasses({
    governmentNouns: GOVERNMENT_NOUNS, offices: OFFICE_WORDS, titles: NAME_TITLES, orgHeads: ORG_HEAD_WORDS,
    orgHeadsFirst: ORG_HEAD_FIRST_WORDS, institutions: ['ministry', ...firstWords(INSTITUTIONS.keys())],
    groupNouns: GROUP_NOUNS, notName: [...NOT_NAME_WORDS, ...NOT_NAME_FUNCTION_WORDS],
    notNameStart: NOT_NAME_STARTS, indefinites: INDEFINITES,
  }),
  mayStartCountry: (stem, text, token, capitalized) => capitalized && mayStartCountry(stem, text.slice(token.start, token.end)),
  matchCountryAt,
  englishCountryWord: (_code, _kind, written) => written,
  articles: set(['the']),
  contractions: set([]),
  openingPlace: set(['in']),
  agent: {
    verbs: agentVerbs(),
    complementizer: 'that',
    inverted: set(['said', 'says', 'say', 'told', 'added', 'noted', 'wrote', 'argued', 'warned', 'according']),
    introducers: [['by'], ['according', 'to']],
    invertedArticles: set([]),
    passiveBy: set(['by']),
    auxiliaries: set(AUXILIARIES),
    periphrasis: set([]),
    preverbal: set(PREVERBAL_ADVERBS),
    adverbEnding: /^.{3,}ly$/,
    maxBetween: 3,
    dateIntroducers: set(['on']),
    calendarWords: MONTH_AND_DAY_NAMES,
    parenthetical: true,
    asideOpener: ASIDE_OPENER,
    locatives: set(LOCATIVE_PREPOSITIONS),
    placeAfter: set(['in', 'at']),
    timeLeads: set(['on', 'this', 'last']),
    verbCoordinators: set(VERB_COORDINATORS),
    clauseOpeners: set(CLAUSE_OPENERS),
  },
  names: {
    particles: set(NAME_PARTICLES),
    suffixes: set(NAME_SUFFIXES),
    placeLead: set(PLACE_LEAD_WORDS),
    placeHead: set(PLACE_HEAD_WORDS),
    notAfter: set([]),
    asWords: set(['as']),
    ownerPronouns: set(['its', 'their', 'his', 'her', 'our']),
    relationNouns: same(RELATION_NOUNS),
  },
  roles: {
    offices: set(OFFICE_WORDS),
    titles: set(NAME_TITLES),
    ranks: RANK_ABBREVIATIONS,
    honorifics: set(HONORIFICS),
    givenNameTitles: set(GIVEN_NAME_TITLES),
    before: set(OFFICE_QUALIFIERS),
    after: set([]),
    fields: set([]),
    fieldLinks: set(['of']),
    ownerLinks: set(['of']),
    countryAnaphorsBefore: set(['country’s', "country's", 'nation’s', "nation's"]),
    countryAnaphorsAfter: [],
    governmentOffices: set(GOVERNMENT_OFFICE_WORDS),
    headOffice: headOfficePattern(HEAD_OFFICES, ['of']),
    notHead: set(['former', 'ex', 'vice', 'deputy']),
    officeKey: (w) => w,
  },
  governments: {
    nouns: set(GOVERNMENT_NOUNS),
    needsCountry: set([]),
    modifiers: set(GOVERNMENT_MODIFIERS),
    placeLinks: set(['of', 'in']),
    acts: set(STATE_ACT_NOUNS),
    actModifiers: set(ACT_MODIFIERS),
    coordinators: set(['and', 'or', 'nor']),
    plurals: set(['governments', 'regimes', 'administrations', 'juntas']),
    pairOpeners: set(['neither', 'either', 'both']),
    anaphoricHeads: set(['government', 'regime', 'authorities', 'administration', 'leadership', 'junta']),
    notAnaphoricBefore: set([
      'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'ministers', 'forces',
      'troops', 'soldiers', 'critics', 'supporters', 'opponents', 'of', 'in',
    ]),
  },
  organizations: {
    heads: set(ORG_HEAD_WORDS),
    headsFirst: set(ORG_HEAD_FIRST_WORDS),
    functionWords: set(FUNCTION_WORDS),
    institutions: INSTITUTIONS,
    ministry: 'ministry',
    ministryNouns: new Map(),
    portfolios: same(MINISTRY_PORTFOLIOS),
    portfolioFillers: set(['of', 'the']),
    ownAdjectives: set([]),
    officeNouns: set(['office']),
    stateHeads: set(['ministry', 'department', 'army', 'navy', 'force', 'forces', 'guard', 'police', 'agency', 'command', 'service', 'services', 'office', 'bureau']),
    outletNouns: set(OUTLET_NOUNS),
  },
  groups: {
    nouns: same(GROUP_NOUNS),
    modifiers: same(GROUP_MODIFIERS),
    phrasesAfter: new Map(),
    quantifiers: set(['many', 'some', 'several', 'other', 'most', 'few']),
    counts: set([]),
    countLinks: set([]),
    stateNouns: set(STATE_GROUP_NOUNS),
  },
  unnamed: {
    indefinites: set(INDEFINITES),
    heads: same(UNNAMED_SOURCE_HEADS),
    modifiers: same(UNNAMED_SOURCE_MODIFIERS),
    rankModifiers: set(['senior', 'junior', 'top', 'high-ranking']),
    relatives: set(['who']),
    relativesAfterComma: set(['who', 'speaking']),
    postedTo: set(['to']),
  },
}
