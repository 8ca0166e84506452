import { francAll } from 'franc-min'

/** Languages the extraction has rules for, as franc's ISO 639-3 codes and the primary tags documents carry. */
const SUPPORTED: Readonly<Record<string, string>> = { eng: 'en', spa: 'es' }
const SAMPLE = 4000
const MIN_LENGTH = 40

/**
 * Closed-class words that only one of the two languages uses, as a check on the trigram guess: names and
 * quotations of the other language ("Los Angeles", "de la Cruz") move trigrams but hardly these counts.
 * Source: the commonest articles, prepositions and conjunctions of each language, written here.
 */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'of', 'and', 'to', 'that', 'is', 'was', 'for', 'on', 'with', 'by', 'it', 'at', 'from', 'his', 'were', 'has', 'have', 'had', 'this', 'which', 'said']),
  es: new Set(['el', 'los', 'las', 'del', 'que', 'y', 'un', 'una', 'por', 'con', 'para', 'se', 'su', 'sus', 'al', 'lo', 'como', 'es', 'fue', 'dijo', 'según', 'pero']),
}

function functionWordCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = { en: 0, es: 0 }
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [lang, words] of Object.entries(FUNCTION_WORDS)) if (words.has(w)) counts[lang]!++
  }
  return counts
}

/**
 * The language of an article with no language metadata, from its text: franc's trigram guess among the
 * languages the pipeline reads, kept when the function words agree; undefined when the text is too short
 * or the two disagree.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE)
  const [best] = francAll(sample, { only: Object.keys(SUPPORTED), minLength: MIN_LENGTH })
  const lang = best ? SUPPORTED[best[0]] : undefined
  if (!lang) return undefined
  const counts = functionWordCounts(sample)
  const other = lang === 'en' ? 'es' : 'en'
  return counts[lang]! > counts[other]! ? lang : undefined
}
