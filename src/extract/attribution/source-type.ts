import type { Actor, SourceType } from '../../model/annotations.js'
import {
  ANALYST_NOUNS, ANONYMOUS_MARKERS, MEDIA_NOUNS, NGO_NOUNS, OFFICIAL_NOUNS, SPOKESPERSON_NOUNS, STATE_MEDIA_MARKERS,
} from '../../lexicon/en/source-types.js'

const phraseRe = (list: readonly string[]) => new RegExp(`\\b(?:${list.join('|')})\\b`, 'i')

/** A language's source-type words: kinds checked in order on the speaker span, then the official nouns. */
export interface SourceTypeWords {
  readonly byWords: ReadonlyArray<readonly [SourceType, RegExp]>
  readonly official: RegExp
}

// Checked in this order: the first kind whose words appear in the speaker span wins.
const BY_WORDS: ReadonlyArray<[SourceType, RegExp]> = [
  ['anonymous', phraseRe(ANONYMOUS_MARKERS)],
  ['state-media', phraseRe(STATE_MEDIA_MARKERS)],
  ['spokesperson', phraseRe(SPOKESPERSON_NOUNS)],
  ['analyst', phraseRe(ANALYST_NOUNS)],
  ['ngo', phraseRe(NGO_NOUNS)],
  ['independent-media', phraseRe(MEDIA_NOUNS)],
]
const OFFICIAL = phraseRe(OFFICIAL_NOUNS)
export const ENGLISH_SOURCE_TYPES: SourceTypeWords = { byWords: BY_WORDS, official: OFFICIAL }
const ANONYMITY = /\b(?:on condition of anonymity|declined to be (?:named|identified)|asked not to be (?:named|identified)|not authori[sz]ed to speak)\b/gi

/** Offsets of every anonymity phrase in the document, found in one pass so each statement only compares numbers. */
export function anonymityMarks(text: string): number[] {
  // A plain substring search rules most documents out before the regex runs.
  if (!ANONYMITY_HINTS.some((h) => text.includes(h))) return []
  return [...text.matchAll(ANONYMITY)].map((m) => m.index)
}
const ANONYMITY_HINTS = ['nonymity', 'named', 'identified', 'uthori']

/** Whether an anonymity phrase lies inside [start, end). */
export const markedAnonymous = (marks: readonly number[], start: number, end: number) => marks.some((at) => at >= start && at < end)

/**
 * The kind of source, from the words of the speaker span and its sentence first (a spokesperson is a
 * spokesperson whatever body they speak for), then from the actor's type.
 */
export function sourceTypeOf(speakerText: string, anonymousSentence: boolean, speakers: readonly Actor[], all: readonly Actor[], words: SourceTypeWords = ENGLISH_SOURCE_TYPES): SourceType | undefined {
  const OFFICIAL = words.official
  if (anonymousSentence) return 'anonymous'
  for (const [type, re] of words.byWords) if (re.test(speakerText)) return type
  const actor = speakers[0]
  const body = all.find((a) => a.id === actor?.memberOf)
  if (actor?.type === 'government') return 'government-official'
  if (actor?.type === 'person') return body?.type === 'government' || OFFICIAL.test(actor.role ?? '') ? 'government-official' : 'person'
  if (OFFICIAL.test(speakerText)) return 'government-official'
  if (actor?.type === 'group') return 'group'
  if (actor?.type === 'organization') return OFFICIAL.test(actor.name) ? 'government-official' : 'group'
  if (/^\s*(?:he|she|i)\b/i.test(speakerText) || /^\p{Lu}\p{Ll}+ \p{Lu}/u.test(speakerText)) return 'person'
  return /[^s]s\s*$/.test(speakerText) ? 'group' : undefined
}
