import { test } from 'node:test'
import assert from 'node:assert/strict'
import { learnSpanishLocalities } from './spanish-localities.js'

test('learns towns a Spanish article places in a country', () => {
  assert.deepEqual([...learnSpanishLocalities('Las tropas entraron en la ciudad chilena de Lota.')], [['Lota', 'CL']])
  assert.deepEqual([...learnSpanishLocalities('Vado, una aldea en el norte de Perú, cayó.')], [['Vado', 'PE']])
  assert.deepEqual([...learnSpanishLocalities('Combatieron en la localidad de Ilo, en Perú.')], [['Ilo', 'PE']])
})

test('learns nothing from a country alone or a town without one', () => {
  assert.deepEqual([...learnSpanishLocalities('Se reunieron en Perú. La ciudad de Lota estaba tranquila.')], [])
})

test('a government or a person "de"/"en" a country is no town', () => {
  assert.deepEqual([...learnSpanishLocalities('El Gobierno de Perú habló. Ana Ruiz en Chile dijo que no.')], [])
})
