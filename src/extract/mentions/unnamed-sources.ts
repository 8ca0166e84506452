import { countryInfo } from '../../lexicon/en/countries.js'
import { actsAsAgent } from './cues.js'
import { slug, type Found } from './found.js'
import { governmentOf } from '../../model/country-code.js'
import { bodyAt, type Bodies } from './roles.js'
import { hasClass, isClaimed, sameSentence, type CountryWord, type Scan } from './scan.js'
import { W } from './word-classes.js'

const MAX_MODIFIERS = 5
/** Qualifiers after the head: "un portavoz del Ministerio de Defensa cubano" reads up to here. */
const MAX_AFTER = 4
/** How many sentences on a description may be named: "A police spokesman said …. ‘…,’ said spokesman Tom Roe." */
const NAMED_WITHIN = 2

/** The body a description speaks for: an organization or government mention inside it, else in its sentence or the one before. */
export function bodyFor(found: readonly Found[], start: number, end: number, sentenceStart: number): Found | undefined {
  const bodies = found.filter((f) => f.type === 'organization' || f.type === 'government')
  const inside = bodies.filter((f) => f.start >= start && f.end <= end)
  if (inside.length > 0) return inside.find((f) => f.type === 'organization') ?? inside[0]
  let best: Found | undefined
  for (const f of bodies) if (f.end <= start && f.start >= sentenceStart && (!best || f.start > best.start)) best = f
  return best
}

/** The English word a body gives a description: "Army of Cuba" → "army", a government → "government". */
const englishHead = (body: Found) => (body.type === 'government' ? 'government' : body.name.replace(/ of .*$/, '').toLowerCase())

/** What follows the head in a language that qualifies after the noun: "del ejército", "cubano", "militar". */
interface After { end: number; words: string[]; country?: string }

function qualifiersAfter(scan: Scan, i: number, head: number, bodies: Bodies): After {
  const u = scan.lang.unnamed
  const after: After = { end: head + 1, words: [] }
  for (let n = 0; n < MAX_AFTER && scan.lang.headFirst && after.end < scan.size && sameSentence(scan, i, after.end); n++) {
    const end = after.end
    const w = scan.countryAt.get(end)
    const of = scan.lang.roles.ownerLinks.has(scan.lower(end)) ? (scan.lang.articles.has(scan.lower(end + 1)) ? end + 2 : end + 1) : -1
    const body = of > 0 ? bodyAt(scan, of, bodies) : null
    if (w?.kind === 'demonym' && !after.country) { after.country = w.code; after.end = w.endToken }
    else if (body) { after.words.push(englishHead(body.body)); after.country ??= body.body.country; after.end = body.end }
    else if (of > 0 && u.modifiers.has(scan.lower(of))) { after.words.push(u.modifiers.get(scan.lower(of))!); after.end = of + 1 }
    else if (u.modifiers.has(scan.lower(end)) && !u.rankModifiers.has(scan.lower(end))) { after.words.push(u.modifiers.get(scan.lower(end))!); after.end++ }
    else break
  }
  return after
}

/**
 * Rule `unnamed-source`: an official the story does not name — "a ministry official said", "A Kestrian
 * diplomat who attended said", "un portavoz del ejército dijo" — is an actor of their own, a person speaking
 * for the body their description names (or, with none, the body their sentence or the one before speaks of),
 * with an English id in any language (p-senior-cuban-official). Only as the subject of a report or before
 * "who"/"que": "he met a diplomat" names no source.
 */
