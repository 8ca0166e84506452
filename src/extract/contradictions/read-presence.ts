import {
  FORCE_NOUNS, FORCE_QUALIFIERS, OWN_POSSESSIVES, PLACE_WORDS, SENDER_WORDS, THE_COUNTRY,
} from '../../lexicon/propositions.js'
import { countryAt, longestPhraseAt, wordsOf, type Word } from './words.js'

/** What a content says about whose forces are where: country codes, and the rule that read it. */
export interface PresenceReading {
  readonly forces: string
  readonly place: string
  readonly rule: string
}

export interface PresenceContext {
  /** The speaker's own country, for "its troops", "our soldiers". */
  readonly ownCountry?: string
  /** The last country the text placed something in before the content, for "in the country". */
  readonly priorPlace?: () => string | undefined
}

/** Cheap gate: a content without a force noun is never read further. */
export const FORCE_SCAN = new RegExp(`\\b(?:${FORCE_NOUNS.map((n) => n.replace(/ /g, '\\s+')).join('|')})\\b`, 'i')

const QUALIFIERS = new Set<string>(FORCE_QUALIFIERS)
const OWN = new Set<string>(OWN_POSSESSIVES)
const PEOPLE_KINDS = new Set(['demonym', 'name', 'people', 'code', 'capital'])

/** "Freedonian (military) troops", "Freedonia's soldiers", "its troops": the owner written before the noun. */
interface Owner { readonly code: string; readonly rule: string; readonly next?: number }

function ownerBefore(text: string, words: readonly Word[], noun: number, ctx: PresenceContext): Owner | null {
  for (let i = noun - 1; i >= Math.max(0, noun - 4); i--) {
    const w = words[i]!
    if (OWN.has(w.lower)) return ctx.ownCountry ? { code: ctx.ownCountry, rule: 'presence-own-possessive' } : null
    const c = countryAt(text, words, i)
    if (c && i + c.size <= noun && PEOPLE_KINDS.has(c.kind)) return { code: c.code, rule: 'presence-demonym-forces' }
    if (!QUALIFIERS.has(w.lower)) return null
  }
  return null
}

/** "soldiers sent by Port Lia", "troops from Freedonia": the owner written after the noun. */
function ownerAfter(text: string, words: readonly Word[], after: number): Owner | null {
  const taken = longestPhraseAt(words, after, SENDER_WORDS)
  if (!taken) return null
  let i = after + taken
  if (words[i]?.lower === 'the') i++
  const c = countryAt(text, words, i)
  return c ? { code: c.code, rule: 'presence-forces-sent-by', next: i + c.size } : null
}

/** "in Sylvania", "inside the country": the place, searched after the noun, else before it. */
function placeOf(text: string, words: readonly Word[], from: number, noun: number, ctx: PresenceContext): string | undefined {
  const at = (i: number): string | undefined => {
    const taken = longestPhraseAt(words, i, PLACE_WORDS)
    if (!taken) return undefined
    if (longestPhraseAt(words, i + taken, THE_COUNTRY)) return ctx.priorPlace?.()
    const c = countryAt(text, words, i + taken)
    return c && c.kind !== 'demonym' ? c.code : undefined
  }
  for (let i = from; i < words.length; i++) {
    const found = at(i)
    if (found) return found
  }
  for (let i = noun - 1; i >= 0; i--) {
    const found = at(i)
    if (found) return found
  }
  return undefined
}

/**
 * Reads presence(forces of X, in Y) from a statement's content: a force noun with its owner (a demonym
 * or country before it, "sent by"/"from" a country or capital after it, or "its/our" for the speaker's
 * own) and a place ("in Y", or "in the country" = the last country placed before the content).
 * Forces in their own country say nothing worth comparing and are skipped.
 */
export function readPresence(text: string, start: number, end: number, ctx: PresenceContext = {}): PresenceReading[] {
  if (!FORCE_SCAN.test(text.slice(start, end))) return []
  const words = wordsOf(text, start, end)
  const out: PresenceReading[] = []
  for (let i = 0; i < words.length; i++) {
    const size = longestPhraseAt(words, i, FORCE_NOUNS)
    if (!size) continue
    const after = i + size
    const owner = ownerBefore(text, words, i, ctx) ?? ownerAfter(text, words, after)
    if (!owner) continue
    const place = placeOf(text, words, owner.next ?? after, i, ctx)
    if (place && place !== owner.code && !out.some((o) => o.forces === owner.code && o.place === place)) {
      out.push({ forces: owner.code, place, rule: owner.rule })
    }
    i = after - 1
  }
  return out
}

/** Every "in <Country>" of a text with its offset, to answer "the country" for any later content. */
export function placesIn(text: string): { readonly at: number; readonly code: string }[] {
  const words = wordsOf(text)
  const out: { at: number; code: string }[] = []
  for (let i = 0; i < words.length; i++) {
    const taken = longestPhraseAt(words, i, PLACE_WORDS)
    if (!taken) continue
    const c = countryAt(text, words, i + taken)
    if (c && c.kind !== 'demonym') out.push({ at: words[i]!.start, code: c.code })
  }
  return out
}
