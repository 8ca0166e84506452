import { parseHTML } from 'linkedom'
import { ClaimtrailError } from '../errors.js'

/** HTML → plain text with one paragraph per block, separated by blank lines. Shared by html.ts and feed.ts. */

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tr', 'ul',
])
// Never text a reader sees.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'button', 'select'])

const ELEMENT = 1
const TEXT = 3
const CDATA = 4
const DOCUMENT = 9
const FRAGMENT = 11

interface Walk {
  readonly paragraphs: string[]
  current: string
}

/** The text of a DOM node: inline whitespace collapsed, `<br>` kept as a line break, blocks as paragraphs. */
export function blockText(root: Node): string {
  const walk: Walk = { paragraphs: [], current: '' }
  visit(root, walk)
  flush(walk)
  return walk.paragraphs.join('\n\n')
}

/** A fragment of HTML (a feed item's content) → text; plain text without tags is kept as written. */
export function htmlFragmentToText(html: string): string {
  if (!/<[A-Za-z!/]/.test(html) && !/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(html)) return html.trim()
  return blockText(parseHtmlDocument(html).body)
}

/**
 * Deepest element nesting read. Real pages nest a few dozen deep; Readability's cost and the walks' call
 * depth grow with nesting, so a page nested deeper is refused rather than read for seconds.
 */
export const MAX_HTML_DEPTH = 256

/** linkedom needs an `<html>` root: a fragment parsed bare has its first element as documentElement and no body. */
export function parseHtmlDocument(html: string): Document {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
  const document = parseHTML(page).document as unknown as Document
  if (deeperThan(document, MAX_HTML_DEPTH)) {
    throw new ClaimtrailError('too_large', `the HTML nests elements more than ${MAX_HTML_DEPTH} deep, the most claimtrail reads`)
  }
  return document
}

/** One pass over the tree with a stack of its own, so no nesting depth can overflow the call stack. */
function deeperThan(root: Node, max: number): boolean {
  const stack: [Node, number][] = [[root, 0]]
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top
    if (depth > max) return true
    for (const child of Array.from(node.childNodes)) if (child.nodeType === ELEMENT) stack.push([child, depth + 1])
  }
  return false
}

function visit(node: Node, walk: Walk): void {
  if (node.nodeType === TEXT || node.nodeType === CDATA) {
    walk.current += (node.nodeValue ?? '').replace(/\s+/g, ' ')
    return
  }
  if (node.nodeType !== ELEMENT && node.nodeType !== DOCUMENT && node.nodeType !== FRAGMENT) return
  const tag = node.nodeType === ELEMENT ? (node as Element).localName.toLowerCase() : ''
  if (SKIPPED.has(tag)) return
  if (tag === 'br') {
    walk.current = `${walk.current.replace(/ +$/, '')}\n`
    return
  }
  if (tag === 'pre') {
    flush(walk)
    walk.paragraphs.push(...nonEmpty((node.textContent ?? '').replace(/\s+$/, '')))
    return
  }
  const block = BLOCKS.has(tag)
  if (block) flush(walk)
  for (const child of Array.from(node.childNodes)) visit(child, walk)
  if (block) flush(walk)
  // Table cells on one row stay on one line, apart.
  if (tag === 'td' || tag === 'th') walk.current += '\t'
}

function flush(walk: Walk): void {
  walk.paragraphs.push(...nonEmpty(walk.current.replace(/[ \t]*\n[ \t]*/g, '\n').trim()))
  walk.current = ''
}

function nonEmpty(text: string): string[] {
  return text.trim() === '' ? [] : [text]
}
