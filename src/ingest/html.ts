import { Readability } from '@mozilla/readability'
import type { Draft } from './draft.js'
import { InputError } from './errors.js'
import { readPageMeta } from './html-meta.js'
import { blockText, parseHtmlDocument } from './html-text.js'

// Page furniture that is never the article. Readability scores these down by class names; removing them by
// element and ARIA role first keeps a short article from losing to a long menu or footer.
const FURNITURE = 'nav, aside, footer, form, [role="navigation"], [role="contentinfo"], [role="complementary"], [role="search"]'
// Readability always returns its best candidate, even a menu of links. Fewer words of prose than this,
// outside links, is not an article body (a one-sentence news brief still has more).
const MIN_PROSE_WORDS = 8

/** An HTML page → its main text (through Readability) and metadata from meta tags, JSON-LD and `<time>`. */
export function readHtml(source: string, origin: string): Draft {
  const document = parseHtmlDocument(source)
  // Metadata first: Readability rewrites the DOM it is given.
  const meta = readPageMeta(document)
  const pageTitle = document.querySelector('title')?.textContent ?? undefined
  for (const el of Array.from(document.querySelectorAll(FURNITURE))) el.remove()
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse()
  const content = article?.content
  const text = content ? blockText(content) : ''
  if (!content || proseWords(content) < MIN_PROSE_WORDS) {
    throw new InputError('empty', origin, `${origin}: no article body found in the HTML page`)
  }
  const found = {
    title: meta.title ?? article.title ?? pageTitle,
    dateText: meta.dateText ?? article.publishedTime ?? undefined,
    outlet: meta.outlet ?? article.siteName ?? undefined,
    url: meta.url,
    language: meta.language ?? article.lang ?? undefined,
  }
  const known = Object.fromEntries(Object.entries(found).filter(([, v]) => typeof v === 'string' && v.trim() !== ''))
  return { text, format: 'html', origin, where: origin, ...known }
}

function proseWords(node: Node): number {
  const words = (s: string | null | undefined) => (s ?? '').split(/\s+/).filter(Boolean).length
  const linked = Array.from((node as Element).querySelectorAll?.('a') ?? []).reduce((n, a) => n + words(a.textContent), 0)
  return words(node.textContent) - linked
}
