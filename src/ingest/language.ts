import { francAll } from 'franc-min'

/** Languages the extraction has rules for, as franc's ISO 639-3 codes and the primary tags documents carry. */
const SUPPORTED: Readonly<Record<string, string>> = { eng: 'en', spa: 'es' }
const SAMPLE = 4000
const MIN_LENGTH = 40
/** The runner-up must score clearly lower: a text that reads nearly as well in both stays undecided. */
const MARGIN = 0.85

/**
 * The language of an article with no language metadata, from its text (franc's trigram models, among the
 * languages the pipeline reads); undefined when the text is too short or too mixed to tell.
 */
export function detectLanguage(text: string): string | undefined {
  const [best, next] = francAll(text.slice(0, SAMPLE), { only: Object.keys(SUPPORTED), minLength: MIN_LENGTH })
  if (!best || best[0] === 'und' || (next && next[1] > MARGIN)) return undefined
  return SUPPORTED[best[0]]
}
