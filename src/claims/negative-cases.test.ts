import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readPresence } from './read-presence.js'
import { withEventCountry } from './read-figures.js'
import type { Casualty } from '../model/annotations.js'

const read = (s: string) => readPresence(s, 0, s.length).map((r) => `${r.forces} in ${r.place}`)

test('forces without an owner are not a presence claim', () => {
  assert.deepEqual(read('foreign soldiers patrolled the streets of Chile'), [])
})

test('forces in their own country are skipped', () => {
  assert.deepEqual(read('Chilean troops are deployed in Chile'), [])
})

test('a future dispatch "to" a country is not a present presence', () => {
  assert.deepEqual(read('Peruvian troops will be sent to Chile'), [])
})

test('a content without a place says nothing about presence', () => {
  assert.deepEqual(read('32 Peruvian soldiers had been killed during the raid'), [])
})

test('"the country" without an earlier place is left alone', () => {
  assert.deepEqual(read('Peruvian troops are in the country'), [])
})

test('only civilians without a nationality take the country of their event', () => {
  const figure = (more: Partial<Casualty>): Casualty => ({ id: 'k1', span: { start: 0, end: 0, text: '' }, count: 3, group: 'people', status: 'killed', rule: 'hand', ...more })
  const countryOf = (c: Casualty, location?: string) => withEventCountry(c, location).country ?? '-'
  // Soldiers killed in a country are not its soldiers; stated civilians keep their own nationality.
  assert.equal(countryOf(figure({ group: 'soldiers', role: 'military' }), 'CL'), '-')
  assert.equal(countryOf(figure({ group: 'Peruvian civilians', role: 'civilian', country: 'PE' }), 'CL'), 'PE')
  // An event nobody placed gives nothing; nor does a group with no role.
  assert.equal(countryOf(figure({ group: 'civilians', role: 'civilian' })), '-')
  assert.equal(countryOf(figure({}), 'CL'), '-')
})
