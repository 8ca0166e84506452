import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { readBytes } from '../src/ingest/read.js'

// Fragments of every format the readers take, so random mixes reach deep into each parser.
const fragments = [
  '<html>', '</html>', '<head>', '<title>Port reopens</title>', '<meta property="article:published_time" content="2031-03-03">',
  '<body>', '<article>', '<p>The ministry said the port reopened.</p>', '<script>x</script>', '<time datetime="2031-13-40">',
  '---', 'title: Port reopens', 'published: 2031-03-03', 'published: yesterday', 'outlet: [', '# Heading', '\n', '\n\n',
  '{"text": "The ministry said the port reopened.", "published": "2031-03-03"}', '{"text": 5}', '{', '}', '[', ']', '"', ',',
  '<?xml version="1.0"?>', '<rss version="2.0">', '<channel>', '<item>', '<title>Port</title>', '<description>Text</description>',
  '<pubDate>Mon, 03 Mar 2031 10:00:00 GMT</pubDate>', '</item>', '</channel>', '</rss>', '<feed xmlns="http://www.w3.org/2005/Atom">',
  '<entry>', '<content type="html">&lt;p&gt;Text&lt;/p&gt;</content>', '</entry>', '</feed>', '<![CDATA[', ']]>', '&amp;', '&#xFFFF;',
]
const text = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 10 })), { maxLength: 30 }).map((ps) => ps.join(''))
const origin = fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.jsonl', 'a.xml', 'a.rss', 'a.atom', 'a')

test('readers never throw on mixed and broken input; each error is one readable line naming its file', () => {
  fc.assert(fc.property(text, origin, fc.uint8Array({ maxLength: 8 }), (t, name, junk) => {
    const bytes = Buffer.concat([Buffer.from(t), Buffer.from(junk)])
    const r = readBytes(bytes, name, { published: '2031-03-05' })
    for (const e of r.errors) {
      assert.ok(!e.message.includes('\n'), e.message)
      assert.ok(e.message.startsWith(name), e.message)
      assert.ok(!/undefined|TypeError|Cannot read/.test(e.message), e.message)
    }
    for (const d of r.documents) assert.equal(typeof d.document.text, 'string')
  }), { numRuns: 400, seed: 20261125 })
})
