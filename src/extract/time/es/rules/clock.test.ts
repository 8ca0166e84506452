import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOfEs } from '../../testing.js'

test('reads hours with a part of the day on the 24-hour clock, on the day named before', () => {
  assert.deepEqual(timexesOfEs('El ataque empezó el domingo a las 9 de la mañana y terminó a las 3 de la tarde.'), [
    `'el domingo' DATE 2026-01-04`, `'las 9 de la mañana' TIME 2026-01-04T09:00`, `'las 3 de la tarde' TIME 2026-01-04T15:00`,
  ])
  assert.deepEqual(timexesOfEs('El 3 de enero de 2026 a las 2 de la madrugada sonaron las sirenas.'), [
    `'El 3 de enero de 2026' DATE 2026-01-03`, `'las 2 de la madrugada' TIME 2026-01-03T02:00`,
  ])
})

test('reads "15.00 horas", "10:30", "mediodía" and "medianoche"', () => {
  assert.deepEqual(timexesOfEs('Los disparos cesaron a las 15.00 horas y la reunión fue a las 10:30; el toque de queda empieza a medianoche.'), [
    `'las 15.00 horas' TIME 2026-01-08T15:00`, `'las 10:30' TIME 2026-01-08T10:30`, `'medianoche' TIME 2026-01-08T24:00`,
  ])
})
