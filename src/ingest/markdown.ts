import type { Draft } from './draft.js'
import { field, splitFrontMatter } from './front-matter.js'
import { stripInline } from './markdown-inline.js'

// A careful line-based stripper rather than a Markdown parser: news articles use a small part of
// CommonMark (headings, emphasis, links, lists, quotes), and keeping the author's lines and blank lines
// as they are keeps paragraphs where the writer put them.
const FENCE = /^\s{0,3}(`{3,}|~{3,})/
const ATX = /^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)[ \t]*$/
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const BLOCKQUOTE = /^\s{0,3}>[ \t]?/
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:[ \t]*\S/
const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/
const HARD_BREAK = /(?:\\|[ \t]{2,})$/

const TITLE_KEYS = ['title', 'headline']
const DATE_KEYS = ['published', 'date', 'pubdate', 'published_at', 'publishdate', 'datepublished']
const OUTLET_KEYS = ['outlet', 'publisher', 'source', 'site', 'site_name']
const URL_KEYS = ['url', 'canonical', 'canonical_url', 'link', 'permalink']
const LANGUAGE_KEYS = ['language', 'lang', 'locale']

/** Markdown → plain text; front matter gives title, date, outlet, url and language, else the first H1 is the title. */
export function readMarkdown(source: string, origin: string): Draft {
  const { body, fields } = splitFrontMatter(source)
  const { text, heading } = stripMarkdown(body)
  const meta = {
    title: field(fields, TITLE_KEYS) ?? heading,
    dateText: field(fields, DATE_KEYS),
    outlet: field(fields, OUTLET_KEYS),
    url: field(fields, URL_KEYS),
    language: field(fields, LANGUAGE_KEYS),
  }
  const found = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined))
  return { text, format: 'markdown', origin, where: origin, ...found }
}

/** The plain text, and the first block's text when that block is a level-1 heading. */
export function stripMarkdown(body: string): { text: string; heading?: string } {
  const out: string[] = []
  let fence: string | null = null
  let heading: string | undefined
  let blocksSeen = 0
  for (const raw of body.split(/\r?\n/)) {
    const fenceMark = FENCE.exec(raw)?.[1]
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null
      else out.push(raw)
      continue
    }
    if (fenceMark) {
      fence = fenceMark
      continue
    }
    const previous = out.length > 0 ? out[out.length - 1]! : ''
    if (SETEXT_UNDERLINE.test(raw) && previous.trim() !== '') {
      if (raw.trim()[0] === '=' && blocksSeen === 1 && heading === undefined) heading = previous.trim()
      continue
    }
    if (THEMATIC_BREAK.test(raw) || REFERENCE_DEFINITION.test(raw) || TABLE_RULE.test(raw)) {
      out.push('')
      continue
    }
    const line = stripLine(raw)
    if (line.trim() !== '' && previous.trim() === '') blocksSeen++
    const atx = ATX.exec(raw)
    if (atx && atx[1]!.length === 1 && blocksSeen === 1 && heading === undefined) heading = line.trim()
    out.push(line)
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '')
  return heading ? { text, heading } : { text }
}

function stripLine(raw: string): string {
  let line = raw
  while (BLOCKQUOTE.test(line)) line = line.replace(BLOCKQUOTE, '')
  const atx = ATX.exec(line)
  if (atx) line = atx[2] ?? ''
  line = line.replace(LIST_ITEM, '').replace(HARD_BREAK, '').trim()
  if (line.startsWith('|') && line.endsWith('|')) line = line.slice(1, -1).split('|').map((c) => c.trim()).join('\t')
  return stripInline(line)
}
