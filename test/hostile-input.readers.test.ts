import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readBytes, readInputs } from '../src/ingest/read.js'
import { LanguageCode, SUPPORTED_LANGUAGES } from '../src/fields.js'
import { LANGUAGES } from '../src/extract/languages.js'
import { fitWidths, terminalWidth } from '../src/cli/print.js'
import { MAX_HTML_DEPTH } from '../src/ingest/html-text.js'
import { nestedHtml } from './helpers/adversarial-shapes.js'
import { scratchDir } from './helpers/scratch.js'

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

// Hostile input to the readers: every bad value is refused (or, for a URL found in a page, dropped) with one
// line naming the field; a bad record of a batch never stops the others.
const STORY = 'The Freedonian navy said on Monday that two of its ships had returned to port after the storm.'
const read = (content: string, name: string) => readBytes(Buffer.from(content), name)
const one = (r: ReturnType<typeof read>) => r.errors.map((e) => e.message)

test('publication dates that are no real day are refused in JSONL, RSS, Atom and front matter; the batch goes on', () => {
  const jsonl = read([
    JSON.stringify({ text: STORY, published: '2026-02-30' }),
    JSON.stringify({ text: `${STORY} Again.`, published: '9999-99-99' }),
    JSON.stringify({ text: `${STORY} Third.`, published: '2026-02-28' }),
  ].join('\n'), 'b.jsonl')
  assert.deepEqual(one(jsonl), [
    'b.jsonl:1: published: expected a real date YYYY-MM-DD between 1800 and 2199, got "2026-02-30"',
    'b.jsonl:2: published: expected a real date YYYY-MM-DD between 1800 and 2199, got "9999-99-99"',
  ])
  assert.deepEqual(jsonl.documents.map((d) => d.document.published), ['2026-02-28'])

  const item = (date: string, n: number) => `<item><title>T${n}</title><pubDate>${date}</pubDate><description>${STORY} ${n}</description></item>`
  const rss = read(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${item('Mon, 30 Feb 2026 10:00:00 GMT', 1)}${item('Mon, 02 Mar 2026 10:00:00 GMT', 2)}</channel></rss>`, 'f.rss')
  assert.deepEqual(one(rss), ['f.rss item 1 ("T1"): published: expected a real date YYYY-MM-DD between 1800 and 2199, got "Mon, 30 Feb 2026 10:00:00 GMT"'])
  assert.deepEqual(rss.documents.map((d) => d.document.published), ['2026-03-02'])

  const atom = read(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>A</title><published>2026-13-01T00:00:00Z</published><content type="text">${STORY}</content></entry></feed>`, 'f.atom')
  assert.deepEqual(one(atom), ['f.atom item 1 ("A"): published: expected a real date YYYY-MM-DD between 1800 and 2199, got "2026-13-01T00:00:00Z"'])

  const md = read(`---\ntitle: Ships\ndate: 9999-12-31\n---\n\n${STORY}\n`, 'a.md')
  assert.deepEqual(one(md), ['a.md: published: expected a real date YYYY-MM-DD between 1800 and 2199, got "9999-12-31"'])
})

test('a date the source writes in words it does not date is only a warning, as before', () => {
  const md = read(`---\ndate: last week\n---\n\n${STORY}\n`, 'a.md')
  assert.deepEqual(one(md), [])
  assert.deepEqual(md.documents[0]!.warnings.map((w) => w.code), ['no_published_date'])
})

test('a language we have no rules for is refused; a batch goes on', () => {
  const jsonl = read([JSON.stringify({ text: STORY, language: 'xx' }), JSON.stringify({ text: `${STORY} Two.`, language: 'es' })].join('\n'), 'b.jsonl')
  assert.deepEqual(one(jsonl), ['b.jsonl:1: language: expected a supported language code (en, es), got "xx"'])
  assert.deepEqual(jsonl.documents.map((d) => d.document.language), ['es'])
  assert.equal(LanguageCode.safeParse('de').success, false)
})

test('the supported languages are the ones the pipeline has rules for', () => {
  assert.deepEqual([...SUPPORTED_LANGUAGES].sort(), [...LANGUAGES.keys()].sort())
})

