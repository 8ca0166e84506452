/**
 * Countries, demonyms and capitals, all taken from the maintained `world-countries` package
 * (mledoze/countries, ODbL). Nothing here is listed by hand: forms are derived from its fields.
 */
import { createRequire } from 'node:module'
import type { Country } from 'world-countries'
import type { Place, Token } from '../../model/annotations.js'
import { FORMER_STATES } from './former-states.js'
import { GOVERNMENT_SEATS } from './governments.js'
import { STATE_FORMS } from './place-patterns.js'

export type CountryFormKind = 'name' | 'demonym' | 'people' | 'capital' | 'code'

export interface CountryForm {
  /** ISO 3166-1 alpha-2. */
  readonly code: string
  readonly kind: CountryFormKind
}

export interface CountryInfo {
  readonly code: string
  readonly name: string
  /** Official name as the package writes it ("Kingdom of the Netherlands"). */
  readonly official: string
  readonly demonym: string
  readonly capitals: readonly string[]
}

// The package ships CommonJS with a default-export typing; require() gives the array as published.
const countries = createRequire(import.meta.url)('world-countries') as readonly Country[]

const STATE_FORM_OF = new RegExp(`^(?:${STATE_FORMS.join('|')}) of (?:the )?(\\p{Lu}[\\p{L}\\s]+)$`, 'u')

const byCode = new Map<string, CountryInfo>()
/** Lower-cased surface form → the countries it can stand for (a few forms are shared). */
const forms = new Map<string, CountryForm[]>()
/** Upper-case codes ("US", "UK") must match case-sensitively so the pronoun "us" is never a country. */
const codeForms = new Map<string, string>()
let longest = 1
/** Every word-prefix of every form ("united", "united arab"), so matching stops as soon as no form can follow. */
const prefixes = new Set<string>()

function add(surface: string, form: CountryForm): void {
  const key = surface.toLowerCase()
  const list = forms.get(key) ?? []
  if (!list.some((f) => f.code === form.code && f.kind === form.kind)) list.push(form)
  forms.set(key, list)
  longest = Math.max(longest, surface.split(/\s+/).length)
  const words = key.split(/\s+/)
  for (let k = 1; k <= words.length; k++) {
    const prefix = words.slice(0, k).join(' ')
    prefixes.add(prefix)
    prefixes.add(prefix.replace(/\.$/, ''))
  }
}

/** "Cuban" → "Cubans", "Israeli" → "Israelis"; demonyms ending otherwise ("British", "Swiss") have no plural. */
function pluralOf(demonym: string): string | undefined {
  return /(?:an|i|ese)$/.test(demonym) ? (demonym.endsWith('ese') ? undefined : `${demonym}s`) : undefined
}

// Sovereign states first, so a shared form ("French") reads as the state before its territories.
const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember))
for (const c of ordered) {
  const demonym = c.demonyms?.eng?.m ?? ''
  byCode.set(c.cca2, { code: c.cca2, name: c.name.common, official: c.name.official, demonym, capitals: c.capital })
  add(c.name.common, { code: c.cca2, kind: 'name' })
  add(c.name.official, { code: c.cca2, kind: 'name' })
  for (const alt of c.altSpellings) {
    if (/^[A-Z]{2,3}$/.test(alt)) {
      codeForms.set(alt, c.cca2)
      if (alt !== c.cca2 || alt.length === 2) codeForms.set(alt.split('').join('.') + '.', c.cca2)
    } else if (!alt.includes(',')) {
      add(alt, { code: c.cca2, kind: 'name' })
      // "Republic of Turkey" also gives "Turkey": the short name news uses.
      const short = STATE_FORM_OF.exec(alt)?.[1]
      if (short && !forms.has(short.toLowerCase())) add(short, { code: c.cca2, kind: 'name' })
    }
  }
  if (demonym) {
    add(demonym, { code: c.cca2, kind: 'demonym' })
    const plural = pluralOf(demonym)
    if (plural) add(plural, { code: c.cca2, kind: 'people' })
  }
  for (const capital of c.capital) {
    add(capital, { code: c.cca2, kind: 'capital' })
    // "Washington, D.C." is written "Washington" in running text.
    const bare = /^(.+?),?\s+(?:\p{Lu}\.)+$/u.exec(capital)?.[1]
    if (bare) add(bare, { code: c.cca2, kind: 'capital' })
  }
}
for (const [seat, code] of Object.entries(GOVERNMENT_SEATS)) add(seat, { code, kind: 'capital' })
// Former states after the current ones: a form a current state uses keeps reading as that state.
for (const f of FORMER_STATES) {
  if (!byCode.has(f.code)) byCode.set(f.code, { code: f.code, name: f.name, official: f.official, demonym: f.demonym, capitals: [] })
  for (const name of [f.name, f.official, ...f.other]) if (!forms.has(name.toLowerCase())) add(name, { code: f.code, kind: 'name' })
  if (!forms.has(f.demonym.toLowerCase())) add(f.demonym, { code: f.code, kind: 'demonym' })
  if (f.people && !forms.has(f.people.toLowerCase())) add(f.people, { code: f.code, kind: 'people' })
}
// Two-letter ISO codes are ambiguous with ordinary words ("IN", "IT", "NO"); only codes a country
// itself lists as an everyday spelling (altSpellings such as "US", "UK", "USA") stay.
for (const [code, cca2] of [...codeForms]) {
  if (code.length === 2 && !countries.some((c) => c.cca2 === cca2 && c.altSpellings.includes(code) && c.altSpellings.some((a) => /^[A-Z]{3}$/.test(a) || a === 'UK'))) {
    codeForms.delete(code)
    codeForms.delete(code.split('').join('.') + '.')
  }
}

