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

test('delegations meeting are talks between the countries the subject names', () => {
  const text = 'Ugandan and Kenyan delegations met face to face in Nairobi on Monday.'
  assert.deepEqual(run(text, [['Monday', '2031-03-03']]), [
    'ev1 talks @2031-03-03 in KE · gov-ug,gov-ke · "met face to face in Nairobi on Monday"',
  ])
})

test('a planned meeting is talks too, dated by its clause', () => {
  const text = 'Officials said that delegations from both countries would meet in Nairobi next week.'
  assert.deepEqual(run(text, [['next week', '2031-W11']]), ['ev1 talks @2031-W11 in KE · ? · "meet in Nairobi"'])
})

test('the two sides meeting with a third party name it as a party', () => {
  assert.deepEqual(run('The two sides will meet with Ghana on Friday.', [['Friday', '2031-03-07']]), [
    'ev1 talks @2031-03-07 · gov-gh · "meet with Ghana on Friday"',
  ])
})
