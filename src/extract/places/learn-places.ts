import type { Place } from '../../model/annotations.js'
import { spanAt } from '../../model/span.js'
import { lookupCountry, REGION_WORDS } from '../../lexicon/en/countries.js'
import { DEMONYM_SUFFIXES, PERSON_TITLES, STATE_FORMS, STATE_OWNED, STATE_PEOPLE, WEAK_STATE_OWNED } from '../../lexicon/en/place-patterns.js'
import { MONTH_AND_DAY_NAMES } from '../../lexicon/en/calendar-names.js'
import { learnedCountryCode } from '../../model/country-code.js'

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
// "Valdorian troops", "the Sarvenian President": a demonym-shaped word before a state noun
// (searched from the noun, the demonym read backwards as with nameBefore).
const caseless = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`
const STATE_NOUN = new RegExp(String.raw`\s(?:${alternatives([...STATE_OWNED, ...STATE_PEOPLE]).split('|').map(caseless).join('|')})\b`, 'gu')
const DEMONYM_AT_END = new RegExp(String.raw`\b(\p{Lu}[\p{Ll}\p{M}]{2,}(?:${DEMONYM_SUFFIXES.join('|')}))$`, 'u')
const CAPITAL_APPOSED = new RegExp(String.raw`,\s+the\s+${NAME}\s+capital\b`, 'gu')
const NAME_AT_END = new RegExp(String.raw`${NAME}$`, 'u')

/** The name that ends exactly at `end` (as in "Valdoria’s …"), with where it starts. */
function nameBefore(text: string, end: number): { name: string; start: number } | undefined {
  const m = NAME_AT_END.exec(text.slice(Math.max(0, end - 40), end))
  return m ? { name: m[1]!, start: end - m[1]!.length } : undefined
}

interface Candidate { name: string; form: boolean; official?: string; strong: number; weakKinds: Set<string>; start: number; end: number }


const isKnownWord = (name: string) =>
  lookupCountry(name).length > 0 || MONTH_AND_DAY_NAMES.has(name.toLowerCase()) || REGION_WORDS.has(name.toLowerCase())

const TITLE = new RegExp(String.raw`\b(?:${PERSON_TITLES.join('|')})\.?\s+$`)

// Capitalized function words that open a sentence before a name without being a first name ("Neither Tiel nor …").
const SENTENCE_OPENER = /^(?:The|A|An|In|On|At|By|For|From|Of|To|And|But|As|Neither|Either|Both|Nor|Or|Only|Even|When|While|If|After|Before|Since|Unlike|Like|Yet|So|Then|Now)[ -]$/

/** A name the text also writes as a person's ("President Brandt", "Ilse Brandt") is not a country. */
export function writtenAsPerson(text: string, name: string): boolean {
  for (const m of text.matchAll(new RegExp(String.raw`(\p{Lu}[\p{Ll}\p{M}]+[ -]|al-|bin |de |van )?\b${name}\b`, 'gu'))) {
    if (TITLE.test(text.slice(Math.max(0, m.index! - 16), m.index!))) return true
    const before = m[1]
    if (before && !SENTENCE_OPENER.test(before) && !isKnownWord(before.trim())) return true
  }
  return false
}

/** The capitalized words of a text, computed once per document and only when a cue needs them. */
type Words = () => ReadonlySet<string>
const CAP_WORD = /\p{Lu}[\p{L}\p{M}]*/gu
const wordsOf = (text: string): Words => {
  let words: Set<string> | undefined
  return () => (words ??= new Set(text.match(CAP_WORD)))
}

/** The country name a demonym-shaped word comes from, when the text also names it ("Valdorian" ← "Valdoria"). */
function nameForDemonym(words: Words, demonym: string): string | undefined {
  for (const suffix of DEMONYM_SUFFIXES) {
    if (!demonym.endsWith(suffix)) continue
    const stem = demonym.slice(0, -suffix.length)
    for (const name of [stem, `${stem}a`, `${stem}ia`, `${stem}e`, `${stem}y`]) {
      if (name.length > 2 && words().has(name) && demonymOf(words, name) === demonym) return name
    }
  }
  return undefined
}

function demonymOf(words: Words, name: string): string | undefined {
  const stem = name.replace(/[aeiouy]$/, '')
  const forms = DEMONYM_SUFFIXES.flatMap((s) => [`${name}${s}`, `${stem}${s}`]).filter((f) => f !== name)
  return forms.find((f) => words().has(f) || words().has(`${f}s`))
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
  const words = wordsOf(text)
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
  for (const m of text.matchAll(STATE_FORM)) {
    note(m[1]!, nameAt(m, 1), true, 'form')
    const c = candidates.get(m[1]!)
    if (c) c.official ??= m[0].replace(/\s+/g, ' ')
  }
  for (const m of text.matchAll(OWNED_BY)) {
    const owner = nameBefore(text, m.index!)
    if (owner) note(owner.name, owner.start, !WEAK_STATE_OWNED.has(m[1]!.toLowerCase()), 'owned')
  }
  for (const m of text.matchAll(OF_STATE)) note(m[2]!, nameAt(m, 2), !WEAK_STATE_OWNED.has(m[1]!.toLowerCase()), 'owned')
  const seen = new Map<string, number>()
  for (const m of text.matchAll(STATE_NOUN)) {
    const demonym = DEMONYM_AT_END.exec(text.slice(Math.max(0, m.index! - 30), m.index!))?.[1]
    if (!demonym || isKnownWord(demonym)) continue
    const hits = (seen.get(demonym) ?? 0) + 1
    seen.set(demonym, hits)
    const named = nameForDemonym(words, demonym)
    if (named && hits === 1) note(named, text.indexOf(named), true, 'demonym')
    // The country itself may go unnamed ("Valdorian troops" only): guess its name from a clear
    // -ian/-an demonym seen twice; the code depends on the initial only, so documents still agree.
    const guessed = !named && hits === 2 ? /^(.{3,}?)(ian|an)$/.exec(demonym) : null
    if (guessed) note(`${guessed[1]}${guessed[2] === 'ian' ? 'ia' : 'a'}`, m.index! - demonym.length, true, 'demonym')
  }
  if (candidates.size > 0) for (const m of text.matchAll(LOCATIVE)) if (candidates.has(m[1]!)) note(m[1]!, nameAt(m, 1), false, 'locative')

  const places: Place[] = []
  // Names in a fixed order, so the same names get the same codes whatever order the text uses.
  for (const c of [...candidates.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const demonym = demonymOf(words, c.name)
    if (!accepted(c, demonym !== undefined) || writtenAsPerson(text, c.name)) continue
    const people = demonym && words().has(`${demonym}s`) ? `${demonym}s` : undefined
    // The code is the name's own (model/country-code.ts): two learned countries never share one.
    const code = learnedCountryCode(c.name)
    places.push({
      code, name: c.name, evidence: spanAt(text, c.start, c.end),
      ...(c.official ? { official: c.official } : {}), ...(demonym ? { demonym } : {}), ...(people ? { people } : {}), capitals: [],
    })
  }
  return places.length ? withCapitals(text, places) : places
}

/** "the Valdorian capital, Ostrel", "Ostrel, the capital of Valdoria" and "Ostrel, the Valdorian capital" name a capital. */
function withCapitals(text: string, places: Place[]): Place[] {
  const owner = (word: string) => places.find((p) => p.name === word || p.demonym === word)
  const found = new Map<string, Set<string>>()
  const add = (country: string, capital: string) => {
    const p = owner(country)
    if (p && !isKnownWord(capital) && !owner(capital)) found.set(p.code, (found.get(p.code) ?? new Set()).add(capital))
  }
  for (const m of text.matchAll(CAPITAL_AFTER)) { const country = nameBefore(text, m.index!); if (country) add(country.name, m[1]!) }
  for (const m of text.matchAll(CAPITAL_OF)) { const capital = nameBefore(text, m.index!); if (capital) add(m[1]!, capital.name) }
  for (const m of text.matchAll(CAPITAL_APPOSED)) { const capital = nameBefore(text, m.index!); if (capital) add(m[1]!, capital.name) }
  return places.map((p) => ({ ...p, capitals: [...(found.get(p.code) ?? [])] }))
}
