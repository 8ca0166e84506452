import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readPresence } from './read-presence.js'

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
