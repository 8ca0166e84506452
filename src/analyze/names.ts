import { NAME_TITLES, OFFICE_QUALIFIERS, OFFICE_WORDS } from '../lexicon/en/offices.js'

const TITLE_WORDS = new Set<string>([...NAME_TITLES, ...OFFICE_WORDS, ...OFFICE_QUALIFIERS])

/** Lower case without accents: "Díaz" → "diaz", "Ibáñez" → "ibanez". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
}

/**
 * The words of a person's name for matching: folded, possessive and punctuation dropped, titles and
 * offices in front removed ("Gen. Ana Roe-Vidal's" → ["ana", "roe-vidal"]).
 */
export function nameWords(name: string): string[] {
  const words = fold(name).replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean)
  let i = 0
  while (i < words.length - 1 && TITLE_WORDS.has(words[i]!)) i++
  return words.slice(i)
}

/** A slug for ids: "Ana Roe-Vidal" → "ana-roe-vidal". */
export const slugOf = (name: string) => nameWords(name).join('-').replace(/-+/g, '-')

/**
 * Does a short name ("Roe", "Vidal") name the same person as a full one ("Ana Roe Vidal")? It must be
 * one of the full name's words after the first (a surname, or one of two surnames).
 */
export function isSurnameOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length !== 1 || full.length < 2) return false
  return full.slice(1).some((w) => w === short[0] || w.split('-').includes(short[0]!))
}

/** Of two spellings, keep the one with more letters, then the one with accents (a careful writer's). */
export function betterSpelling(a: string, b: string): string {
  const score = (s: string) => s.length * 10 + (s.normalize('NFD').length - s.length)
  return score(b) > score(a) ? b : a
}

// Spellings that transliterations of one sound take: Arabic q/k/g and kh, Russian ts/z, German j for y.
const DIGRAPHS: readonly [RegExp, string][] = [
  [/sch|sh|ts|tz|z/g, 's'], [/kh|gh|ck|q|g|c/g, 'k'], [/ph/g, 'f'], [/dh/g, 'd'], [/th/g, 't'], [/w/g, 'v'],
]

/**
 * What a name word sounds like across transliterations, for matching only: an article prefix dropped,
 * spelling variants of one sound made one, vowels and doubled letters removed ("Gaddafi", "Kadhafi",
 * "al-Qaddafi" → "kdf"; "Yeltsin", "Jelzin" → "lsn").
 */
export function soundKey(word: string): string {
  let s = fold(word).replace(/^(?:al|el)-/, '')
  for (const [from, to] of DIGRAPHS) s = s.replace(from, to)
  return s.replace(/[aeiouyjh-]/g, '').replace(/(.)\1+/g, '$1')
}
