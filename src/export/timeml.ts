import type { Timex } from '../model/annotations.js'
import { escapeMarkup as escapeXml } from './markup.js'

/** What a TimeML file needs of one stored document. */
export interface TimemlDoc {
  readonly id: string
  readonly title?: string | null
  readonly published: string | null
  readonly text: string
  readonly timexes: readonly Timex[]
}

const attributes = (a: Record<string, string | undefined>) =>
  Object.entries(a).flatMap(([k, v]) => (v === undefined ? [] : [` ${k}="${escapeXml(v)}"`])).join('')

/** The publication day as the document creation time (t0), when the document has one. */
function dct(published: string | null): string {
  const day = published && /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0]
  if (!day) return ''
  const tag = attributes({ tid: 't0', type: 'DATE', value: day, temporalFunction: 'false', functionInDocument: 'CREATION_TIME' })
  return `<DCT><TIMEX3${tag}>${day}</TIMEX3></DCT>\n`
}

/**
 * The text with a TIMEX3 around each time expression's own span. A value resolved against the
 * publication date is a temporal function anchored at the DCT. Spans never nest in TimeML: should two
 * overlap, the first kept wins.
 */
function markedText(d: TimemlDoc): string {
  const timexes = [...d.timexes].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
  const anchored = (t: Timex) => t.resolved === 'publication' && d.published
  let out = ''
  let at = 0
  let n = 0
  for (const t of timexes) {
    if (t.span.start < at) continue
    const tag = attributes({
      tid: `t${++n}`, type: t.type, value: t.value, mod: t.mod,
      temporalFunction: t.resolved && t.resolved !== 'absolute' ? 'true' : 'false', anchorTimeID: anchored(t) ? 't0' : undefined,
    })
    const words = escapeXml(d.text.slice(t.span.start, t.span.end))
    out += `${escapeXml(d.text.slice(at, t.span.start))}<TIMEX3${tag}>${words}</TIMEX3>`
    at = t.span.end
  }
  return out + escapeXml(d.text.slice(at))
}

/** One document's time expressions as a TimeML document (TimeBank layout: DOCID, DCT, TITLE, TEXT). */
export function toTimeml(d: TimemlDoc): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
    + `<DOCID>${escapeXml(d.id)}</DOCID>\n${dct(d.published)}`
    + (d.title ? `<TITLE>${escapeXml(d.title)}</TITLE>\n` : '')
    + `<TEXT>${markedText(d)}</TEXT>\n</TimeML>\n`
}
