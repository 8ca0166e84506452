import { test } from 'node:test'
import assert from 'node:assert/strict'
import { inflectDemonym, lookupSpanishCountry, matchSpanishCountryAt } from './countries.js'
import { tokenize } from '../../extract/segment/tokens.js'

const codes = (s: string) => lookupSpanishCountry(s).map((f) => `${f.code}:${f.kind}`)

test('Spanish names, capitals and inflected nationality adjectives come from the data packages', () => {
  assert.deepEqual(codes('Cuba'), ['CU:name'])
  assert.deepEqual(codes('Estados Unidos'), ['US:name'])
  assert.deepEqual(codes('Quito'), ['EC:capital'])
  for (const w of ['cubano', 'cubana', 'cubanos', 'cubanas', 'Cubano']) assert.equal(codes(w)[0], 'CU:demonym')
  assert.equal(codes('estadounidenses')[0], 'US:demonym')
})

test('accents are optional in lookups: "Bogota", "irani"', () => {
  assert.deepEqual(codes('Bogota'), ['CO:capital'])
  assert.equal(codes('iraníes')[0], 'IR:demonym')
})

test('names need a capital letter; a territory\'s adjective in lower case is an ordinary word', () => {
  assert.deepEqual(codes('cuba'), [])
  assert.deepEqual(codes('navideño'), [])
})

test('"EE.UU." and "EEUU" are derived from the plural name "Estados Unidos"', () => {
  assert.deepEqual(codes('EE.UU.'), ['US:code'])
  assert.deepEqual(codes('EEUU'), ['US:code'])
})

test('regular Spanish morphology gives the four forms of an adjective', () => {
  assert.deepEqual(inflectDemonym('Francés'), { singular: ['francés', 'francesa'], plural: ['franceses', 'francesas'] })
  assert.deepEqual(inflectDemonym('Alemán'), { singular: ['alemán', 'alemana'], plural: ['alemanes', 'alemanas'] })
  assert.deepEqual(inflectDemonym('Canadiense'), { singular: ['canadiense'], plural: ['canadienses'] })
  assert.deepEqual(inflectDemonym('Español'), { singular: ['español', 'española'], plural: ['españoles', 'españolas'] })
})

test('a plural adjective after a determiner is the people, after a noun a demonym', () => {
  const kindAt = (text: string, word: string) => {
    const tokens = tokenize(text)
    const i = tokens.findIndex((t) => text.slice(t.start, t.end) === word)
    return matchSpanishCountryAt(text, tokens, i)?.forms[0]?.kind
  }
  assert.equal(kindAt('Los cubanos votaron.', 'cubanos'), 'people')
  assert.equal(kindAt('Los soldados cubanos volvieron.', 'cubanos'), 'demonym')
})
