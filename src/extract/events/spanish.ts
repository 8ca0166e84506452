import { DECREE_OBJECTS } from '../../lexicon/en/event-triggers.js'
import { ES_DECREE_OBJECTS, ES_DECREE_VERBS, ES_EVENT_TRIGGERS, ES_OTHER_SENSES } from '../../lexicon/es/event-triggers.js'
import * as W from '../../lexicon/es/event-words.js'
import { ES_TENS_WORDS, ES_UNIT_WORDS } from '../../lexicon/es/numbers.js'
import * as T from '../../lexicon/es/event-talks.js'
import { lookupSpanishCountry, matchSpanishCountryAt } from '../../lexicon/es/countries.js'
import { ES_THEME_NOUNS } from '../../lexicon/es/predicates.js'
import { craftNouns } from './craft.js'
import { fulfilment, scanFor, type EventLanguage } from './language.js'
import { learnSpanishLocalities } from './spanish-localities.js'
import { PhraseSet } from './token-text.js'

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words)
const firstWords = (phrases: readonly string[]) => phrases.map((p) => p.split(' ')[0]!)
const DETERMINERS = set(W.ES_DETERMINERS)
const INDEFINITES = set(W.ES_INDEFINITES)

// A decree's kind must be one the English lexicon gives, so both languages name the same kinds.
const KINDS = new Set(Object.values(DECREE_OBJECTS))
for (const kind of Object.values(ES_DECREE_OBJECTS)) if (!KINDS.has(kind)) throw new Error(`Spanish decree kind "${kind}" is not an English one`)

