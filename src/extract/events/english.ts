import {
  CAPTURE_VERBS, CLAUSE_OPENERS, GROUP_PRONOUNS, PERSON_PRONOUNS, IRREGULAR_PAST, ONGOING_MODIFIERS, OTHER_SENSES, PERFORM_VERBS, CONTROL_VERBS, CROSSING_VERBS, DECREE_OBJECTS, DECREE_VERBS, DETERMINERS, EVENT_MODIFIERS,
  DEPARTURE_WORDS, EVENT_TRIGGERS, GROUND_NOUNS, MILITARY_MODIFIERS, NOUN_NEGATORS, RESUMPTION_VERBS, COMPLEMENT_LEADS, FULFIL_NOUNS, FULFIL_VERBS, FULFILLED_ACTS, TEMPORAL_PREPOSITIONS, VERB_NEGATORS,
} from '../../lexicon/en/event-triggers.js'
import {
  BARE_TALKS_NOUNS, HOSTED_BY, HOST_VERBS, JOIN_ONLY_TALKS, MEETING_ADVERBS, MEETING_AUXILIARIES, MEETING_FOLLOWERS,
  MEETING_NEGATORS, MEETING_SUBJECTS, MEET_VERBS, SIDE_COUNTERS, TALKING_PRONOUNS, TALKS_FOLLOWERS, TALKS_VERBS,
} from '../../lexicon/en/talks-words.js'
import { FORCE_NOUNS } from '../../lexicon/en/propositions.js'
import { THEME_NOUNS } from '../../lexicon/en/predicates.js'
import { TENS_WORDS, UNIT_WORDS } from '../../lexicon/en/numbers.js'
import { CIVILIAN_NOUNS, IRREGULAR_SINGULARS, PEOPLE_NOUNS, ROLE_NOUNS } from '../../lexicon/en/human-nouns.js'
import { ENGLISH_COUNTRIES } from './actors.js'
import { craftNouns } from './craft.js'
import { fulfilment, scanFor, type EventLanguage } from './language.js'
import { learnLocalities } from './localities.js'
import { PhraseSet } from './token-text.js'

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words)

/** Nouns for people, plural and singular ("a woman was killed", "the guards were detained"). */
const PLURAL_PEOPLE = [...CIVILIAN_NOUNS, ...PEOPLE_NOUNS, ...Object.keys(ROLE_NOUNS)].filter((w) => !w.includes(' '))
const PERSON_NOUNS = [...PLURAL_PEOPLE, ...PLURAL_PEOPLE.map((w) => w.replace(/s$/, '')), ...Object.keys(IRREGULAR_SINGULARS)]

const TERRITORY_VERBS = [...CAPTURE_VERBS, ...CONTROL_VERBS, ...CROSSING_VERBS]

