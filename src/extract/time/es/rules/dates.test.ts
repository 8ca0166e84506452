import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOfEs } from '../../testing.js'

test('reads a full date, with or without its article and weekday', () => {
  assert.deepEqual(timexesOfEs('El tratado del 3 de enero de 2026 se firmó en Sylvania.'), [`'3 de enero de 2026' DATE 2026-01-03`])
  assert.deepEqual(timexesOfEs('La ofensiva empezó el 3 de enero de 2026.'), [`'el 3 de enero de 2026' DATE 2026-01-03`])
  assert.deepEqual(timexesOfEs('El enviado llegó el martes 6 de enero.'), [`'el martes 6 de enero' DATE 2026-01-06`])
  assert.deepEqual(timexesOfEs('El desfile del 1.º de mayo de 2025 se suspendió.'), [`'1.º de mayo de 2025' DATE 2025-05-01`])
})

test('places a day and month without a year by tense, and "pasado" or "próximo" by itself', () => {
  assert.deepEqual(timexesOfEs('El acuerdo se firmó el 20 de diciembre.'), [`'el 20 de diciembre' DATE 2025-12-20`])
  assert.deepEqual(timexesOfEs('La ministra llegó el 4 de enero.'), [`'el 4 de enero' DATE 2026-01-04`])
  assert.deepEqual(timexesOfEs('El puerto reabrirá el 2 de marzo.'), [`'el 2 de marzo' DATE 2026-03-02`])
  assert.deepEqual(timexesOfEs('Las tropas llegaron el pasado 30 de noviembre.'), [`'el pasado 30 de noviembre' DATE 2025-11-30`])
})

test('keeps month granularity for a month with a year, with its modifier', () => {
  assert.deepEqual(timexesOfEs('Las tropas cruzaron el río en abril de 2019.'), [`'abril de 2019' DATE 2019-04`])
  assert.deepEqual(timexesOfEs('Las negociaciones se estancaron a finales de diciembre de 2024.'), [`'finales de diciembre de 2024' DATE 2024-12 END`])
})

test('resolves a month alone after a preposition or with "pasado" / "próximo"', () => {
  assert.deepEqual(timexesOfEs('El ministro dimitió en noviembre.'), [`'noviembre' DATE 2025-11`])
  assert.deepEqual(timexesOfEs('Las elecciones se celebrarán en junio.'), [`'junio' DATE 2026-06`])
  assert.deepEqual(timexesOfEs('Los rebeldes se retiraron el pasado mes de octubre.'), [`'el pasado mes de octubre' DATE 2025-10`])
  assert.deepEqual(timexesOfEs('Los precios subieron en mayo del año pasado.'), [`'mayo del año pasado' DATE 2025-05`])
})

test('reads numeric dates day first, and ISO dates', () => {
  assert.deepEqual(timexesOfEs('El decreto lleva fecha del 03/01/2026.'), [`'03/01/2026' DATE 2026-01-03`])
  assert.deepEqual(timexesOfEs('El informe, fechado el 2025-11-30, fue publicado.'), [`'2025-11-30' DATE 2025-11-30`])
})
