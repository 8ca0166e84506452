/**
 * Country words of Spanish text, all derived from installed data packages, none listed by hand:
 * names from `world-countries` (translations.spa, mledoze/countries, ODbL), nationality adjectives from
 * `i18n-nationality` (langs/es.json, masculine singular, MIT) inflected here by regular Spanish morphology,
 * and capitals as `world-countries` writes them. Lookups ignore accents ("Bogota", "irani").
 */
import { createRequire } from 'node:module'
import type { Country } from 'world-countries'
import type { Token } from '../../model/annotations.js'
import type { CountryForm, CountryMatch } from '../en/countries.js'
import { GOVERNMENT_SEATS_ES } from './governments.js'

const require = createRequire(import.meta.url)
const countries = require('world-countries') as readonly Country[]
const nationalities = (require('i18n-nationality/langs/es.json') as { nationalities: Record<string, string> }).nationalities

const NON_ASCII = /[^\x00-\x7f]/
const folded = new Map<string, string>()

/** Lower case without accents: the key every Spanish country lookup uses (non-ASCII words are folded once and kept). */
export function fold(s: string): string {
  const lower = s.toLowerCase()
  if (!NON_ASCII.test(lower)) return lower
  let f = folded.get(lower)
  if (f === undefined) {
    f = lower.normalize('NFD').replace(/\p{M}/gu, '')
    // Words of a text repeat; the cache is bounded so a long run over many texts stays small.
    if (folded.size > 50_000) folded.clear()
    folded.set(lower, f)
  }
  return f
}

/**
 * The four forms of a Spanish nationality adjective from its masculine singular: cubano → cubana, cubanos,
 * cubanas; francés → francesa, franceses, francesas; alemán → alemana, alemanes; israelí → israelíes;
 * estadounidense → estadounidenses; belga → belgas; español → española, españoles, españolas.
 */
export function inflectDemonym(m: string): { singular: string[]; plural: string[] } {
  const w = m.toLowerCase()
  const stressed = /([áéíóú])n$|([éá])s$/.exec(w)
  if (stressed) {
    // The written accent falls away once a syllable is added: francés → francesa, alemán → alemanes.
    const base = w.slice(0, -2) + fold(w.slice(-2, -1)) + w.slice(-1)
    return { singular: [w, `${base}a`], plural: [`${base}es`, `${base}as`] }
  }
  if (w.endsWith('o')) return { singular: [w, `${w.slice(0, -1)}a`], plural: [`${w}s`, `${w.slice(0, -1)}as`] }
  if (/[eaéá]$/.test(w)) return { singular: [w], plural: [`${w}s`] }
  if (/[íúiu]$/.test(w)) return { singular: [w], plural: [`${w}es`, `${w}s`] }
  if (w.endsWith('z')) return { singular: [w], plural: [`${w.slice(0, -1)}ces`] }
  return { singular: [w, `${w}a`], plural: [`${w}es`, `${w}as`] }
}

/** Spanish writes the abbreviation of a plural name by doubling each initial: "Estados Unidos" → "EE.UU.", "EEUU". */
function doubledInitials(name: string): string[] {
  const words = name.split(/\s+/)
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}+s$/u.test(w))) return []
  const pairs = words.map((w) => fold(w[0]!).toUpperCase().repeat(2))
  return [pairs.join('.') + '.', pairs.join(''), pairs.join('. ') + '.']
}

interface SpanishForm extends CountryForm {
  /** A plural adjective ("cubanos"): read as the people when a determiner stands before it. */
  readonly plural?: boolean
  /** A nationality adjective matched in lower case (Spanish writes them so). */
  readonly lowerCase?: boolean
}

const forms = new Map<string, SpanishForm[]>()
const codes = new Map<string, string>()
const prefixes = new Set<string>()
let longest = 1

function add(surface: string, form: SpanishForm): void {
  const key = fold(surface)
  const list = forms.get(key) ?? []
  if (list.some((f) => f.code === form.code && f.kind === form.kind)) return
  list.push(form)
  forms.set(key, list)
  const words = key.split(/\s+/)
  longest = Math.max(longest, words.length)
  for (let k = 1; k <= words.length; k++) prefixes.add(words.slice(0, k).join(' '))
}

