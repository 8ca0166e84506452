import { hasClass, joined, type Scan } from './scan.js'
import { W } from './word-classes.js'

const MAX_NAME_TOKENS = 5

/** A name found at a token: tokens [start, end), the name without any possessive ending. */
export interface NameMatch {
  readonly start: number
  readonly end: number
  readonly name: string
  readonly possessive: boolean
}

function nameWord(scan: Scan, i: number): boolean {
  if (!hasClass(scan, i, W.capitalized) || hasClass(scan, i, W.notName)) return false
  // Acronyms ("AFP", "UN") are not names.
  const t = scan.tokens[i]!
  const second = scan.text.charCodeAt(t.start + 1)
  return t.end - t.start < 2 || !(second >= 65 && second <= 90)
}

/** "George W. Bush", "James A. Baker": a middle initial and its full stop, with a name word after them. */
function initialAt(scan: Scan, k: number): boolean {
  const t = scan.tokens[k]!
  return t.end - t.start === 1 && hasClass(scan, k, W.capitalized) && scan.word(k + 1) === '.' && joined(scan, k + 1)
    && joined(scan, k + 2) && nameWord(scan, k + 2)
}

/** The end of a name's mention past a generational suffix ("Baker III", "Ruiz Jr."), kept out of the name. */
function withSuffix(scan: Scan, end: number): number {
  if (!joined(scan, end) || !scan.lang.names.suffixes.has(scan.lower(end))) return end
  return scan.word(end + 1) === '.' && joined(scan, end + 1) ? end + 2 : end + 1
}

/**
 * The capitalized run at token `i` that can be a person's name: "Ana Ruiz", "Ana de la Cruz",
 * "Jon Berg-Olsen". Country words may start a longer name ("Jordan Berg") but never stand alone or end one.
 */
export function nameAt(scan: Scan, i: number): NameMatch | null {
  if (!nameWord(scan, i) || hasClass(scan, i, W.notNameStart)) return null
  const particles = scan.lang.names.particles
  let end = i + 1
  let last = i
  while (end < scan.size && end - i < MAX_NAME_TOKENS && joined(scan, end) && !scan.isPossessive(last)) {
    if (initialAt(scan, end)) { end += 2; continue }
    if (nameWord(scan, end)) last = end
    else if (!particles.has(scan.lower(end)) || !nameWord(scan, end + 1) || !joined(scan, end + 1)) break
    end++
  }
  end = last + 1
  const tail = scan.countryAt.get(last) ?? scan.countryBefore.get(end)
  if (tail && tail.endToken === end) {
    // A name does not end on a country word: "Ana Kenya" is not read; "Jordan Berg" is.
    if (tail.startToken <= i) return null
    end = tail.startToken
  }
  let name = scan.textOf(i, end)
  const possessive = scan.isPossessive(end - 1)
  if (possessive) name = name.slice(0, -2)
  return { start: i, end: possessive ? end : withSuffix(scan, end), name, possessive }
}

/**
 * Reads like a person's name on its own (no title): two or more words, not a place ("New Carthage", "Wall
 * Street"), not the title of a thing after an article ("La Nueva Era").
 */
export function looksLikePersonName(scan: Scan, m: NameMatch): boolean {
  const words = scan.lang.names
  if (m.end - m.start < 2 || words.notAfter.has(scan.lower(m.start - 1))) return false
  if (words.placeLead.has(scan.lower(m.start)) || words.placeHead.has(scan.stem(m.end - 1))) return false
  for (let i = m.start + 1; i < m.end; i++) if (scan.countryAt.has(i)) return false
  return true
}
