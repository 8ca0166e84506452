import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { SPANISH } from './spanish.js'
import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(SPANISH)
const noop = { warn() {} }
const run = (text: string, timexes: readonly (readonly [string, string])[] = []) =>
  events.run(handLayers(text, { timexes }), noop).map(renderEvent)

test('derribos y explosiones narrados son sucesos de su clase', () => {
  assert.deepEqual(run('Un helicóptero derribó el globo el martes.', [['el martes', '2025-02-25']]), [
    'ev1 shoot-down @2025-02-25 · ? · "derribó el globo"',
  ])
  assert.deepEqual(run('Los vecinos oyeron la explosión que sacudió el domingo la refinería.', [['el domingo', '2025-03-02']]), [
    'ev1 explosion @2025-03-02 · ? · "la explosión"',
  ])
})

test('una fecha antes de "haber bombardeado" es la de la negación, no la del bombardeo', () => {
  assert.deepEqual(run('El ministro negó el lunes haber bombardeado el depósito.', [['el lunes', '2031-04-07']]), ['ev1 military operation · ? · "bombardeado el depósito"'])
})

test('una amenaza cumplida es el acto hecho', () => {
  assert.deepEqual(run('Los rebeldes cumplieron su amenaza de bombardear el puerto.'), ['ev1 military operation · ? · "bombardear el puerto"'])
})
