import { GROUP_MODIFIERS, GROUP_NOUNS, STATE_GROUP_NOUNS } from '../../lexicon/groups.js'
import { actsAsAgent } from './cues.js'
import { governmentId, slug, type Found } from './found.js'
import { claim, hasClass, isClaimed, textOf, type CountryWord, type Scan } from './scan.js'
import { W } from './word-classes.js'

const NOUN = new Set<string>(GROUP_NOUNS)
const MODIFIER = new Set<string>(GROUP_MODIFIERS)
const STATE_NOUN = new Set<string>(STATE_GROUP_NOUNS)
// Quantifiers belong to the mention but not to the group's name: "many analysts" are the analysts.
const QUANTIFIERS = new Set(['many', 'some', 'several', 'other', 'most', 'few'])

/**
 * Plural speakers acting as a group: "analysts say", "according to witnesses", "ordinary Kenyans have
 * complained", "Kenyan officials said". Only in agent position: a plural noun elsewhere is no actor.
 */
export function findGroups(scan: Scan): Found[] {
  const found: Found[] = []
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.groupNoun | W.capitalized)) continue
    const people = scan.countryAt.get(i)
    const isPeople = people?.kind === 'people'
    if (!isPeople && !NOUN.has(scan.lower[i]!)) continue
    const end = isPeople ? people!.endToken : i + 1
    let from = i
    let country: CountryWord | undefined = isPeople ? people : undefined
    for (;;) {
      const w = scan.countryBefore.get(from)
      if (!country && w && w.kind === 'demonym') {
        country = w
        from = w.startToken
      } else if (from > 0 && MODIFIER.has(scan.lower[from - 1]!)) from--
      else break
    }
    if (isClaimed(scan, from, end) || !actsAsAgent(scan, from, end)) continue
    let kept = from
    while (QUANTIFIERS.has(scan.lower[kept]!)) kept++
    const noun = isPeople ? '' : scan.lower[i]!
    const name = textOf(scan, kept, end).split(' ').map((w, n) => (n === 0 && !scan.countryAt.has(kept) ? w.toLowerCase() : w)).join(' ')
    const code = country?.code
    const id = isPeople ? `grp-${slug(textOf(scan, i, end))}` : code ? `grp-${code.toLowerCase()}-${slug(noun)}` : `grp-${slug(name)}`
    found.push({
      id, type: 'group', name, country: code,
      memberOf: code && STATE_NOUN.has(noun) ? governmentId(code) : undefined,
      start: scan.tokens[from]!.start, end: scan.tokens[end - 1]!.end, kind: isPeople ? 'demonym' : 'description', rule: 'group-agent',
    })
    claim(scan, from, end)
    i = end - 1
  }
  return found
}
