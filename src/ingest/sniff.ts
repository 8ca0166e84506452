import { extname } from 'node:path'
import type { DocumentFormat } from '../model/document.js'

const BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
}

/** The format a file's name promises, or undefined when the extension is not one we read. */
export function formatByName(path: string): DocumentFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()]
}

// Only the start of the content is looked at: enough for a prolog, a doctype and a comment or two.
const HEAD = 2048
const FEED_ROOT = /<(?:rss|feed|rdf:RDF)[\s>]/
const HTML_ROOT = /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i

/**
 * The format of content whose name does not tell (stdin, unknown extensions). Markdown is not guessed:
 * plain text is the safe reading of prose that may merely contain a `#` or a `*`.
 */
export function sniffFormat(text: string): DocumentFormat {
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, '').trimStart()
  if (head.startsWith('<?xml') || head.startsWith('<!--')) {
    if (FEED_ROOT.test(head)) return 'feed'
    if (/<html[\s>]|<!doctype html/i.test(head)) return 'html'
    return head.startsWith('<?xml') ? 'feed' : 'text'
  }
  if (FEED_ROOT.test(head.slice(0, 200)) && head.startsWith('<')) return 'feed'
  if (HTML_ROOT.test(head)) return 'html'
  if (head.startsWith('{') && looksLikeJsonLine(head)) return 'jsonl'
  return 'text'
}

function looksLikeJsonLine(head: string): boolean {
  const first = head.split('\n', 1)[0]!
  try {
    const v: unknown = JSON.parse(first)
    return typeof v === 'object' && v !== null && !Array.isArray(v)
  } catch {
    // A long first line may be cut by HEAD; a JSON object that opens with a key is still JSON lines.
    return /^\{\s*"[^"]+"\s*:/.test(first)
  }
}
