import { GOVERNMENT_MODIFIERS_ES, GOVERNMENT_NOUNS_NEEDING_COUNTRY_ES, STATE_ACT_NOUNS_ES } from '../../../lexicon/es/governments.js'
import type { MentionKind } from '../../../model/annotations.js'
import { governmentFound, type Found } from '../found.js'
import { claim, hasClass, isClaimed, isUpperStart, sameSentence, type CountryWord, type Scan } from '../scan.js'
import { W } from '../word-classes.js'
import { actsAsAgentEs } from './cues.js'

const MODIFIER = new Set<string>(GOVERNMENT_MODIFIERS_ES)
const NEEDS_COUNTRY = new Set<string>(GOVERNMENT_NOUNS_NEEDING_COUNTRY_ES)
const ACT = new Set<string>(STATE_ACT_NOUNS_ES)
const ARTICLES = new Set(['el', 'la', 'los', 'las'])
/** Words between a state act and its country adjective: "la operación militar estadounidense". */
const ACT_ADJECTIVES = new Set(['militar', 'militares', 'naval', 'aérea', 'aéreo', 'terrestre', 'oficial', 'diplomática', 'nueva', 'nuevo', 'última', 'último', 'primera', 'primer'])

/** First token of a phrase whose head is `head`: its article and the adjectives before it ("el nuevo gobierno"). */
export function phraseStart(scan: Scan, head: number): number {
  let from = head
  while (from > 0 && MODIFIER.has(scan.lower[from - 1]!)) from--
  return from > 0 && ARTICLES.has(scan.lower[from - 1]!) ? from - 1 : from
}

/** A name, capital or code at `at`, after an optional article: "Cuba", "los Estados Unidos", "Quito". */
export function placeAt(scan: Scan, at: number): CountryWord | undefined {
  const w = scan.countryAt.get(ARTICLES.has(scan.lower[at] ?? '') ? at + 1 : at)
  return w && w.kind !== 'demonym' && w.kind !== 'people' ? w : undefined
}

const kindOf = (w: CountryWord): MentionKind => (w.kind === 'capital' ? 'metonym' : 'name')

/** Nationality adjectives after `at`, coordinated: "cubano", "cubano y venezolano". */
function adjectivesAt(scan: Scan, at: number): CountryWord[] {
  const words: CountryWord[] = []
  for (let k = at; ; ) {
    const w = scan.countryAt.get(k)
    if (!w || w.kind !== 'demonym') break
    words.push(w)
    if (!/^(?:y|e)$/.test(scan.lower[w.endToken] ?? '') || scan.countryAt.get(w.endToken + 1)?.kind !== 'demonym') break
    k = w.endToken + 1
  }
  return words
}

/** One government phrase at head `head`: "el gobierno cubano", "el Gobierno de Cuba", "el régimen de Quito", "los gobiernos cubano y venezolano". */
function governmentAt(scan: Scan, head: number): Found[] {
  // "el Ejecutivo venezolano" is the government; "el director ejecutivo venezolano" is a manager.
  if (scan.lower[head] === 'ejecutivo' && !/^(?:el|del|al)$/.test(scan.lower[head - 1] ?? '')) return []
  let k = head + 1
  while (MODIFIER.has(scan.lower[k] ?? '')) k++
  const from = phraseStart(scan, head)
  const adjectives = adjectivesAt(scan, k)
  if (adjectives.length > 1) {
    claim(scan, from, adjectives[adjectives.length - 1]!.endToken)
    return adjectives.map((w) => governmentFound(scan, w.code, w.startToken, w.endToken, 'demonym', 'gov-coordinated-es'))
  }
  const adjective = adjectives[0]
  const prep = scan.lower[k]
  const place = !adjective && (prep === 'de' || prep === 'del' || prep === 'en') ? placeAt(scan, k + 1) : undefined
  const w = adjective ?? place
  if (!w) return []
  claim(scan, from, w.endToken)
  return [governmentFound(scan, w.code, from, w.endToken, adjective ? 'name' : kindOf(w), adjective ? 'gov-noun-adjective-es' : 'gov-of-country-es')]
}

