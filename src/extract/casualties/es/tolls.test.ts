import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actorIn } from '../../attribution/testing.js'
import { figuresEs } from './testing.js'

const gov = (t: string) => [actorIn(t, 'gov-pe', 'government', ['El gobierno peruano'], { country: 'PE' })]

test('a count set by a verb: "elevó a N el número de <grupo> muertos", reported by the verb’s subject', () => {
  assert.deepEqual(figuresEs('El gobierno peruano elevó este miércoles a 23 el número de soldados chilenos muertos en el ataque.', gov), [
    '"a 23 el número de soldados chilenos muertos" · 23 soldados chilenos (CL/military) killed · by gov-pe',
  ])
})

test('a count reaching a figure: "el número de muertos ascendió a 40"', () => {
  assert.deepEqual(figuresEs('El número de muertos ascendió a 40 el domingo.'), ['"El número de muertos ascendió a 40" · 40 people killed'])
})

test('a count of something else, or a figure that is a date, is no casualty tally', () => {
  assert.deepEqual(figuresEs('El banco elevó a 23 el número de sucursales en la región.'), [])
  assert.deepEqual(figuresEs('La ministra elevó a 2030 el plazo del programa.'), [])
})
