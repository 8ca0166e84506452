import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'
import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(ENGLISH)
const noop = { warn() {} }
const run = (text: string, timexes: readonly (readonly [string, string])[], published = '2031-04-07') =>
  events.run(handLayers(text, { timexes }, published), noop).map(renderEvent)

test('a simple-past verb with no date continues the day the narration told just before', () => {
  assert.deepEqual(run('Customs officers searched a van on Sunday. They arrested the driver.', [['Sunday', '2031-04-06']]), [
    'ev1 arrest @2031-04-06 · ? · "arrested the driver"',
  ])
})

test('a perfect, a day long before publication, or a day in another clause of its sentence does not date the verb', () => {
  assert.deepEqual(run('The port reopened on Sunday. The driver had been arrested before.', [['Sunday', '2031-04-06']]), [
    'ev1 arrest · ? · "arrested"',
  ])
  assert.deepEqual(run('The port reopened on 2 March. They arrested the driver.', [['2 March', '2031-03-02']]), [
    'ev1 arrest · ? · "arrested the driver"',
  ])
  assert.deepEqual(run('Officials spoke on Sunday about the town where police arrested a driver.', [['Sunday', '2031-04-06']]), [
    'ev1 arrest · ? · "arrested a driver"',
  ])
})

test('a day told without its year that falls after publication is last year\'s for an event told as done', () => {
  assert.deepEqual(run('Police reopened the inquiry into the Nov. 2 shooting.', [['Nov. 2', '2031-11-02']]), [
    'ev1 shooting @2030-11-02 · ? · "the Nov. 2 shooting"',
  ])
})
