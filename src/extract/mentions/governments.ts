import type { MentionKind } from '../../model/annotations.js'
import { actsAsAgent } from './cues.js'
import { governmentFound, type Found } from './found.js'
import { placeAt } from './roles.js'
import { claim, hasClass, isClaimed, sameSentence, type CountryWord, type Scan } from './scan.js'
import { W } from './word-classes.js'

/** How a country word names its government when it stands alone in a phrase. */
function kindOf(word: CountryWord): MentionKind {
  return word.kind === 'capital' ? 'metonym' : word.kind === 'name' ? 'name' : 'demonym'
}

/** First token of a phrase whose head is `head`: its article and the modifiers before it ("the official", "el nuevo"). */
function phraseStart(scan: Scan, head: number): number {
  let from = head
  while (from > 0 && scan.lang.governments.modifiers.has(scan.lower(from - 1))) from--
  return from > 0 && scan.lang.articles.has(scan.lower(from - 1)) && !scan.lang.contractions.has(scan.lower(from - 1)) ? from - 1 : from
}

/** Country words coordinated right before token `end`: "Kenyan and Ugandan", "the Kenyan, Ugandan and Sudanese". */
function coordinatedBefore(scan: Scan, end: number): CountryWord[] {
  const words: CountryWord[] = []
  let at = end
  for (;;) {
    const w = scan.countryBefore.get(at)
    if (!w || w.kind === 'people') break
    words.unshift(w)
    const sep = scan.lower(w.startToken - 1)
    if (!scan.lang.governments.coordinators.has(sep) && sep !== ',') break
    at = w.startToken - 1
  }
  // A trailing "and"/"," with no country before it belongs to the sentence, not the list.
  return words
}

/** Nationality adjectives after `at`, coordinated: "cubano", "cubano y venezolano". */
function adjectivesAfter(scan: Scan, at: number): CountryWord[] {
  const words: CountryWord[] = []
  for (let k = at; ;) {
    const w = scan.countryAt.get(k)
    if (!w || w.kind !== 'demonym') break
    words.push(w)
    if (!scan.lang.governments.coordinators.has(scan.lower(w.endToken)) || scan.countryAt.get(w.endToken + 1)?.kind !== 'demonym') break
    k = w.endToken + 1
  }
  return words
}

/** "the (official) Kenyan government", "Kenya's government", "the Nairobi regime", "el gobierno cubano", coordinated ones each apart. */
function governmentByWord(scan: Scan, head: number, words: readonly CountryWord[], end: number): Found[] {
  if (words.length === 0) return []
  if (words.length > 1) {
    claim(scan, words[0]!.startToken < head ? words[0]!.startToken : phraseStart(scan, head), end)
    return words.map((w) => governmentFound(scan, w.code, w.startToken, w.endToken, kindOf(w), 'gov-coordinated'))
  }
  const w = words[0]!
  const from = w.startToken < head ? (w.possessive ? w.startToken : phraseStart(scan, w.startToken)) : phraseStart(scan, head)
  claim(scan, from, end)
  return [governmentFound(scan, w.code, from, end, w.kind === 'capital' ? 'metonym' : 'name', 'gov-noun-phrase')]
}

/** Places coordinated after the first: "Kenya, Uganda and Chad", "Cuba y Venezuela"; a list ends at a word that is no place. */
function placesAfter(scan: Scan, first: CountryWord): CountryWord[] {
  const places = [first]
  for (let w = first; ;) {
    const sep = scan.lower(w.endToken)
    if (sep !== ',' && !scan.lang.governments.coordinators.has(sep)) break
    const next = placeAt(scan, w.endToken + 1)
    if (!next) break
    places.push(next)
    w = next
  }
  return places
}

/**
 * "the government of Kenya", "the government in Nairobi", "el Gobierno de Cuba", "el régimen de Quito";
 * gov-of-countries: "the governments of Kenya, Uganda and Chad" names each government.
 */
function governmentOfPlace(scan: Scan, head: number, after: number): Found[] {
  if (!scan.lang.governments.placeLinks.has(scan.lower(after))) return []
  const w = placeAt(scan, after + 1)
  if (!w) return []
  const from = phraseStart(scan, head)
  const kind = (p: CountryWord) => (p.kind === 'capital' ? 'metonym' : 'name')
  const listed = scan.lang.governments.plurals.has(scan.lower(head)) ? placesAfter(scan, w).slice(1) : []
  claim(scan, from, w.endToken)
  for (const p of listed) claim(scan, p.startToken, p.endToken)
  return [
    governmentFound(scan, w.code, from, w.endToken, kind(w), 'gov-of-country'),
    ...listed.map((p) => governmentFound(scan, p.code, p.startToken, p.endToken, kind(p), 'gov-of-countries')),
  ]
}

/** A noun that is an ordinary word too ("director ejecutivo") stands for a government only after a determiner. */
function determined(scan: Scan, head: number): boolean {
  if (!scan.lang.governments.needsCountry.has(scan.lower(head))) return true
  const start = phraseStart(scan, head)
  return scan.lang.articles.has(scan.lower(start)) || scan.lang.articles.has(scan.lower(start - 1))
}