/** English: the lexicons of src/lexicon/en/event-triggers.ts and talks-words.ts, and the country package's English forms. */
export const ENGLISH: EventLanguage = {
  triggers: PhraseSet.from(EVENT_TRIGGERS),
  scan: scanFor([...Object.keys(EVENT_TRIGGERS).map((k) => k.split(' ')[0]!), ...DECREE_VERBS, ...MEET_VERBS, ...TERRITORY_VERBS, ...FULFIL_VERBS.map((k) => k.split(' ')[0]!)]),
  determiners: set(DETERMINERS),
  specific: set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'last', 'latest', 'recent']),
  indefinite: set(['a', 'an']),
  owners: set(['its', 'their', 'his', 'her']),
  modifiers: set(EVENT_MODIFIERS),
  ongoing: set(ONGOING_MODIFIERS),
  counters: set([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), 'several', 'many', 'multiple']),
  military: set(MILITARY_MODIFIERS),
  postModifiers: set([]),
  nounNegators: set(NOUN_NEGATORS),
  strongNegators: set(['no', 'any', 'without', 'nor', 'every']),
  verbNegators: set(VERB_NEGATORS),
  conjunctions: set(['and']),
  repeatsDeterminer: false,
  otherSenses: PhraseSet.of(OTHER_SENSES),
  placePreps: PhraseSet.of(['in', 'into', 'inside', 'at', 'near']),
  targetPreps: set(['on', 'against']),
  ofPreps: set(['of']),
  byPreps: PhraseSet.of(['by']),
  objectMarkers: set([]),
  ofRole: 'target',
  personNouns: set(PERSON_NOUNS),
  personPronouns: set(PERSON_PRONOUNS),
  groupPronouns: set(GROUP_PRONOUNS),
  passive: set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'got']),
  participlesOnly: false,
  clitics: set([]),
  decreeVerbs: set(DECREE_VERBS),
  decreeObjects: PhraseSet.from(DECREE_OBJECTS),
  phraseStop: set([
    'is', 'was', 'were', 'are', 'has', 'had', 'have', 'be', 'been', 'and', 'or', 'but', 'that', 'which', 'who', 'said', 'says',
    'left', 'killed', 'as', 'to', 'by', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'after', 'before', 'during', 'since',
    'than', 'it', 'they', 'he', 'she', 'we', 'not', 'near', 'into', 'inside', 'outside', 'against', 'over', 'through',
    'across', 'under', 'when', 'while', 'where',
  ]),
  verbEnding: /(?:ed|ing|ly)$/,
  placeNouns: set(['town', 'city', 'village', 'port', 'region', 'province', 'district', 'valley', 'enclave', 'settlement', 'island', 'capital']),
  placeOf: set(['of']),
  ownerAfterNoun: false,
  temporal: PhraseSet.of(TEMPORAL_PREPOSITIONS),
  perform: set(PERFORM_VERBS),
  notSimplePast: set(['had', 'has', 'have', "'d", "'s", "'ve", 'will', 'would', 'shall']),
  clauseOpeners: set(CLAUSE_OPENERS),
  clauseJoiners: set(['and']),
  subordinators: set(['since', 'after', 'before', 'until', 'once']),
  relativizers: set(['that', 'which']),
  pastEnding: /ed$/,
  irregularPast: set(IRREGULAR_PAST),
  resumption: set(RESUMPTION_VERBS),
  complementLeads: set(COMPLEMENT_LEADS),
  fulfilment: fulfilment(FULFIL_VERBS, FULFIL_NOUNS, 'to', FULFILLED_ACTS, EVENT_TRIGGERS),
  frame: set(['on', 'in', 'at', 'by', 'early', 'late', 'later', 'then', ',']),
  until: set(['until']),
  untilBeforeTrigger: false,
  capture: set(CAPTURE_VERBS),
  control: set(CONTROL_VERBS),
  controlPhrases: PhraseSet.of(['control of', 'control over']),
  crossing: set(CROSSING_VERBS),
  crossInto: PhraseSet.of(['into']),
  crossNear: PhraseSet.of(['near', 'over']),
  ground: set(GROUND_NOUNS),
  force: set(FORCE_NOUNS.filter((f) => !f.includes(' '))),
  craft: craftNouns(THEME_NOUNS),
  departure: PhraseSet.of(DEPARTURE_WORDS),
  talks: {
    bare: set(BARE_TALKS_NOUNS), joinOnly: set(JOIN_ONLY_TALKS), followers: set(TALKS_FOLLOWERS), verbs: set(TALKS_VERBS),
    host: set(HOST_VERBS), pronouns: set(TALKING_PRONOUNS), hostedBy: set(HOSTED_BY), hostedByPrep: set(['by']), visitTo: set(['to']),
    between: set(['between']), with: set(['with']), meet: set(MEET_VERBS), meetAux: set(MEETING_AUXILIARIES),
    meetNegators: set(MEETING_NEGATORS), meetSubjects: set(MEETING_SUBJECTS), sideCounters: set(SIDE_COUNTERS),
    sides: set(['sides']), meetAdverbs: set(MEETING_ADVERBS), meetFollowers: set(MEETING_FOLLOWERS),
    postModifiers: set(['from', 'of', 'representing']), clauseStop: set(['that', 'which', 'who', 'when', 'while', 'but', 'as', 'after', 'before']),
  },
  countries: ENGLISH_COUNTRIES,
  localities: learnLocalities,
}
