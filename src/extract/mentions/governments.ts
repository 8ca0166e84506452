import { ACT_MODIFIERS, GOVERNMENT_MODIFIERS, STATE_ACT_NOUNS } from '../../lexicon/governments.js'
import { GROUP_NOUNS } from '../../lexicon/groups.js'
import { OFFICE_WORDS } from '../../lexicon/offices.js'
import type { MentionKind } from '../../model/annotations.js'
import { actsAsAgent } from './cues.js'
import { governmentFound, type Found } from './found.js'
import { claim, hasClass, isClaimed, isUpperStart, sameSentence, type CountryWord, type Scan } from './scan.js'
import { W } from './word-classes.js'

const GOV_MODIFIER = new Set<string>(GOVERNMENT_MODIFIERS)
const ACT = new Set<string>(STATE_ACT_NOUNS)
const ACT_MODIFIER = new Set<string>(ACT_MODIFIERS)
// "the Kenyan government spokesman", "government officials": the phrase qualifies people, who are found elsewhere.
const PEOPLE_AFTER = new Set<string>([...OFFICE_WORDS, ...GROUP_NOUNS])

/** How a country word names its government when it stands alone in a phrase. */
function kindOf(word: CountryWord): MentionKind {
  return word.kind === 'capital' ? 'metonym' : word.kind === 'name' ? 'name' : 'demonym'
}

/** Country words coordinated right before token `end`: "Kenyan and Ugandan", "the Kenyan, Ugandan and Sudanese". */
function coordinatedBefore(scan: Scan, end: number): CountryWord[] {
  const words: CountryWord[] = []
  let at = end
  for (;;) {
    const w = scan.countryBefore.get(at)
    if (!w || w.kind === 'people') break
    words.unshift(w)
    const sep = scan.lower[w.startToken - 1]
    if (sep !== 'and' && sep !== ',') break
    at = w.startToken - 1
  }
  // A trailing "and"/"," with no country before it belongs to the sentence, not the list.
  return words
}

/** "the (official) Kenyan government", "Kenya's government", "the Nairobi regime", "the Kenyan and Ugandan governments". */
function governmentBefore(scan: Scan, head: number): Found[] {
  const words = coordinatedBefore(scan, head)
  if (words.length === 0) return []
  const first = words[0]!
  if (words.length > 1) {
    claim(scan, first.startToken, head + 1)
    return words.map((w) => governmentFound(scan, w.code, w.startToken, w.endToken, kindOf(w), 'gov-coordinated'))
  }
  let from = first.startToken
  while (from > 0 && GOV_MODIFIER.has(scan.lower[from - 1]!)) from--
  if (scan.lower[from - 1] === 'the' && !first.possessive) from--
  const kind: MentionKind = first.kind === 'capital' ? 'metonym' : 'name'
  claim(scan, from, head + 1)
  return [governmentFound(scan, first.code, from, head + 1, kind, 'gov-noun-phrase')]
}

/** "the government of Kenya", "the government in Nairobi". */
function governmentAfter(scan: Scan, head: number): Found[] {
  const prep = scan.lower[head + 1]
  if (prep !== 'of' && prep !== 'in') return []
  const at = scan.lower[head + 2] === 'the' ? head + 3 : head + 2
  const w = scan.countryAt.get(at)
  if (!w || w.kind === 'demonym' || w.kind === 'people') return []
  let from = head
  while (from > 0 && GOV_MODIFIER.has(scan.lower[from - 1]!)) from--
  if (scan.lower[from - 1] === 'the') from--
  claim(scan, from, w.endToken)
  return [governmentFound(scan, w.code, from, w.endToken, w.kind === 'capital' ? 'metonym' : 'name', 'gov-of-country')]
}

export function findGovernmentPhrases(scan: Scan): Found[] {
  const found: Found[] = []
  for (let i = 0; i < scan.tokens.length; i++) {
    if (!hasClass(scan, i, W.governmentNoun) || isClaimed(scan, i, i + 1) || PEOPLE_AFTER.has(scan.lower[i + 1] ?? '')) continue
    const before = governmentBefore(scan, i)
    found.push(...(before.length > 0 ? before : governmentAfter(scan, i)))
  }
  return found
}

/** A country word followed by a state act, optionally through one modifier: "the Kenyan attack", "Kenya's statement". */
function actFollows(scan: Scan, w: CountryWord): boolean {
  let i = w.endToken
  if (ACT_MODIFIER.has(scan.lower[i] ?? '') && !ACT.has(scan.lower[i + 1] ?? '')) return false
  if (ACT_MODIFIER.has(scan.lower[i] ?? '')) i++
  return ACT.has(scan.lower[i] ?? '')
}

const COORDINATORS = new Set(['and', 'or', 'nor'])
const PAIR_OPENERS = new Set(['neither', 'either', 'both'])

/**
 * country-coordinated-agent: "Neither Nairobi nor Kampala confirmed", "Kenya and Uganda denied": a country
 * word opening its clause and coordinated with the next one acts with it, when that one is the subject of
 * an agent verb ("He visited Nairobi and Kenya said" is an object and a new clause).
 */
function actsWithNext(scan: Scan, w: CountryWord): boolean {
  const prev = w.startToken - 1
  const opens = prev < 0 || !sameSentence(scan, prev, w.startToken) || scan.tokens[prev]!.kind === 'punct' || PAIR_OPENERS.has(scan.lower[prev]!)
  if (!opens || !COORDINATORS.has(scan.lower[w.endToken] ?? '')) return false
  const next = scan.countryAt.get(w.endToken + 1)
  return next !== undefined && next.kind !== 'demonym' && next.kind !== 'people' && !next.possessive && actsAsAgent(scan, next.startToken, next.endToken)
}

/**
 * Country words that stand for their government: a capital or country acting ("Nairobi said", "troops sent
 * by Nairobi", "Kenya denied"), and any country word owning or modifying a state act ("Kenya's statement",
 * "the Kenyan offensive"). A capital where something happens ("a man in Nairobi") is a place, not a mention.
 */
export function findCountryMetonyms(scan: Scan): Found[] {
  const found: Found[] = []
  for (const w of scan.countryWords) {
    if (w.kind === 'people' || isClaimed(scan, w.startToken, w.endToken)) continue
    // "Chad Smith", "Jordan Peterson": a country word starting a longer capitalized name is a name.
    if (!w.possessive && isUpperStart(scan.text, scan.tokens[w.endToken]) && !scan.countryAt.has(w.endToken)) continue
    const standalone = w.kind !== 'demonym'
    if (actFollows(scan, w)) {
      found.push(governmentFound(scan, w.code, w.startToken, w.endToken, w.kind === 'demonym' || w.kind === 'code' ? 'demonym' : 'metonym', 'country-act'))
    } else if (standalone && !w.possessive && (actsAsAgent(scan, w.startToken, w.endToken) || actsWithNext(scan, w))) {
      found.push(governmentFound(scan, w.code, w.startToken, w.endToken, 'metonym', 'country-agent'))
    } else continue
    claim(scan, w.startToken, w.endToken)
  }
  return found
}
