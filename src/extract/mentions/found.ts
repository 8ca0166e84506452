import type { ActorType, MentionKind } from '../../model/annotations.js'
import { countryInfo } from '../../lexicon/en/countries.js'
import type { Scan } from './scan.js'
import { governmentOf } from '../../model/country-code.js'

/** One mention a rule found, with what it says about its actor; assembly merges them into actors. */
export interface Found {
  readonly id: string
  readonly type: ActorType
  readonly name: string
  readonly country?: string
  readonly memberOf?: string
  readonly role?: string
  readonly start: number
  readonly end: number
  readonly kind: MentionKind
  /** The rule that made it, so an eval miss leads straight to a rule. */
  readonly rule: string
}

/** ASCII slug: accents stripped, lower case, words joined by hyphens ("Ana Núñez" → "ana-nunez"). */
export function slug(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

// "the United States", "the Netherlands": a name takes the article when it is built on a common noun
// or when the official name itself writes "the <name>" (taken from the data package, not listed here).
const COMMON_NOUN_NAME = /\b(?:United|Republic|Kingdom|States|Islands|Emirates|Federation|Union)\b/

export function countryName(code: string): string {
  return countryInfo(code)?.name ?? code
}

export function countryNameWithArticle(code: string): string {
  const name = countryName(code)
  const official = countryInfo(code)?.official ?? ''
  return COMMON_NOUN_NAME.test(name) || official.includes(`the ${name}`) ? `the ${name}` : name
}


/** A mention of a country's government, spanning token [from, to). */
export function governmentFound(scan: Scan, code: string, from: number, to: number, kind: MentionKind, rule: string): Found {
  return {
    id: governmentOf(code), type: 'government', name: `Government of ${countryNameWithArticle(code)}`, country: code,
    start: scan.tokens[from]!.start, end: scan.tokens[to - 1]!.end, kind, rule,
  }
}
