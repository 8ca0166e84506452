import { lookupSpanishCountry } from '../../lexicon/es/countries.js'
import { ES_PLACE_NOUNS } from '../../lexicon/es/event-words.js'

const NAME = String.raw`(\p{Lu}[\p{Ll}\p{M}]+(?:[ -]\p{Lu}[\p{Ll}\p{M}]+)?)`
const PLACE_NOUN = `(?:${ES_PLACE_NOUNS.join('|')})`
const COUNTRY = String.raw`(\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+)?)`
const COMPASS = String.raw`(?:(?:el\s+)?(?:norte|sur|este|oeste|centro|noreste|noroeste|sureste|suroeste|nordeste)\s+(?:de|del)\s+)?`
// "la ciudad freedonia de Lia": the adjective follows the place noun.
const OWNED = new RegExp(String.raw`(?<![\p{L}])${PLACE_NOUN}\s+(\p{Ll}+)\s+de\s+${NAME}`, 'gu')
// "Lia, una aldea en el norte de Freedonia", "la localidad de Lia, en Freedonia", "Lia, una ciudad de Freedonia".
// The name needs its place noun or a comma: "el Gobierno de Freedonia" and "Ruiz en Freedonia" place no town.
const IN_COUNTRY = new RegExp(String.raw`(?:${PLACE_NOUN}\s+de\s+${NAME},?|(?<![\p{L}])${NAME},)\s+(?:(?:una|un|la|el)\s+(?:\p{Ll}+\s+)?${PLACE_NOUN}\s+)?(?:en|de)\s+${COMPASS}${COUNTRY}`, 'gu')

/** A Spanish country word (name or adjective) as a code: the whole words, else the first one ("Freedonia Central"). */
function codeOf(words: string, kinds: readonly string[]): string | undefined {
  const find = (w: string) => lookupSpanishCountry(w).find((f) => kinds.includes(f.kind))?.code
  return find(words) ?? find(words.split(' ')[0]!)
}

/**
 * Towns and villages a Spanish article places in a country ("la ciudad freedonia de Lia", "Lia, una aldea
 * en el norte de Freedonia"), by name, so "el bombardeo de Lia" happened in Freedonia. As for English,
 * learned per document: there is no gazetteer of towns.
 */
export function learnSpanishLocalities(text: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(OWNED)) {
    const code = codeOf(m[1]!, ['demonym'])
    if (code && !codeOf(m[2]!, ['name', 'capital'])) out.set(m[2]!, code)
  }
  for (const m of text.matchAll(IN_COUNTRY)) {
    const name = (m[1] ?? m[2])!
    const code = codeOf(m[3]!, ['name', 'capital'])
    if (code && !codeOf(name, ['name', 'capital', 'demonym']) && !out.has(name)) out.set(name, code)
  }
  return out
}
