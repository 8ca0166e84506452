import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'

import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(ENGLISH)

const noop = { warn() {} }
const run = (text: string, timexes: readonly (readonly [string, string])[] = []) =>
  events.run(handLayers(text, { timexes }), noop).map(renderEvent)

test('ground taken is a territorial capture, placed where the ground is', () => {
  assert.deepEqual(run('Rebels captured Kampala on Monday.', [['Monday', '2031-03-03']]), [
    'ev1 territorial capture @2031-03-03 in UG · ? · "captured Kampala on Monday"',
  ])
  assert.deepEqual(run('The militia seized the town of Lodwar in 2029.', [['2029', '2029']]), [
    'ev1 territorial capture @2029 · ? · "seized the town of Lodwar in 2029"',
  ])
  assert.deepEqual(run('The militia took control of the airport.'), ['ev1 territorial capture · ? · "took control of the airport"'])
})

test('troops crossing a border are an incursion', () => {
  assert.deepEqual(run('Kenyan armoured units crossed into Somalia on Tuesday.', [['Tuesday', '2031-03-04']]), [
    'ev1 incursion @2031-03-04 in SO · ? · "crossed into Somalia on Tuesday"',
  ])
  assert.deepEqual(run('About 400 troops had crossed near the village of Dhobley.'), ['ev1 incursion · ? · "crossed near the village of Dhobley"'])
})
