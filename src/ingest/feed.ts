import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Draft } from './draft.js'
import { decodeEntities } from './entities.js'
import { asInputError, InputError } from './errors.js'
import { isWebUrl } from '../fields.js'
import { htmlFragmentToText } from './html-text.js'
import type { Batch } from './jsonl.js'

type Node = Record<string, unknown>

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Titles such as "2024" must stay strings.
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Atom content is kept raw: type="xhtml" content is markup whose order the object tree would lose.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
})

/** RSS 2.0 (and RSS 1.0) or Atom: each item or entry is a document; the channel or feed title is its outlet. */
export function readFeed(source: string, origin: string): Batch {
  const valid = XMLValidator.validate(source)
  if (valid !== true) {
    throw new InputError('bad_input', origin, `${origin}: not XML, so not a feed (line ${valid.err.line}: ${valid.err.msg})`, valid.err.line)
  }
  const root = parser.parse(source) as Node
  const rdf = node(root['rdf:RDF']) // RSS 1.0 keeps its items beside the channel, not in it
  const channel = node(node(root['rss'])?.['channel']) ?? node(rdf?.['channel'])
  const feed = node(root['feed'])
  if (!channel && !feed) throw new InputError('unsupported', origin, `${origin}: XML but not an RSS or Atom feed`)
  const items = ((channel ? (channel['item'] ?? rdf?.['item']) : feed?.['entry']) ?? []) as Node[]
  const outlet = text(channel?.['title'] ?? feed?.['title'])
  const language = text(channel?.['language'] ?? channel?.['dc:language']) ?? text(feed?.['@xml:lang'])
  if (items.length === 0) throw new InputError('empty', origin, `${origin}: the feed has no items`)
  const batch: Batch = { drafts: [], errors: [] }
  items.forEach((item, i) => {
    let draft: ItemFields
    try {
      draft = channel ? rssItem(item) : atomEntry(item)
    } catch (e) {
      // An item whose HTML is refused (nested too deep) is reported; the other items go on.
      batch.errors.push(asInputError(e, `${origin} item ${i + 1}`))
      return
    }
    const link = draft.url
    const where = `${origin} item ${i + 1}${draft.title ? ` ("${draft.title}")` : ''}`
    // The item's link names it only when it is a web address; any other link is dropped (draft.ts).
    const shared = { format: 'feed' as const, origin: link && isWebUrl(link) ? link : `${origin}#${i + 1}`, where, ...(outlet ? { outlet } : {}), ...(language ? { language } : {}) }
    batch.drafts.push({ ...shared, ...draft })
  })
  return batch
}

type ItemFields = Pick<Draft, 'text' | 'title' | 'url' | 'dateText'>

function rssItem(item: Node): ItemFields {
  const body = text(item['content:encoded']) ?? text(item['description']) ?? ''
  return defined({
    text: htmlFragmentToText(body),
    title: plainTitle(text(item['title'])),
    url: text((item['link'] as unknown[] | undefined)?.[0]) ?? permalink(item['guid']),
    dateText: text(item['pubDate']) ?? text(item['dc:date']),
  })
}

function atomEntry(entry: Node): ItemFields {
  const links = (entry['link'] ?? []) as Node[]
  const alternate = links.find((l) => l['@rel'] === undefined || l['@rel'] === 'alternate')
  return defined({
    text: atomText(entry['content']) ?? atomText(entry['summary']) ?? '',
    title: plainTitle(text(entry['title'])),
    url: text(alternate?.['@href']),
    dateText: text(entry['published']) ?? text(entry['updated']),
  })
}

/**
 * A raw Atom text construct: xhtml is markup as is; html and text are escaped (or CDATA) and decoded first.
 * Feeds often leave out type="html" on escaped HTML, so an untyped value is read as HTML when it has tags.
 */
function atomText(value: unknown): string | undefined {
  const raw = text(value)
  if (raw === undefined) return undefined
  const type = node(value)?.['@type']
  if (type === 'xhtml') return htmlFragmentToText(raw)
  const decoded = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g, (_, cdata?: string, plain?: string) => cdata ?? decodeEntities(plain ?? ''))
  return type === 'text' ? decoded.trim() : htmlFragmentToText(decoded)
}

// An RSS guid is the item's address only when isPermaLink is not "false".
function permalink(guid: unknown): string | undefined {
  const v = text(guid)
  return v && node(guid)?.['@isPermaLink'] !== 'false' && /^https?:\/\//.test(v) ? v : undefined
}

function plainTitle(title: string | undefined): string | undefined {
  return title && /[<&]/.test(title) ? htmlFragmentToText(title) : title
}

function text(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  const s = typeof v === 'string' ? v : typeof node(v)?.['#text'] === 'string' ? (node(v)!['#text'] as string) : undefined
  return s !== undefined && s.trim() !== '' ? s.trim() : undefined
}

function node(value: unknown): Node | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}
