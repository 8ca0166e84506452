import { createHash } from 'node:crypto'

/**
 * The stored form of a document's text: Unicode NFC, `\n` line endings, no spaces or tabs at line ends,
 * no blank lines before the first or after the last line. Nothing else changes, so offsets computed on
 * the stored text stay meaningful to a reader of the original.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+$/gm, '')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '')
}

/** The identity of a document: sha256 (hex) of its normalized text. The same article ingested twice has one hash. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeText(text), 'utf8').digest('hex')
}
