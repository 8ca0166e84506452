import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'

import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(ENGLISH)

const noop = { warn() {} }
const actors = [
  { id: 'gov-fd', country: 'FD', forms: ['Freedonian'] },
  { id: 'gov-sy', country: 'SY', forms: ['Sylvanian'] },
  { id: 'gov-ar', country: 'AR', forms: ['the government in Buenos Aires'] },
]
const run = (text: string, timexes: readonly (readonly [string, string])[] = []) =>
  events.run(handLayers(text, { actors, timexes }), noop).map(renderEvent)

test('merges mentions whose class, agent, place and date agree into one event', () => {
  const text = 'The Freedonian assault on Peru began at dawn. The Freedonian operation lasted hours. Critics called the attack of 3 May reckless.'
  assert.deepEqual(run(text, [['3 May', '2024-05-03']]), [
    'ev1 military operation @2024-05-03 in PE · gov-fd → gov-pe · "The Freedonian assault on Peru" | "The Freedonian operation" | "the attack of 3 May"',
  ])
})

test('keeps events by different agents apart', () => {
  assert.deepEqual(run('The Freedonian raid was followed by the Sylvanian raid.'), [
    'ev1 military operation · gov-fd · "The Freedonian raid"',
    'ev2 military operation · gov-sy · "the Sylvanian raid"',
  ])
})

test('an indefinite mention introduces a new event', () => {
  assert.deepEqual(run('The Freedonian raid failed. Then came a raid on Chile.'), [
    'ev1 military operation · gov-fd · "The Freedonian raid"',
    'ev2 military operation in CL · ? → gov-cl · "a raid on Chile"',
  ])
})

test('two decrees of different periods are two events', () => {
  const text = 'The Freedonian cabinet decreed two days of mourning; the government in Buenos Aires decreed five days of mourning.'
  assert.deepEqual(run(text), [
    'ev1 mourning decree in FD · gov-fd · "decreed two days of mourning"',
    'ev2 mourning decree in AR · gov-ar · "decreed five days of mourning"',
  ])
})

test('a decree by a person in office is their government\'s too, in force in its country unless a place is told', () => {
  const people = [
    { id: 'p-ana-ruiz', type: 'person' as const, country: 'FD', memberOf: 'gov-fd', forms: ['President Ana Ruiz'] },
    { id: 'p-li-tam', type: 'person' as const, country: 'FD', forms: ['Li Tam'] },
    ...actors,
  ]
  const decrees = (text: string) => events.run(handLayers(text, { actors: people }), noop).map(renderEvent)
  assert.deepEqual(decrees('President Ana Ruiz declared a state of emergency.'), [
    'ev1 emergency decree in FD · p-ana-ruiz,gov-fd · "declared a state of emergency"',
  ])
  // Someone serving no government decrees in no state's name.
  assert.deepEqual(decrees('Li Tam declared a state of emergency.'), [
    'ev1 emergency decree · p-li-tam · "declared a state of emergency"',
  ])
})
