import { test } from 'node:test'
import assert from 'node:assert/strict'
import { countryInfo, lookupCountry, matchCountryAt } from './countries.js'
import { tokenize } from '../../extract/segment/tokens.js'

const codes = (s: string) => lookupCountry(s).map((f) => `${f.code}:${f.kind}`)

test('finds names, demonyms, plural peoples and capitals from the data package', () => {
  assert.deepEqual(codes('France'), ['FR:name'])
  assert.equal(codes('French')[0], 'FR:demonym')
  assert.deepEqual(codes('Kenyans'), ['KE:people'])
  assert.deepEqual(codes('Lima'), ['PE:capital'])
  assert.deepEqual(codes('Kenya’s'), ['KE:name'])
})

test('the pronoun "us" and lower-case words are not countries; "US" and "U.S." are', () => {
  assert.deepEqual(codes('us'), [])
  assert.deepEqual(codes('french'), [])
  assert.deepEqual(codes('US'), ['US:code'])
  assert.deepEqual(codes('U.S.'), ['US:code'])
  assert.deepEqual(codes('IN'), [])
})

test('matches the longest multi-word name at a token', () => {
  const text = 'Troops from the United Kingdom and the U.S. arrived.'
  const tokens = tokenize(text)
  const at = (word: string) => matchCountryAt(text, tokens, tokens.findIndex((t) => text.slice(t.start, t.end) === word))
  assert.equal(at('United')?.forms[0]?.code, 'GB')
  assert.equal(text.slice(at('United')!.start, at('United')!.end), 'United Kingdom')
  assert.equal(text.slice(at('U.S')!.start, at('U.S')!.end), 'U.S.')
  assert.equal(at('Troops'), null)
})

test('knows a country by its code', () => {
  assert.equal(countryInfo('JP')?.name, 'Japan')
  assert.equal(countryInfo('JP')?.demonym, 'Japanese')
})

test('derives the short names news uses from the package’s own spellings', () => {
  assert.equal(codes('Turkey')[0], 'TR:name')
  assert.equal(codes('Washington')[0], 'US:capital')
})

test('countries learned from a document are known only while it is extracted', async () => {
  const { withLearnedPlaces } = await import('./countries.js')
  const valdoria = { code: 'XQ', name: 'Valdoria', demonym: 'Valdorian', people: 'Valdorians', capitals: ['Ostrel'] }
  const inside = withLearnedPlaces([valdoria], () => [codes('Valdorian'), codes('Ostrel'), countryInfo('XQ')?.name])
  assert.deepEqual(inside, [['XQ:demonym'], ['XQ:capital'], 'Valdoria'])
  assert.deepEqual(codes('Valdorian'), [])
})