/**
 * Countries the package does not know, learned from the document being extracted (see
 * extract/places). Extraction of one document is synchronous, so `withLearnedPlaces` scopes them to
 * it: every lookup below consults them while it runs, and nothing leaks to the next document.
 */
interface LearnedIndex {
  readonly forms: Map<string, CountryForm[]>
  readonly info: Map<string, CountryInfo>
  readonly prefixes: Set<string>
}
let learned: LearnedIndex | null = null

/** A learned country as the lookups need it: the Place layer's item without its evidence. */
export type LearnedCountry = Omit<Place, 'evidence'>

export function withLearnedPlaces<T>(places: readonly LearnedCountry[], run: () => T): T {
  const outer = learned
  learned = places.length ? indexLearned(places) : null
  try {
    return run()
  } finally {
    learned = outer
  }
}

function indexLearned(places: readonly LearnedCountry[]): LearnedIndex {
  const index: LearnedIndex = { forms: new Map(), info: new Map(), prefixes: new Set() }
  for (const p of places) {
    index.info.set(p.code, { code: p.code, name: p.name, official: p.official ?? p.name, demonym: p.demonym ?? '', capitals: p.capitals })
    const entries: [string | undefined, CountryFormKind][] = [[p.name, 'name'], [p.official, 'name'], [p.demonym, 'demonym'], [p.people, 'people'], ...p.capitals.map((c): [string, CountryFormKind] => [c, 'capital'])]
    for (const [surface, kind] of entries) {
      if (!surface) continue
      const key = surface.toLowerCase()
      index.forms.set(key, [...(index.forms.get(key) ?? []), { code: p.code, kind }])
      const words = key.split(/\s+/)
      for (let k = 1; k <= words.length; k++) index.prefixes.add(words.slice(0, k).join(' '))
    }
  }
  return index
}

const hasPrefix = (key: string) => prefixes.has(key) || (learned?.prefixes.has(key) ?? false)

/** Cheap pre-check on a lower-case word (possessive ending removed): can a country form start with it? */
export function mayStartCountry(word: string, surface: string): boolean {
  return hasPrefix(word) || codeForms.has(surface) || codeForms.has(`${surface}.`)
}

export function countryInfo(code: string): CountryInfo | undefined {
  return byCode.get(code) ?? learned?.info.get(code)
}

/** Region and subregion names of the package ("Europe", "South America"): places, but not countries. */
export const REGION_WORDS: ReadonlySet<string> = new Set(
  countries.flatMap((c) => [c.region, c.subregion]).filter(Boolean).flatMap((r) => [r.toLowerCase(), ...r.toLowerCase().split(/[\s-]+/)]),
)

/** Looks a surface form up: names and demonyms need a capital letter; codes must match exactly. */
export function lookupCountry(surface: string): readonly CountryForm[] {
  const code = codeForms.get(surface)
  if (code) return [{ code, kind: 'code' }]
  if (!/^\p{Lu}/u.test(surface)) return []
  const key = surface.replace(/[’']s$/, '').toLowerCase()
  return forms.get(key) ?? learned?.forms.get(key) ?? []
}

export interface CountryMatch {
  readonly startToken: number
  readonly endToken: number
  readonly start: number
  readonly end: number
  readonly forms: readonly CountryForm[]
}

/**
 * The longest country form starting at token `i` ("United States" before "United"), or null.
 * Tokens must be adjacent with single spaces, as a name is written.
 */
export function matchCountryAt(text: string, tokens: readonly Token[], i: number): CountryMatch | null {
  const first = tokens[i]
  if (!first || first.kind === 'punct') return null
  const head = text.slice(first.start, first.end)
  const isCode = codeForms.has(head) || codeForms.has(`${head}.`)
  let best: CountryMatch | null = null
  for (let n = 1, end = i; n <= longest && end < tokens.length; n++, end++) {
    if (n > 1 && tokens[end]!.start - tokens[end - 1]!.end > 1) break
    const surface = text.slice(first.start, tokens[end]!.end)
    const key = surface.replace(/[’']s$/, '').toLowerCase()
    if (!hasPrefix(key) && !(n === 1 && isCode)) break
    const found = lookupCountry(surface)
    if (found.length > 0) best = { startToken: i, endToken: end + 1, start: first.start, end: tokens[end]!.end, forms: found }
  }
  // A trailing dot of "U.S." is its own token: take it when the form needs it.
  if (!best && text.startsWith('.', first.end)) {
    const found = lookupCountry(text.slice(first.start, first.end + 1))
    if (found.length > 0) best = { startToken: i, endToken: i + 2, start: first.start, end: first.end + 1, forms: found }
  }
  return best
}
