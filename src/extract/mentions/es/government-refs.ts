import { HEAD_OFFICES_ES } from '../../../lexicon/es/offices.js'
import { fold } from '../../../lexicon/es/countries.js'
import { governmentFound, type Found } from '../found.js'
import { salientCountry } from '../salience.js'
import { claim, hasClass, type Scan } from '../scan.js'
import { W } from '../word-classes.js'
import { phraseStart, standsAlone } from './governments.js'

const HEAD_OFFICE = HEAD_OFFICES_ES.map(fold)
const ANAPHORIC = new Set(['gobierno', 'régimen', 'autoridades', 'ejecutivo', 'dictadura'])
const DETERMINERS = new Set(['el', 'la', 'los', 'las', 'del', 'al'])
/** A name after the head is at most this many words: "la administración de Ana María Ruiz". */
const MAX_NAME = 3

/** A head of government's role ("presidente", "presidenta encargada de Cuba"); not a former or deputy one. */
export function isHeadOfficeEs(role: string): boolean {
  const r = fold(role)
  return HEAD_OFFICE.some((h) => r === h || r.startsWith(`${h} `)) && !/\b(?:ex|vice|adjunt[oa])\b/.test(r)
}

/** "la administración Roe", "la administración de Roe", "el gobierno de Ana Ruiz": the government of the country Roe leads. */
export function findLeaderGovernmentsEs(scan: Scan, people: ReadonlyMap<string, Found>): Found[] {
  const found: Found[] = []
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !hasClass(scan, i, W.governmentNoun)) continue
    const first = /^(?:de|del)$/.test(scan.lower[i + 1] ?? '') ? i + 2 : i + 1
    for (let end = first + MAX_NAME; end > first; end--) {
      if (end > scan.tokens.length || !hasClass(scan, end - 1, W.capitalized)) continue
      const person = people.get(scan.text.slice(scan.tokens[first]!.start, scan.tokens[end - 1]!.end))
      if (!person?.country || !person.role || !isHeadOfficeEs(person.role)) continue
      const from = phraseStart(scan, i)
      found.push(governmentFound(scan, person.country, from, end, 'metonym', 'gov-leader-es'))
      claim(scan, from, end)
      break
    }
  }
  return found
}

/**
 * Bare "el gobierno", "las autoridades", "el Ejecutivo", "del régimen": the government of the country the
 * paragraph is about; left out when the paragraph and the one before name no country.
 */
export function findGovernmentAnaphoraEs(scan: Scan): Found[] {
  const found: Found[] = []
  for (let i = 1; i < scan.tokens.length; i++) {
    if (scan.claimed[i] || !ANAPHORIC.has(scan.lower[i]!) || !DETERMINERS.has(scan.lower[i - 1]!) || !standsAlone(scan, i)) continue
    if (/^(?:de|del|en)$/.test(scan.lower[i + 1] ?? '')) continue
    const code = salientCountry(scan, i)
    if (!code) continue
    const from = /^(?:del|al)$/.test(scan.lower[i - 1]!) ? i : i - 1
    found.push(governmentFound(scan, code, from, i + 1, 'description', 'gov-anaphora-es'))
    claim(scan, from, i + 1)
  }
  return found
}
