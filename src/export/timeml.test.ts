import { test } from 'node:test'
import assert from 'node:assert/strict'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Timex } from '../model/annotations.js'
import { spanAt } from '../model/span.js'
import { toTimeml } from './timeml.js'

const TEXT = 'On 3 May 2030 the council met & voted <again> last week.\u0001'
const timexOf = (words: string, more: Partial<Timex>): Timex => {
  const start = TEXT.indexOf(words)
  return { id: `t-${start}`, span: spanAt(TEXT, start, start + words.length), type: 'DATE', value: 'XXXX', rule: 'test', ...more }
}
const DOC = {
  id: 'd1', title: 'Council <votes>', published: '2030-05-10', text: TEXT,
  timexes: [
    timexOf('last week', { value: '2030-W18', resolved: 'publication' }),
    timexOf('3 May 2030', { value: '2030-05-03', resolved: 'absolute', mod: 'START' }),
  ],
}

// Ordered nodes keep the text between tags, so the spans can be checked against the text.
const parse = (xml: string) =>
  new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false }).parse(xml) as Node[]
type Node = Record<string, Node[] | string> & { ':@'?: Record<string, string> }
const childrenOf = (nodes: Node[], tag: string) => nodes.find((n) => tag in n)![tag] as Node[]
const textOf = (nodes: Node[]): string => nodes.map((n) => ('#text' in n ? String(n['#text']) : textOf(Object.values(n).find(Array.isArray)!))).join('')

test('writes valid TimeML: a TIMEX3 around each expression\'s own words, the text escaped and unchanged', () => {
  const xml = toTimeml(DOC)
  assert.equal(XMLValidator.validate(xml), true)
  const text = childrenOf(childrenOf(parse(xml), 'TimeML'), 'TEXT')
  assert.equal(textOf(text), TEXT.replace('\u0001', '\uFFFD'))
  const timexes = text.filter((n) => 'TIMEX3' in n).map((n) => [textOf(n['TIMEX3'] as Node[]), n[':@']])
  assert.deepEqual(timexes, [
    ['3 May 2030', { tid: 't1', type: 'DATE', value: '2030-05-03', mod: 'START', temporalFunction: 'false' }],
    ['last week', { tid: 't2', type: 'DATE', value: '2030-W18', temporalFunction: 'true', anchorTimeID: 't0' }],
  ])
})

test('the publication day is the document creation time; without one there is no DCT', () => {
  const root = childrenOf(parse(toTimeml({ ...DOC, published: '2030-05-10T08:30:00Z' })), 'TimeML')
  const dct = childrenOf(childrenOf(root, 'DCT'), 'TIMEX3')
  assert.equal(textOf(dct), '2030-05-10')
  assert.equal(textOf(childrenOf(root, 'TITLE')), 'Council <votes>')
  const undated = toTimeml({ ...DOC, published: null, timexes: [] })
  assert.equal(XMLValidator.validate(undated), true)
  assert.ok(!undated.includes('<DCT>'))
})

test('keeps the first of two overlapping expressions: TimeML tags never nest', () => {
  const xml = toTimeml({ ...DOC, timexes: [timexOf('3 May', { value: '2030-05-03' }), timexOf('May 2030', { value: '2030-05' })] })
  assert.equal(XMLValidator.validate(xml), true)
  assert.deepEqual([...xml.matchAll(/<TIMEX3 tid="t1"[^>]*>([^<]*)</g)].map((m) => m[1]), ['3 May'])
  assert.ok(!xml.includes('t2'))
})
