import {
  BE_FORMS, CLAUSE_OPENERS, DETERMINERS, LEADING_CONNECTIVES, NEGATIONS, NON_HEAD_WORDS, NOUN_PHRASE_PREPOSITIONS,
  PERSONAL_PRONOUNS, PRE_CUE_WORDS, PREPOSITIONS,
} from '../../lexicon/en/clause-words.js'

/** The closed-class word lists as sets, built once at module load. */
export const CLAUSE_OPENER = new Set<string>(CLAUSE_OPENERS)
export const CONNECTIVE = new Set<string>(LEADING_CONNECTIVES)
export const PRE_CUE = new Set<string>(PRE_CUE_WORDS)
export const BE = new Set<string>(BE_FORMS)
export const NEGATION = new Set<string>(NEGATIONS)
export const PREPOSITION = new Set<string>(PREPOSITIONS)
export const NP_PREPOSITION = new Set<string>(NOUN_PHRASE_PREPOSITIONS)
export const DETERMINER = new Set<string>(DETERMINERS)
export const PRONOUN = new Set<string>(PERSONAL_PRONOUNS)
export const NON_HEAD = new Set<string>(NON_HEAD_WORDS)

/** Punctuation that ends a speaker span or a reported clause. */
export const BREAK_PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '-', '"', '“', '”', '«', '»', '‘', '’', "'", '``', "''", '.', '?', '!', '|'])
export const DASHES = new Set(['—', '–', '--'])
