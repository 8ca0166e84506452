import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOfEs } from '../../testing.js'

test('day words resolve against the publication date', () => {
  assert.deepEqual(timexesOfEs('El alcalde habló ayer y volverá mañana; hoy la plaza está en calma.'), [
    `'ayer' DATE 2026-01-07`, `'mañana' DATE 2026-01-09`, `'hoy' DATE 2026-01-08`,
  ])
  assert.deepEqual(timexesOfEs('Anteayer cayó el puente y anoche se oyeron dos explosiones.'), [`'Anteayer' DATE 2026-01-06`, `'anoche' TIME 2026-01-07TNI`])
  assert.deepEqual(timexesOfEs('Los disparos empezaron ayer por la tarde.'), [`'ayer por la tarde' TIME 2026-01-07TAF`])
})

test('a bare weekday is the last one in past context and the next one in future context', () => {
  assert.deepEqual(timexesOfEs('El domingo, el ministerio anunció las bajas.'), [`'El domingo' DATE 2026-01-04`])
  assert.deepEqual(timexesOfEs('El consejo se reunirá el domingo.'), [`'el domingo' DATE 2026-01-11`])
  assert.deepEqual(timexesOfEs('La ministra dijo el jueves que la frontera seguía cerrada.'), [`'el jueves' DATE 2026-01-08`])
})

test('"pasado" and "próximo" weekdays are strictly before and after publication; "este" is the same week', () => {
  assert.deepEqual(timexesOfEs('El pasado sábado detuvieron el convoy.'), [`'El pasado sábado' DATE 2026-01-03`])
  assert.deepEqual(timexesOfEs('El ejército se fue el jueves pasado.'), [`'el jueves pasado' DATE 2026-01-01`])
  assert.deepEqual(timexesOfEs('Las conversaciones se reanudan el próximo lunes.'), [`'el próximo lunes' DATE 2026-01-12`])
  assert.deepEqual(timexesOfEs('Este martes se votó la ley.'), [`'Este martes' DATE 2026-01-06`])
})

test('a weekday with a part of the day is a TIME', () => {
  assert.deepEqual(timexesOfEs('Los bombardeos se reanudaron el domingo por la mañana.'), [`'el domingo por la mañana' TIME 2026-01-04TMO`])
  assert.deepEqual(timexesOfEs('Hubo disparos la noche del sábado.'), [`'la noche del sábado' TIME 2026-01-03TNI`])
})

test('"la semana pasada", "el mes pasado", "el año pasado", "esta semana" are periods, not days', () => {
  assert.deepEqual(timexesOfEs('La frontera se cerró la semana pasada, el mes pasado subieron los precios y el año pasado cayeron las exportaciones.'), [
    `'la semana pasada' DATE 2026-W01`, `'el mes pasado' DATE 2025-12`, `'el año pasado' DATE 2025`,
  ])
  assert.deepEqual(timexesOfEs('Esta semana hubo protestas y este mes subió el pan.'), [`'Esta semana' DATE 2026-W02`, `'este mes' DATE 2026-01`])
  assert.deepEqual(timexesOfEs('El decreto se publicó a principios de este mes.'), [`'principios de este mes' DATE 2026-01 START`])
  assert.deepEqual(timexesOfEs('La cumbre será la próxima semana o el año que viene.'), [`'la próxima semana' DATE 2026-W03`, `'el año que viene' DATE 2027`])
})

test('"hace" counts back from publication at the unit granularity', () => {
  assert.deepEqual(timexesOfEs('El puente cayó hace dos días.'), [`'hace dos días' DATE 2026-01-06`])
  assert.deepEqual(timexesOfEs('La mina cerró hace una semana.'), [`'hace una semana' DATE 2026-W01`])
  assert.deepEqual(timexesOfEs('El campamento se levantó hace tres años.'), [`'hace tres años' DATE 2023`])
  assert.deepEqual(timexesOfEs('La disputa empezó hace años.'), [`'hace años' DATE PAST_REF`])
  assert.deepEqual(timexesOfEs('El conflicto empezó dos años atrás.'), [`'dos años atrás' DATE 2024`])
})

test('after "desde", "hace dos años" is how long something has lasted', () => {
  assert.deepEqual(timexesOfEs('La frontera está cerrada desde hace dos años.'), [`'hace dos años' DURATION P2Y`])
})
