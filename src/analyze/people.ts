import { pushTo } from './group.js'
import { isSurnameOf, nameWords, slugOf, soundKey } from './names.js'

/** One document's person actor, as cross-document resolution sees it. */
export interface PersonMention {
  /** `${docId}/${actorId}` */
  readonly key: string
  readonly docId: string
  readonly name: string
  readonly role?: string
  readonly country?: string
}

/** The ledger person a mention resolves to, and the rule that joined a shorter or other spelling to it. */
export interface PersonLink {
  readonly id: string
  readonly rule?: string
}

/** A person named in full somewhere in the ledger: every spelling of the name, and where and how it is named. */
interface Bearer {
  readonly words: string[]
  readonly docs: Set<string>
  readonly roles: Set<string>
  readonly countries: Set<string>
}

// A bare surname goes to its usual bearer when that one is named in this many times the articles of all others.
const DOMINANCE = 2

/** Middle initials say nothing against a match: "Ana J. Roe" is "Ana Roe". */
const fullWords = (name: string) => nameWords(name).filter((w, i, all) => all.length < 3 || w.length > 1 || i === 0)
const officeWordsOf = (role?: string) => new Set((role ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2))

/**
 * longer-form: "Ana Ruiz Roe" or "Envoy Ana Roe" is the better-known "Ana Roe" when one holds every word of
 * the other in order and both end on the same surname.
 */
function longerForm(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (short.length === long.length || short[short.length - 1] !== long[long.length - 1]) return false
  let i = 0
  for (const w of long) if (w === short[i]) i++
  return i === short.length
}

/**
 * transliteration: "Muammar Gaddafi" and "Moammar Kadhafi" are one person when every word sounds alike
 * and they share a country or an office; two people who only sound alike in different roles stay apart.
 */
function sameBearer(a: Bearer, b: Bearer): boolean {
  if (a.words.length !== b.words.length || !a.words.every((w, i) => soundKey(w) === soundKey(b.words[i]!))) return false
  return sharesCountryOrOffice(a, b)
}

function sharesCountryOrOffice(a: Bearer, b: Bearer): boolean {
  const offices = new Set([...b.roles].flatMap((r) => [...officeWordsOf(r)]))
  return [...a.countries].some((c) => b.countries.has(c)) || [...a.roles].some((r) => [...officeWordsOf(r)].some((w) => offices.has(w)))
}

/**
 * Bearers filed under the keys a lookup asks by (last word, every word's sound, surname, surname's
 * sound), each list in the order bearers were added, so a lookup reads a few candidates, not every
 * bearer, and finds what a scan in that order would.
 */
class BearerIndex {
  private readonly lists = new Map<string, Bearer[]>()
  add(b: Bearer): void {
    const surnames = b.words.slice(1).flatMap((w) => [w, ...w.split('-')])
    const keys = [`last ${b.words[b.words.length - 1]}`, `sound ${b.words.map(soundKey).join(' ')}`,
      ...surnames.map((w) => `surname ${w}`), ...b.words.slice(1).map((w) => `surname-sound ${soundKey(w)}`)]
    for (const k of new Set(keys)) pushTo(this.lists, k, b)
  }
  /** Bearers whose last word is `word` (candidates for longerForm). */
  lastWord = (word: string) => this.lists.get(`last ${word}`) ?? []
  /** Bearers whose words sound like these, word by word (candidates for sameBearer). */
  soundingLike = (words: readonly string[]) => this.lists.get(`sound ${words.map(soundKey).join(' ')}`) ?? []
  /** Bearers of this surname (isSurnameOf). */
  surname = (word: string) => this.lists.get(`surname ${word}`) ?? []
  /** Bearers with a surname that sounds like this word. */
  surnameSounding = (word: string) => this.lists.get(`surname-sound ${soundKey(word)}`) ?? []
}

/** A name's words for matching, once per distinct name: the same names recur across thousands of articles. */
interface NameForm { readonly words: string[]; readonly joined: string }

/** Groups full names that are one person, keyed by their best-attested spelling. */
function bearersOf(people: readonly PersonMention[], formOf: (name: string) => NameForm): { bearers: BearerIndex; byName: Map<string, { bearer: Bearer; rule?: string }> } {
  const spellings = new Map<string, Bearer>()
  for (const p of people) {
    const { words, joined } = formOf(p.name)
    if (words.length < 2) continue
    const b = spellings.get(joined) ?? { words, docs: new Set(), roles: new Set(), countries: new Set() }
    b.docs.add(p.docId)
    if (p.role) b.roles.add(p.role)
    if (p.country) b.countries.add(p.country)
    spellings.set(joined, b)
  }
  const ranked = [...spellings.values()].sort((a, b) => b.docs.size - a.docs.size)
  const bearers = new BearerIndex()
  const byName = new Map<string, { bearer: Bearer; rule?: string }>()
  for (const s of ranked) {
    const longer = bearers.lastWord(s.words[s.words.length - 1]!).filter((b) => longerForm(b.words, s.words))
    const same = longer.length === 1 ? longer[0] : bearers.soundingLike(s.words).find((b) => sameBearer(b, s))
    if (same) {
      s.docs.forEach((d) => same.docs.add(d))
      s.roles.forEach((r) => same.roles.add(r))
      s.countries.forEach((c) => same.countries.add(c))
      byName.set(s.words.join(' '), { bearer: same, rule: longer.length === 1 ? 'longer-form' : 'transliteration' })
    } else {
      bearers.add(s)
      byName.set(s.words.join(' '), { bearer: s })
    }
  }
  return { bearers, byName }
}

