import type { Actor, Locality } from '../../model/annotations.js'
import { spanAt } from '../../model/span.js'
import type { Stage } from '../pipeline.js'
import { placesNamed, type GazetteerPlace } from './gazetteer.js'
import type { LocalityLanguage } from './language.js'

type Kind = GazetteerPlace['kind']

/** What the words around a name say of the place: its kind ("the town of"), its country (", Kenya"). */
interface Hint { readonly kind?: Kind; readonly country?: string }

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`
const NAME = String.raw`(${WORD}(?:\s+${WORD}){0,2})`
const alternatives = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|')
const COMPASS = String.raw`(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?`
const COUNTRY_AFTER = new RegExp(String.raw`^,?\s+(?:in\s+|en\s+)?${COMPASS}(${WORD}(?:\s+${WORD})?)`, 'u')

const countriesOf = (places: readonly GazetteerPlace[]) => new Set(places.map((p) => p.country))

/** Of places in one country, the one the hint's kind or a single town names; else only the country is known. */
function choose(places: readonly GazetteerPlace[], hint: Hint, rule: string): Omit<Locality, 'start' | 'end' | 'text' | 'name'> {
  const countries = countriesOf(places)
  const towns = places.filter((p) => p.kind === 'town')
  const one = places.length === 1 ? places[0] : !hint.kind && towns.length === 1 ? towns[0] : undefined
  if (one) return { id: one.id, kind: one.kind, country: one.country, rule }
  return { ...(countries.size === 1 ? { country: [...countries][0]! } : {}), candidates: places.map((p) => p.id), rule }
}

/**
 * Which of the places of a name the article means, most explicit first: place-country-named (the country
 * written beside it), place-article-country (the only country among them the article speaks of),
 * place-one-country (all of them lie in one country); else place-ambiguous keeps every candidate.
 * A stated country no candidate lies in means a place the gazetteer does not know: none.
 */
export function pickPlace(all: readonly GazetteerPlace[], hint: Hint, articleCountries: ReadonlySet<string>): Omit<Locality, 'start' | 'end' | 'text' | 'name'> | null {
  const ofKind = hint.kind ? all.filter((p) => p.kind === hint.kind) : []
  const places = ofKind.length ? ofKind : all
  if (hint.country) {
    const named = places.filter((p) => p.country === hint.country)
    return named.length ? choose(named, hint, 'place-country-named') : null
  }
  const inArticle = places.filter((p) => articleCountries.has(p.country))
  if (inArticle.length && countriesOf(inArticle).size === 1) return choose(inArticle, hint, 'place-article-country')
  if (countriesOf(places).size === 1) return choose(places, hint, 'place-one-country')
  return choose(places, hint, 'place-ambiguous')
}

/** The longest leading words of a capitalized run that the gazetteer knows and that name no country. */
function knownPrefix(run: string, lang: LocalityLanguage): { name: string; places: readonly GazetteerPlace[] } | null {
  const words = run.split(/\s+/)
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ').replace(/['’]s$/, '')
    if (lang.countryOf(name) || lang.notPlace.has(name.toLowerCase())) continue
    const places = placesNamed(name)
    if (places.length) return { name, places }
  }
  return null
}

interface Pattern {
  readonly re: RegExp
  readonly name: (m: RegExpMatchArray) => string
  readonly kind: (m: RegExpMatchArray) => Kind | undefined
  /** Whether the name alone matched (no preposition, no place noun): then it is not read as a place. */
  readonly bare: (m: RegExpMatchArray) => boolean
}

// Sentence-initial words are capitalized: "In Lia", "En Lía".
const anyCase = (words: Iterable<string>) => alternatives([...words].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`))

/** The patterns of one language, built once: a preposition or a place noun before the name, a place noun after it. */
function patternsOf(lang: LocalityLanguage): Pattern[] {
  const nouns = alternatives(lang.nouns.keys())
  const article = String.raw`(?:(?:${anyCase(lang.articles)})\s+)?`
  const before = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:(${anyCase(lang.links)})\s+${article})?(?:(${nouns})\s+(?:${alternatives(lang.nounLinks)})\s+)?${NAME}`, 'gu')
  const kindOf = (word: string | undefined) => (word ? lang.nouns.get(word.toLowerCase()) : undefined)
  // "Lia, Kenya": a name set off by a country is a place in it.
  const countryAfter = new RegExp(String.raw`${NAME},\s+(${WORD}(?:\s+${WORD})?)`, 'gu')
  const inCountry = (words: string) => lang.countryOf(words) ?? lang.countryOf(words.split(/\s+/)[0]!)
  // The most telling patterns first: a place noun's kind, then a country, then a preposition.
  return [
    ...(lang.nounAfter ? [{ re: new RegExp(String.raw`${NAME}\s+(${nouns})\b`, 'gu'), name: (m: RegExpMatchArray) => m[1]!, kind: (m: RegExpMatchArray) => kindOf(m[2]), bare: () => false }] : []),
    { re: countryAfter, name: (m) => m[1]!, kind: () => undefined, bare: (m) => !inCountry(m[2]!) },
    { re: before, name: (m) => m[3]!, kind: (m) => kindOf(m[2]), bare: (m) => !m[1] && !m[2] },
  ]
}

/** Places below the country the text names, each resolved as far as the gazetteer and the article allow. */
export function findLocalities(text: string, actors: readonly Actor[], lang: LocalityLanguage, patterns = patternsOf(lang)): Locality[] {
  const taken = actors.flatMap((a) => a.mentions)
  const articleCountries = new Set(actors.flatMap((a) => (a.country ? [a.country] : [])))
  const found = new Map<number, Locality>()
  for (const p of patterns) {
    for (const m of text.matchAll(p.re)) {
      if (p.bare(m)) continue
      const run = p.name(m)
      const start = m.index! + m[0].lastIndexOf(run)
      const known = knownPrefix(run, lang)
      if (!known || found.has(start)) continue
      const end = start + known.name.length
      if (taken.some((t) => t.start < end && start < t.end)) continue
      const countryWords = COUNTRY_AFTER.exec(text.slice(end, end + 60))?.[1]
      const country = countryWords ? lang.countryOf(countryWords) ?? lang.countryOf(countryWords.split(/\s+/)[0]!) : undefined
      const kind = p.kind(m)
      const picked = pickPlace(known.places, { ...(kind ? { kind } : {}), ...(country ? { country } : {}) }, articleCountries)
      if (picked) found.set(start, { ...spanAt(text, start, end), name: known.name, ...picked })
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start)
}

/** The localities stage: after mentions, so names of people and bodies are never read as places. */
export function localitiesStage(lang: LocalityLanguage): Stage<'localities', 'actors'> {
  const patterns = patternsOf(lang)
  return { name: 'localities', needs: ['actors'], adds: 'localities', run: (doc) => findLocalities(doc.text, doc.actors, lang, patterns) }
}
