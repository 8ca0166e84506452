import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { InputError } from './errors.js'
import { readFeed } from './feed.js'

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url)), 'utf8')
const render = (d: { title?: string; url?: string; dateText?: string; outlet?: string; language?: string; text: string }) =>
  `${d.title} | ${d.url} | ${d.dateText} | ${d.outlet} | ${d.language} | ${d.text.replace(/\n/g, '¶')}`

test('RSS 2.0: each item a document, content:encoded before description, the channel title as outlet', () => {
  const { drafts, errors } = readFeed(fixture('feed.rss'), 'feed.rss')
  assert.deepEqual(errors, [])
  assert.deepEqual(drafts.map(render), [
    'Sylvania closes two border crossings | https://herald.example/2025/03/crossings | Wed, 05 Mar 2025 07:30:00 +0100 | The Freedonia Herald | en-us | Sylvania closed two crossings on its border with Freedonia on Tuesday, the interior ministry said.¶¶Officials said the crossings would reopen “when the situation allows”.',
    'Freedonian council counts flood damage | https://herald.example/2025/03/floods | Thu, 06 Mar 2025 18:00:00 GMT | The Freedonia Herald | en-us | The regional council in Freedonia said 14 homes were damaged by floods last week.¶¶Nobody was hurt, it said.',
  ])
})

test('Atom: the alternate link, published before updated, escaped HTML and XHTML content in order', () => {
  const { drafts } = readFeed(fixture('feed.atom'), 'feed.atom')
  assert.deepEqual(drafts.map(render), [
    'Talks & tensions in the river valley | https://wire.example/talks | 2025-03-07T08:00:00+02:00 | Sylvania Wire | en | Negotiators from Sylvania and Freedonia met in a river town on Thursday.¶¶Neither side gave details, a mediator said.',
    'Sylvanian minister resigns | https://wire.example/minister | 2025-03-06T12:00:00Z | Sylvania Wire | en | The Sylvanian transport minister resigned on Wednesday, the prime minister’s office said.¶¶No reason was given.',
  ])
})

test('an item is named by its link, or by the file and its position when it has none', () => {
  const rss = '<rss version="2.0"><channel><title>T</title><item><title>A</title><description>Text.</description></item></channel></rss>'
  assert.deepEqual(readFeed(rss, 'f.xml').drafts.map((d) => [d.origin, d.where]), [['f.xml#1', 'f.xml item 1 ("A")']])
})

const failure = (source: string) => {
  try {
    readFeed(source, 'f.xml')
  } catch (e) {
    return e instanceof InputError ? `${e.code}: ${e.message}` : String(e)
  }
  return 'no error'
}

test('a file that is not XML, XML that is not a feed, and a feed without items are errors', () => {
  assert.deepEqual(
    ['Sylvania said on Monday it would reopen the border.', '<html><body><p>Hi</body></html>', '<?xml version="1.0"?><catalog><book/></catalog>', '<rss version="2.0"><channel><title>T</title></channel></rss>'].map(failure),
    [
      "bad_input: f.xml: not XML, so not a feed (line 1: char 'S' is not expected.)",
      "bad_input: f.xml: not XML, so not a feed (line 1: Expected closing tag 'p' (opened in line 1, col 13) instead of closing tag 'body'.)",
      'unsupported: f.xml: XML but not an RSS or Atom feed',
      'empty: f.xml: the feed has no items',
    ],
  )
})

test('Atom content in CDATA, and a summary when there is no content', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>
    <entry><title>A</title><updated>2025-01-02T00:00:00Z</updated><content type="html"><![CDATA[<p>Sylvania &amp; Freedonia met.</p><p>Talks went on.</p>]]></content></entry>
    <entry><title>B</title><summary type="text">Freedonia &lt;3 rivers.</summary></entry></feed>`
  assert.deepEqual(readFeed(atom, 'w.atom').drafts.map((d) => d.text), ['Sylvania & Freedonia met.\n\nTalks went on.', 'Freedonia <3 rivers.'])
})
