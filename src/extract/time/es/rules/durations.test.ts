import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOfEs } from '../../testing.js'

test('counts in words and digits with a unit are durations', () => {
  assert.deepEqual(timexesOfEs('El gobierno decretó dos días de duelo nacional.'), [`'dos días' DURATION P2D`])
  assert.deepEqual(timexesOfEs('El asedio duró siete días y el juicio veintiún días.'), [`'siete días' DURATION P7D`, `'veintiún días' DURATION P21D`])
  assert.deepEqual(timexesOfEs('Gobernó durante tres años y pasó 48 horas detenido.'), [`'tres años' DURATION P3Y`, `'48 horas' DURATION PT48H`])
  assert.deepEqual(timexesOfEs('La tregua se mantuvo treinta y dos días.'), [`'treinta y dos días' DURATION P32D`])
})

test('modifiers, halves, multiples and vague counts', () => {
  assert.deepEqual(timexesOfEs('La ocupación duró más de dos décadas.'), [`'más de dos décadas' DURATION P20Y MORE_THAN`])
  assert.deepEqual(timexesOfEs('El exilio duró un año y medio.'), [`'un año y medio' DURATION P1.5Y`])
  assert.deepEqual(timexesOfEs('La obra llevará un lustro.'), [`'un lustro' DURATION P5Y`])
  assert.deepEqual(timexesOfEs('La operación se prolongó varias semanas.'), [`'varias semanas' DURATION PXW`])
  assert.deepEqual(timexesOfEs('El bloqueo duró unos diez días.'), [`'unos diez días' DURATION P10D APPROX`])
  assert.deepEqual(timexesOfEs('Vivió en el exilio durante años.'), [`'años' DURATION PXY`])
})

test('a duration before "después del" + an event is anchored on the day the event was dated', () => {
  const text = 'El ataque contra el cuartel fue el 3 de enero de 2026. Dos días después del ataque, el ministro dimitió.'
  assert.deepEqual(timexesOfEs(text), [`'el 3 de enero de 2026' DATE 2026-01-03`, `'Dos días después del ataque' DATE 2026-01-05`])
  const vote = 'La votación se celebró el 10 de junio de 2024. Hubo poca participación. Una semana antes de la votación, se prohibieron los mítines.'
  assert.deepEqual(timexesOfEs(vote), [`'el 10 de junio de 2024' DATE 2024-06-10`, `'Una semana antes de la votación' DATE 2024-06-03`])
})

test('without a dated mention of the event the duration stays a duration', () => {
  assert.deepEqual(timexesOfEs('Dos días después del ataque, el ministro dimitió.'), [`'Dos días' DURATION P2D`])
})

test('"dos días después" closing a clause moves the last anchored date', () => {
  assert.deepEqual(timexesOfEs('La capital cayó el 3 de enero de 2026. Dos días después, el ministro huyó.'), [
    `'el 3 de enero de 2026' DATE 2026-01-03`, `'Dos días después' DATE 2026-01-05`,
  ])
})
