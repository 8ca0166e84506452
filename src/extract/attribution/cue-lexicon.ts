import {
  AS_COMPLEMENT_CUES, BELIEF_VERBS, DENIAL_VERBS, INFINITIVE_CUES, NAMING_CUES, NO_BARE_OBJECT, PARTICLE_VERBS, STANCE_VERBS, IRREGULAR_FORMS, NOUN_CUES, NOUN_LIKE_FORMS, DENIAL_NOUNS, DENIAL_PHRASE_CUES, PHRASE_CUES, SEEMING_VERBS, SPEECH_VERBS, WEAK_CUES,
} from '../../lexicon/en/reporting-cues.js'

export type CueForm = 'base' | 'present' | 'past' | 'ing'

export interface VerbCue {
  readonly lemma: string
  readonly form: CueForm
  readonly denial: boolean
  /** Needs "that", a quote or a colon after it to count as a report. */
  readonly weak: boolean
}

const consonantY = /[^aeiou]y$/

/** Regular English inflection of a base form: says/said/saying from the rules, irregulars from the lexicon. */
export function inflect(lemma: string): Array<[string, CueForm]> {
  const irregular = IRREGULAR_FORMS[lemma]
  const forms: Array<[string, CueForm]> = [[lemma, 'base']]
  if (irregular) {
    for (const f of irregular) forms.push([f, f.endsWith('ing') ? 'ing' : f.endsWith('s') && !f.endsWith('ss') ? 'present' : 'past'])
    return forms
  }
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
  forms.push([consonantY.test(lemma) ? `${lemma.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`, 'present'])
  forms.push([consonantY.test(lemma) ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`, 'past'])
  forms.push([`${stem}ing`, 'ing'])
  return forms
}

const weak = new Set<string>(WEAK_CUES)
export const NOUN_LIKE: ReadonlySet<string> = new Set<string>(NOUN_LIKE_FORMS)
const denials = new Set<string>(DENIAL_VERBS)

/** Every inflected form of every cue verb, to its entry. */
export const VERB_CUES: ReadonlyMap<string, VerbCue> = (() => {
  const map = new Map<string, VerbCue>()
  for (const lemma of [...SPEECH_VERBS, ...DENIAL_VERBS, ...BELIEF_VERBS, ...STANCE_VERBS, ...SEEMING_VERBS]) {
    for (const [form, kind] of inflect(lemma)) {
      if (!map.has(form)) map.set(form, { lemma, form: kind, denial: denials.has(lemma), weak: weak.has(lemma) || NOUN_LIKE.has(form) })
    }
  }
  return map
})()

/** Forms of verbs that report only with their particle ("talked" + "about"), to the particles allowed. */
export const PARTICLE_CUES: ReadonlyMap<string, { lemma: string; form: CueForm; particles: readonly string[] }> = (() => {
  const map = new Map<string, { lemma: string; form: CueForm; particles: readonly string[] }>()
  for (const [lemma, particles] of Object.entries(PARTICLE_VERBS)) {
    for (const [form, kind] of inflect(lemma)) map.set(form, { lemma, form: kind, particles })
  }
  return map
})()

/** Cue lemmas whose content may be a to-infinitive, with or without an object before it. */
export const TAKES_INFINITIVE: ReadonlySet<string> = new Set<string>(INFINITIVE_CUES)
/** Cue lemmas whose content may be an object described by "as". */
export const TAKES_AS: ReadonlySet<string> = new Set<string>(AS_COMPLEMENT_CUES)

/** Weak cue lemmas that never report a bare noun phrase. */
export const NO_BARE_OBJECT_SET: ReadonlySet<string> = new Set<string>(NO_BARE_OBJECT)
export const NAMING: ReadonlySet<string> = new Set<string>(NAMING_CUES)

export const NOUN_CUE_SET: ReadonlySet<string> = new Set([...NOUN_CUES, ...DENIAL_NOUNS])
export const DENIAL_NOUN_SET: ReadonlySet<string> = new Set(DENIAL_NOUNS)

export const DENIAL_PHRASES: ReadonlySet<string> = new Set(DENIAL_PHRASE_CUES)

/** A phrase's form, read from its first word's ending ("ruling out", "rules out", "rule out"). */
export function phraseForm(first: string): CueForm {
  return first.endsWith('ing') ? 'ing' : first.endsWith('ed') ? 'past' : first.endsWith('s') ? 'present' : 'base'
}

/** Multi-word cues as word arrays, grouped by first word for a cheap lookup. */
export const PHRASES_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, string[][]>()
  for (const p of [...PHRASE_CUES, ...DENIAL_PHRASE_CUES]) {
    const words = p.split(' ')
    const list = map.get(words[0]!) ?? []
    list.push(words)
    list.sort((a, b) => b.length - a.length)
    map.set(words[0]!, list)
  }
  return map
})()

/** Everything a word can start: a phrase, a particle verb or a verb cue. One lookup per token in the scan. */
export interface Trigger {
  readonly phrases?: readonly (readonly string[])[]
  readonly particle?: { lemma: string; form: CueForm; particles: readonly string[] }
  readonly verb?: VerbCue
}

export const TRIGGERS: ReadonlyMap<string, Trigger> = (() => {
  const map = new Map<string, Trigger>()
  const words = new Set([...PHRASES_BY_FIRST.keys(), ...PARTICLE_CUES.keys(), ...VERB_CUES.keys()])
  for (const w of words) {
    const phrases = PHRASES_BY_FIRST.get(w)
    const particle = PARTICLE_CUES.get(w)
    const verb = VERB_CUES.get(w)
    map.set(w, { ...(phrases ? { phrases } : {}), ...(particle ? { particle } : {}), ...(verb ? { verb } : {}) })
  }
  return map
})()

const speaking = new Set<string>([...SPEECH_VERBS, ...DENIAL_VERBS, ...SEEMING_VERBS])

/**
 * Forms that report on their own in news text, where the strict rules find no "that", quote or colon:
 * the inflected forms of verbs of saying, denying and seeming ("vowed", "insists", "seemed"). Base forms are
 * left out, since "say" or "deny" is as often an infinitive or an imperative as a report. Hand-written
 * from the lexicon's classes: nothing here is counted from an annotated corpus.
 */
export const LIKELY_CUES: ReadonlySet<string> = new Set(
  [...VERB_CUES].filter(([w, v]) => speaking.has(v.lemma) && v.form !== 'base' && !NOUN_LIKE.has(w)).map(([w]) => w),
)

