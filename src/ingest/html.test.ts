import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { InputError } from './errors.js'
import { readHtml } from './html.js'
import { htmlFragmentToText } from './html-text.js'

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url)), 'utf8')

test('keeps the article and drops navigation and footer', () => {
  const { text } = readHtml(fixture('article.html'), 'article.html')
  assert.ok(text.includes('The Freedonian foreign ministry said on Tuesday'))
  assert.ok(text.includes('released without charge.'))
  for (const boilerplate of ['Home', 'Weather', 'All rights reserved', 'Privacy']) assert.ok(!text.includes(boilerplate), boilerplate)
})

test('separates the article paragraphs with blank lines', () => {
  const paragraphs = readHtml(fixture('article.html'), 'article.html').text.split('\n\n')
  assert.deepEqual(paragraphs.map((p) => p.slice(0, 24)), [
    'Freedonia recalls its am',
    'The Freedonian foreign m',
    'A spokesperson for the S',
    'Two fishermen were detai',
  ])
})

test('reads metadata from Open Graph, article and canonical tags before JSON-LD', () => {
  const { text, ...meta } = readHtml(fixture('article.html'), 'article.html')
  assert.deepEqual(meta, {
    format: 'html',
    origin: 'article.html',
    where: 'article.html',
    title: 'Freedonia recalls its ambassador from Sylvania',
    dateText: '2025-03-04T21:15:00-05:00',
    outlet: 'The Marsh Gazette',
    url: 'https://gazette.example/world/freedonia-envoy',
    language: 'en-GB',
  })
})

const BODY = '<article><p>The Sylvanian parliament voted on Monday to extend the state of emergency for a further thirty days.</p></article>'

test('falls back to JSON-LD NewsArticle for title, date, outlet and url', () => {
  const ld = '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"Emergency extended","datePublished":"2025-02-10T08:00:00Z","url":"https://a.example/x","publisher":{"name":"Sylvania Today"}}]}'
  const draft = readHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body>${BODY}</body></html>`, 'p.html')
  assert.deepEqual([draft.title, draft.dateText, draft.outlet, draft.url], ['Emergency extended', '2025-02-10T08:00:00Z', 'Sylvania Today', 'https://a.example/x'])
})

test('takes the date from <time datetime> when the page has no date tags', () => {
  const draft = readHtml(`<html><body><article><time datetime="2025-02-11">11 Feb</time>${BODY}</article></body></html>`, 'p.html')
  assert.equal(draft.dateText, '2025-02-11')
})

test('reads a fragment without <html> and keeps <br> as a line break', () => {
  assert.equal(readHtml(`<p>The council met on Monday.<br>It adjourned on Tuesday after a long debate about floods.</p>`, 'f.html').text, 'The council met on Monday.\nIt adjourned on Tuesday after a long debate about floods.')
})

test('a page with only menus and a footer has no article body', () => {
  assert.throws(() => readHtml(fixture('no-body.html'), 'no-body.html'), (e: unknown) => e instanceof InputError && e.code === 'empty' && e.message === 'no-body.html: no article body found in the HTML page')
})

test('feed content: blocks become paragraphs, table cells stay on their row, plain text stays as written', () => {
  assert.equal(htmlFragmentToText('<h2>Results</h2><table><tr><td>North</td><td>12</td></tr></table><ul><li>One</li><li>Two</li></ul>'), 'Results\n\nNorth\t12\n\nOne\n\nTwo')
  assert.equal(htmlFragmentToText('Line one.\nLine two.'), 'Line one.\nLine two.')
})
