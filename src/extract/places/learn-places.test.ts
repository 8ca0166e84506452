import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { isCountryCode, learnedCountryCode } from '../../model/country-code.js'
import { learnPlaces, writtenAsPerson } from './learn-places.js'

const learned = (text: string) => learnPlaces(text).map((p) => [p.name, p.demonym ?? '-', p.people ?? '-', p.capitals.join('/') || '-'].join(' '))

test('keeps the style a state is named with', () => {
  assert.equal(learnPlaces('The Kingdom of Orsa protested; Orsan troops stayed.')[0]?.official, 'Kingdom of Orsa')
})

test('learns a state named with its form of government, with demonym, people and capital', () => {
  const text = 'Troops of the Republic of Valdoria crossed the river. Valdorian officials said the Valdorians would stay. The Valdorian capital, Ostrel, was calm.'
  assert.deepEqual(learned(text), ['Valdoria Valdorian Valdorians Ostrel'])
})

test('learns from state-owned nouns confirmed by a demonym', () => {
  assert.deepEqual(learned('Karskia’s foreign ministry summoned the envoy. Karskian troops stayed home.'), ['Karskia Karskian - -'])
  assert.deepEqual(learned('The army of Morvane shelled Tiel, the capital of Morvane. Morvanese officials left.'), ['Morvane Morvanese - Tiel'])
  assert.deepEqual(learned('In Tiel, the Morvanese capital, Morvanese officials and the army of Morvane met.'), ['Morvane Morvanese - Tiel'])
})

test('without a demonym, one state noun is not enough; two are', () => {
  assert.deepEqual(learned('Ostavia’s foreign ministry protested.'), [])
  assert.deepEqual(learned('Ostavia’s foreign ministry protested and the army of Ostavia withdrew.'), ['Ostavia - - -'])
})

test('a person with a possessive is not a country', () => {
  assert.deepEqual(learned('President Brandt’s government fell. Brandtian reforms and Brandt’s army stayed.'), [])
  assert.deepEqual(learned('Ilse Brandt’s troops and the army of Brandt.'), [])
})

test('known countries, months and people with firms are not learned', () => {
  assert.deepEqual(learned('The Republic of Kenya said the army of France and May’s government met.'), [])
  assert.deepEqual(learned('Acme’s president said Acme’s people were fine.'), [])
})

test('a learned country’s code is its name’s own: the same everywhere, never another’s', () => {
  assert.deepEqual(learned('The Republic of Valdoria said so.').length, 1)
  assert.equal(learnPlaces('The Republic of Valdoria said so.')[0]!.code, 'X-VALDORIA')
  assert.equal(learnedCountryCode('Valdoria'), learnedCountryCode('VALDORIA'))
  assert.equal(learnedCountryCode('Nová Ríša'), 'X-NOVA-RISA')
  // Two breakaway regions with the same initial, in one document or in two, keep apart.
  const both = learnPlaces('The Republic of Varnia and the Republic of Vostrania exchanged fire.').map((p) => p.code)
  assert.deepEqual(both, ['X-VARNIA', 'X-VOSTRANIA'])
  assert.notEqual(learnPlaces('The Republic of Varnia said so.')[0]!.code, learnPlaces('The Republic of Vostrania said so.')[0]!.code)
})

test('two different names never share a code (property)', () => {
  fc.assert(fc.property(fc.stringMatching(/^[A-Z][a-z]{2,12}$/), fc.stringMatching(/^[A-Z][a-z]{2,12}$/), (a, b) => {
    fc.pre(a !== b)
    assert.notEqual(learnedCountryCode(a), learnedCountryCode(b))
    assert.ok(isCountryCode(learnedCountryCode(a)))
  }))
})

test('an unnamed country is guessed from a demonym seen twice before state nouns', () => {
  assert.deepEqual(learned('Dravish officials met. Lomarian troops and Lomarian officials left.'), ['Lomaria Lomarian - -'])
  assert.deepEqual(learned('Lomarian troops left.'), [])
})

test('a function word opening the sentence before a name does not make it a person’s', () => {
  assert.deepEqual(learned('The Valdorian capital, Ostrel, was calm. Neither Ostrel nor Tiel replied. Valdorian troops stayed.'), ['Valdoria Valdorian - Ostrel'])
  assert.equal(writtenAsPerson('Neither Ostrel nor Tiel replied.', 'Ostrel'), false)
  assert.equal(writtenAsPerson('Marta Ostrel replied.', 'Ostrel'), true)
})
