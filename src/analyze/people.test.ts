import { test } from 'node:test'
import assert from 'node:assert/strict'
import { personLinks, type PersonMention } from './people.js'

/** Person mentions as `doc:name[:role[:country]]`; each resolved as `name → id (rule)`. */
function resolve(...specs: string[]): string[] {
  const people: PersonMention[] = specs.map((spec, i) => {
    const [docId, name, role, country] = spec.split(':')
    return { key: `${docId}/p${i}`, docId: docId!, name: name!, ...(role ? { role } : {}), ...(country ? { country } : {}) }
  })
  const links = personLinks(people)
  return people.map((p) => { const l = links.get(p.key)!; return `${p.name} → ${l.id}${l.rule ? ` (${l.rule})` : ''}` })
}

test('a surname joins the one full name with it in its article, even when another article names a namesake', () => {
  assert.deepEqual(resolve('d1:Lena Marsh', 'd1:Marsh', 'd2:Tom Marsh', 'd2:Marsh'), [
    'Lena Marsh → p-lena-marsh', 'Marsh → p-lena-marsh (surname-in-article)',
    'Tom Marsh → p-tom-marsh', 'Marsh → p-tom-marsh (surname-in-article)',
  ])
})

test('two full names sharing a surname stay two people, and a surname beside both stays apart', () => {
  assert.deepEqual(resolve('d1:Lena Marsh', 'd1:Tom Marsh', 'd1:Marsh'), [
    'Lena Marsh → p-lena-marsh', 'Tom Marsh → p-tom-marsh', 'Marsh → p-marsh',
  ])
})

test('a surname alone in an article joins the only bearer of that surname in the ledger', () => {
  assert.deepEqual(resolve('d1:Lena Marsh', 'd2:Mrs. Marsh'), ['Lena Marsh → p-lena-marsh', 'Mrs. Marsh → p-lena-marsh (surname-of-only-bearer)'])
})

test('with two bearers, the title\'s office picks one; else the one named in twice the articles of all others', () => {
  assert.deepEqual(resolve('d1:Lena Marsh:senator', 'd2:Tom Marsh:governor', 'd3:Marsh:senator').slice(2), ['Marsh → p-lena-marsh (surname-and-office)'])
  const usual = resolve('d1:Lena Marsh', 'd2:Lena Marsh', 'd3:Lena Marsh', 'd4:Tom Marsh', 'd5:Marsh')
  assert.equal(usual[4], 'Marsh → p-lena-marsh (surname-of-usual-bearer)')
  const even = resolve('d1:Lena Marsh', 'd2:Lena Marsh', 'd3:Tom Marsh', 'd4:Tom Marsh', 'd5:Marsh')
  assert.equal(even[4], 'Marsh → p-marsh')
})

test('a first name alone joins the one full name it starts in its article, never across articles', () => {
  assert.deepEqual(resolve('d1:Lena Marsh', 'd1:Lena', 'd2:Lena'), [
    'Lena Marsh → p-lena-marsh', 'Lena → p-lena-marsh (first-name-in-article)', 'Lena → p-lena',
  ])
})

test('a middle initial does not make another person', () => {
  assert.deepEqual(resolve('d1:Tom R. Avery', 'd2:Tom Avery'), ['Tom R. Avery → p-tom-avery', 'Tom Avery → p-tom-avery'])
})

test('transliterations join when they share a country or an office, and say so; alike names elsewhere stay apart', () => {
  assert.deepEqual(resolve('d1:Omar Qadhafi:leader:LY', 'd1:Omar Qadhafi', 'd2:Omar Kadhafi::LY', 'd3:Kaddafi::LY'), [
    'Omar Qadhafi → p-omar-qadhafi', 'Omar Qadhafi → p-omar-qadhafi',
    'Omar Kadhafi → p-omar-qadhafi (transliteration)', 'Kaddafi → p-omar-qadhafi (transliteration)',
  ])
  assert.deepEqual(resolve('d1:Boris Jeltsin:mayor:DE', 'd2:Boris Yeltsin:president:RU'), [
    'Boris Jeltsin → p-boris-jeltsin', 'Boris Yeltsin → p-boris-yeltsin',
  ])
})

test('a surname beside two full names in its article goes to the one the ledger names far more often', () => {
  const linked = resolve('d1:Lena Marsh', 'd2:Lena Marsh', 'd3:Lena Marsh', 'd3:Tom Marsh', 'd3:Marsh')
  assert.equal(linked[4], 'Marsh → p-lena-marsh (surname-of-usual-bearer)')
})

test('a longer form of a known name, with a middle name or a word before it, is that person', () => {
  assert.deepEqual(resolve('d1:Lena Marsh', 'd2:Lena Marsh', 'd3:Lena Ward Marsh', 'd4:Young Lena Marsh'), [
    'Lena Marsh → p-lena-marsh', 'Lena Marsh → p-lena-marsh',
    'Lena Ward Marsh → p-lena-marsh (longer-form)', 'Young Lena Marsh → p-lena-marsh (longer-form)',
  ])
  assert.deepEqual(resolve('d1:Lena Marsh', 'd2:Lena Marsh Avery'), ['Lena Marsh → p-lena-marsh', 'Lena Marsh Avery → p-lena-marsh-avery'])
})
