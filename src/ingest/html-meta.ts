/** Title, publication date, outlet, canonical URL and language from a page's head, JSON-LD and `<time>`. */

export interface PageMeta {
  readonly title?: string
  readonly dateText?: string
  readonly outlet?: string
  readonly url?: string
  readonly language?: string
}

// Each list is in order of trust: the Open Graph / article tags publishers fill for sharing come first.
const TITLE_META = ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']
const DATE_META = [
  'meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="article:published_time"]',
  'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="dc.date"]',
  'meta[name="DC.date"]', 'meta[name="dcterms.created"]', 'meta[name="DC.date.issued"]', 'meta[property="og:published_time"]',
]
const OUTLET_META = ['meta[property="og:site_name"]', 'meta[name="application-name"]']
const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|Report)$/

export function readPageMeta(document: Document): PageMeta {
  const ld = jsonLdArticle(document)
  const found: PageMeta = {
    title: firstContent(document, TITLE_META) ?? str(ld?.['headline']),
    dateText: firstContent(document, DATE_META) ?? str(ld?.['datePublished']) ?? timeDatetime(document),
    outlet: firstContent(document, OUTLET_META) ?? publisherName(ld?.['publisher']),
    url: attr(document.querySelector('link[rel~="canonical"]'), 'href') ?? firstContent(document, ['meta[property="og:url"]']) ?? str(ld?.['url']),
    language: attr(document.documentElement, 'lang') ?? firstContent(document, ['meta[property="og:locale"]', 'meta[http-equiv="content-language"]']),
  }
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as PageMeta
}

type Json = Record<string, unknown>

/** The first schema.org Article-like object in the page's JSON-LD, looking inside arrays and `@graph`. */
export function jsonLdArticle(document: Document): Json | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue // broken JSON-LD is common in the wild; the meta tags still count
    }
    const queue: unknown[] = [data]
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      if (Array.isArray(item)) queue.push(...item)
      else if (item && typeof item === 'object') {
        const obj = item as Json
        if (types(obj['@type']).some((t) => ARTICLE_TYPE.test(t))) return obj
        if (obj['@graph']) queue.push(obj['@graph'])
      }
    }
  }
  return undefined
}

// The first <time datetime> inside the article, else in the page: pages with no meta tags often still mark
// the dateline this way.
function timeDatetime(document: Document): string | undefined {
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[pubdate]') ?? document.querySelector('time[datetime]')
  return attr(time, 'datetime')
}

function publisherName(publisher: unknown): string | undefined {
  const first = Array.isArray(publisher) ? publisher[0] : publisher
  if (typeof first === 'string') return first
  return first && typeof first === 'object' ? str((first as Json)['name']) : undefined
}

function types(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string')
}

function firstContent(document: Document, selectors: readonly string[]): string | undefined {
  for (const s of selectors) {
    const v = attr(document.querySelector(s), 'content')
    if (v) return v
  }
  return undefined
}

function attr(el: Element | null, name: string): string | undefined {
  return str(el?.getAttribute(name))
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : undefined
}
