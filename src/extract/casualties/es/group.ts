import { ES_GROUP_NOUNS, ES_ROLE_MODIFIERS } from '../../../lexicon/es/casualty-terms.js'
import { lookupSpanishCountry } from '../../../lexicon/es/countries.js'
import type { TokenText } from '../../events/token-text.js'
import type { Group } from '../group.js'

const HEADS = new Map(Object.entries(ES_GROUP_NOUNS))
const ROLE = new Map(Object.entries(ES_ROLE_MODIFIERS))
const OWNERS = new Set(['nuestros', 'nuestras', 'sus', 'su', 'nuestro', 'nuestra'])

const demonymOf = (tt: TokenText, k: number) => lookupSpanishCountry(tt.word(k)).find((f) => f.kind === 'demonym' || f.kind === 'people')?.code

/**
 * The counted group after a quantity: "soldados cubanos", "de los civiles", "nuestros militares",
 * "agentes de policía", or a people ("cubanos"). The country comes from a demonym after the head.
 */
export function readEsGroup(tt: TokenText, i: number): Group | null {
  let k = i
  if (tt.lower(k) === 'de' && /^(los|las|sus|nuestros|nuestras)$/.test(tt.lower(k + 1))) k += 1
  if (/^(los|las)$/.test(tt.lower(k)) && tt.lower(k - 1) === 'de') k++
  const owner = OWNERS.has(tt.lower(k)) ? tt.lower(k++) : undefined
  const w = tt.lower(k)
  const listed = HEADS.get(w)
  const people = listed === undefined ? demonymOf(tt, k) : undefined
  if (listed === undefined && !people) return null
  let role = listed ?? null
  let country = people
  let end = k + 1
  // Post-modifiers: "cubanos", "militares", "de policía", "de Cuba".
  for (let n = 0; n < 3; n++) {
    const m = tt.lower(end)
    const modRole = ROLE.get(m) ?? (m === 'de' ? ROLE.get(tt.lower(end + 1)) : undefined)
    if (modRole) { role = modRole; end += m === 'de' ? 2 : 1; continue }
    const code = demonymOf(tt, end) ?? (m === 'de' && tt.isCapitalized(end + 1) ? lookupSpanishCountry(tt.word(end + 1)).find((f) => f.kind === 'name')?.code : undefined)
    if (!code) break
    country ??= code
    end += m === 'de' ? 2 : 1
  }
  return {
    start: k, end, noun: listed !== undefined ? w : tt.lower(k), plural: /s$/.test(w), guessed: false,
    ...(country ? { country } : {}), ...(role ? { role } : {}), ...(owner ? { owner } : {}),
  }
}
