import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { SPANISH } from './spanish.js'

import { renderEvent } from './render.js'
import { handLayers, type HandLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(SPANISH)

const noop = { warn() {} }
const fd = { id: 'gov-fd', country: 'FD', forms: ['Freedonia', 'freedonia', 'freedonias'] }
/** A Spanish document with hand-made actors and timexes. */
const es = (text: string, layers: HandLayers = {}) =>
  events.run({ ...handLayers(text, { actors: [fd], ...layers }), language: 'es' }, noop).map(renderEvent)

test('an adjective after the event noun makes it military and a demonym there names the agent', () => {
  assert.deepEqual(es('La operación militar estadounidense en Perú fue criticada.'), [
    'ev1 military operation in PE · gov-us · "La operación militar estadounidense en Perú"',
  ])
  assert.deepEqual(es('Condenaron la ofensiva freedonia contra Chile.'), [
    'ev1 military operation in CL · gov-fd → gov-cl · "la ofensiva freedonia contra Chile"',
  ])
})

test('"de X" after an attack names its agent; after an invasion, what was invaded', () => {
  assert.deepEqual(es('El ataque de Freedonia a Ecuador fue condenado.'), [
    'ev1 military operation in EC · gov-fd → gov-ec · "El ataque de Freedonia a Ecuador"',
  ])
  assert.deepEqual(es('La invasión de Panamá por Freedonia duró semanas.'), [
    'ev1 military operation in PA · gov-fd → gov-pa · "La invasión de Panamá por Freedonia"',
  ])
})

test('"del <fecha>" dates the event', () => {
  assert.deepEqual(es('El bombardeo del 3 de mayo destruyó el puerto.', { timexes: [['3 de mayo', '2031-05-03']] }), [
    'ev1 military operation @2031-05-03 · ? · "El bombardeo del 3 de mayo"',
  ])
})

test('an attack verb takes its subject as agent and its object as target and place', () => {
  assert.deepEqual(es('Freedonia atacó Bolivia el lunes.', { timexes: [['el lunes', '2031-05-05']] }), [
    'ev1 military operation @2031-05-05 in BO · gov-fd → gov-bo · "atacó Bolivia"',
  ])
  assert.deepEqual(es('Las tropas freedonias invadieron Uruguay.'), ['ev1 military operation in UY · gov-fd → gov-uy · "invadieron Uruguay"'])
})

test('"por" is the agent of a participle, not of an active verb ("atacaron por sorpresa")', () => {
  assert.deepEqual(es('El cuartel fue asaltado por tropas freedonias.'), ['ev1 military operation · gov-fd · "asaltado por tropas freedonias"'])
  assert.deepEqual(es('Freedonia bombardeó por sorpresa el puerto.'), ['ev1 military operation · gov-fd · "bombardeó por sorpresa"'])
})

test('mentions of one attack merge: the attack, the operation, the intervention, the attack of a date', () => {
  const text = 'Freedonia atacó Perú el 3 de mayo. La operación duró horas. Los críticos llamaron ilegal a la intervención. ' +
    'El ataque del 3 de mayo dejó muertos. Un ataque contra Chile fue descartado.'
  assert.deepEqual(es(text, { timexes: [['3 de mayo', '2031-05-03']] }), [
    'ev1 military operation @2031-05-03 in PE · gov-fd → gov-pe · "atacó Perú" | "La operación" | "la intervención" | "El ataque del 3 de mayo"',
    'ev2 military operation in CL · ? → gov-cl · "Un ataque contra Chile"',
  ])
})

test('two event nouns joined by "y" each with its determiner are one mention; "de" belongs to the nearer noun', () => {
  const ruiz = { id: 'p-ana-ruiz', type: 'person' as const, forms: ['Ana Ruiz'] }
  assert.deepEqual(es('El ataque y la captura de la presidenta Ana Ruiz por fuerzas de Bolivia sorprendieron.', { actors: [fd, ruiz] }), [
    'ev1 military operation · gov-bo → p-ana-ruiz · "El ataque y la captura de la presidenta Ana Ruiz por fuerzas de Bolivia"',
  ])
  assert.deepEqual(es('La destitución y el arresto del general Ana Ruiz llegaron juntos.', { actors: [fd, ruiz] }), [
    'ev1 dismissal and arrest · ? → p-ana-ruiz · "La destitución y el arresto del general Ana Ruiz"',
  ])
})

test('a town named after an adjective ("la localidad separatista de Brisk") struck by a state lies in that state', () => {
  assert.deepEqual(es('Las tropas freedonias asaltaron la localidad separatista de Brisk. Fue la mayor operación freedonia.'), [
    'ev1 military operation in FD · gov-fd · "asaltaron la localidad separatista de Brisk" | "la mayor operación freedonia"',
  ])
})

test('a pronoun subject stands for the actor opening the sentence before', () => {
  assert.deepEqual(es('Freedonia halló el depósito. Ellos detuvieron a dos hombres.'), ['ev1 arrest · gov-fd · "detuvieron a dos hombres"'])
})
