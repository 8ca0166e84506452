import { createHash } from 'node:crypto'
import type { Place } from '../../model/annotations.js'
import { spanAt } from '../../model/span.js'
import { lookupCountry, REGION_WORDS } from '../../lexicon/countries.js'
import { DEMONYM_SUFFIXES, PERSON_TITLES, STATE_FORMS, STATE_OWNED, USER_ASSIGNED_CODES, WEAK_STATE_OWNED } from '../../lexicon/place-patterns.js'
import { MONTH_AND_DAY_NAMES } from '../../lexicon/calendar-names.js'

// A name is one or two capitalized words; a sentence-initial determiner is not part of it.
const NAME = String.raw`((?!(?:The|This|That|These|Those|Its|Their|His|Her|Our)\b)\p{Lu}[\p{Ll}\p{M}]{2,}(?:[- ]\p{Lu}[\p{Ll}\p{M}]{2,})?)`
const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+').replace(/'/g, "['’]")).sort((a, b) => b.length - a.length).join('|')

// Each rule: a pattern whose group 1 is the country name, and whether one hit is enough evidence.
const STATE_FORM = new RegExp(String.raw`\b(?:${alternatives(STATE_FORMS)})\s+of\s+(?:the\s+)?${NAME}`, 'gu')
// Patterns that would start with a name are searched from their fixed words and read the name
// backwards (nameBefore): a regex that tries a name at every position is several times slower.
const OWNED_BY = new RegExp(String.raw`['’]s\s+(${alternatives(STATE_OWNED)})\b`, 'gu')
const OF_STATE = new RegExp(String.raw`\bthe\s+(${alternatives(STATE_OWNED)})\s+of\s+${NAME}`, 'gu')
const LOCATIVE = new RegExp(String.raw`\b(?:in|into|from|across|inside|to|against|invaded|with)\s+${NAME}\b`, 'gu')
const CAPITAL_AFTER = new RegExp(String.raw`\s+capital,?\s+${NAME}`, 'gu')
const CAPITAL_OF = new RegExp(String.raw`,\s+(?:the\s+)?capital\s+of\s+${NAME}`, 'gu')
const NAME_AT_END = new RegExp(String.raw`${NAME}$`, 'u')

/** The name that ends exactly at `end` (as in "Valdoria’s …"), with where it starts. */
function nameBefore(text: string, end: number): { name: string; start: number } | undefined {
  const m = NAME_AT_END.exec(text.slice(Math.max(0, end - 40), end))
  return m ? { name: m[1]!, start: end - m[1]!.length } : undefined
}

interface Candidate { name: string; form: boolean; strong: number; weakKinds: Set<string>; start: number; end: number }

/** A stable user-assigned code for a learned name, so documents agree without sharing state. */
export function codeForName(name: string): string {
  const n = createHash('sha1').update(name.toLowerCase()).digest().readUInt32BE(0)
  return USER_ASSIGNED_CODES[n % USER_ASSIGNED_CODES.length]!
}

const isKnownWord = (name: string) =>
  lookupCountry(name).length > 0 || MONTH_AND_DAY_NAMES.has(name.toLowerCase()) || REGION_WORDS.has(name.toLowerCase())

const TITLE = new RegExp(String.raw`\b(?:${PERSON_TITLES.join('|')})\.?\s+$`)

/** A name the text also writes as a person's ("President Brandt", "Ilse Brandt") is not a country. */
function writtenAsPerson(text: string, name: string): boolean {
  for (const m of text.matchAll(new RegExp(String.raw`(\p{Lu}[\p{Ll}\p{M}]+[ -]|al-|bin |de |van )?\b${name}\b`, 'gu'))) {
    if (TITLE.test(text.slice(Math.max(0, m.index! - 16), m.index!))) return true
    const before = m[1]
    if (before && !/^(?:The|A|An|In|On|At|By|For|From|Of|To|And|But|As)[ -]$/.test(before) && !isKnownWord(before.trim())) return true
  }
  return false
}

