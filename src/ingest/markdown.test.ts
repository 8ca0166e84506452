import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readMarkdown, stripMarkdown } from './markdown.js'

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url)), 'utf8')

test('front matter gives title, date, outlet, url and language', () => {
  const { text, format, origin, where, ...meta } = readMarkdown(fixture('article.md'), 'article.md')
  assert.deepEqual(meta, {
    title: 'Freedonia and Sylvania agree on river patrols',
    dateText: '2025-03-08',
    outlet: 'The Valley Post',
    url: 'https://valleypost.example/patrols',
    language: 'en',
  })
  assert.ok(!text.includes('---') && !text.includes('tags:'))
})

test('strips headings, emphasis, links, quotes, lists, code and images to plain text', () => {
  assert.equal(
    readMarkdown(fixture('article.md'), 'article.md').text,
    [
      'Freedonia and Sylvania agree on river patrols',
      '',
      'Officials from Freedonia and Sylvania said on Saturday that they had agreed on',
      'joint river patrols after a week of talks.',
      '',
      '"This is a first step," the Freedonian negotiator said.',
      '',
      'Patrols start next month.',
      'Each side sends two boats.',
    ].join('\n'),
  )
})

test('without front matter the first level-1 heading is the title, ATX or setext', () => {
  assert.equal(stripMarkdown('# Sylvania votes\n\nText.').heading, 'Sylvania votes')
  assert.equal(stripMarkdown('Sylvania votes\n==============\n\nText.').heading, 'Sylvania votes')
  assert.equal(stripMarkdown('Intro line.\n\n# Later heading\n').heading, undefined)
  assert.equal(stripMarkdown('## Section\n\nText.').heading, undefined)
})

test('keeps literal characters: snake_case, lone asterisks, escapes, code spans', () => {
  assert.equal(stripMarkdown('The file_name_v2 had 5 * 3 rows, \\*not\\* bold, and `a *b* c`.').text, 'The file_name_v2 had 5 * 3 rows, *not* bold, and a *b* c.')
})

test('keeps fenced code lines without the fences and drops link reference definitions', () => {
  assert.equal(stripMarkdown('See [the report][r].\n\n```\nraw *text*\n```\n\n[r]: https://x.example/r').text, 'See the report.\n\nraw *text*')
})

test('decodes character references and drops inline HTML', () => {
  assert.equal(stripMarkdown('Freedonia &amp; Sylvania <span class="x">met</span>&nbsp;today.').text, 'Freedonia & Sylvania met\u00a0today.')
})
