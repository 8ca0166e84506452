import { actsAsAgent } from './cues.js'
import { slug, type Found } from './found.js'
import { governmentOf } from '../../model/country-code.js'
import { claim, hasClass, isClaimed, type CountryWord, type Scan } from './scan.js'
import { W } from './word-classes.js'

/** Qualifiers a group mention may carry after its noun: "analistas independientes cubanos de a pie". */
const MAX_AFTER = 3
const MAX_PHRASE = 3

/** A word of the mention as its English name writes it: English words as written, others by their gloss. */
interface Part { readonly at: number; readonly gloss: string }

/** A qualifying phrase after the noun ("de a pie", "de derechos humanos") as [English word, tokens], or null. */
function phraseAfter(scan: Scan, k: number): [string, number] | null {
  for (let n = MAX_PHRASE; n >= 2; n--) {
    const gloss = scan.lang.groups.phrasesAfter.get(scan.textOf(k, k + n).toLowerCase())
    if (gloss) return [gloss, n]
  }
  return null
}

/** The mention's English name: its modifiers, its country word, its noun ("senior Kenyan officials", "independent analysts"). */
function groupName(scan: Scan, parts: readonly Part[], country: CountryWord | undefined, noun: string, nounAt: number, people: boolean): string {
  const word = (p: Part) => (p.gloss === scan.lower(p.at) ? scan.word(p.at) : p.gloss)
  const countryWord = country ? scan.lang.englishCountryWord(country.code, country.kind, scan.textOf(country.startToken, country.endToken)) : ''
  const nounWord = people ? '' : noun === scan.lower(nounAt) ? scan.word(nounAt) : noun
  // English keeps its written order ("Kenyan senior officials"); a language that puts them after the noun reads
  // them before it in the English name, as the English rule writes them.
  const words = scan.lang.headFirst || !country
    ? [...parts.map(word), countryWord, nounWord]
    : [...parts.filter((p) => p.at < country.startToken).map(word), countryWord, ...parts.filter((p) => p.at > country.startToken).map(word), nounWord]
  const name = words.filter(Boolean).join(' ')
  const opensOnCountry = country !== undefined && (scan.lang.headFirst ? parts.length === 0 : !parts.some((p) => p.at < country.startToken))
  return opensOnCountry ? name : name.replace(/^\S+/, (w) => w.toLowerCase())
}

/**
 * Plural speakers acting as a group: "analysts say", "according to witnesses", "ordinary Kenyans have
 * complained", "Kenyan officials said", "los funcionarios cubanos dijeron", "miles de cubanos protestaron".
 * Only in agent position: a plural noun elsewhere is no actor. Names and ids are English in any language
 * (grp-analysts, grp-cu-officials).
 */
export function findGroups(scan: Scan): Found[] {
  const g = scan.lang.groups
  const found: Found[] = []
  for (let i = 0; i < scan.size; i++) {
    if (scan.claimed[i]) continue
    const people = scan.countryAt.get(i)?.kind === 'people' ? scan.countryAt.get(i) : undefined
    const noun = people ? '' : hasClass(scan, i, W.groupNoun) ? g.nouns.get(scan.lower(i)) : undefined
    if (noun === undefined) continue
    let country: CountryWord | undefined = people
    const parts: Part[] = []
    let from = i
    for (;;) {
      const w = scan.countryBefore.get(from)
      const prev = scan.lower(from - 1)
      if (!country && w && w.kind === 'demonym') { country = w; from = w.startToken; continue }
      if (from === 0 || (!g.modifiers.has(prev) && !g.quantifiers.has(prev))) break
      from--
      if (g.modifiers.has(prev) && !g.quantifiers.has(prev)) parts.unshift({ at: from, gloss: g.modifiers.get(prev)! })
    }
    // "miles de venezolanos", "la mayoría de los analistas": the count heads the mention.
    if (g.countLinks.has(scan.lower(from - 1)) && g.counts.has(scan.lower(from - 2))) from -= scan.lang.articles.has(scan.lower(from - 3)) ? 3 : 2
    let end = people ? people.endToken : i + 1
    for (let n = 0; n < MAX_AFTER && scan.lang.headFirst; n++) {
      const w = scan.countryAt.get(end)
      const phrase = phraseAfter(scan, end)
      if (!country && w?.kind === 'demonym') { country = w; end = w.endToken }
      else if (g.modifiers.has(scan.lower(end))) { parts.push({ at: end, gloss: g.modifiers.get(scan.lower(end))! }); end++ }
      else if (phrase) { parts.push({ at: end, gloss: phrase[0] }); end += phrase[1] }
      else break
    }
    if (isClaimed(scan, from, end) || !actsAsAgent(scan, from, end)) continue
    const code = country?.code
    const name = groupName(scan, parts, country, noun, i, !!people)
    const id = people ? `grp-${slug(scan.lang.englishCountryWord(people.code, 'people', scan.textOf(i, end)))}` : code ? `grp-${code.toLowerCase()}-${slug(noun)}` : `grp-${slug(name)}`
    found.push({
      id, type: 'group', name, country: code,
      memberOf: code && g.stateNouns.has(noun) ? governmentOf(code) : undefined,
      start: scan.tokens[from]!.start, end: scan.tokens[end - 1]!.end, kind: people ? 'demonym' : 'description', rule: 'group-agent',
    })
    claim(scan, from, end)
    i = end - 1
  }
  return found
}