export function findGovernmentPhrases(scan: Scan): Found[] {
  const g = scan.lang.governments
  const found: Found[] = []
  for (let i = 0; i < scan.size; i++) {
    if (!hasClass(scan, i, W.governmentNoun) || isClaimed(scan, i, i + 1)) continue
    // "the Kenyan government spokesman", "government officials": the phrase qualifies people, found elsewhere.
    if (hasClass(scan, i + 1, W.office | W.groupNoun) || !determined(scan, i)) continue
    let k = i + 1
    if (scan.lang.headFirst) while (g.modifiers.has(scan.lower(k))) k++
    const before = scan.lang.headFirst ? [] : coordinatedBefore(scan, i)
    const after = scan.lang.headFirst ? adjectivesAfter(scan, k) : []
    const byWord = before.length ? governmentByWord(scan, i, before, i + 1) : governmentByWord(scan, i, after, after.at(-1)?.endToken ?? k)
    found.push(...(byWord.length > 0 ? byWord : governmentOfPlace(scan, i, k)))
  }
  return found
}

/** A country word with a state act after it, through one modifier: "the Kenyan attack", "Kenya's statement". */
function actAfter(scan: Scan, w: CountryWord): boolean {
  const g = scan.lang.governments
  let i = w.endToken
  if (g.actModifiers.has(scan.lower(i)) && !g.acts.has(scan.lower(i + 1))) return false
  if (g.actModifiers.has(scan.lower(i))) i++
  return g.acts.has(scan.lower(i))
}

/** A nationality adjective after a state act, through one adjective: "la ofensiva (militar) cubana". */
function actBefore(scan: Scan, w: CountryWord): boolean {
  const g = scan.lang.governments
  const prev = scan.lower(w.startToken - 1)
  return g.acts.has(prev) || (g.actModifiers.has(prev) && g.acts.has(scan.lower(w.startToken - 2)))
}

/** "the statement of Kenya", "el comunicado de Cuba": a state act owned by a place. */
function actOf(scan: Scan, w: CountryWord): boolean {
  let k = w.startToken - 1
  if (scan.lang.articles.has(scan.lower(k)) && !scan.lang.roles.ownerLinks.has(scan.lower(k))) k--
  return scan.lang.roles.ownerLinks.has(scan.lower(k)) && scan.lang.governments.acts.has(scan.lower(k - 1))
}

/**
 * country-coordinated-agent: "Neither Nairobi nor Kampala confirmed", "Kenya and Uganda denied", "Cuba y
 * Venezuela negaron": a country word opening its clause and coordinated with the next one acts with it, when
 * that one is the subject of an agent verb ("He visited Nairobi and Kenya said" is an object and a new clause).
 */
function actsWithNext(scan: Scan, w: CountryWord): boolean {
  const g = scan.lang.governments
  let prev = w.startToken - 1
  if (scan.lang.articles.has(scan.lower(prev))) prev--
  const opens = prev < 0 || !sameSentence(scan, prev, w.startToken) || scan.isPunct(prev) || g.pairOpeners.has(scan.lower(prev))
  if (!opens || !g.coordinators.has(scan.lower(w.endToken))) return false
  const next = placeAt(scan, w.endToken + 1)
  return next !== undefined && !next.possessive && actsAsAgent(scan, next.startToken, next.endToken)
}

/**
 * Country words that stand for their government: a capital or country acting ("Nairobi said", "troops sent
 * by Nairobi", "Kenya denied", "según Quito"), and any country word owning or modifying a state act ("Kenya's
 * statement", "the Kenyan offensive", "la ofensiva estadounidense"). A capital where something happens ("a man
 * in Nairobi") is a place, not a mention.
 */
export function findCountryMetonyms(scan: Scan): Found[] {
  const found: Found[] = []
  for (const w of scan.countryWords) {
    if (w.kind === 'people' || isClaimed(scan, w.startToken, w.endToken)) continue
    // "Chad Smith", "Jordan Peterson": a country word starting a longer capitalized name is a name.
    const next = w.endToken
    if (!w.possessive && scan.isCapitalized(next) && !scan.countryAt.has(next) && sameSentence(scan, w.startToken, next)) continue
    const place = w.kind !== 'demonym'
    const modifies = scan.lang.headFirst ? w.kind === 'demonym' && actBefore(scan, w) : actAfter(scan, w)
    if (modifies) {
      found.push(governmentFound(scan, w.code, w.startToken, w.endToken, w.kind === 'demonym' || w.kind === 'code' ? 'demonym' : 'metonym', 'country-act'))
    } else if (place && actOf(scan, w)) {
      found.push(governmentFound(scan, w.code, w.startToken, w.endToken, 'metonym', 'country-act'))
    } else if (place && !w.possessive && (actsAsAgent(scan, w.startToken, w.endToken) || actsWithNext(scan, w))) {
      found.push(governmentFound(scan, w.code, w.startToken, w.endToken, 'metonym', 'country-agent'))
    } else continue
    claim(scan, w.startToken, w.endToken)
  }
  return found
}