test('URLs other than http(s) never reach a document, from any reader, and each is warned about', () => {
  const bad = ['javascript:alert(1)', 'ftp://files.example/a', 'data:text/html,<b>x</b>']
  const inputs: [string, string][] = [
    ['b.jsonl', bad.map((url, i) => JSON.stringify({ text: `${STORY} ${i}`, url })).join('\n')],
    ['b.ndjson', bad.map((url, i) => JSON.stringify({ text: `${STORY} ${i}`, url })).join('\n')],
    ['f.rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>${bad.map((url, i) => `<item><title>T${i}</title><link>${url.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</link><description>${STORY}</description></item>`).join('')}</channel></rss>`],
    ['a.html', `<html><head><link rel="canonical" href="${bad[0]}"></head><body><article><p>${STORY}</p></article></body></html>`],
    ['a.md', `---\nurl: ${bad[1]}\n---\n\n${STORY}\n`],
  ]
  for (const [name, content] of inputs) {
    const r = read(content, name)
    assert.deepEqual(r.errors, [], name)
    assert.ok(r.documents.length > 0, name)
    for (const { document, warnings } of r.documents) {
      assert.equal(document.url, undefined, name)
      assert.ok(!bad.some((u) => document.origin?.startsWith(u.slice(0, 5))), `${name}: ${document.origin}`)
      assert.deepEqual(warnings.filter((w) => w.code === 'unsafe_url').length, 1, name)
      assert.match(warnings.find((w) => w.code === 'unsafe_url')!.message, /: url: dropped, only http\(s\) addresses are kept, got "/)
    }
  }
})

test('a symbolic link in a folder that leads outside it is refused; other files are named as skipped', async () => {
  const root = scratchDir('hostile')
  const outside = join(root, 'outside.txt')
  writeFileSync(outside, STORY)
  const dir = join(root, 'articles')
  mkdirSync(dir)
  writeFileSync(join(dir, 'a.txt'), STORY)
  writeFileSync(join(dir, 'b.docx'), 'PK')
  writeFileSync(join(dir, 'c.zip'), 'PK')
  symlinkSync(outside, join(dir, 'd.txt'))
  symlinkSync(join(dir, 'a.txt'), join(dir, 'e.txt'))
  const { documents, errors, warnings } = await readInputs([dir], { published: '2026-01-02' })
  assert.deepEqual(documents.map((d) => d.document.origin), [join(dir, 'a.txt'), join(dir, 'e.txt')])
  assert.deepEqual(errors.map((e) => e.message), [`${join(dir, 'd.txt')}: a link to ${outside} outside the folder; not followed`])
  assert.deepEqual(warnings.filter((w) => w.code === 'skipped').map((w) => w.message), [
    `${join(dir, 'b.docx')}: skipped, .docx is not a format claimtrail reads`,
    `${join(dir, 'c.zip')}: skipped, .zip is not a format claimtrail reads`,
  ])
})

test('tables fit the terminal: the widest columns give way, a pipe gets whole cells', () => {
  assert.deepEqual(fitWidths([17, 10, 20, 60], 80), [17, 10, 20, 27])
  assert.deepEqual(fitWidths([17, 10, 20, 60], 40), [8, 8, 9, 9])
  assert.deepEqual(fitWidths([17, 10], undefined), [17, 10])
  assert.equal(terminalWidth({ isTTY: true, columns: 100 }, {}), 100)
  assert.equal(terminalWidth({ isTTY: true, columns: 100 }, { COLUMNS: '72' }), 72)
  assert.equal(terminalWidth({ isTTY: false, columns: 100 }, { COLUMNS: '72' }), undefined)
})

test('a page nested deeper than the HTML depth cap is refused in one line; a deep but real one is read', () => {
  const deep = readBytes(Buffer.from(nestedHtml(20_000)), 'deep.html')
  assert.deepEqual(one(deep), [`deep.html: the HTML nests elements more than ${MAX_HTML_DEPTH} deep, the most claimtrail reads`])
  assert.equal(readBytes(Buffer.from(nestedHtml(100)), 'fine.html').documents.length, 1)
  const feed = read(`<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>A</title><description>${escapeXml(nestedHtml(1000))}</description></item><item><title>B</title><description>${STORY}</description></item></channel></rss>`, 'f.rss')
  assert.deepEqual(one(feed), [`f.rss item 1: the HTML nests elements more than ${MAX_HTML_DEPTH} deep, the most claimtrail reads`])
  assert.equal(feed.documents.length, 1)
})

test('a file over maxInputBytes is refused before it is read, and the others of the folder are read', async () => {
  const dir = scratchDir('limits')
  writeFileSync(join(dir, 'big.txt'), STORY.repeat(20))
  writeFileSync(join(dir, 'small.txt'), STORY)
  const r = await readInputs([dir], { maxInputBytes: 1000 })
  assert.deepEqual(r.errors.map((e) => e.message), [
    `${join(dir, 'big.txt')}: ${STORY.length * 20} bytes: over the limit maxInputBytes = 1000 (raise it with --max-input-bytes or CLAIMTRAIL_MAX_INPUT_BYTES)`,
  ])
  assert.equal(r.documents.length, 1)
  const piped = await readInputs(['-'], { maxInputBytes: 1000, stdin: (async function* () { for (;;) yield STORY })() })
  assert.match(piped.errors[0]!.message, /^-: more than 1000 bytes: over the limit maxInputBytes = 1000 /)
})
