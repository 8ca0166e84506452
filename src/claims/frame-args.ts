import type { Actor, FrameArg } from '../model/annotations.js'
import type { FrameLanguage } from './frame-language.js'
import type { CoverAt } from '../model/cover-index.js'
import type { Word } from './words.js'

/**
 * Finding a frame's arguments around its predicate, inside one content: small rules over the content's
 * words, each returning an argument and the rule's name, or null ("not mine").
 */

/** One content being read: its words, the text they index, and who speaks. */
export interface Clause {
  readonly text: string
  readonly words: readonly Word[]
  /** The document's actors by their mentions (model/cover-index.ts). */
  readonly actorAt: CoverAt<Actor>
  /** The local id of the first speaker: "it", "we" and a dropped subject are this actor. */
  readonly speaker?: string
  /** The speaker's country, for "its troops", "nuestras fuerzas". */
  readonly ownCountry?: string
  readonly lang: FrameLanguage
}

export interface Found {
  readonly arg: FrameArg
  readonly rule: string
}

/** Punctuation between word i-1 and word i that ends a clause (a comma does not). */
export function breakBefore(c: Clause, i: number): boolean {
  const prev = c.words[i - 1]
  if (!prev) return true
  return /[.;:!?()"“”«»—]/.test(c.text.slice(prev.end, c.words[i]!.start))
}

const commaBefore = (c: Clause, i: number) => i > 0 && c.text.slice(c.words[i - 1]!.end, c.words[i]!.start).includes(',')

/** The first word of the clause word `i` stands in: after a clause opener or a clause-ending mark. */
export function clauseStart(c: Clause, i: number): number {
  for (let k = i; k > 0; k--) {
    if (breakBefore(c, k) || c.lang.clauseOpeners.has(c.words[k - 1]!.lower)) return k
  }
  return 0
}

/** The actor named by a mention that covers word k, if any. */
function actorAt(c: Clause, k: number): Actor | undefined {
  const w = c.words[k]
  return w ? c.actorAt(w.start, w.end) : undefined
}

/**
 * An agent or patient written at word k: an actor's mention ("the Peruvian government"), a country or its
 * people ("Peru", "Peruvian forces"), the speaker's own forces ("its troops"), or a pronoun for the speaker.
 */
export function partyAt(c: Clause, k: number): Found | null {
  const own = ownForcesAt(c, k)
  if (own) return own
  const actor = actorAt(c, k)
  // group-forces-are-country: "Chadian troops" listed as a group act for their country, as the words do unlisted.
  if (actor?.type === 'group' && actor.country && c.lang.forces.longestAt(c.words, k)) return { arg: { kind: 'country', id: actor.country }, rule: 'group-forces-are-country' }
  if (actor) return { arg: { kind: 'actor', id: actor.id }, rule: 'actor-mention' }
  const w = c.words[k]!
  if (c.lang.speakerPronouns.has(w.lower) && c.speaker) return { arg: { kind: 'actor', id: c.speaker }, rule: 'pronoun-is-speaker' }
  const country = c.lang.presence.countryAt(c.text, c.words, k)
  return country ? { arg: { kind: 'country', id: country.code }, rule: `country-${country.kind}` } : null
}

/**
 * own-forces: word k inside "our air force", "its warplanes", "sus tropas" names the speaker's country, even
 * where the actors layer read the force as another country's ("our air force did not bomb any depot in X").
 */
function ownForcesAt(c: Clause, k: number): Found | null {
  if (!c.ownCountry) return null
  for (let j = k; j >= Math.max(0, k - 3); j--) {
    if (!c.lang.own.has(c.words[j]!.lower)) continue
    const n = c.lang.forces.longestAt(c.words, j + 1)
    return n && j + n >= k ? { arg: { kind: 'country', id: c.ownCountry }, rule: 'own-forces' } : null
  }
  return null
}

/** How far before its predicate a subject may stand ("the Nicaraguan army has never used"). */
const SUBJECT_REACH = 5

/**
 * The subject of an active predicate at word i: the nearest party before it in its clause, a few words
 * away at most (farther back, a party is more often another clause's subject than this one's).
 */
export function subjectBefore(c: Clause, i: number): Found | null {
  for (let k = i - 1; k >= Math.max(clauseStart(c, i), i - SUBJECT_REACH); k--) {
    const found = partyAt(c, k)
    if (found) return { ...found, rule: `subject-${found.rule}` }
  }
  return null
}

/** "shot down by Peruvian forces", "derribado por un misil peruano": a party inside the agent phrase. */
export function agentAfter(c: Clause, from: number): Found | null {
  if (!c.lang.agentMarkers.has(c.words[from]?.lower ?? '')) return null
  for (let k = from + 1; k < Math.min(c.words.length, from + 7) && !breakBefore(c, k); k++) {
    const found = partyAt(c, k)
    if (found) return { ...found, rule: `by-${found.rule}` }
  }
  return null
}

export interface Phrase {
  /** The thing the phrase names ("aircraft"), a party in it, a weapon, and the country of a demonym before the head. */
  readonly thing?: string
  readonly party?: Found
  readonly weapon?: string
  readonly owner?: string
  readonly force?: boolean
  /** The word after the phrase. */
  readonly end: number
}

const OPENS_QUOTE = /["“«‘]/
const CLOSES_QUOTE = /["”»’]/
const gapBefore = (c: Clause, k: number) => c.text.slice(c.words[k - 1]!.end, c.words[k]!.start)

/**
 * Where an object starts: past a manner phrase ("by mistake", "por error"), and past the rest of it when it
 * is quoted (derribaron "por error humano" el avión).
 */
function pastManner(c: Clause, start: number): number {
  const n = c.lang.manner.longestAt(c.words, start)
  if (!n || start === 0 || !OPENS_QUOTE.test(gapBefore(c, start))) return start + n
  for (let k = start + n; k < Math.min(c.words.length, start + n + 4); k++) if (CLOSES_QUOTE.test(gapBefore(c, k))) return k
  return start + n
}

/** A noun phrase from word `from`: determiners and adjectives, a demonym, then its head, until a phrase end. */
export function phraseAt(c: Clause, start: number): Phrase {
  let owner: string | undefined
  const from = pastManner(c, start)
  let k = from
  const limit = Math.min(c.words.length, from + 7)
  const out: { thing?: string; party?: Found; weapon?: string; force?: boolean } = {}
  for (; k < limit; k++) {
    if (k > from && (breakBefore(c, k) || c.lang.phraseEnds.has(c.words[k]!.lower))) break
    const weapon = c.lang.weapons.longestAt(c.words, k)
    if (weapon) return { ...out, weapon: c.lang.weaponOf.get(lower(c, k, weapon)), ...(owner ? { owner } : {}), end: k + weapon }
    const theme = c.lang.themes.longestAt(c.words, k)
    // "the journalist Ana Ruiz": a name after the noun is who the phrase is about.
    const named = theme && actorAt(c, k + theme) ? partyAt(c, k + theme) : null
    if (theme) {
      const after = owner ?? demonymAfter(c, k + theme)
      return { ...out, thing: c.lang.themeOf.get(lower(c, k, theme)), ...(named ? { party: named } : {}), ...(after ? { owner: after } : {}), end: k + theme }
    }
    if (c.lang.forces.longestAt(c.words, k)) out.force = true
    const country = c.lang.presence.countryAt(c.text, c.words, k)
    if (country?.kind === 'demonym') { owner = country.code; continue }
    const party = actorAt(c, k) ? partyAt(c, k) : null
    if (party && !out.party) out.party = party
    // A capitalized word inside the phrase is a name or a modifier the lexicons lack ("an Andean helicopter").
    const modifier = c.lang.determiners.has(c.words[k]!.lower) || (k > from && /^\p{Lu}/u.test(c.words[k]!.raw))
    if (!modifier && !party && !out.force) break
  }
  return { ...out, ...(owner ? { owner } : {}), end: k }
}

/** The phrase that ends right before word `end` (a passive's subject): the nearest start that reads a thing, weapon or party. */
export function phraseBefore(c: Clause, end: number): Phrase | null {
  for (let k = end - 1; k >= Math.max(clauseStart(c, end - 1), end - 6); k--) {
    const p = phraseAt(c, k)
    if (p.end === end && (p.thing || p.weapon || p.party)) return p
  }
  return null
}

/** "el helicóptero (militar) paraguayo": a demonym right after the head, past one modifier. */
function demonymAfter(c: Clause, k: number): string | undefined {
  for (let j = k; j < Math.min(c.words.length, k + 2) && !breakBefore(c, j); j++) {
    const country = c.lang.presence.countryAt(c.text, c.words, j)
    if (country) return country.kind === 'demonym' ? country.code : undefined
    if (!c.lang.determiners.has(c.words[j]!.lower)) return undefined
  }
  return undefined
}

const lower = (c: Clause, k: number, n: number) => c.words.slice(k, k + n).map((w) => w.lower).join(' ')

/** "over Ecuador", "near Tumbes", "en territorio peruano": a country, else a capitalized place name. */
export function placeAfter(c: Clause, from: number): Found | null {
  // A comma ends the act's own words: "…, según un comunicado difundido en La Paz" places the communiqué.
  for (let k = from; k < c.words.length && !breakBefore(c, k) && !commaBefore(c, k) && k < from + 12; k++) {
    const n = c.lang.places.longestAt(c.words, k)
    if (!n) continue
    let at = k + n
    if (c.lang.presence.articles.has(c.words[at]?.lower ?? '')) at++
    const w = c.words[at]
    if (!w || breakBefore(c, at)) continue
    const country = c.lang.presence.countryAt(c.text, c.words, at)
    if (country && country.kind !== 'demonym') return { arg: { kind: 'country', id: country.code }, rule: 'place-country' }
    if (!country && /^\p{Lu}/u.test(w.raw) && !actorAt(c, at)) return { arg: { kind: 'place', id: w.lower }, rule: 'place-name' }
  }
  return null
}
