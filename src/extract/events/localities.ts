import { lookupCountry } from '../../lexicon/en/countries.js'

const NAME = String.raw`(\p{Lu}[\p{Ll}\p{M}]+(?:[ -]\p{Lu}[\p{Ll}\p{M}]+)?)`
const PLACE_NOUN = String.raw`(?:town|city|village|port|region|province|district|valley|enclave|settlement|island)`
const COUNTRY = String.raw`(\p{Lu}[\p{Ll}\p{M}]+(?:['’]s)?)`
const COMPASS = String.raw`(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west|northern|southern|eastern|western)(?:ern)?\s+)?`
// "the Freedonian town of Lia", "Freedonia’s port of Lia"
const OWNED = new RegExp(String.raw`\b${COUNTRY}\s+${PLACE_NOUN}\s+of\s+${NAME}`, 'gu')
// "the town of Lia in northern Freedonia", "Lia, a village in Freedonia", "in Lia, Freedonia"
const IN_COUNTRY = new RegExp(String.raw`\b(?:${PLACE_NOUN}\s+of\s+)?${NAME},?\s+(?:(?:a|the)\s+(?:\p{Ll}+\s+)?${PLACE_NOUN}\s+)?in\s+${COMPASS}${COUNTRY}`, 'gu')

/** A country form (name, demonym, possessive name) as a code, when the country data knows it. */
function codeOf(word: string): string | undefined {
  return lookupCountry(word.replace(/['’]s$/, '')).find((f) => f.kind !== 'people')?.code
}

/**
 * Towns and villages the article places in a country ("the Freedonian town of Lia", "Lia, a village in
 * Freedonia"), by name, so "the raid on Lia" happened in Freedonia. Learned per document: there is no
 * gazetteer of towns, and an invented town is only known from how the article speaks of it.
 */
export function learnLocalities(text: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(OWNED)) {
    const code = codeOf(m[1]!)
    if (code && !codeOf(m[2]!)) out.set(m[2]!, code)
  }
  for (const m of text.matchAll(IN_COUNTRY)) {
    const code = codeOf(m[2]!)
    if (code && !codeOf(m[1]!) && !out.has(m[1]!)) out.set(m[1]!, code)
  }
  return out
}
