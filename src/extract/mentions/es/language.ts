import { matchSpanishCountryAt, mayStartSpanishCountry } from '../../../lexicon/es/countries.js'
import { GOVERNMENT_NOUNS_ES } from '../../../lexicon/es/governments.js'
import { GROUP_NOUNS_ES } from '../../../lexicon/es/groups.js'
import { NOT_NAME_WORDS_ES } from '../../../lexicon/es/name-words.js'
import { OFFICE_WORDS_ES } from '../../../lexicon/es/offices.js'
import { ARMED_FORCE_FORMS_ES, MINISTRY_NOUNS_ES, STATE_MEDIA_FORMS_ES } from '../../../lexicon/es/organizations.js'
import type { ScanLanguage } from '../scan.js'
import { W } from '../word-classes.js'

const classes = new Map<string, number>()
const mark = (words: Iterable<string>, bit: number) => {
  for (const w of words) classes.set(w, (classes.get(w) ?? 0) | bit)
}
const firstWords = (forms: Readonly<Record<string, string>>) => Object.keys(forms).map((k) => k.split(' ')[0]!)
mark(GOVERNMENT_NOUNS_ES, W.governmentNoun | W.notName)
mark(OFFICE_WORDS_ES, W.office | W.notName)
mark(['ministerio', ...Object.keys(MINISTRY_NOUNS_ES), ...firstWords(ARMED_FORCE_FORMS_ES), ...firstWords(STATE_MEDIA_FORMS_ES)], W.institution | W.notName)
mark(Object.keys(GROUP_NOUNS_ES), W.groupNoun | W.notName)
mark(NOT_NAME_WORDS_ES, W.notName)

/** Spanish: lexicon classes of Spanish words; country words from Spanish names, inflected adjectives (lower case too) and capitals. */
export const SPANISH: ScanLanguage = {
  classesOf: (stem) => classes.get(stem) ?? 0,
  mayStartCountry: (stem, text, token) => mayStartSpanishCountry(stem, text, token.start, token.end),
  matchCountryAt: matchSpanishCountryAt,
}