/** Government phrases: a government noun with its country after it, as Spanish writes it. */
export function findGovernmentPhrasesEs(scan: Scan): Found[] {
  const found: Found[] = []
  for (let i = 0; i < scan.tokens.length; i++) {
    if (!hasClass(scan, i, W.governmentNoun) || isClaimed(scan, i, i + 1)) continue
    found.push(...governmentAt(scan, i))
  }
  return found
}

/** Token before a nationality adjective that is a state act, through one adjective: "la ofensiva (militar) cubana". */
function actBefore(scan: Scan, w: CountryWord): boolean {
  const prev = scan.lower[w.startToken - 1] ?? ''
  if (ACT.has(prev)) return true
  return ACT_ADJECTIVES.has(prev) && ACT.has(scan.lower[w.startToken - 2] ?? '')
}

/** "el comunicado de Cuba", "la ofensiva de Washington": a state act owned by a place. */
function actOf(scan: Scan, w: CountryWord): boolean {
  let k = w.startToken - 1
  if (ARTICLES.has(scan.lower[k] ?? '')) k--
  return /^(?:de|del)$/.test(scan.lower[k] ?? '') && ACT.has(scan.lower[k - 1] ?? '')
}

/** "Cuba y Venezuela negaron": a place opening its clause, coordinated with one that acts, acts with it. */
function actsWithNext(scan: Scan, w: CountryWord): boolean {
  const prev = w.startToken - 1
  const opens = prev < 0 || !sameSentence(scan, prev, w.startToken) || scan.tokens[prev]!.kind === 'punct' || ARTICLES.has(scan.lower[prev]!)
  if (!opens || !/^(?:y|e|ni|o)$/.test(scan.lower[w.endToken] ?? '')) return false
  const next = placeAt(scan, w.endToken + 1)
  return next !== undefined && actsAsAgentEs(scan, next.startToken, next.endToken)
}

/**
 * Country words that stand for their government: a country or capital acting ("Cuba negó", "según Quito",
 * "Cuba y Venezuela negaron"), and any country word on a state act ("la ofensiva estadounidense", "el
 * comunicado de Cuba"). A place where something happens ("en Cuba") or a demonym on a thing ("la música
 * cubana") is no mention of a government.
 */
export function findCountryMetonymsEs(scan: Scan): Found[] {
  const found: Found[] = []
  for (const w of scan.countryWords) {
    if (w.kind === 'people' || isClaimed(scan, w.startToken, w.endToken)) continue
    // "Jordán Pérez": a place word starting a longer capitalized name is a name.
    if (w.kind !== 'demonym' && isUpperStart(scan.text, scan.tokens[w.endToken]) && !scan.countryAt.has(w.endToken) && sameSentence(scan, w.startToken, w.endToken)) continue
    const place = w.kind !== 'demonym'
    if (w.kind === 'demonym' ? actBefore(scan, w) : actOf(scan, w)) {
      found.push(governmentFound(scan, w.code, w.startToken, w.endToken, w.kind === 'demonym' ? 'demonym' : 'metonym', 'country-act-es'))
    } else if (place && (actsAsAgentEs(scan, w.startToken, w.endToken) || actsWithNext(scan, w))) {
      found.push(governmentFound(scan, w.code, w.startToken, w.endToken, 'metonym', 'country-agent-es'))
    } else continue
    claim(scan, w.startToken, w.endToken)
  }
  return found
}

/** Heads that need a country after them never stand alone for a government: "la administración" of what? */
export function standsAlone(scan: Scan, head: number): boolean {
  return !NEEDS_COUNTRY.has(scan.lower[head]!) || (scan.lower[head] === 'ejecutivo' && hasClass(scan, head, W.capitalized))
}
