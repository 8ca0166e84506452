import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'

import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(ENGLISH)

const noop = { warn() {} }
const actors = [
  { id: 'gov-fd', country: 'FD', forms: ['Freedonian', 'the Freedonian government'] },
  { id: 'p-leo-marsh', type: 'person' as const, memberOf: 'gov-fd', forms: ['Leo Marsh'] },
]
const run = (text: string, timexes: readonly (readonly [string, string])[] = []) =>
  events.run(handLayers(text, { actors, timexes }), noop).map(renderEvent)

test('an active attack verb takes its subject as agent and a country object as target and place', () => {
  assert.deepEqual(run('Freedonian forces attacked Chile on Friday.', [['Friday', '2025-02-28']]), [
    'ev1 military operation @2025-02-28 in CL · gov-fd → gov-cl · "attacked Chile on Friday"',
  ])
})

test('a passive arrest takes its subject as target', () => {
  assert.deepEqual(run('Leo Marsh was arrested at his home.'), ['ev1 arrest · ? → p-leo-marsh · "arrested at his home"'])
})

test('a decree verb with a period of mourning is a mourning decree by its subject', () => {
  assert.deepEqual(run('The Freedonian government, which decreed three days of mourning on Monday, met.', [['Monday', '2025-02-24']]), [
    'ev1 mourning decree @2025-02-24 in FD · gov-fd · "decreed three days of mourning"',
  ])
})

test('declaring a state of emergency is an emergency decree', () => {
  assert.deepEqual(run('Leo Marsh declared a state of emergency.'), ['ev1 emergency decree in FD · p-leo-marsh,gov-fd · "declared a state of emergency"'])
})

test('"fired" is a dismissal only with a person as target', () => {
  assert.deepEqual(run('Leo Marsh was fired.'), ['ev1 dismissal · gov-fd → p-leo-marsh · "fired"'])
  assert.deepEqual(run('Rockets were fired.'), [])
})

test('a pronoun subject stands for the actor opening the sentence before, a person for "he" only', () => {
  assert.deepEqual(run('The Freedonian government found the depot. They arrested two men.'), ['ev1 arrest · gov-fd · "arrested two men"'])
  assert.deepEqual(run('Leo Marsh found the depot. He arrested two men.'), ['ev1 arrest · p-leo-marsh · "arrested two men"'])
  assert.deepEqual(run('Leo Marsh found the depot. They arrested two men.'), ['ev1 arrest · ? · "arrested two men"'])
})