export function findUnnamedSources(scan: Scan, found: readonly Found[]): Found[] {
  const u = scan.lang.unnamed
  const bodies: Bodies = new Map(found.filter((f) => f.type === 'organization' || f.type === 'government').map((f) => [f.start, f]))
  const out: Found[] = []
  for (let i = 0; i < scan.size; i++) {
    // possessive-unnamed-source: "Kenya's deputy foreign minister" is read as "the Kenyan deputy foreign minister".
    const owner = ownerCountryAt(scan, i)
    const definite = owner !== undefined || scan.lang.articles.has(scan.lower(i))
    if (!hasClass(scan, i, W.indefinite) && !definite) continue
    const first = owner?.endToken ?? i + 1
    let head = first
    while (head < scan.size && head - i <= MAX_MODIFIERS && sameSentence(scan, i, head) && !u.heads.has(scan.stem(head))) {
      if (!u.modifiers.has(scan.stem(head)) && !scan.countryAt.get(head) && !scan.countryBefore.get(head + 1)) break
      head++
    }
    if (!u.heads.has(scan.stem(head)) || !sameSentence(scan, i, head)) continue
    if (isClaimed(scan, first, head + 1) && !scan.countryAt.get(owner ? i : first)) continue
    // definite-unnamed-source: "the Kenyan foreign minister said" names a source only with its country written
    // and no name after it ("the Kenyan foreign minister, Ana Roe," is Roe's title).
    let written = owner?.code
    for (let k = head - 1; k > i; k--) written = scan.countryAt.get(k)?.code ?? written
    if (definite && (!written || scan.isCapitalized(head + 1) || (scan.lower(head + 1) === ',' && scan.isCapitalized(head + 2)))) continue
    // A named holder of that office is who "the Kenyan foreign minister" means, not someone new.
    if (definite && found.some((f) => f.type === 'person' && f.country === written && f.role?.toLowerCase().includes(scan.stem(head)))) continue
    const after = withPostedCountry(scan, qualifiersAfter(scan, i, head, bodies))
    const end = after.end
    // "…, who spoke on condition of anonymity,", "…, speaking on condition of anonymity,", "que pidió el anonimato".
    const relative = u.relatives.has(scan.lower(end)) || (scan.lower(end) === ',' && u.relativesAfterComma.has(scan.lower(end + 1)))
    if (!relative && !actsAsAgent(scan, i, end)) continue
    const start = scan.tokens[i]!.start
    const holder = namedHolderAfter(scan, found, head, end)
    if (holder) {
      out.push({ ...holder, start, end: scan.tokens[end - 1]!.end, kind: 'description', rule: 'unnamed-then-named' })
      i = head
      continue
    }
    const sentence = scan.sentences[scan.sentenceOf(i) - 1] ?? scan.sentenceAt(i)!
    const near = bodyFor(found, start, scan.tokens[end - 1]!.end, sentence.start)
    // "Iraq said …. A Pentagon spokesman said …": a body of another country than the one written is someone else's.
    const mine = written ?? after.country
    const body = near && mine && near.country && near.country !== mine ? undefined : near
    // The role leaves out the country word and "senior": "a senior Kenyan ministry official" holds "ministry official".
    let from = first
    while (from < head && (scan.countryAt.get(from) || u.rankModifiers.has(scan.lower(from)))) from = scan.countryAt.get(from)?.endToken ?? from + 1
    const role = scan.textOf(from, end)
    const country = written ?? after.country ?? body?.country
    const described = describe(scan, i, head, after, country, owner)
    const name = body && body.start < start ? `${body.name} ${described}` : described
    out.push({
      id: `p-${slug(name)}`, type: 'person', name: `${name[0]!.toUpperCase()}${name.slice(1)} (unnamed)`,
      ...(country ? { country } : {}),
      ...(body ? { memberOf: body.id } : country ? { memberOf: governmentOf(country) } : {}),
      role, start, end: scan.tokens[end - 1]!.end, kind: 'description', rule: 'unnamed-source',
    })
    i = head
  }
  return out
}

/**
 * unnamed-then-named: "A police spokesman said …. ‘…,’ said spokesman Tom Roe": the one person named in the
 * next sentences with the description's office is who it was. Two such people leave it unnamed.
 */
function namedHolderAfter(scan: Scan, found: readonly Found[], head: number, end: number): Found | undefined {
  const key = scan.lang.roles.officeKey
  const office = key(scan.stem(head))
  const from = scan.tokens[end - 1]!.end
  const last = scan.sentenceOf(head) + NAMED_WITHIN
  const holders = new Map<string, Found>()
  for (const f of found) {
    if (f.type !== 'person' || f.kind === 'description' || f.start < from || scan.sentenceOf(scan.tokenAt(f.start)) > last) continue
    if (f.role?.toLowerCase().split(/\s+/).some((w) => key(w) === office)) holders.set(f.id, f)
  }
  return holders.size === 1 ? [...holders.values()][0] : undefined
}

/** A country named with a possessive, opening a description: "Kenya's" in "Kenya's foreign minister". */
function ownerCountryAt(scan: Scan, i: number): CountryWord | undefined {
  const w = scan.countryAt.get(i)
  return w?.possessive && w.kind === 'name' ? w : undefined
}

/** "the Kenyan ambassador to Chad": the country an envoy is posted to is part of the description, so two envoys stay two. */
function withPostedCountry(scan: Scan, after: After): After {
  if (!scan.lang.unnamed.postedTo.has(scan.lower(after.end))) return after
  const w = scan.countryAt.get(after.end + 1)
  return w && w.kind === 'name' ? { ...after, end: w.endToken, words: [...after.words, scan.textOf(after.end, w.endToken)] } : after
}

/** The description in English words: as written in English ("Kenyan foreign ministry spokeswoman"), glossed otherwise ("senior Cuban official"). */
function describe(scan: Scan, i: number, head: number, after: After, country: string | undefined, owner?: CountryWord): string {
  // "Kenya's deputy minister" is described as "Kenyan deputy minister", so two countries' ministers stay two.
  if (owner) return `${countryInfo(owner.code)?.demonym ?? owner.code} ${scan.textOf(owner.endToken, after.end)}`
  if (!scan.lang.headFirst) return scan.textOf(i + 1, after.end)
  const u = scan.lang.unnamed
  const before: string[] = []
  for (let k = i + 1; k < head; k++) if (u.modifiers.has(scan.lower(k))) before.push(u.modifiers.get(scan.lower(k))!)
  const named = country !== undefined && scan.countryWords.some((w) => w.code === country && w.kind === 'demonym' && w.startToken > i && w.endToken <= after.end)
  const demonym = named ? scan.lang.englishCountryWord(country!, 'demonym', '') : ''
  return [...before, demonym, ...after.words, u.heads.get(scan.stem(head))!].filter(Boolean).join(' ')
}