function demonymOf(text: string, name: string): string | undefined {
  const stem = name.replace(/[aeiouy]$/, '')
  const forms = DEMONYM_SUFFIXES.flatMap((s) => [`${name}${s}`, `${stem}${s}`]).filter((f) => f !== name)
  return forms.find((f) => new RegExp(String.raw`\b${f}s?\b`, 'u').test(text))
}

/** How much evidence makes a state: its form of government named, or state nouns confirmed by a demonym. */
function accepted(c: Candidate, hasDemonym: boolean): boolean {
  return c.form || c.strong >= 2 || (hasDemonym && (c.strong >= 1 || c.weakKinds.size >= 2))
}

/**
 * Learns the countries an article names that the country package does not know, from how news text
 * speaks of states: "the Republic of X", "X's foreign ministry", "the army of X", "the X-ian capital, Y".
 * Subnational places and people with possessives look alike, hence the demonym requirement in accepted().
 */
export function learnPlaces(text: string): Place[] {
  const candidates = new Map<string, Candidate>()
  const note = (name: string, at: number, strong: boolean, kind: string) => {
    if (isKnownWord(name)) return
    const c = candidates.get(name) ?? { name, form: false, strong: 0, weakKinds: new Set<string>(), start: at, end: at + name.length }
    if (kind === 'form') c.form = true
    if (strong) c.strong++
    else c.weakKinds.add(kind)
    candidates.set(name, c)
  }
  const nameAt = (m: RegExpMatchArray, group: number) => m.index! + m[0].lastIndexOf(m[group]!)
  for (const m of text.matchAll(STATE_FORM)) note(m[1]!, nameAt(m, 1), true, 'form')
  for (const m of text.matchAll(OWNED_BY)) {
    const owner = nameBefore(text, m.index!)
    if (owner) note(owner.name, owner.start, !WEAK_STATE_OWNED.has(m[1]!.toLowerCase()), 'owned')
  }
  for (const m of text.matchAll(OF_STATE)) note(m[2]!, nameAt(m, 2), !WEAK_STATE_OWNED.has(m[1]!.toLowerCase()), 'owned')
  if (candidates.size > 0) for (const m of text.matchAll(LOCATIVE)) if (candidates.has(m[1]!)) note(m[1]!, nameAt(m, 1), false, 'locative')

  const places: Place[] = []
  for (const c of candidates.values()) {
    const demonym = demonymOf(text, c.name)
    if (!accepted(c, demonym !== undefined) || writtenAsPerson(text, c.name)) continue
    const people = demonym && new RegExp(String.raw`\b${demonym}s\b`, 'u').test(text) ? `${demonym}s` : undefined
    places.push({
      code: codeForName(c.name), name: c.name, evidence: spanAt(text, c.start, c.end),
      ...(demonym ? { demonym } : {}), ...(people ? { people } : {}), capitals: [],
    })
  }
  return places.length ? withCapitals(text, places) : places
}

/** "the Valdorian capital, Ostrel" and "Ostrel, the capital of Valdoria" name a learned country's capital. */
function withCapitals(text: string, places: Place[]): Place[] {
  const owner = (word: string) => places.find((p) => p.name === word || p.demonym === word)
  const found = new Map<string, Set<string>>()
  const add = (country: string, capital: string) => {
    const p = owner(country)
    if (p && !isKnownWord(capital) && !owner(capital)) found.set(p.code, (found.get(p.code) ?? new Set()).add(capital))
  }
  for (const m of text.matchAll(CAPITAL_AFTER)) { const country = nameBefore(text, m.index!); if (country) add(country.name, m[1]!) }
  for (const m of text.matchAll(CAPITAL_OF)) { const capital = nameBefore(text, m.index!); if (capital) add(m[1]!, capital.name) }
  return places.map((p) => ({ ...p, capitals: [...(found.get(p.code) ?? [])] }))
}
