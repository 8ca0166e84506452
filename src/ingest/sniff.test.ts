import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatByName, sniffFormat } from './sniff.js'

test('the extension decides when it is one we read', () => {
  assert.deepEqual(['a.TXT', 'b.markdown', 'c.htm', 'd.ndjson', 'e.atom', 'f.rss', 'g.xml', 'h.csv', 'noext'].map(formatByName), ['text', 'markdown', 'html', 'jsonl', 'feed', 'feed', 'feed', undefined, undefined])
})

test('content without a telling name is sniffed; prose is text, never guessed Markdown', () => {
  assert.deepEqual(
    [
      '<?xml version="1.0"?>\n<!-- x -->\n<rss version="2.0"><channel/></rss>',
      '<feed xmlns="http://www.w3.org/2005/Atom"></feed>',
      '\uFEFF  <!DOCTYPE html><html><body></body></html>',
      '<html lang="en"><p>x</p></html>',
      '{"text": "Sylvania voted.", "published": "2025-01-01"}\n{"text": "Again."}',
      '# Sylvania votes\n\nThe *vote* was close.',
      '{Freedonia} is a placeholder name.',
    ].map(sniffFormat),
    ['feed', 'feed', 'html', 'html', 'jsonl', 'text', 'text'],
  )
})
