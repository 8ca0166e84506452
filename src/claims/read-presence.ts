import {
  FORCE_NOUNS, FORCE_QUALIFIERS, OWN_POSSESSIVES, PLACE_WORDS, SENDER_WORDS, THE_COUNTRY,
} from '../lexicon/en/propositions.js'
import {
  ES_FORCE_NOUNS, ES_FORCE_QUALIFIERS, ES_OWN_POSSESSIVES, ES_PLACE_WORDS, ES_SENDER_WORDS, ES_THE_COUNTRY,
} from '../lexicon/es/propositions.js'
import { lookupSpanishCountry } from '../lexicon/es/countries.js'
import { countryAt, countryIn, PhraseSet, wordsOf, type CountryAt, type Word } from './words.js'

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

const alternatives = (phrases: readonly string[]) => phrases.map((w) => w.replace(/ /g, '\\s+')).join('|')

/** One language's presence words, compiled once: what the rules below read instead of English literals. */
export interface PresenceLanguage {
  /** Cheap gate: a content without a force noun is never read further. */
  readonly forceScan: RegExp
  /** The same gate over a whole document, for one pass (see read-claims.ts). */
  readonly forceScanAll: RegExp
  /** Every "in <Country>" of a text, for "the country" (see placesIn). */
  readonly placeScan: RegExp
  /** Second gate: a place word before a capitalized name or "the country"; without one there is no place to read. */
  readonly placeGate: RegExp
  readonly forces: PhraseSet
  readonly senders: PhraseSet
  readonly places: PhraseSet
  readonly theCountry: PhraseSet
  readonly qualifiers: ReadonlySet<string>
  readonly own: ReadonlySet<string>
  /** Where the nationality stands: before the noun ("Cuban troops") or after it ("tropas cubanas"). */
  readonly ownerAfterNoun: boolean
  readonly countryAt: (text: string, words: readonly Word[], i: number) => CountryAt | null
  /** Definite articles that may open a country name ("the", "el|la|los|las"), as a pattern and as words. */
  readonly article: string
  readonly articles: ReadonlySet<string>
}

