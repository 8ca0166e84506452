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

test('a killing joined to an attack carries it to the killings told after it, across sentences', () => {
  assert.deepEqual(run('Gunmen attacked a bus on Monday. Four passengers were killed. Two more were killed later.', [['Monday', '2031-04-07']]), [
    'ev1 military operation @2031-04-07 · ? · "attacked a bus on Monday" | "killed" | "killed"',
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

test('forces arriving or deployed are a deployment; the mail arriving is not', () => {
  assert.deepEqual(run('The first units of the contingent arrived on Monday.', [['Monday', '2031-04-07']]), [
    'ev1 deployment @2031-04-07 · ? · "arrived on Monday"',
  ])
  assert.deepEqual(run('The mail arrived on Monday.', [['Monday', '2031-04-07']]), [])
})

test('two named parties conferring, or one meeting with another, hold talks', () => {
  assert.deepEqual(run('Freedonia and Sylvania conferred in Lima.'), ['ev1 talks in PE · gov-fd,gov-sy · "conferred in Lima"'])
  assert.deepEqual(run('Freedonia met with Sylvania.'), ['ev1 talks · gov-fd,gov-sy · "met with Sylvania"'])
  assert.deepEqual(run('Freedonia met with reporters.'), [])
})

test('a visit told as current happens on the publication day', () => {
  assert.deepEqual(run("Officials praised Sylvania's current visit to the capital."), [
    "ev1 visit @2025-03-02 · gov-sy · \"Sylvania's current visit to the capital\"",
  ])
})

test('a date in a clause joined by "and" with its own subject and verb is that verb\'s', () => {
  assert.deepEqual(run('Gunmen kidnapped a trader and police found his car on Friday.', [['Friday', '2031-04-04']]), [
    'ev1 abduction · ? · "kidnapped a trader"',
  ])
  assert.deepEqual(run('Troops stormed and raided the depot on Friday.', [['Friday', '2031-04-04']]), [
    'ev1 military operation @2031-04-04 · ? · "stormed" | "raided the depot on Friday"',
  ])
})

test('a meeting that frames its sentence takes the day the narration told before it', () => {
  const text = 'The envoy reached Lima on Friday. After a two-hour meeting at his Lima office with Sylvania, he spoke.'
  assert.deepEqual(events.run(handLayers(text, { actors, timexes: [['Friday', '2025-02-28']] }), noop).map(renderEvent), [
    'ev1 meeting @2025-02-28 in PE · gov-sy · "a two-hour meeting at his Lima office with Sylvania"',
  ])
})

test('events carry the PLOVER category and mode of their kind, or of their class', () => {
  const found = events.run(handLayers('Troops raided the port. About 300 students marched in the capital. The ship sank.', { actors }), noop)
  assert.deepEqual(found.map((e) => `${e.kind} ${e.category ?? '-'} ${e.mode ?? '-'}`), [
    'military operation ASSAULT -',
    'protest PROTEST demo',
  ])
})

test('a relative clause right after an event noun dates it, unless it tells a plan', () => {
  assert.deepEqual(run('Rescuers searched the ruins after the blast that shook the port on Sunday.', [['Sunday', '2025-03-02']]), [
    'ev1 explosion @2025-03-02 · ? · "the blast"',
  ])
  assert.deepEqual(run('Freedonia backs the peace talks that are due to end by May.', [['May', '2025-05']]), [
    'ev1 talks · ? · "the peace talks"',
  ])
})

test('a country’s troops listed as a group act for its government; other groups do not', () => {
  const troops = [...actors, { id: 'grp-fd-troops', type: 'group' as const, country: 'FD', forms: ['Freedonian troops'] },
    { id: 'grp-fd-students', type: 'group' as const, country: 'FD', forms: ['Freedonian students'] }]
  const runWith = (text: string) => events.run(handLayers(text, { actors: troops, timexes: [['Friday', '2031-04-04']] }), noop).map(renderEvent)
  assert.deepEqual(runWith('Freedonian troops attacked the port on Friday.'), ['ev1 military operation @2031-04-04 · grp-fd-troops,gov-fd · "attacked the port on Friday"'])
  assert.deepEqual(runWith('Freedonian students attacked the port on Friday.'), ['ev1 military operation @2031-04-04 · grp-fd-students · "attacked the port on Friday"'])
})

test('a date before "having bombed" is the denial’s, not the bombing’s', () => {
  assert.deepEqual(run('Freedonia on Monday denied having bombed the depot.', [['Monday', '2031-04-07']]), ['ev1 military operation · gov-fd · "bombed the depot"'])
  assert.deepEqual(run('Freedonia bombed the depot on Monday.', [['Monday', '2031-04-07']]), ['ev1 military operation @2031-04-07 · gov-fd · "bombed the depot on Monday"'])
})

test('a promise or threat kept is the act done; a threat alone is none', () => {
  const gang = [{ id: 'grp-kidnappers', type: 'group' as const, forms: ['Kidnappers'] }]
  const runWith = (text: string) => events.run(handLayers(text, { actors: gang, timexes: [['Friday', '2031-04-04']] }), noop).map(renderEvent)
  assert.deepEqual(runWith('Kidnappers kept their promise to kill a shopkeeper on Friday.'), ['ev1 killing @2031-04-04 · grp-kidnappers · "kill a shopkeeper on Friday"'])
  assert.deepEqual(run('Freedonia carried out its threat to attack the port.'), ['ev1 military operation · gov-fd · "attack the port"'])
  assert.deepEqual(run('Freedonia threatened to attack the port.'), [])
})

test('a killing kept as a promise is no outcome of the abduction beside it', () => {
  const gang = [{ id: 'grp-kidnappers', type: 'group' as const, forms: ['Kidnappers'] }]
  const text = 'Kidnappers kept their promise to kill a shopkeeper they kidnapped on Friday.'
  assert.deepEqual(events.run(handLayers(text, { actors: gang, timexes: [['Friday', '2031-04-04']] }), noop).map(renderEvent), [
    'ev1 killing @2031-04-04 · grp-kidnappers · "kill a shopkeeper"',
    'ev2 abduction @2031-04-04 · grp-kidnappers · "kidnapped on Friday"',
  ])
})