// Sovereign states first, so a form a territory shares ("francés", "turco") reads as the state.
const ordered = [...countries].sort((a, b) => Number(b.unMember || b.independent) - Number(a.unMember || a.independent))
for (const [seat, code] of Object.entries(GOVERNMENT_SEATS_ES)) add(seat, { code, kind: 'capital' })
for (const c of ordered) {
  for (const name of [c.translations.spa?.common, c.translations.spa?.official]) {
    if (!name || name.includes('(')) continue
    add(name, { code: c.cca2, kind: 'name' })
    for (const code of doubledInitials(name)) codes.set(code, c.cca2)
  }
  for (const capital of c.capital) {
    add(capital, { code: c.cca2, kind: 'capital' })
    const bare = /^(.+?),?\s+(?:\p{Lu}\.)+$/u.exec(capital)?.[1]
    if (bare) add(bare, { code: c.cca2, kind: 'capital' })
  }
}
for (const c of ordered) {
  // "Dominicano (República Dominicana)": the parenthesis tells countries apart, the word is the adjective.
  const adjective = nationalities[c.cca2]?.replace(/\(.*$/, '').trim()
  // Entries that are names ("Ghana", "Trinidad y Tobago") rather than adjectives are left to the names.
  if (!adjective || /\s/.test(adjective) || forms.get(fold(adjective))?.some((f) => f.kind === 'name')) continue
  // A territory's adjective may be an ordinary word in lower case ("navideño"): only a state's is read so.
  const lowerCase = c.unMember || c.independent
  const { singular, plural } = inflectDemonym(adjective)
  for (const s of singular) add(s, { code: c.cca2, kind: 'demonym', lowerCase })
  for (const p of plural) add(p, { code: c.cca2, kind: 'demonym', plural: true, lowerCase })
}

/** Determiners and quantifiers that make a plural adjective after them a people: "los cubanos", "muchos venezolanos". */
const PEOPLE_DETERMINERS = new Set(['los', 'las', 'unos', 'unas', 'muchos', 'muchas', 'algunos', 'algunas', 'varios', 'varias', 'otros', 'otras', 'miles', 'millones', 'cientos', 'decenas', 'centenares', 'parte', 'numerosos', 'numerosas', 'todos', 'todas', 'mayoría', 'pocos', 'pocas'])

/** Cheap pre-check on a lower-case token at [start, end) of `text`: can a Spanish country word start here? */
export function mayStartSpanishCountry(lower: string, text: string, start: number, end: number): boolean {
  if (prefixes.has(lower) || (NON_ASCII.test(lower) && prefixes.has(fold(lower)))) return true
  // Codes ("EEUU", "EE.UU.") are written in capitals; a token starting in lower case is never one.
  const first = text.charCodeAt(start)
  if (first < 65 || first > 90) return false
  const s = text.slice(start, end)
  return codes.has(s) || codes.has(`${s}.`)
}

/** The forms a surface stands for, with the case rules applied: names and capitals need a capital letter. */
export function lookupSpanishCountry(surface: string): readonly SpanishForm[] {
  const code = codes.get(surface)
  if (code) return [{ code, kind: 'code' }]
  const upper = /^\p{Lu}/u.test(surface)
  return (forms.get(fold(surface)) ?? []).filter((f) => upper || f.lowerCase)
}

/**
 * The longest Spanish country word starting at token `i`: "Estados Unidos" before "Estados", "EE.UU." with
 * its dot token. A plural adjective after a determiner is the people ("los venezolanos"), else a demonym.
 */
export function matchSpanishCountryAt(text: string, tokens: readonly Token[], i: number): CountryMatch | null {
  const first = tokens[i]
  if (!first || first.kind === 'punct') return null
  let best: { end: number; forms: readonly SpanishForm[] } | null = null
  for (let n = 1, end = i; n <= longest && end < tokens.length; n++, end++) {
    if (n > 1 && tokens[end]!.start - tokens[end - 1]!.end > 1) break
    const surface = text.slice(first.start, tokens[end]!.end)
    if (!prefixes.has(fold(surface)) && !(n === 1 && codes.has(surface))) break
    const found = lookupSpanishCountry(surface)
    if (found.length > 0) best = { end, forms: found }
  }
  if (!best && text.startsWith('.', first.end)) {
    const found = lookupSpanishCountry(text.slice(first.start, first.end + 1))
    if (found.length > 0) best = { end: i + 1, forms: found }
  }
  if (!best) return null
  const word = (k: number) => (tokens[k] ? text.slice(tokens[k]!.start, tokens[k]!.end).toLowerCase() : '')
  // "los cubanos", "miles de venezolanos": a plural adjective heading its own phrase.
  const people = best.forms[0]!.plural && (PEOPLE_DETERMINERS.has(word(i - 1)) || (word(i - 1) === 'de' && PEOPLE_DETERMINERS.has(word(i - 2))))
  return {
    startToken: i, endToken: best.end + 1, start: first.start, end: tokens[best.end]!.end,
    forms: people ? [{ code: best.forms[0]!.code, kind: 'people' }] : best.forms.map((f) => ({ code: f.code, kind: f.kind })),
  }
}
