import { GROUP_MODIFIERS_ES, GROUP_NOUNS_ES, GROUP_PHRASES_ES, GROUP_QUANTIFIERS_ES } from '../../../lexicon/es/groups.js'
import { STATE_GROUP_NOUNS } from '../../../lexicon/groups.js'
import { countryInfo } from '../../../lexicon/countries.js'
import { governmentId, slug, type Found } from '../found.js'
import { claim, hasClass, isClaimed, type CountryWord, type Scan } from '../scan.js'
import { W } from '../word-classes.js'
import { actsAsAgentEs } from './cues.js'

const QUANTIFIER = new Set<string>(GROUP_QUANTIFIERS_ES)
const STATE_NOUN = new Set<string>(STATE_GROUP_NOUNS)
const COUNTS = new Set(['miles', 'millones', 'cientos', 'centenares', 'decenas', 'mayoría', 'parte'])
/** Qualifiers a group mention may carry after its noun: "analistas independientes cubanos de a pie". */
const MAX_AFTER = 3

/** The English people word of a country ("Venezuelans"), as the English group rule writes it. */
function englishPeople(code: string): string {
  const demonym = countryInfo(code)?.demonym ?? code
  return /(?:an|i)$/.test(demonym) ? `${demonym}s` : demonym
}

/** A qualifying phrase at `k` ("de a pie", "de derechos humanos"), as [English word, words], or null. */
function phraseAt(scan: Scan, k: number): [string, number] | null {
  for (const n of [3, 2]) {
    const english = GROUP_PHRASES_ES[scan.lower.slice(k, k + n).join(' ')]
    if (english) return [english, n]
  }
  return null
}

/**
 * Plural speakers acting as a group, with the English rule's ids and names: "analistas" → grp-analysts,
 * "funcionarios cubanos" → grp-cu-officials (of the Cuban government), "los venezolanos de a pie" →
 * grp-venezuelans ("ordinary Venezuelans"). Only in agent position ("según testigos", "los analistas creen").
 */
export function findGroupsEs(scan: Scan): Found[] {
  const found: Found[] = []
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.groupNoun) && scan.countryAt.get(i)?.kind !== 'people') continue
    const people = scan.countryAt.get(i)?.kind === 'people' ? scan.countryAt.get(i) : undefined
    const noun = people ? '' : GROUP_NOUNS_ES[scan.lower[i]!]
    if (noun === undefined) continue
    const before: string[] = []
    let from = i
    while (from > 0 && (QUANTIFIER.has(scan.lower[from - 1]!) || GROUP_MODIFIERS_ES[scan.lower[from - 1]!])) {
      from--
      if (GROUP_MODIFIERS_ES[scan.lower[from]!]) before.unshift(GROUP_MODIFIERS_ES[scan.lower[from]!]!)
    }
    // "miles de venezolanos", "la mayoría de los analistas": the count heads the mention.
    if (scan.lower[from - 1] === 'de' && COUNTS.has(scan.lower[from - 2] ?? '')) from -= scan.lower[from - 3] === 'la' ? 3 : 2
    let end = people ? people.endToken : i + 1
    let country: CountryWord | undefined = people
    const after: string[] = []
    for (let n = 0; n < MAX_AFTER; n++) {
      const w = scan.countryAt.get(end)
      const phrase = phraseAt(scan, end)
      if (!country && w?.kind === 'demonym') { country = w; end = w.endToken }
      else if (GROUP_MODIFIERS_ES[scan.lower[end] ?? '']) after.push(GROUP_MODIFIERS_ES[scan.lower[end++]!]!)
      else if (phrase) { after.push(phrase[0]); end += phrase[1] }
      else break
    }
    if (isClaimed(scan, from, end) || !actsAsAgentEs(scan, from, end)) continue
    const code = country?.code
    const head = people ? englishPeople(code!) : code ? `${countryInfo(code)?.demonym ?? code} ${noun}` : noun
    const name = [...before, ...after, head].join(' ')
    found.push({
      id: people ? `grp-${slug(head)}` : code ? `grp-${code.toLowerCase()}-${slug(noun)}` : `grp-${slug(name)}`,
      type: 'group', name, country: code,
      memberOf: code && STATE_NOUN.has(noun) ? governmentId(code) : undefined,
      start: scan.tokens[from]!.start, end: scan.tokens[end - 1]!.end, kind: people ? 'demonym' : 'description', rule: 'group-agent-es',
    })
    claim(scan, from, end)
    i = end - 1
  }
  return found
}
