import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'
import { SPANISH } from './spanish.js'
import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const noop = { warn() {} }
const fd = { id: 'gov-fd', country: 'FD', forms: ['Freedonian', 'freedonias'] }
const en = (text: string, timexes: readonly (readonly [string, string])[] = []) =>
  eventsStage(ENGLISH).run(handLayers(text, { actors: [fd], timexes }), noop)
const es = (text: string, timexes: readonly (readonly [string, string])[] = []) =>
  eventsStage(SPANISH).run({ ...handLayers(text, { actors: [fd], timexes }), language: 'es' }, noop)

test('a country beside a downed craft names its owner, struck, not the place', () => {
  const [e, ...rest] = en('Freedonian forces shot down a Chilean airliner on Friday.', [['Friday', '2025-02-28']])
  assert.equal(renderEvent(e!), 'ev1 shoot-down @2025-02-28 · gov-fd → gov-cl · "shot down a Chilean airliner on Friday"')
  assert.equal(e!.craft, 'aircraft')
  assert.deepEqual(rest, [])
})

test('a crash takes the owner named with its craft as actor, not the last actor before it', () => {
  const [e] = en('Freedonian officials said two Peruvian military helicopters crashed on Monday.', [['Monday', '2025-02-24']])
  assert.equal(renderEvent(e!), 'ev1 crash @2025-02-24 · gov-pe · "crashed on Monday"')
  assert.equal(e!.craft, 'aircraft')
})

test('the crash of the craft a downing struck is that downing, dated and placed by the crash clause', () => {
  assert.deepEqual(en('Freedonian forces shot down the Chilean jet that crashed near Lima on Monday.', [['Monday', '2025-02-24']]).map(renderEvent), [
    'ev1 shoot-down @2025-02-24 in PE · gov-fd → gov-cl · "shot down the Chilean jet" | "crashed near Lima on Monday"',
  ])
  assert.deepEqual(es('Las fuerzas freedonias derribaron el avión chileno que se estrelló el lunes cerca de Lima.', [['el lunes', '2025-02-24']]).map(renderEvent), [
    'ev1 shoot-down @2025-02-24 in PE · gov-fd → gov-cl · "derribaron el avión chileno" | "estrelló el lunes cerca de Lima"',
  ])
})

test('a crash told apart from a downing, or of a craft named before it, stays its own event', () => {
  assert.deepEqual(en('Freedonian forces shot down a drone. A Chilean airliner crashed near Lima on Monday.', [['Monday', '2025-02-24']]).map(renderEvent), [
    'ev1 shoot-down · gov-fd · "shot down a drone"',
    'ev2 crash @2025-02-24 in PE · gov-cl · "crashed near Lima on Monday"',
  ])
  assert.deepEqual(en('The jet crashed after Freedonian forces shot down a drone.').map((e) => e.kind), ['crash', 'shoot-down'])
})

test('a crash takes no object, and happened near where its craft took off', () => {
  assert.deepEqual(en('The Chilean jet crashed minutes after taking off from Peru on Monday.', [['Monday', '2025-02-24']]).map(renderEvent), [
    'ev1 crash @2025-02-24 in PE · gov-cl · "crashed"',
  ])
  assert.deepEqual(es('El avión chileno se estrelló poco después de despegar de Perú.').map(renderEvent), [
    'ev1 crash in PE · gov-cl · "estrelló"',
  ])
})

test('the crash clause of a downed craft, with words between verb and place, is still the downing', () => {
  assert.deepEqual(en('Freedonian forces shot down the Chilean jet, which crashed minutes after leaving Peru.').map(renderEvent), [
    'ev1 shoot-down in PE · gov-fd → gov-cl · "shot down the Chilean jet" | "crashed"',
  ])
})

test('a craft named with no owner is the subject of its crash: the last actor before it is not the agent', () => {
  assert.deepEqual(en('Nine soldiers died on the way to Chile when two military helicopters crashed.').map(renderEvent), [
    'ev1 crash · ? · "crashed"',
  ])
})

test('"went down", "came down", "cayó" are a crash only with a craft as subject', () => {
  assert.deepEqual(en('The Chilean jet went down near Lima on Monday.', [['Monday', '2025-02-24']]).map(renderEvent), [
    'ev1 crash @2025-02-24 in PE · gov-cl · "went down near Lima on Monday"',
  ])
  assert.deepEqual(en('Copper prices went down on Monday, and the mood came down too.', [['Monday', '2025-02-24']]), [])
  assert.deepEqual(es('El helicóptero chileno cayó cerca de Lima.').map(renderEvent), ['ev1 crash in PE · gov-cl · "cayó cerca de Lima"'])
  assert.deepEqual(es('Los precios del cobre cayeron el lunes.', [['el lunes', '2025-02-24']]), [])
})
