import type { Actor, Locality } from '../../model/annotations.js'
import { overlapsAnyOf, spanAt } from '../../model/span.js'
import type { Stage } from '../pipeline.js'
import { placesNamed, type GazetteerPlace } from './gazetteer.js'
import type { LocalityLanguage } from './language.js'

type Kind = GazetteerPlace['kind']

/** What the words around a name say of the place: its kind ("the town of"), its country (", Kenya"). */
interface Hint { readonly kind?: Kind; readonly country?: string; readonly capitalOf?: string; readonly region?: string }

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
 * Which of the places of a name the article means, most explicit first: place-region-named (the region
 * of its country written beside it: "Vancouver, British Columbia"), place-country-named (the country
 * written beside it), place-article-country (the only country among them the article speaks of),
 * place-capital (a country's capital by that name), place-one-country (all of them lie in one country);
 * else place-ambiguous keeps every candidate.
 * A stated country no candidate lies in means a place the gazetteer does not know: none.
 */
export function pickPlace(all: readonly GazetteerPlace[], hint: Hint, articleCountries: () => ReadonlySet<string>): Omit<Locality, 'start' | 'end' | 'text' | 'name'> | null {
  const ofKind = hint.kind ? all.filter((p) => p.kind === hint.kind) : []
  const places = ofKind.length ? ofKind : all
  // "Lia, Tarn Province": the region written beside a town picks the towns in it, before any country its words may name.
  const inRegion = hint.region ? places.filter((p) => p.region === hint.region) : []
  if (inRegion.length) return choose(inRegion, hint, 'place-region-named')
  if (hint.country) {
    const named = places.filter((p) => p.country === hint.country)
    return named.length ? choose(named, hint, 'place-country-named') : null
  }
  const countries = articleCountries()
  const inArticle = places.filter((p) => countries.has(p.country))
  if (inArticle.length && countriesOf(inArticle).size === 1) return choose(inArticle, hint, 'place-article-country')
  const ofCapital = places.filter((p) => p.country === hint.capitalOf)
  if (ofCapital.length) return choose(ofCapital, hint, 'place-capital')
  if (countriesOf(places).size === 1) return choose(places, hint, 'place-one-country')
  return choose(places, hint, 'place-ambiguous')
}

/**
 * The longest words of a capitalized run that the gazetteer knows and that name no country: leading words
 * when the place words come before the run ("in Port Lia Tuesday"), trailing ones when they follow it.
 */
function knownPart(read: Read, lang: LocalityLanguage): { name: string; start: number; places: readonly GazetteerPlace[] } | null {
  const words = read.run.split(/\s+/)
  for (let n = words.length; n >= 1; n--) {
    const part = read.fromEnd ? words.slice(words.length - n) : words.slice(0, n)
    const name = part.join(' ').replace(/['’]s$/, '')
    const places = placesNamed(name)
    if (!places.length || lang.countryOf(name) || lang.notPlace.has(name.toLowerCase())) continue
    return { name, start: read.fromEnd ? read.start + read.run.length - part.join(' ').length : read.start, places }
  }
  return null
}

/** A name a pattern read, where it starts, and the kind of place the words around it say. */
interface Read { readonly run: string; readonly start: number; readonly kind?: Kind; readonly fromEnd?: boolean }

interface Pattern {
  readonly re: RegExp
  /** The name a match makes a place; null when the words around it do not ("Lia, Tuesday" is no "Lia, Kenya"). */
  readonly read: (m: RegExpMatchArray, text: string) => Read | null
}

// Sentence-initial words are capitalized: "In Lia", "En Lía".
const anyCase = (words: Iterable<string>) => alternatives([...words].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`))
const NAME_AT_END = new RegExp(String.raw`${NAME}$`, 'u')

/** The name ending right before `end` ("Lia" of "Lia province"): patterns that would start with a name search from their fixed words. */
function nameBefore(text: string, end: number): Read | null {
  const m = NAME_AT_END.exec(text.slice(Math.max(0, end - 60), end))
  return m ? { run: m[1]!, start: end - m[1]!.length, fromEnd: true } : null
}

/** The patterns of one language, built once: a preposition or a place noun before the name, a place noun or a country after it. */
function patternsOf(lang: LocalityLanguage): Pattern[] {
  const nouns = alternatives(lang.nouns.keys())
  const kindOf = (word: string | undefined) => (word ? lang.nouns.get(word.toLowerCase()) : undefined)
  const article = String.raw`(?:(?:${anyCase(lang.articles)})\s+)?`
  const nounOf = String.raw`(${nouns})\s+(?:${alternatives(lang.nounLinks)})\s+`
  // A preposition (with an article and a place noun after it) or a place noun must come first: a bare name is not read.
  const before = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:(${anyCase(lang.links)})\s+${article}(?:${nounOf})?|${nounOf})${NAME}`, 'gu')
  const inCountry = (words: string) => lang.countryOf(words) ?? lang.countryOf(words.split(/\s+/)[0]!)
  const readBefore = (m: RegExpMatchArray): Read => {
    const kind = kindOf(m[2] ?? m[3])
    return { run: m[4]!, start: m.index! + m[0].length - m[4]!.length, ...(kind ? { kind } : {}) }
  }
  // "Lia, Kenya": a name set off by a country is a place in it.
  const countryAfter: Pattern = {
    re: new RegExp(String.raw`,\s+(${WORD}(?:\s+${WORD})?)`, 'gu'),
    read: (m, text) => (inCountry(m[1]!) ? nameBefore(text, m.index!) : null),
  }
  // "the Lia province", "Tarn region".
  const nounAfter: Pattern = {
    re: new RegExp(String.raw`\s(${nouns})\b`, 'gu'),
    read: (m, text) => { const n = nameBefore(text, m.index!); const kind = kindOf(m[1]); return n && kind ? { ...n, kind } : null },
  }
  // The most telling patterns first: a place noun's kind, then a country, then a preposition.
  return [...(lang.nounAfter ? [nounAfter] : []), countryAfter, { re: before, read: readBefore }]
}

const CAPITALIZED = new RegExp(WORD, 'gu')

/** Countries the text names anywhere, acting or not ("the ambassador to Kenya"): the article's context. */
function countriesNamed(text: string, lang: LocalityLanguage): Set<string> {
  const codes = new Set<string>()
  for (const m of text.matchAll(CAPITALIZED)) {
    const code = lang.countryOf(m[0].replace(/['’]s$/, ''))
    if (code) codes.add(code)
  }
  return codes
}

/** Places below the country the text names, each resolved as far as the gazetteer and the article allow. */
export function findLocalities(text: string, actors: readonly Actor[], lang: LocalityLanguage, patterns = patternsOf(lang)): Locality[] {
  const taken = overlapsAnyOf(actors.flatMap((a) => a.mentions))
  // Read only when a name's candidates lie in several countries.
  let named: ReadonlySet<string> | undefined
  const articleCountries = () => (named ??= new Set([...actors.flatMap((a) => (a.country ? [a.country] : [])), ...countriesNamed(text, lang)]))
  const found = new Map<number, Locality>()
  for (const p of patterns) {
    for (const m of text.matchAll(p.re)) {
      const read = p.read(m, text)
      if (!read) continue
      const known = knownPart(read, lang)
      if (!known || found.has(known.start)) continue
      const start = known.start
      const end = start + known.name.length
      if (taken(start, end)) continue
      const countryWords = COUNTRY_AFTER.exec(text.slice(end, end + 60))?.[1]
      // The country written after it, else the one it is the capital of ("Nairobi" is Kenya's before any other's).
      const country = countryWords ? lang.countryOf(countryWords) ?? lang.countryOf(countryWords.split(/\s+/)[0]!) : undefined
      const capitalOf = lang.capitalOf(known.name)
      const region = countryWords && known.places.some((p) => p.region === countryWords) ? countryWords : undefined
      const hint: Hint = { ...(read.kind ? { kind: read.kind } : {}), ...(country ? { country } : {}), ...(capitalOf ? { capitalOf } : {}), ...(region ? { region } : {}) }
      const picked = pickPlace(known.places, hint, articleCountries)
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
