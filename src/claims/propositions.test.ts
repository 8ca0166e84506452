import { test } from 'node:test'
import assert from 'node:assert/strict'
import { casualtiesOf, groupKeyOf, presence, responsibility, role } from './propositions.js'

test('presence reads as a key of country codes and a sentence with names from world-countries', () => {
  const p = presence('FR', 'ML')
  assert.equal(p.key, 'presence(forces:FR,in:ML)')
  assert.equal(p.text, 'French military personnel are present in Mali')
})

test('a casualty group is keyed by country and role, else by its words', () => {
  assert.equal(groupKeyOf({ group: 'Peruvian soldiers', country: 'PE', role: 'military' }), 'PE/military')
  assert.equal(groupKeyOf({ group: 'Peruvians', country: 'PE' }), 'PE/any')
  assert.equal(groupKeyOf({ group: 'Aid  Workers' }), 'aid workers')
})

test('casualties, responsibility and role propositions have stable keys', () => {
  assert.equal(casualtiesOf('PE/military', 'Peruvian soldiers', 'ev1', 'the raid', 'killed').key, 'casualties(group:PE/military,event:ev1,status:killed)')
  assert.equal(responsibility('gov-pe', 'Peru', 'ev2', 'the raid').text, 'Peru is responsible for the raid')
  assert.equal(role('p-ana-roe', 'Ana Roe', 'Defence Minister', 'gov-pe').key, 'role(person:p-ana-roe,office:defence minister,of:gov-pe)')
})
