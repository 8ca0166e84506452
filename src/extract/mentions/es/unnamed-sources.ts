import { UNNAMED_SOURCE_HEADS_ES, UNNAMED_SOURCE_MODIFIERS_ES } from '../../../lexicon/es/offices.js'
import { countryInfo } from '../../../lexicon/countries.js'
import { governmentId, slug, type Found } from '../found.js'
import { sameSentence, textOf, type Scan } from '../scan.js'
import { bodyFor } from '../unnamed-sources.js'
import { actsAsAgentEs } from './cues.js'

const MODIFIER = UNNAMED_SOURCE_MODIFIERS_ES
const HEAD = UNNAMED_SOURCE_HEADS_ES
/** Qualifiers after the head: "un portavoz del Ministerio de Defensa cubano" reads up to here. */
const MAX_AFTER = 4
/** What describes the source after it: "que pidió el anonimato", ", quien habló bajo condición de anonimato". */
const RELATIVE = /^(?:que|quien|bajo)$/

/** An organization or government mention starting at token `k`, and the token after it. */
function bodyAt(scan: Scan, k: number, bodies: ReadonlyMap<number, Found>): [Found, number] | null {
  const body = bodies.get(scan.tokens[k]?.start ?? -1)
  if (!body) return null
  let end = k
  while (end < scan.tokens.length && scan.tokens[end]!.end <= body.end) end++
  return [body, end]
}

/** The English word an organization mention gives a description: "Army of Cuba" → "army", "Defence Ministry" → "defence ministry". */
const englishHead = (body: Found) => (body.type === 'government' ? 'government' : body.name.replace(/ of .*$/, '').toLowerCase())

/**
 * Rule `unnamed-source-es`: an official the story does not name — "un portavoz del ejército dijo", "un alto
 * funcionario cubano que pidió el anonimato" — is a person of their own, with the English rule's id built from
 * the English words of the description (p-army-spokesperson, p-senior-cuban-official), speaking for the body
 * it names (or the one its sentence or the one before speaks of). Only as a subject, or described by "que".
 */
export function findUnnamedSourcesEs(scan: Scan, found: readonly Found[]): Found[] {
  const bodies = new Map(found.filter((f) => f.type === 'organization' || f.type === 'government').map((f) => [f.start, f]))
  const out: Found[] = []
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.lower[i] !== 'un' && scan.lower[i] !== 'una') continue
    const senior = MODIFIER[scan.lower[i + 1] ?? ''] === 'senior'
    const head = senior ? i + 2 : i + 1
    const english = HEAD[scan.lower[head] ?? '']
    if (!english || !sameSentence(scan, i, head)) continue
    let end = head + 1
    let country: string | undefined
    const modifiers: string[] = []
    for (let n = 0; n < MAX_AFTER && end < scan.tokens.length && sameSentence(scan, i, end); n++) {
      const w = scan.countryAt.get(end)
      const of = /^(?:de|del)$/.test(scan.lower[end]!) ? (/^(?:la|el)$/.test(scan.lower[end + 1] ?? '') ? end + 2 : end + 1) : -1
      const body = of > 0 ? bodyAt(scan, of, bodies) : null
      if (w?.kind === 'demonym' && !country) { country = w.code; end = w.endToken }
      else if (body) { modifiers.push(englishHead(body[0])); country ??= body[0].country; end = body[1] }
      else if (of > 0 && MODIFIER[scan.lower[of]!]) { modifiers.push(MODIFIER[scan.lower[of]!]!); end = of + 1 }
      else if (MODIFIER[scan.lower[end]!] && MODIFIER[scan.lower[end]!] !== 'senior') modifiers.push(MODIFIER[scan.lower[end++]!]!)
      else break
    }
    const relative = RELATIVE.test(scan.lower[end] ?? '') || (scan.lower[end] === ',' && RELATIVE.test(scan.lower[end + 1] ?? ''))
    if (!relative && !actsAsAgentEs(scan, i, end)) continue
    const start = scan.tokens[i]!.start
    const sentence = scan.sentences[scan.sentenceOf[i]! - 1] ?? scan.sentences[scan.sentenceOf[i]!]!
    const body = bodyFor(found, start, scan.tokens[end - 1]!.end, sentence.start)
    country ??= body?.country
    const demonym = country && scan.countryWords.some((w) => w.code === country && w.kind === 'demonym' && w.startToken > head && w.endToken <= end) ? countryInfo(country)?.demonym : undefined
    const described = [senior ? 'senior' : '', demonym ?? '', ...modifiers, english].filter(Boolean).join(' ')
    const name = body && body.start < start ? `${body.name} ${described}` : described
    out.push({
      id: `p-${slug(name)}`, type: 'person', name: `${name[0]!.toUpperCase()}${name.slice(1)} (unnamed)`,
      ...(country ? { country } : {}),
      ...(body ? { memberOf: body.id } : country ? { memberOf: governmentId(country) } : {}),
      role: textOf(scan, head, end), start, end: scan.tokens[end - 1]!.end, kind: 'description', rule: 'unnamed-source-es',
    })
    i = head
  }
  return out
}
