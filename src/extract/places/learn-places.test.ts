import { test } from 'node:test'
import assert from 'node:assert/strict'
import { codeForName, learnPlaces, writtenAsPerson } from './learn-places.js'

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

test('the same name gets the same user-assigned code everywhere', () => {
  assert.equal(codeForName('Valdoria'), codeForName('valdoria'))
  assert.equal(codeForName('Valdoria'), 'XV')
  assert.notEqual(codeForName('Kestria'), 'XK')
  assert.match(codeForName('Varnia', new Set(['XV'])), /^(X[A-UW-Z]|Q[M-Z]|AA|ZZ)$/)
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
