import { verbFollows } from './cues.js'
import type { Found } from './found.js'
import { nameAt } from './person-names.js'
import { claim, hasClass, sameSentence, type Scan } from './scan.js'
import { W } from './word-classes.js'

/**
 * Known people by every short form that names only one of them: full name, surname, later surnames, and the
 * given name ("Saddam", "Moammar": wire copy names some leaders by it).
 */
export function peopleIndex(people: readonly Found[]): Map<string, Found> {
  const index = new Map<string, Found>()
  const ambiguous = new Set<string>()
  const put = (key: string, p: Found) => {
    const seen = index.get(key)
    if (seen && seen.id !== p.id) ambiguous.add(key)
    else index.set(key, p)
  }
  // A person's whole name wins over a part of another's: "Hussein" is King Hussein, not Saddam Hussein.
  for (const p of people) put(p.name, p)
  const names = new Set(people.map((p) => p.name))
  const putPart = (key: string, p: Found) => { if (!names.has(key)) put(key, p) }
  for (const p of people) {
    const words = p.name.split(' ')
    putPart(words[words.length - 1]!, p)
    if (words.length >= 2) putPart(words[0]!, p)
    // Double surnames ("Ana Ruiz Tello" is "Ruiz" and "Ruiz Tello").
    if (words.length >= 3) {
      putPart(words[1]!, p)
      putPart(words.slice(1).join(' '), p)
    }
  }
  for (const key of ambiguous) index.delete(key)
  return index
}

/** Later mentions of a known person by name or surname: "Ruiz said", "Ana Ruiz's". */
export function findRepeatedNames(scan: Scan, index: ReadonlyMap<string, Found>): Found[] {
  const found: Found[] = []
  const firstWords = new Set([...index.keys()].map((k) => k.split(' ')[0]!.toLowerCase()))
  for (let i = 0; i < scan.size; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.capitalized) || !firstWords.has(scan.stem(i))) continue
    const m = nameAt(scan, i)
    if (!m) continue
    const p = index.get(m.name)
    if (!p) continue
    found.push({ ...p, start: scan.tokens[m.start]!.start, end: scan.tokens[m.end - 1]!.end, kind: 'name', rule: 'person-repeat' })
    claim(scan, m.start, m.end)
    i = m.end - 1
  }
  return found
}

/** Whether a role names the office: one of its words is that office ("la presidenta" is the "presidente de Cuba"). */
function holds(scan: Scan, role: string, office: string): boolean {
  const key = scan.lang.roles.officeKey
  return role.toLowerCase().split(/\s+/).some((w) => key(w) === office)
}

/**
 * "the captured president", "the minister", "el mandatario venezolano": the most recently mentioned person
 * whose role has that office word (and, with a country word beside it, that country). Only when the phrase
 * ends there: a punctuation mark, a verb or a possessive follows.
 */
export function findPersonDescriptions(scan: Scan, people: readonly Found[]): Found[] {
  const found: Found[] = []
  const articles = scan.lang.articles
  const ordered = [...people].sort((a, b) => a.start - b.start)
  for (let i = 1; i < scan.size; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.office)) continue
    let from = i - 1
    // "the captured president": one word may stand between; a country word there names another state's.
    if (!articles.has(scan.lower(from)) && articles.has(scan.lower(from - 1)) && scan.isWord(from) && !scan.countryBefore.has(from + 1)) from--
    if (!articles.has(scan.lower(from))) continue
    const after = scan.countryAt.get(i + 1)
    const country = scan.lang.headFirst && after?.kind === 'demonym' ? after : undefined
    const end = country ? country.endToken : i + 1
    if (scan.isWord(end) && sameSentence(scan, i, end) && !scan.isPossessive(end - 1) && !verbFollows(scan, end)) continue
    if (scan.lang.contractions.has(scan.lower(from))) from++
    const at = scan.tokens[from]!.start
    const office = scan.lang.roles.officeKey(scan.stem(i))
    let match: Found | undefined
    for (const p of ordered) if (p.start < at && p.role && holds(scan, p.role, office) && (!country || !p.country || p.country === country.code)) match = p
    if (!match) continue
    found.push({ ...match, start: at, end: scan.tokens[end - 1]!.end, kind: 'description', rule: 'person-description' })
    claim(scan, from, end)
  }
  return found
}
