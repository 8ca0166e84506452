import { UNNAMED_SOURCE_HEADS, UNNAMED_SOURCE_MODIFIERS } from '../../lexicon/offices.js'
import { actsAsAgent } from './cues.js'
import { governmentId, slug, type Found } from './found.js'
import { isClaimed, sameSentence, type Scan } from './scan.js'

const HEAD = new Set<string>(UNNAMED_SOURCE_HEADS)
const MODIFIER = new Set<string>(UNNAMED_SOURCE_MODIFIERS)
const INDEFINITE = new Set(['a', 'an', 'one', 'another'])
const MAX_MODIFIERS = 5

/** The body a description speaks for: an organization or government mention inside it, else in its sentence or the one before. */
export function bodyFor(found: readonly Found[], start: number, end: number, sentenceStart: number): Found | undefined {
  const bodies = found.filter((f) => f.type === 'organization' || f.type === 'government')
  const inside = bodies.filter((f) => f.start >= start && f.end <= end)
  if (inside.length > 0) return inside.find((f) => f.type === 'organization') ?? inside[0]
  let best: Found | undefined
  for (const f of bodies) if (f.end <= start && f.start >= sentenceStart && (!best || f.start > best.start)) best = f
  return best
}

/**
 * Rule `unnamed-source`: an official the story does not name — "a ministry official said", "A Kestrian
 * diplomat who attended said", "A spokesman said" — is an actor of their own, a person speaking for the
 * body their description names (or, with none, the body their sentence or the one before speaks of).
 * Only as the subject of a report or before "who": "he met a diplomat" names no source.
 */
export function findUnnamedSources(scan: Scan, found: readonly Found[]): Found[] {
  const out: Found[] = []
  for (let i = 0; i < scan.tokens.length; i++) {
    if (!INDEFINITE.has(scan.lower[i]!)) continue
    let head = i + 1
    while (head < scan.tokens.length && head - i <= MAX_MODIFIERS && sameSentence(scan, i, head) && !HEAD.has(scan.stems[head]!)) {
      const w = scan.stems[head]!
      if (!MODIFIER.has(w) && !scan.countryAt.get(head) && !scan.countryBefore.get(head + 1)) break
      head++
    }
    if (!HEAD.has(scan.stems[head] ?? '') || !sameSentence(scan, i, head)) continue
    const end = head + 1
    if (isClaimed(scan, i + 1, end) && !scan.countryAt.get(i + 1)) continue
    // "…, who spoke on condition of anonymity,", "…, speaking on condition of anonymity,": the source is described.
    const relative = scan.lower[end] === 'who' || (scan.lower[end] === ',' && /^(who|speaking)$/.test(scan.lower[end + 1] ?? ''))
    if (!actsAsAgent(scan, i, end) && !relative) continue
    const start = scan.tokens[i]!.start
    const sentence = scan.sentences[scan.sentenceOf[i]! - 1] ?? scan.sentences[scan.sentenceOf[i]!]!
    const body = bodyFor(found, start, scan.tokens[end - 1]!.end, sentence.start)
    const described = scan.text.slice(scan.tokens[i + 1]!.start, scan.tokens[end - 1]!.end)
    // The role leaves out the country word and "senior": "a senior Kenyan ministry official" holds "ministry official".
    let from = i + 1
    while (from < head && (scan.countryAt.get(from) || /^(senior|junior|top|high-ranking)$/.test(scan.lower[from]!))) from = scan.countryAt.get(from)?.endToken ?? from + 1
    const role = scan.text.slice(scan.tokens[from]!.start, scan.tokens[end - 1]!.end)
    let country = body?.country
    for (let k = head - 1; k > i; k--) country = scan.countryAt.get(k)?.code ?? country
    const name = body && body.start < start ? `${body.name} ${described}` : described
    out.push({
      id: `p-${slug(name)}`, type: 'person', name: `${name[0]!.toUpperCase()}${name.slice(1)} (unnamed)`,
      ...(country ? { country } : {}),
      ...(body ? { memberOf: body.id } : country ? { memberOf: governmentId(country) } : {}),
      role, start, end: scan.tokens[end - 1]!.end, kind: 'description', rule: 'unnamed-source',
    })
    i = head
  }
  return out
}
