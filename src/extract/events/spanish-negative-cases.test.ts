import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { SPANISH } from './spanish.js'

import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(SPANISH)

const noop = { warn() {} }
const fd = { id: 'gov-fd', country: 'FD', forms: ['Freedonia', 'freedonio'] }
const minister = { id: 'p-luis-mora', type: 'person' as const, memberOf: 'gov-fd', forms: ['ministro Luis Mora'] }
const none = (text: string) =>
  assert.deepEqual(events.run({ ...handLayers(text, { actors: [fd, minister] }), language: 'es' }, noop).map((e) => e.mentions[0]!.text), [], text)

test('a fit, surgery, a rescue and a media barrage are not attacks', () => {
  none('El delantero sufrió un ataque de tos durante la rueda de prensa.')
  none('Tuvo un ataque de pánico en el avión.')
  none('La operación de rescate duró diez horas.')
  none('Su operación quirúrgica fue un éxito.')
  none('El ministro denunció un bombardeo mediático contra su familia.')
  none('Freedonia lanzó una ofensiva diplomática en Europa.')
})

test('a labour strike is no event, and an adjective homograph is no noun', () => {
  none('Los mineros convocaron una huelga general.')
  none('Los estibadores siguen en huelga.')
  none('Tuvo una actitud ofensiva con los periodistas.')
})

test('a halted process, a stopped bus and rain that stopped are no arrests or dismissals', () => {
  none('La detención del proceso electoral preocupa a los observadores.')
  none('El conductor detuvo el autobús frente al hotel.')
  none('La lluvia cesó por la tarde.')
  none('El tráfico quedó detenido durante horas.')
})

test('a speech in parliament is no intervention, even with a person as its agent', () => {
  none('La intervención del ministro Luis Mora en el Congreso duró una hora.')
})

test('negated, threatened and possible events are not events', () => {
  none('No hubo ningún ataque contra la base.')
  none('El ejército freedonio no atacó la ciudad.')
  none('Amenazaron con atacar el puerto.')
  none('Un posible ataque preocupa a las autoridades.')
})

test('people and brands taken, civilians crossing, summits of mountains are no events', () => {
  none('Los turistas cruzaron la frontera a pie.')
  none('La policía capturó a dos sospechosos.')
  none('La empresa tomó el control de la marca.')
  none('Los alpinistas alcanzaron la cumbre del Aconcagua.')
  none('El diálogo de la película es excelente.')
})
