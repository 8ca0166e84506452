import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'
import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(ENGLISH)
const noop = { warn() {} }
const actors = [
  { id: 'gov-fd', country: 'FD', forms: ['Freedonia', 'Freedonian'] },
  { id: 'gov-sy', country: 'SY', forms: ['Sylvania'] },
]
const run = (text: string, timexes: readonly (readonly [string, string])[] = []) =>
  events.run(handLayers(text, { actors, timexes }), noop).map(renderEvent)

test('accidents, blasts and clashes told in narration are events of their own kinds', () => {
  assert.deepEqual(run('A cargo plane crashed on Friday. Hours later a bomb exploded near the port.', [['Friday', '2031-04-04']]), [
    'ev1 crash @2031-04-04 · ? · "crashed on Friday"',
    'ev2 explosion · ? · "exploded near the port"',
  ])
  assert.deepEqual(run('Riot police and stone-throwing youths clashed on Sunday.', [['Sunday', '2031-04-06']]), [
    'ev1 clash @2031-04-06 · ? · "clashed on Sunday"',
  ])
})

test('a crowd marching is a protest; troops or markets are not', () => {
  assert.deepEqual(run('About 300 students marched on Monday in the capital.', [['Monday', '2031-04-07']]), [
    'ev1 protest @2031-04-07 · ? · "marched on Monday in the capital"',
  ])
  assert.deepEqual(run('The troops marched north. Shares rallied in late trading.'), [])
})

test('a date among the modifiers of an event noun is its date', () => {
  assert.deepEqual(run('Officials recalled the June 3 bombing of the depot.', [['June 3', '2024-06-03']]), [
    'ev1 military operation @2024-06-03 · ? · "the June 3 bombing of the depot"',
  ])
  assert.deepEqual(run('Freedonia marked its 2019 invasion of Sylvania.', [['2019', '2019']]), [
    'ev1 military operation @2019 in SY · gov-fd → gov-sy · "its 2019 invasion of Sylvania"',
  ])
})

test('a counted or modified bare plural names events; a bare plural alone does not', () => {
  assert.deepEqual(run('Police blamed two killings on the gang. Mass arrests followed.'), [
    'ev1 killing · ? · "killings on the gang"',
    'ev2 arrest · ? · "Mass arrests"',
  ])
  assert.deepEqual(run('Killings rarely make the news here.'), [])
})

test('a killing told after or beside an attack is its outcome, not another event', () => {
  assert.deepEqual(run('Gunmen attacked a bus on Monday. Four passengers were killed.', [['Monday', '2031-04-07']]), [
    'ev1 military operation @2031-04-07 · ? · "attacked a bus on Monday" | "killed"',
  ])
})

test('a killing with no attack told before it is an event of its own', () => {
  assert.deepEqual(run('A shopkeeper was killed on Thursday evening.', [['Thursday evening', '2031-04-03']]), [
    'ev1 killing @2031-04-03 · ? · "killed on Thursday evening"',
  ])
})

test('narrated charges and expulsions are events', () => {
  assert.deepEqual(run('The suspect was charged with arson on Tuesday.', [['Tuesday', '2031-04-01']]), [
    'ev1 charge @2031-04-01 · ? · "charged with"',
  ])
  assert.deepEqual(run('Sylvania expelled two diplomats.'), ['ev1 expulsion · gov-sy · "expelled two diplomats"'])
})

test('two arrests told each with its own object are two events; a counted plural starts a new one', () => {
  assert.deepEqual(run('Police arrested two men in the port. Later police arrested six teenagers.'), [
    'ev1 arrest · ? · "arrested two men in the port"',
    'ev2 arrest · ? · "arrested six teenagers"',
  ])
  assert.deepEqual(run('The roundup of students began. Soldiers made mass arrests.'), [
    'ev1 arrest · ? · "The roundup of students began"',
    'ev2 arrest · ? · "mass arrests"',
  ])
})

test('seizing things is a seizure, seizing on words is not an event', () => {
  assert.deepEqual(run('Customs officers seized a truck of rifles. The opposition seized on the remarks.'), [
    'ev1 seizure · ? · "seized a truck of rifles"',
  ])
})

test('the object of a verb that brings it about is dated by its clause', () => {
  assert.deepEqual(run('The council on Friday imposed a total embargo on Sylvania.', [['Friday', '2031-04-04']]), [
    'ev1 sanctions @2031-04-04 in SY · ? → gov-sy · "a total embargo on Sylvania"',
  ])
})

test('a dated meeting is talks even with no party the actors layer knows', () => {
  assert.deepEqual(run("Officials described Monday's meeting between the families.", [['Monday', '2031-04-07']]), [
    "ev1 meeting @2031-04-07 · ? · \"Monday's meeting between the families\"",
  ])
})
