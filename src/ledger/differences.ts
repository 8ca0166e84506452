import type { Document } from '../model/document.js'
import type { StoredDocument } from './documents.js'

/**
 * The metadata a second copy of a stored text states differently. The text is what identifies a
 * document, so the copy changes nothing; the flags say how to correct the stored one if it is wrong.
 */
export function differences(stored: StoredDocument, doc: Document): string[] {
  const given = { published: doc.published, outlet: doc.outlet, title: doc.title, url: doc.url, language: doc.language }
  return Object.entries(given).flatMap(([k, v]) => (v != null && v !== stored[k as keyof typeof given] ? [`--${k} ${quote(v)}`] : []))
}

const quote = (v: string) => (/^[\w.:/-]+$/.test(v) ? v : `'${v.replace(/'/g, "'\\''")}'`)