function presenceLanguage(words: {
  forces: readonly string[]; qualifiers: readonly string[]; senders: readonly string[]; places: readonly string[]
  theCountry: readonly string[]; own: readonly string[]; ownerAfterNoun: boolean; article: string
  countryAt: PresenceLanguage['countryAt']
}): PresenceLanguage {
  const theCountry = alternatives(words.theCountry)
  const forces = `(?<![\\p{L}])(?:${alternatives(words.forces)})(?![\\p{L}])`
  return {
    forceScan: new RegExp(forces, 'iu'),
    forceScanAll: new RegExp(forces, 'giu'),
    placeScan: placeScan(words.places, words.article),
    placeGate: new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(words.places)})\s+(?:(?:${words.article}\s+)?\p{Lu}|${theCountry})`, 'iu'),
    forces: new PhraseSet(words.forces), senders: new PhraseSet(words.senders), places: new PhraseSet(words.places),
    theCountry: new PhraseSet(words.theCountry), qualifiers: new Set(words.qualifiers), own: new Set(words.own),
    ownerAfterNoun: words.ownerAfterNoun, countryAt: words.countryAt, article: words.article, articles: new Set(words.article.split('|')),
  }
}

export const ENGLISH_PRESENCE = presenceLanguage({
  forces: FORCE_NOUNS, qualifiers: FORCE_QUALIFIERS, senders: SENDER_WORDS, places: PLACE_WORDS, theCountry: THE_COUNTRY,
  own: OWN_POSSESSIVES, ownerAfterNoun: false, article: 'the', countryAt,
})

export const SPANISH_PRESENCE = presenceLanguage({
  forces: ES_FORCE_NOUNS, qualifiers: ES_FORCE_QUALIFIERS, senders: ES_SENDER_WORDS, places: ES_PLACE_WORDS, theCountry: ES_THE_COUNTRY,
  own: ES_OWN_POSSESSIVES, ownerAfterNoun: true, article: 'el|la|los|las',
  countryAt: (text, words, i) => countryIn(text, words, i, lookupSpanishCountry),
})

export const presenceFor = (language: string | undefined): PresenceLanguage => (language === 'es' ? SPANISH_PRESENCE : ENGLISH_PRESENCE)

const PEOPLE_KINDS = new Set(['demonym', 'name', 'people', 'code', 'capital'])

/** "Freedonian (military) troops", "Freedonia's soldiers", "its troops": the owner written before the noun. */
interface Owner { readonly code: string; readonly rule: string; readonly next?: number }

function ownerBefore(lang: PresenceLanguage, text: string, words: readonly Word[], noun: number, ctx: PresenceContext): Owner | null {
  for (let i = noun - 1; i >= Math.max(0, noun - 4); i--) {
    const w = words[i]!
    if (lang.own.has(w.lower)) return ctx.ownCountry ? { code: ctx.ownCountry, rule: 'presence-own-possessive' } : null
    if (lang.ownerAfterNoun) return null
    const c = lang.countryAt(text, words, i)
    if (c && i + c.size <= noun && PEOPLE_KINDS.has(c.kind)) return { code: c.code, rule: 'presence-demonym-forces' }
    if (!lang.qualifiers.has(w.lower)) return null
  }
  return null
}

/** "tropas (regulares) cubanas": the nationality right after the noun, where the language writes it there. */
function demonymAfter(lang: PresenceLanguage, text: string, words: readonly Word[], after: number): Owner | null {
  if (!lang.ownerAfterNoun) return null
  let i = after
  while (i < after + 2 && words[i] && lang.qualifiers.has(words[i]!.lower)) i++
  const c = lang.countryAt(text, words, i)
  return c && c.kind === 'demonym' ? { code: c.code, rule: 'presence-demonym-forces', next: i + c.size } : null
}

/** "soldiers sent by Port Lia", "troops from Freedonia": the owner written after the noun. */
function ownerAfter(lang: PresenceLanguage, text: string, words: readonly Word[], after: number): Owner | null {
  const taken = lang.senders.longestAt(words, after)
  if (!taken) return null
  let i = after + taken
  if (lang.articles.has(words[i]?.lower ?? '')) i++
  const c = lang.countryAt(text, words, i)
  return c ? { code: c.code, rule: 'presence-forces-sent-by', next: i + c.size } : null
}

/** "in Sylvania", "inside the country": the place, searched after the noun, else before it. */
function placeOf(lang: PresenceLanguage, text: string, words: readonly Word[], from: number, noun: number, ctx: PresenceContext): string | undefined {
  const at = (i: number): string | undefined => {
    const taken = lang.places.longestAt(words, i)
    if (!taken) return undefined
    if (lang.theCountry.longestAt(words, i + taken)) return ctx.priorPlace?.()
    const c = lang.countryAt(text, words, i + taken)
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
 * or country before it — after it in Spanish —, "sent by"/"from" a country or capital after it, or
 * "its/our" for the speaker's own) and a place ("in Y", or "in the country" = the last country placed
 * before the content). Forces in their own country say nothing worth comparing and are skipped.
 */
export function readPresence(text: string, start: number, end: number, ctx: PresenceContext = {}, lang: PresenceLanguage = ENGLISH_PRESENCE): PresenceReading[] {
  const content = text.slice(start, end)
  if (!lang.forceScan.test(content) || !lang.placeGate.test(content)) return []
  const words = wordsOf(text, start, end)
  const out: PresenceReading[] = []
  for (let i = 0; i < words.length; i++) {
    const size = lang.forces.longestAt(words, i)
    if (!size) continue
    const after = i + size
    const owner = ownerBefore(lang, text, words, i, ctx) ?? demonymAfter(lang, text, words, after) ?? ownerAfter(lang, text, words, after)
    if (!owner) continue
    const place = placeOf(lang, text, words, owner.next ?? after, i, ctx)
    if (place && place !== owner.code && !out.some((o) => o.forces === owner.code && o.place === place)) {
      out.push({ forces: owner.code, place, rule: owner.rule })
    }
    i = after - 1
  }
  return out
}

/**
 * "in Chile", "In the Republic of Chile", "en Chile": a place word (either case at its start) and up to
 * three capitalized words, for one language.
 */
function placeScan(places: readonly string[], article: string): RegExp {
  const word = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, '\\s+')}`
  return new RegExp(String.raw`(?<![\p{L}])(?:${places.map(word).join('|')})\s+((?:(?:${article})\s+)?\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*){0,2})`, 'gu')
}

/** Every "in <Country>" of a text with its offset, to answer "the country" for any later content. */
export function placesIn(text: string, lang: PresenceLanguage = ENGLISH_PRESENCE): { readonly at: number; readonly code: string }[] {
  const out: { at: number; code: string }[] = []
  for (const m of text.matchAll(lang.placeScan)) {
    const end = m.index + m[0].length
    const words = wordsOf(text, end - m[1]!.length, end)
    const first = lang.articles.has(words[0]?.lower ?? '') ? 1 : 0
    const c = lang.countryAt(text, words, first)
    if (c && c.kind !== 'demonym') out.push({ at: m.index, code: c.code })
  }
  return out
}