/** Spanish: the lexicons of src/lexicon/es/event-*.ts, and the Spanish country words of src/lexicon/es/countries.ts. */
export const SPANISH: EventLanguage = {
  triggers: PhraseSet.from(ES_EVENT_TRIGGERS),
  scan: scanFor([
    ...firstWords(Object.keys(ES_EVENT_TRIGGERS)), ...ES_DECREE_VERBS, ...T.ES_MEET_VERBS, ...W.ES_CAPTURE_VERBS,
    ...W.ES_CONTROL_VERBS, ...W.ES_CROSSING_VERBS, ...W.ES_FULFIL_VERBS,
  ], true),
  determiners: DETERMINERS,
  specific: set(W.ES_DETERMINERS.filter((d) => !INDEFINITES.has(d))),
  indefinite: set(W.ES_NEW_EVENT_INDEFINITES),
  owners: set(W.ES_OWNERS),
  modifiers: set(W.ES_PRE_MODIFIERS),
  // Spanish puts "actual", "en curso" after the noun, where no rule reads them yet.
  ongoing: set([]),
  counters: set([...Object.keys(ES_UNIT_WORDS), ...Object.keys(ES_TENS_WORDS), 'varios', 'varias']),
  military: set(W.ES_MILITARY_MODIFIERS),
  postModifiers: set(W.ES_POST_MODIFIERS),
  nounNegators: set(W.ES_NOUN_NEGATORS),
  strongNegators: set(W.ES_STRONG_NEGATORS),
  verbNegators: set(W.ES_VERB_NEGATORS),
  conjunctions: set(['y', 'e']),
  repeatsDeterminer: true,
  otherSenses: PhraseSet.of(ES_OTHER_SENSES),
  placePreps: PhraseSet.of(W.ES_PLACE_PREPOSITIONS),
  targetPreps: set(W.ES_TARGET_PREPOSITIONS),
  ofPreps: set(W.ES_OF_PREPOSITIONS),
  byPreps: PhraseSet.of(W.ES_BY_PREPOSITIONS),
  objectMarkers: set(W.ES_OBJECT_MARKERS),
  ofRole: 'target',
  personNouns: set(W.ES_PERSON_NOUNS),
  personPronouns: set(W.ES_PERSON_PRONOUNS),
  groupPronouns: set(W.ES_GROUP_PRONOUNS),
  passive: set(W.ES_PASSIVE),
  participlesOnly: true,
  clitics: set(W.ES_CLITICS),
  decreeVerbs: set(ES_DECREE_VERBS),
  decreeObjects: PhraseSet.from(ES_DECREE_OBJECTS),
  phraseStop: set(W.ES_PHRASE_STOP),
  verbEnding: W.ES_VERB_ENDING,
  placeNouns: set(W.ES_PLACE_NOUNS),
  placeOf: set(W.ES_OF_PREPOSITIONS),
  ownerAfterNoun: true,
  temporal: PhraseSet.of(W.ES_TEMPORAL_PREPOSITIONS),
  perform: set(W.ES_PERFORM_VERBS),
  notSimplePast: set(['ha', 'han', 'había', 'habían', 'hubo', 'habrá', 'habrán', 'va', 'van']),
  clauseOpeners: set(W.ES_CLAUSE_OPENERS),
  clauseJoiners: set(['y']),
  // "desde que", "después de que": the clause opens on "que", a clause opener already.
  subordinators: set([]),
  relativizers: set(['que']),
  pastEnding: /(?:ó|aron|ieron|ió)$/,
  irregularPast: set(['fue', 'fueron', 'dijo', 'dijeron', 'hizo', 'hicieron', 'tuvo', 'tuvieron', 'puso', 'pusieron']),
  resumption: set(W.ES_RESUMPTION_VERBS),
  complementLeads: set(W.ES_COMPLEMENT_LEADS),
  fulfilment: fulfilment(W.ES_FULFIL_VERBS, W.ES_FULFIL_NOUNS, 'de', W.ES_FULFILLED_ACTS, ES_EVENT_TRIGGERS),
  frame: set(W.ES_FRAME_WORDS),
  until: set(W.ES_UNTIL),
  untilBeforeTrigger: true,
  capture: set(W.ES_CAPTURE_VERBS),
  control: set(W.ES_CONTROL_VERBS),
  controlPhrases: PhraseSet.of(W.ES_CONTROL_PHRASES),
  crossing: set(W.ES_CROSSING_VERBS),
  crossInto: PhraseSet.of(W.ES_CROSS_INTO),
  crossNear: PhraseSet.of(W.ES_CROSS_NEAR),
  ground: set(W.ES_GROUND_NOUNS),
  force: set(W.ES_FORCE_NOUNS),
  craft: craftNouns(ES_THEME_NOUNS),
  departure: PhraseSet.of(W.ES_DEPARTURE_WORDS),
  talks: {
    bare: set(T.ES_BARE_TALKS_NOUNS), joinOnly: set(T.ES_JOIN_ONLY_TALKS), followers: set(T.ES_TALKS_FOLLOWERS),
    verbs: set(T.ES_TALKS_VERBS), host: set(T.ES_HOST_VERBS), pronouns: set([]), hostedBy: set(T.ES_HOSTED_BY),
    hostedByPrep: set(['por']), visitTo: set(['a']), between: set(['entre']), with: set(['con']), meet: set(T.ES_MEET_VERBS),
    meetAux: set(T.ES_MEETING_AUXILIARIES), meetNegators: set(T.ES_MEETING_NEGATORS), meetSubjects: set(T.ES_MEETING_SUBJECTS),
    sideCounters: set(T.ES_SIDE_COUNTERS), sides: set(['partes']), meetAdverbs: set(T.ES_MEETING_ADVERBS),
    meetFollowers: set(T.ES_MEETING_FOLLOWERS), postModifiers: set(T.ES_MEETING_POST_MODIFIERS), clauseStop: set(T.ES_MEETING_CLAUSE_STOP),
  },
  countries: {
    at(tt, k) {
      const m = matchSpanishCountryAt(tt.text, tt.tokens, k)
      const form = m?.forms[0]
      return m && form ? { code: form.code, kind: form.kind, endToken: m.endToken } : undefined
    },
    lookup: (word) => lookupSpanishCountry(word)[0],
  },
  localities: learnSpanishLocalities,
}
