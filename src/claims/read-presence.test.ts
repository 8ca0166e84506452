import { test } from 'node:test'
import assert from 'node:assert/strict'
import { placesIn, readPresence, SPANISH_PRESENCE } from './read-presence.js'

const read = (s: string, ctx = {}) => readPresence(s, 0, s.length, ctx).map((r) => `${r.forces} in ${r.place} · ${r.rule}`)

test('a demonym before the force noun owns the forces and "in" places them', () => {
  assert.deepEqual(read('there are no Peruvian troops in Chile'), ['PE in CL · presence-demonym-forces'])
})

test('qualifiers between the demonym and the noun are skipped', () => {
  assert.deepEqual(read('the presence of Peruvian military personnel in Bolivia'), ['PE in BO · presence-demonym-forces'])
})

test('forces "sent by" a capital belong to its country', () => {
  assert.deepEqual(read('soldiers sent by Lima were present in Ecuador'), ['PE in EC · presence-forces-sent-by'])
})

test('"its troops" belong to the speaker’s country', () => {
  assert.deepEqual(read('its troops were stationed in Chile', { ownCountry: 'PE' }), ['PE in CL · presence-own-possessive'])
})

test('"in the country" is the last country placed before the content', () => {
  assert.deepEqual(read('Peruvian advisers are active in the country', { priorPlace: () => 'BO' }), ['PE in BO · presence-demonym-forces'])
})

test('a place written before the forces counts too', () => {
  assert.deepEqual(read('in Chile there were never any Peruvian soldiers'), ['PE in CL · presence-demonym-forces'])
})

test('places in a text are found with their offsets', () => {
  assert.deepEqual(placesIn('Aid arrived in Chile. Then in Peru.'), [{ at: 12, code: 'CL' }, { at: 27, code: 'PE' }])
})

test('Spanish: the nationality after the force noun, "de X" or the speaker\'s own, and "en Y"', () => {
  const es = (s: string, ctx = {}) => readPresence(s, 0, s.length, ctx, SPANISH_PRESENCE).map((r) => `${r.forces} in ${r.place} · ${r.rule}`)
  assert.deepEqual(es('que no hay tropas chilenas en Bolivia'), ['CL in BO · presence-demonym-forces'])
  assert.deepEqual(es('que soldados enviados por Chile combaten en Bolivia'), ['CL in BO · presence-forces-sent-by'])
  assert.deepEqual(es('que sus soldados nunca estuvieron en Bolivia', { ownCountry: 'CL' }), ['CL in BO · presence-own-possessive'])
  assert.deepEqual(es('que la música chilena suena en Bolivia'), [])
})
