import { verbFollows } from './cues.js'
import { hasClass, type CountryWord, type Scan } from './scan.js'
import { W } from './word-classes.js'

/** Words that make a country word beside them speak of the state: its government, offices, institutions, officials. */
const STATE_CLASSES = W.governmentNoun | W.office | W.orgHead | W.institution | W.groupNoun
/** How far a state noun may stand from its country word: "the Norwegian defence minister", "el gobierno interino venezolano". */
const REACH = 3
const stateWordsOf = new WeakMap<Scan, readonly CountryWord[]>()

/** A state noun of `heads` right before the country word, through its adjectives or "of"/"de": "el gobierno cubano", "the army of Norway". */
function stateNounBefore(scan: Scan, w: CountryWord, heads: number): boolean {
  let k = w.startToken - 1
  const links = scan.lang.roles.ownerLinks
  if (w.kind !== 'demonym') {
    if (scan.lang.articles.has(scan.lower(k)) && !links.has(scan.lower(k))) k--
    if (!links.has(scan.lower(k))) return false
    return hasClass(scan, k - 1, heads)
  }
  if (!scan.lang.headFirst) return false
  for (let n = 0; n < REACH && k >= 0 && scan.isWord(k); n++, k--) if (hasClass(scan, k, heads)) return true
  return false
}

/**
 * "The Norwegian government", "Norwegian defence minister", "Oslo said", "Norway’s navy", "el gobierno noruego":
 * the state itself, not its trawlers; `heads` are the word classes that mark it.
 */
export function isStateWord(scan: Scan, w: CountryWord, heads: number = STATE_CLASSES): boolean {
  if (w.kind === 'people') return false
  if (!scan.lang.headFirst || w.kind !== 'demonym') {
    for (let k = w.endToken; k < w.endToken + REACH && k < scan.size && scan.isWord(k); k++) {
      if (hasClass(scan, k, heads)) return true
      if (hasClass(scan, k, W.capitalized)) break
    }
  }
  if (stateNounBefore(scan, w, heads)) return true
  return w.kind !== 'demonym' && !w.possessive && verbFollows(scan, w.endToken)
}

function stateWords(scan: Scan): readonly CountryWord[] {
  let words = stateWordsOf.get(scan)
  if (!words) stateWordsOf.set(scan, (words = scan.countryWords.filter((w) => isStateWord(scan, w))))
  return words
}

/**
 * The state a bare institution ("the defence ministry", "the coastguard", "el ejército") belongs to: the
 * state last named as such ("the Norwegian government") before it, the story's thread; else the
 * country the article names most; else null. A country named only on a thing ("the Swedish trawler")
 * is no sign of whose institution speaks.
 */
export function stateCountry(scan: Scan, at: number): string | null {
  let best: string | null = null
  for (const w of stateWords(scan)) {
    if (w.startToken >= at) break
    best = w.code
  }
  return best ?? mostMentioned(scan)
}

/** Country words scored: a country's name counts double, being a stronger sign of topic than a demonym or capital. */
function scores(words: readonly CountryWord[]): Map<string, number> {
  const score = new Map<string, number>()
  for (const w of words) score.set(w.code, (score.get(w.code) ?? 0) + (w.kind === 'name' ? 2 : 1))
  return score
}

/** The country the whole document names most; ties go to the first named. */
export function mostMentioned(scan: Scan): string | null {
  let best: string | null = null
  const score = scores(scan.countryWords)
  for (const [code, n] of score) if (best === null || n > score.get(best)!) best = code
  return best
}

/**
 * The country a paragraph is about at token `at`: country words of the paragraph so far, a country's
 * name counting double; when the paragraph has none yet, the whole previous paragraph. Ties go to the
 * most recent. Null when nothing points anywhere.
 */
export function salientCountry(scan: Scan, at: number): string | null {
  const paragraph = scan.sentenceAt(at)?.paragraph
  if (paragraph === undefined) return null
  const inParagraph = (token: number, p: number) => scan.sentenceAt(token)?.paragraph === p
  let best = pick(scan, (w) => w.startToken < at && inParagraph(w.startToken, paragraph))
  if (!best && paragraph > 0) best = pick(scan, (w) => w.startToken < at && inParagraph(w.startToken, paragraph - 1))
  return best
}

/** The last country word before `at` in the same sentence: what "the country" refers to. */
export function lastCountryInSentence(scan: Scan, at: number): string | null {
  let best: string | null = null
  for (const w of scan.countryWords) {
    if (w.startToken >= at) break
    if (scan.sentenceOf(w.startToken) === scan.sentenceOf(at)) best = w.code
  }
  return best
}

/** "the country's", "del país": the country last named in the sentence, else the paragraph's. */
export function countryOfAnaphor(scan: Scan, at: number): string | null {
  return lastCountryInSentence(scan, at) ?? salientCountry(scan, at)
}

function pick(scan: Scan, keep: (w: CountryWord) => boolean): string | null {
  const score = new Map<string, { score: number; last: number }>()
  for (const w of scan.countryWords) {
    if (!keep(w)) continue
    const s = score.get(w.code) ?? { score: 0, last: 0 }
    s.score += w.kind === 'name' ? 2 : 1
    s.last = w.startToken
    score.set(w.code, s)
  }
  let best: string | null = null
  let top = { score: 0, last: -1 }
  for (const [code, s] of score) {
    if (s.score > top.score || (s.score === top.score && s.last > top.last)) {
      best = code
      top = s
    }
  }
  return best
}

/**
 * The country a whole document is about, when one clearly leads (half as much again as the next):
 * an unqualified "president Ana Ruiz" in such a text is taken to hold office there.
 */
export function dominantCountry(scan: Scan): string | null {
  const [first, second] = [...scores(scan.countryWords)].sort((a, b) => b[1] - a[1])
  return first && (!second || first[1] >= 1.5 * second[1]) ? first[0] : null
}
