import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'

import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(ENGLISH)

const noop = { warn() {} }
const actors = [{ id: 'gov-ke', country: 'KE', forms: ['Kenya’s government', 'The Republic of Kenya'] }]
const run = (text: string, timexes: readonly (readonly [string, string])[] = []) =>
  events.run(handLayers(text, { actors, timexes }), noop).map(renderEvent)

test('reads the parties of "talks between X and Y" and the host that offers them', () => {
  assert.deepEqual(run('The Republic of Kenya offered to host talks between Uganda and Tanzania.'), [
    'ev1 talks in KE · gov-ug,gov-tz,gov-ke · "talks between Uganda and Tanzania"',
  ])
})

test('talks hosted by a government are held in its country unless a place is named', () => {
  assert.deepEqual(run('The rivals met again in talks hosted by Kenya’s government.'), [
    'ev1 talks in KE · gov-ke · "talks hosted by Kenya’s government"',
  ])
  assert.deepEqual(run('Peace talks in Kampala hosted by Kenya’s government began.'), [
    'ev1 talks in UG · gov-ke · "Peace talks in Kampala hosted by Kenya’s government"',
  ])
})

test('"ceasefire talks" are talks, not a ceasefire, and take their place from "in <capital>"', () => {
  assert.deepEqual(run('Diplomats prepared the ceasefire talks in Nairobi.'), ['ev1 talks in KE · ? · "the ceasefire talks in Nairobi"'])
})

test('a summit with a place or parties is talks; a session only joins talks already named', () => {
  assert.deepEqual(run('Leaders gathered for a summit in Kampala. The first session ran late.'), [
    'ev1 talks in UG · ? · "a summit in Kampala" | "The first session"',
  ])
  assert.deepEqual(run('The first session of the course ran late.'), [])
})

test('mentions of one round of talks dated two days apart are one event', () => {
  const text = 'The talks with Uganda opened on Tuesday. The negotiations ended on Thursday.'
  assert.deepEqual(run(text, [['Tuesday', '2031-03-04'], ['Thursday', '2031-03-06']]), [
    'ev1 talks @2031-03-04 · gov-ug · "The talks with Uganda" | "The negotiations"',
  ])
})

test('a date after "resume" is a later session\'s, not the talks\' date', () => {
  const text = 'Negotiations with Uganda opened on Tuesday. The talks are due to resume on Thursday.'
  assert.deepEqual(run(text, [['Tuesday', '2031-03-04'], ['Thursday', '2031-03-06']]), [
    'ev1 talks @2031-03-04 · gov-ug · "Negotiations with Uganda" | "The talks"',
  ])
})

test('talks between other parties are other talks', () => {
  const text = 'Talks between Uganda and Tanzania stalled, while talks between Ghana and Togo advanced.'
  assert.deepEqual(run(text), [
    'ev1 talks · gov-ug,gov-tz · "Talks between Uganda and Tanzania"',
    'ev2 talks · gov-gh,gov-tg · "talks between Ghana and Togo"',
  ])
})

test('a visit happens where it goes, and the visitor named with a title before the left edge is its party', () => {
  const lind = { id: 'p-ana-lind', type: 'person' as const, forms: ['Mrs. Lind'] }
  assert.deepEqual(events.run(handLayers('Officials praised Mrs. Lind’s visit to Peru.', { actors: [lind] }), noop).map(renderEvent), [
    'ev1 visit in PE · p-ana-lind · "Lind’s visit to Peru"',
  ])
})

test('a word joining two countries before talks names both as parties, not a place', () => {
  assert.deepEqual(run('Diplomats prepared the Uganda-Tanzania peace talks in Nairobi.'), [
    'ev1 talks in KE · gov-ug,gov-tz · "the Uganda-Tanzania peace talks in Nairobi"',
  ])
  assert.deepEqual(run('Uganda-Tanzanian talks have stalled for a year.'), ['ev1 talks · gov-ug,gov-tz · "Uganda-Tanzanian talks"'])
  // One country and another word is not a pair: "Uganda-based" names no second party.
  assert.deepEqual(run('The Uganda-based mediators prepared the peace talks.'), ['ev1 talks · ? · "the peace talks"'])
})
