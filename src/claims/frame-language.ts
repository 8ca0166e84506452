import * as en from '../lexicon/en/predicates.js'
import * as es from '../lexicon/es/predicates.js'
import type { PredicateWords } from '../lexicon/en/predicates.js'
import { ADMISSION_CUES, DENIAL_CUES, FUTURE_MODALS, INTENTION_CUES } from '../lexicon/en/claim-stance.js'
import { ES_ADMISSION_CUES, ES_DENIAL_CUES, ES_FUTURE_MODALS, ES_INTENTION_CUES } from '../lexicon/es/claim-stance.js'
import { FORCE_NOUNS, OWN_POSSESSIVES } from '../lexicon/en/propositions.js'
import { ES_FORCE_NOUNS, ES_OWN_POSSESSIVES } from '../lexicon/es/propositions.js'
import { ENGLISH_PRESENCE, SPANISH_PRESENCE, type PresenceLanguage } from './read-presence.js'
import { PhraseSet } from './words.js'

/** A predicate form found in a text: its entry, and whether the form can make a passive. */
export interface FormEntry {
  readonly words: PredicateWords
  readonly participle: boolean
}

/** One language's frame words, compiled once: what read-frames.ts reads instead of literals. */
export interface FrameLanguage {
  readonly verbs: PhraseSet
  readonly verbOf: ReadonlyMap<string, FormEntry>
  readonly nouns: PhraseSet
  readonly nounOf: ReadonlyMap<string, PredicateWords>
  readonly themes: PhraseSet
  readonly themeOf: ReadonlyMap<string, string>
  readonly weapons: PhraseSet
  readonly weaponOf: ReadonlyMap<string, string>
  readonly forces: PhraseSet
  readonly own: ReadonlySet<string>
  readonly agentMarkers: ReadonlySet<string>
  readonly passive: ReadonlySet<string>
  readonly patientMarkers: ReadonlySet<string>
  readonly places: PhraseSet
  readonly speakerPronouns: ReadonlySet<string>
  readonly clauseOpeners: ReadonlySet<string>
  readonly phraseEnds: ReadonlySet<string>
  readonly determiners: ReadonlySet<string>
  /** Words a subjectless predicate may follow ('having', 'haber'): then the speaker is its agent. */
  readonly bareLeads: ReadonlySet<string>
  /** Words that make the next verb form a noun ('the shelling'). */
  readonly nounMarkers: ReadonlySet<string>
  readonly manner: PhraseSet
  readonly responsibility: ReadonlySet<string>
  /** Verbs whose object is an act of their subject ('carried out', 'llevó a cabo'). */
  readonly perform: PhraseSet
  /** A finite verb may drop its subject (Spanish): a clause with no subject before its verb speaks of the speaker. */
  readonly dropsSubject: boolean
  readonly presence: PresenceLanguage
  readonly admission: readonly string[]
  readonly denial: readonly string[]
  readonly intention: readonly string[]
  readonly modals: ReadonlySet<string>
  /** One pass over a whole text finds every word that could name a predicate (see read-frames.ts). */
  readonly triggerScan: RegExp
}

