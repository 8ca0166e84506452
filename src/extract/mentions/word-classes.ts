import { GOVERNMENT_NOUNS } from '../../lexicon/governments.js'
import { GROUP_NOUNS } from '../../lexicon/groups.js'
import { NAME_TITLES, OFFICE_WORDS } from '../../lexicon/offices.js'
import { ARMED_FORCE_FORMS, ORG_HEAD_FIRST_WORDS, ORG_HEAD_WORDS, STATE_MEDIA_FORMS } from '../../lexicon/organizations.js'

/**
 * Classes of words that start a rule, as bits, so each rule visits only its own trigger tokens:
 * one map lookup per token replaces a set lookup per token per rule.
 */
export const W = {
  governmentNoun: 1,
  office: 2,
  title: 4,
  orgHead: 8,
  orgHeadFirst: 16,
  institution: 32,
  groupNoun: 64,
  capitalized: 128,
  possessive: 256,
  /** A capitalized word that never belongs to a person's name (set by a language's own lexicon, e.g. Spanish "Según"). */
  notName: 512,
} as const

const classes = new Map<string, number>()
const mark = (words: readonly string[], bit: number) => {
  for (const w of words) classes.set(w, (classes.get(w) ?? 0) | bit)
}
mark(GOVERNMENT_NOUNS, W.governmentNoun)
mark(OFFICE_WORDS, W.office)
mark(NAME_TITLES, W.title)
mark(ORG_HEAD_WORDS, W.orgHead)
mark(ORG_HEAD_FIRST_WORDS, W.orgHeadFirst)
mark(['ministry', ...[...Object.keys(STATE_MEDIA_FORMS), ...Object.keys(ARMED_FORCE_FORMS)].map((k) => k.split(' ')[0]!)], W.institution)
mark(GROUP_NOUNS, W.groupNoun)

/** The lexical classes of a lower-case word without its possessive ending. */
export function classesOf(stem: string): number {
  return classes.get(stem) ?? 0
}