/**
 * The bearer a lone word names, most certain rule first: the full names in the same article with that
 * surname (or, there, that first name), else those in the ledger; of several, the one whose office the
 * mention's title shares, else the usual bearer, named in twice the articles of all others together.
 * With none of these it stays a person of its own.
 */
function ownerOf(p: PersonMention, word: string, bearers: BearerIndex, inDoc: readonly Bearer[]): PersonLink | undefined {
  const bearsSurname = (b: Bearer) => isSurnameOf([word], b.words)
  const here = inDoc.filter(bearsSurname)
  if (here.length === 1) return { id: idOf(here[0]!), rule: 'surname-in-article' }
  if (here.length > 1) return amongBearers(p, here)
  const firstHere = inDoc.filter((b) => b.words[0] === word)
  if (firstHere.length === 1) return { id: idOf(firstHere[0]!), rule: 'first-name-in-article' }
  const all = bearers.surname(word)
  if (all.length === 0) return spelledOtherwise(p, word, bearers)
  if (all.length === 1) return { id: idOf(all[0]!), rule: 'surname-of-only-bearer' }
  return amongBearers(p, all)
}

/** Several bearers of the surname: the one the title's office names, else the usual one. */
function amongBearers(p: PersonMention, all: readonly Bearer[]): PersonLink | undefined {
  const offices = officeWordsOf(p.role)
  const byOffice = all.filter((b) => [...b.roles].some((r) => [...officeWordsOf(r)].some((w) => offices.has(w))))
  if (offices.size && byOffice.length === 1) return { id: idOf(byOffice[0]!), rule: 'surname-and-office' }
  const [top, ...rest] = [...all].sort((a, b) => b.docs.size - a.docs.size)
  const others = rest.reduce((n, b) => n + b.docs.size, 0)
  if (top && rest.length && top.docs.size >= DOMINANCE * others) return { id: idOf(top), rule: 'surname-of-usual-bearer' }
  return undefined
}

/** transliteration, for a lone surname ("Kadhafi"): the one bearer whose surname sounds alike and who shares its country or office. */
function spelledOtherwise(p: PersonMention, word: string, bearers: BearerIndex): PersonLink | undefined {
  const mention: Bearer = { words: [word], docs: new Set(), roles: new Set(p.role ? [p.role] : []), countries: new Set(p.country ? [p.country] : []) }
  const alike = bearers.surnameSounding(word).filter((b) => sharesCountryOrOffice(b, mention))
  return alike.length === 1 ? { id: idOf(alike[0]!), rule: 'transliteration' } : undefined
}

const idOf = (b: Bearer) => `p-${slugOf(b.words.join(' '))}`

/**
 * Global person ids. A full name is its own person, joined with its other spellings; a lone surname (or a
 * title and surname) joins a full name as ownerOf says; two full names that differ are never one person
 * because they share a surname.
 */
export function personLinks(people: readonly PersonMention[]): Map<string, PersonLink> {
  const forms = new Map<string, NameForm>()
  const formOf = (name: string) => forms.get(name) ?? forms.set(name, formFrom(name)).get(name)!
  // A bearer is named by thousands of mentions: its id is made once.
  const ids = new Map<Bearer, string>()
  const idOfBearer = (b: Bearer) => ids.get(b) ?? ids.set(b, idOf(b)).get(b)!
  const { bearers, byName } = bearersOf(people, formOf)
  const fullInDoc = new Map<string, Bearer[]>()
  for (const p of people) {
    const found = byName.get(formOf(p.name).joined)
    if (found) pushTo(fullInDoc, p.docId, found.bearer)
  }
  const links = new Map<string, PersonLink>()
  for (const p of people) {
    const { words, joined } = formOf(p.name)
    const full = byName.get(joined)
    const link = full ? { id: idOfBearer(full.bearer), ...(full.rule ? { rule: full.rule } : {}) }
      : words.length === 1 ? ownerOf(p, words[0]!, bearers, [...new Set(fullInDoc.get(p.docId) ?? [])]) : undefined
    links.set(p.key, link ?? { id: `p-${slugOf(joined)}` })
  }
  return links
}

function formFrom(name: string): NameForm {
  const words = fullWords(name)
  return { words, joined: words.join(' ') }
}
