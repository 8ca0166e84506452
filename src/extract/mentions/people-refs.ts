import { verbFollows } from './cues.js'
import type { Found } from './found.js'
import { nameAt } from './person-names.js'
import { claim, hasClass, isPossessive, type Scan } from './scan.js'
import { W } from './word-classes.js'


/** Known people by every short form that names only one of them: full name, surname, later surnames. */
export function peopleIndex(people: readonly Found[]): Map<string, Found> {
  const index = new Map<string, Found>()
  const ambiguous = new Set<string>()
  const put = (key: string, p: Found) => {
    const seen = index.get(key)
    if (seen && seen.id !== p.id) ambiguous.add(key)
    else index.set(key, p)
  }
  for (const p of people) {
    const words = p.name.split(' ')
    put(p.name, p)
    put(words[words.length - 1]!, p)
    // Double surnames ("Ana Ruiz Tello" is "Ruiz" and "Ruiz Tello").
    if (words.length >= 3) {
      put(words[1]!, p)
      put(words.slice(1).join(' '), p)
    }
  }
  for (const key of ambiguous) index.delete(key)
  return index
}

/** Later mentions of a known person by name or surname: "Ruiz said", "Ana Ruiz's". */
export function findRepeatedNames(scan: Scan, index: ReadonlyMap<string, Found>): Found[] {
  const found: Found[] = []
  const firstWords = new Set([...index.keys()].map((k) => k.split(' ')[0]!.toLowerCase()))
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.capitalized) || !firstWords.has(scan.stems[i]!)) continue
    const m = nameAt(scan, i)
    if (!m) continue
    const p = index.get(m.name)
    if (!p) continue
    const start = scan.tokens[m.start]!.start
    found.push({ ...p, start, end: scan.tokens[m.end - 1]!.end, kind: 'name', rule: 'person-repeat' })
    claim(scan, m.start, m.end)
    i = m.end - 1
  }
  return found
}

/**
 * "the captured president", "the minister": the most recently mentioned person whose role has that
 * office word. Only when the phrase ends there (a punctuation mark, a verb or a possessive follows).
 */
export function findPersonDescriptions(scan: Scan, people: readonly Found[]): Found[] {
  const found: Found[] = []
  const ordered = [...people].sort((a, b) => a.start - b.start)
  for (let i = 1; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.office)) continue
    const office = scan.stems[i]!
    let from = i - 1
    if (scan.lower[from] !== 'the' && scan.lower[from - 1] === 'the' && scan.tokens[from]!.kind === 'word' && !scan.countryBefore.has(from + 1)) from--
    if (scan.lower[from] !== 'the') continue
    const next = scan.tokens[i + 1]
    if (next && next.kind === 'word' && !isPossessive(scan, i) && !verbFollows(scan, i + 1)) continue
    const at = scan.tokens[from]!.start
    let match: Found | undefined
    for (const p of ordered) if (p.start < at && p.role && p.role.toLowerCase().includes(office)) match = p
    if (!match) continue
    found.push({ ...match, start: at, end: scan.tokens[i]!.end, kind: 'description', rule: 'person-description' })
    claim(scan, from, i + 1)
  }
  return found
}
