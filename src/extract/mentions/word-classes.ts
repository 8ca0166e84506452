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
  /** A capitalized word that never belongs to a person's name (function words, calendar words, heads of other names). */
  notName: 512,
  /** An indefinite article opening an unnamed source ("a", "un"). */
  indefinite: 1024,
  /** A capitalized word that may end a name but never start one (sentence adverbs, party and office words). */
  notNameStart: 2048,
} as const

/** The word lists of one language that give each class its words. */
export interface ClassWords {
  readonly governmentNouns: Iterable<string>
  readonly offices: Iterable<string>
  readonly titles: Iterable<string>
  readonly orgHeads: Iterable<string>
  readonly orgHeadsFirst: Iterable<string>
  /** First words of lower-case institutions ("ministry", "state" of "state TV"). */
  readonly institutions: Iterable<string>
  readonly groupNouns: Iterable<string>
  readonly notName: Iterable<string>
  readonly indefinites: Iterable<string>
  readonly notNameStart?: Iterable<string>
}

/** One lookup from a lower-case word (possessive ending removed) to its classes, built once per language. */
export function wordClasses(words: ClassWords): (stem: string) => number {
  const classes = new Map<string, number>()
  const mark = (list: Iterable<string>, bit: number) => {
    for (const w of list) classes.set(w, (classes.get(w) ?? 0) | bit)
  }
  mark(words.governmentNouns, W.governmentNoun | W.notName)
  mark(words.offices, W.office | W.notName)
  mark(words.titles, W.title | W.notName)
  mark(words.orgHeads, W.orgHead | W.notName)
  mark(words.orgHeadsFirst, W.orgHeadFirst)
  mark(words.institutions, W.institution)
  mark(words.groupNouns, W.groupNoun | W.notName)
  mark(words.notName, W.notName)
  mark(words.indefinites, W.indefinite)
  mark(words.notNameStart ?? [], W.notNameStart)
  return (stem) => classes.get(stem) ?? 0
}