interface Words {
  predicates: readonly PredicateWords[]; themes: Readonly<Record<string, string>>; weapons: Readonly<Record<string, string>>
  forces: readonly string[]; own: readonly string[]; agentMarkers: readonly string[]; passive: readonly string[]
  patientMarkers: readonly string[]; places: readonly string[]; speakerPronouns: readonly string[]
  clauseOpeners: readonly string[]; phraseEnds: readonly string[]; determiners: readonly string[]
  bareLeads: readonly string[]; nounMarkers: readonly string[]; manner: readonly string[]; responsibility: readonly string[]; perform: readonly string[]
  dropsSubject: boolean; presence: PresenceLanguage; admission: readonly string[]; denial: readonly string[]
  intention: readonly string[]; modals: readonly string[]
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')

function frameLanguage(w: Words): FrameLanguage {
  const verbOf = new Map<string, FormEntry>()
  const nounOf = new Map<string, PredicateWords>()
  for (const p of w.predicates) {
    for (const f of p.forms) if (!verbOf.has(f)) verbOf.set(f, { words: p, participle: p.participles.includes(f) })
    for (const n of p.nouns ?? []) if (!nounOf.has(n)) nounOf.set(n, p)
  }
  const firstWords = [...new Set([...verbOf.keys(), ...nounOf.keys()].map((f) => f.split(' ')[0]!))]
  return {
    verbs: new PhraseSet([...verbOf.keys()]), verbOf, nouns: new PhraseSet([...nounOf.keys()]), nounOf,
    themes: new PhraseSet(Object.keys(w.themes)), themeOf: new Map(Object.entries(w.themes)),
    weapons: new PhraseSet(Object.keys(w.weapons)), weaponOf: new Map(Object.entries(w.weapons)),
    forces: new PhraseSet(w.forces), own: new Set(w.own), agentMarkers: new Set(w.agentMarkers), passive: new Set(w.passive),
    patientMarkers: new Set(w.patientMarkers), places: new PhraseSet(w.places), speakerPronouns: new Set(w.speakerPronouns),
    clauseOpeners: new Set(w.clauseOpeners), phraseEnds: new Set(w.phraseEnds), determiners: new Set(w.determiners),
    bareLeads: new Set(w.bareLeads), nounMarkers: new Set(w.nounMarkers), manner: new PhraseSet(w.manner), responsibility: new Set(w.responsibility),
    perform: new PhraseSet(w.perform),
    dropsSubject: w.dropsSubject, presence: w.presence, admission: w.admission, denial: w.denial,
    intention: w.intention, modals: new Set(w.modals),
    triggerScan: new RegExp(`(?<![\\p{L}])(?:${firstWords.map(escape).join('|')})(?![\\p{L}])`, 'giu'),
  }
}

export const ENGLISH_FRAMES = frameLanguage({
  predicates: en.PREDICATES, themes: en.THEME_NOUNS, weapons: en.WEAPON_NOUNS, forces: [...FORCE_NOUNS, ...en.ARMED_CRAFT], own: OWN_POSSESSIVES,
  agentMarkers: en.AGENT_MARKERS, passive: en.PASSIVE_AUXILIARIES, patientMarkers: en.PATIENT_MARKERS, places: en.FRAME_PLACE_WORDS,
  speakerPronouns: en.SPEAKER_PRONOUNS, clauseOpeners: en.CLAUSE_OPENERS, phraseEnds: en.PHRASE_ENDS, determiners: en.ARGUMENT_DETERMINERS,
  bareLeads: en.BARE_PREDICATE_LEADS, nounMarkers: en.NOUN_MARKERS, manner: en.MANNER_WORDS, responsibility: en.RESPONSIBILITY_NOUNS, perform: en.PERFORM_VERBS,
  dropsSubject: false, presence: ENGLISH_PRESENCE, admission: ADMISSION_CUES, denial: DENIAL_CUES,
  intention: INTENTION_CUES, modals: FUTURE_MODALS,
})

export const SPANISH_FRAMES = frameLanguage({
  predicates: es.ES_PREDICATES, themes: es.ES_THEME_NOUNS, weapons: es.ES_WEAPON_NOUNS, forces: [...ES_FORCE_NOUNS, ...es.ES_ARMED_CRAFT], own: ES_OWN_POSSESSIVES,
  agentMarkers: es.ES_AGENT_MARKERS, passive: es.ES_PASSIVE_AUXILIARIES, patientMarkers: es.ES_PATIENT_MARKERS, places: es.ES_FRAME_PLACE_WORDS,
  speakerPronouns: es.ES_SPEAKER_PRONOUNS, clauseOpeners: es.ES_CLAUSE_OPENERS, phraseEnds: es.ES_PHRASE_ENDS, determiners: es.ES_ARGUMENT_DETERMINERS,
  bareLeads: es.ES_BARE_PREDICATE_LEADS, nounMarkers: es.ES_NOUN_MARKERS, manner: es.ES_MANNER_WORDS, responsibility: es.ES_RESPONSIBILITY_NOUNS, perform: es.ES_PERFORM_VERBS,
  dropsSubject: true, presence: SPANISH_PRESENCE, admission: ES_ADMISSION_CUES, denial: ES_DENIAL_CUES,
  intention: ES_INTENTION_CUES, modals: ES_FUTURE_MODALS,
})

export const framesFor = (language: string | undefined): FrameLanguage => (language === 'es' ? SPANISH_FRAMES : ENGLISH_FRAMES)
