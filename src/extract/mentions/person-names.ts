import { NAME_PARTICLES, NOT_NAME_WORDS, PLACE_HEAD_WORDS, PLACE_LEAD_WORDS } from '../../lexicon/name-words.js'
import { ORG_HEAD_WORDS } from '../../lexicon/organizations.js'
import { GOVERNMENT_NOUNS } from '../../lexicon/governments.js'
import { GROUP_NOUNS } from '../../lexicon/groups.js'
import { NAME_TITLES, OFFICE_WORDS } from '../../lexicon/offices.js'
import { hasClass, isPossessive, joined, stem, type Scan } from './scan.js'
import { W } from './word-classes.js'

const PARTICLE = new Set<string>(NAME_PARTICLES)
// Words that end or interrupt a name: calendar words, function words, heads of other kinds of names.
const NOT_NAME = new Set<string>([...NOT_NAME_WORDS, ...ORG_HEAD_WORDS, ...GOVERNMENT_NOUNS, ...GROUP_NOUNS, ...OFFICE_WORDS, ...NAME_TITLES])
const PLACE_LEAD = new Set<string>(PLACE_LEAD_WORDS)
const PLACE_HEAD = new Set<string>(PLACE_HEAD_WORDS)
const MAX_NAME_TOKENS = 5

/** A name found at a token: tokens [start, end), the name without any possessive ending. */
export interface NameMatch {
  readonly start: number
  readonly end: number
  readonly name: string
  readonly possessive: boolean
}

function nameWord(scan: Scan, i: number): boolean {
  if (!hasClass(scan, i, W.capitalized) || NOT_NAME.has(scan.stems[i]!) || hasClass(scan, i, W.notName)) return false
  // Acronyms ("AFP", "UN") are not names.
  const t = scan.tokens[i]!
  const second = scan.text.charCodeAt(t.start + 1)
  return t.end - t.start < 2 || !(second >= 65 && second <= 90)
}

/**
 * The capitalized run at token `i` that can be a person's name: "Ana Ruiz", "Ana de la Cruz",
 * "Jon Berg-Olsen". Country words may start a longer name ("Jordan Berg") but never stand alone or end one.
 */
export function nameAt(scan: Scan, i: number, particles: ReadonlySet<string> = PARTICLE): NameMatch | null {
  if (!nameWord(scan, i)) return null
  let end = i + 1
  let last = i
  while (end < scan.tokens.length && end - i < MAX_NAME_TOKENS && joined(scan, end) && !isPossessive(scan, last)) {
    if (nameWord(scan, end)) last = end
    else if (!particles.has(scan.lower[end]!) || !nameWord(scan, end + 1) || !joined(scan, end + 1)) break
    end++
  }
  end = last + 1
  const tail = scan.countryAt.get(last) ?? scan.countryBefore.get(end)
  if (tail && tail.endToken === end) {
    // A name does not end on a country word: "Ana Kenya" is not read; "Jordan Berg" is.
    if (tail.startToken <= i) return null
    end = tail.startToken
  }
  let name = scan.text.slice(scan.tokens[i]!.start, scan.tokens[end - 1]!.end)
  const possessive = isPossessive(scan, end - 1)
  if (possessive) name = name.slice(0, -2)
  return { start: i, end, name, possessive }
}

/** Reads like a person's name on its own (no title): two or more words, not a place ("New Carthage", "Wall Street"). */
export function looksLikePersonName(scan: Scan, m: NameMatch): boolean {
  if (m.end - m.start < 2) return false
  if (PLACE_LEAD.has(scan.lower[m.start]!) || PLACE_HEAD.has(stem(scan, m.end - 1))) return false
  for (let i = m.start; i < m.end; i++) if (scan.countryAt.has(i) && i > m.start) return false
  return true
}
