import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOfEs } from '../../testing.js'

test('a year keeps year granularity, with its modifier', () => {
  assert.deepEqual(timexesOfEs('El pacto se firmó en 2019.'), [`'2019' DATE 2019`])
  assert.deepEqual(timexesOfEs('La mina cerró a finales de 2018 y reabrió a mediados de 2021.'), [`'finales de 2018' DATE 2018 END`, `'mediados de 2021' DATE 2021 MID`])
})

test('decades keep decade granularity', () => {
  assert.deepEqual(timexesOfEs('La guerra de la década de 1990 marcó a los años noventa.'), [`'la década de 1990' DATE 199`, `'los años noventa' DATE 199`])
})

test('counts, sums and names are not years', () => {
  assert.deepEqual(timexesOfEs('Más de 2000 soldados y unos 1500 policías llegaron.'), [])
  assert.deepEqual(timexesOfEs('El contrato valía 1990 dólares y el plan se llama Agenda 2030.'), [])
  assert.deepEqual(timexesOfEs('Llegaron 2000 manifestantes a la plaza.'), [])
})
