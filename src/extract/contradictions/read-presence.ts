import {
  FORCE_NOUNS, FORCE_QUALIFIERS, OWN_POSSESSIVES, PLACE_WORDS, SENDER_WORDS, THE_COUNTRY,
} from '../../lexicon/propositions.js'
import { countryAt, PhraseSet, wordsOf, type Word } from './words.js'

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
/** The same, for one pass over a whole document (see triggers.ts). */
export const FORCE_SCAN_ALL = new RegExp(FORCE_SCAN.source, 'gi')

const alternatives = (phrases: readonly string[]) => phrases.map((w) => w.replace(/ /g, '\\s+')).join('|')
/** Second gate: a place word before a capitalized name or "the country"; without one there is no place to read. */
const PLACE_GATE = new RegExp(String.raw`\b(?:${alternatives(PLACE_WORDS)})\s+(?:(?:the\s+)?\p{Lu}|${alternatives(THE_COUNTRY)})`, 'iu')
const FORCES = new PhraseSet(FORCE_NOUNS)
const SENDERS = new PhraseSet(SENDER_WORDS)
const PLACES = new PhraseSet(PLACE_WORDS)
const COUNTRY_WORDS = new PhraseSet(THE_COUNTRY)
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
  const taken = SENDERS.longestAt(words, after)
  if (!taken) return null
  let i = after + taken
  if (words[i]?.lower === 'the') i++
  const c = countryAt(text, words, i)
  return c ? { code: c.code, rule: 'presence-forces-sent-by', next: i + c.size } : null
}

/** "in Sylvania", "inside the country": the place, searched after the noun, else before it. */
function placeOf(text: string, words: readonly Word[], from: number, noun: number, ctx: PresenceContext): string | undefined {
  const at = (i: number): string | undefined => {
    const taken = PLACES.longestAt(words, i)
    if (!taken) return undefined
    if (COUNTRY_WORDS.longestAt(words, i + taken)) return ctx.priorPlace?.()
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
  const content = text.slice(start, end)
  if (!FORCE_SCAN.test(content) || !PLACE_GATE.test(content)) return []
  const words = wordsOf(text, start, end)
  const out: PresenceReading[] = []
  for (let i = 0; i < words.length; i++) {
    const size = FORCES.longestAt(words, i)
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

// "in Chile", "In the Republic of Chile": a place word (either case at its start) and up to three capitalized words.
const PLACE_SCAN = new RegExp(String.raw`\b(?:${PLACE_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, '\\s+')}`).join('|')})\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*){0,2})`, 'gu')

/** Every "in <Country>" of a text with its offset, to answer "the country" for any later content. */
export function placesIn(text: string): { readonly at: number; readonly code: string }[] {
  const out: { at: number; code: string }[] = []
  for (const m of text.matchAll(PLACE_SCAN)) {
    const end = m.index + m[0].length
    const words = wordsOf(text, end - m[1]!.length, end)
    const first = words[0]?.lower === 'the' ? 1 : 0
    const c = countryAt(text, words, first)
    if (c && c.kind !== 'demonym') out.push({ at: m.index, code: c.code })
  }
  return out
}
