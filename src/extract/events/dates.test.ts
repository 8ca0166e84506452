import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'

import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(ENGLISH)

const noop = { warn() {} }
const fd = { id: 'gov-fd', country: 'FD', forms: ['Freedonian'] }
const dates = (text: string, timexes: readonly (readonly [string, string])[]) =>
  events.run(handLayers(text, { actors: [fd], timexes }), noop).map((e) => `${e.mentions[0]!.text} @${e.date ?? '?'} (${e.rule})`)

test('dates a verbal event by a date in its own clause', () => {
  assert.deepEqual(dates('On Friday, Freedonian troops raided the port.', [['Friday', '2025-02-28']]), [
    'raided the port @2025-02-28 (verbal-trigger+date-clause)',
  ])
})

test('a date in the reporting clause does not date the event inside the reported clause', () => {
  assert.deepEqual(dates('On Sunday, officials said that the Freedonian raid had failed.', [['Sunday', '2025-03-02']]), [
    'the Freedonian raid @? (nominal-trigger)',
  ])
})

test('an event noun after "during" is a time frame and takes no clause date', () => {
  assert.deepEqual(dates('On Monday, twelve soldiers died during the Freedonian assault.', [['Monday', '2025-02-24']]), [
    'the Freedonian assault @? (nominal-trigger)',
  ])
})

test('an undated mention right after a dated lead sentence takes its date', () => {
  const text = 'Last Thursday, the calm ended.\n\nThe Freedonian offensive surprised everyone.'
  assert.deepEqual(dates(text, [['Last Thursday', '2025-02-27']]), [
    'The Freedonian offensive @2025-02-27 (nominal-trigger+date-lead)',
  ])
})

test('the lead date does not reach past an intervening sentence', () => {
  const text = 'Last Thursday, the calm ended. Markets fell. The Freedonian offensive surprised everyone.'
  assert.deepEqual(dates(text, [['Last Thursday', '2025-02-27']]), ['The Freedonian offensive @? (nominal-trigger)'])
})

test('a date after "resumed" dates a later phase, not the event named as the subject', () => {
  assert.deepEqual(dates('The Freedonian shelling resumed on Monday.', [['Monday', '2025-02-24']]), [
    'The Freedonian shelling @? (nominal-trigger)',
  ])
})

test('a date inside a clause opened by "since" or "after" is that clause\'s verb\'s, not the event\'s', () => {
  assert.deepEqual(dates('Freedonian gunboats have shelled the harbour since the envoy was named on May 4.', [['May 4', '2024-05-04']]), [
    'shelled the harbour @? (verbal-trigger)',
  ])
  // Followed by a date alone, the word is the clause's own preposition.
  assert.deepEqual(dates('Freedonian gunboats shelled the harbour after midnight on May 4.', [['May 4', '2024-05-04']]), [
    'shelled the harbour @2024-05-04 (verbal-trigger+date-clause)',
  ])
})
