import { decodeHTMLStrict } from 'entities'

/**
 * Character references (`&amp;`, `&#8217;`, `&mdash;`) in text that no HTML parser sees: Markdown, raw
 * Atom text. The full HTML table comes from the maintained `entities` package; only references closed
 * by a semicolon count, so "AT&T" or "&copy2" in plain prose stay as written.
 */
export const decodeEntities = (text: string): string => (text.includes('&') ? decodeHTMLStrict(text) : text)
