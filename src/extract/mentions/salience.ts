import { verbFollows } from './cues.js'
import { hasClass, type CountryWord, type Scan } from './scan.js'
import { W } from './word-classes.js'

/** Words that make a country word before them speak of the state: its government, offices, institutions, officials. */
const STATE_CLASSES = W.governmentNoun | W.office | W.orgHead | W.institution | W.groupNoun
const stateWordsOf = new WeakMap<Scan, readonly CountryWord[]>()

/**
 * "The Norwegian government", "Norwegian defence minister", "Oslo said", "Norway’s navy": the state itself, not
 * its trawlers; `heads` are the word classes that may follow it within three words.
 */
export function isStateWord(scan: Scan, w: CountryWord, heads: number = STATE_CLASSES): boolean {
  if (w.kind === 'people') return false
  for (let k = w.endToken; k < w.endToken + 3 && k < scan.tokens.length && scan.tokens[k]!.kind === 'word'; k++) {
    if (hasClass(scan, k, heads)) return true
    if (hasClass(scan, k, W.capitalized)) break
  }
  return w.kind !== 'demonym' && !w.possessive && verbFollows(scan, w.endToken)
}

function stateWords(scan: Scan): readonly CountryWord[] {
  let words = stateWordsOf.get(scan)
  if (!words) stateWordsOf.set(scan, (words = scan.countryWords.filter((w) => isStateWord(scan, w))))
  return words
}

/**
 * The state a bare institution ("the defence ministry", "the coastguard", "the army") belongs to: the
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

/** The country the whole document names most (a name counting double); ties go to the first named. */
export function mostMentioned(scan: Scan): string | null {
  const score = new Map<string, number>()
  for (const w of scan.countryWords) score.set(w.code, (score.get(w.code) ?? 0) + (w.kind === 'name' ? 2 : 1))
  let best: string | null = null
  for (const [code, n] of score) if (best === null || n > score.get(best)!) best = code
  return best
}

/**
 * The country a paragraph is about at token `at`: country words of the paragraph so far, a country's
 * name counting double; when the paragraph has none yet, the whole previous paragraph. Ties go to the
 * most recent. Null when nothing points anywhere.
 */
export function salientCountry(scan: Scan, at: number): string | null {
  const sentence = scan.sentences[scan.sentenceOf[at] ?? 0]
  if (!sentence) return null
  const paragraph = sentence.paragraph
  const inParagraph = (token: number, p: number) => scan.sentences[scan.sentenceOf[token]!]?.paragraph === p
  let best = pick(scan, (w) => w.startToken < at && inParagraph(w.startToken, paragraph))
  if (!best && paragraph > 0) best = pick(scan, (w) => w.startToken < at && inParagraph(w.startToken, paragraph - 1))
  return best
}

/** The last country word before `at` in the same sentence: what "the country" refers to. */
export function lastCountryInSentence(scan: Scan, at: number): string | null {
  let best: string | null = null
  for (const w of scan.countryWords) {
    if (w.startToken >= at) break
    if (scan.sentenceOf[w.startToken] === scan.sentenceOf[at]) best = w.code
  }
  return best
}

/** "the country's": the country last named in the sentence, else the paragraph's. */
export function countryOfAnaphor(scan: Scan, at: number): string | null {
  return lastCountryInSentence(scan, at) ?? salientCountry(scan, at)
}

function pick(scan: Scan, keep: (w: Scan['countryWords'][number]) => boolean): string | null {
  const score = new Map<string, { score: number; last: number }>()
  for (const w of scan.countryWords) {
    if (!keep(w)) continue
    const s = score.get(w.code) ?? { score: 0, last: 0 }
    // A country's name is a stronger sign of topic than a demonym or capital.
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
  const score = new Map<string, number>()
  for (const w of scan.countryWords) score.set(w.code, (score.get(w.code) ?? 0) + (w.kind === 'name' ? 2 : 1))
  const [first, second] = [...score].sort((a, b) => b[1] - a[1])
  return first && (!second || first[1] >= 1.5 * second[1]) ? first[0] : null
}
