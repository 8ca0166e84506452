import { test } from 'node:test'
import assert from 'node:assert/strict'
import { figuresIn } from '../../../test/helpers/casualty-run.js'

const fd = { id: 'gov-fd', country: 'FD', forms: ['Freedonia', 'Freedonian'] }
const army = { id: 'org-fd-army', type: 'organization' as const, country: 'FD', forms: ['The Freedonian army'] }

test('a death toll and the figure it comes to', () => {
  assert.deepEqual(figuresIn('The death toll from the flood rose to 40 on Friday.'), ['"The death toll from the flood rose to 40" · 40 people killed'])
  assert.deepEqual(figuresIn('The quake left a death toll of 112.'), ['"a death toll of 112" · 112 people killed'])
  assert.deepEqual(figuresIn('By night the toll stood at at least 9.'), ['"the toll stood at at least 9" · 9 [9..] people killed'])
})

test('"the number of X killed … had risen to N" counts X', () => {
  assert.deepEqual(figuresIn('Officials said the number of miners killed in the collapse at the pit had risen to six.'), [
    '"the number of miners killed in the collapse at the pit had risen to six" · 6 miners (civilian) killed',
  ])
  assert.deepEqual(figuresIn('The number of wounded reached 30.'), ['"The number of wounded reached 30" · 30 people wounded'])
})

test('"raised its count of X killed to N": the subject of the verb reports it, and the figure it replaces is kept', () => {
  const text = 'The Freedonian army raised its count of rebels killed in the valley to 19 on Monday, up from the 12 it gave on Sunday.'
  assert.deepEqual(figuresIn(text, { actors: [army], timexes: [['Monday', '2025-02-24'], ['Sunday', '2025-02-23']] }), [
    '"raised its count of rebels killed in the valley to 19" · 19 rebels (militant) killed · by org-fd-army',
    '"the 12 it gave on Sunday" · 12 rebels (militant) killed · by org-fd-army',
  ])
})

test('"Freedonia’s own figure remains N" continues the count before it', () => {
  const text = 'Sylvania said nine Freedonian pilots died. Freedonia’s own figure remains six.'
  assert.deepEqual(figuresIn(text, { actors: [fd] }), [
    '"nine Freedonian pilots died" · 9 Freedonian pilots (FD/military) killed',
    '"Freedonia’s own figure remains six" · 6 Freedonian pilots (FD/military) killed · by gov-fd',
  ])
})

test('counts that are not tolls', () => {
  assert.deepEqual(figuresIn('The number of soldiers rose to 4,000.'), [])
  assert.deepEqual(figuresIn('A number of soldiers were killed.'), ['"A number of soldiers were killed" · a number soldiers (military) killed · ev1'])
  assert.deepEqual(figuresIn('The toll road cost 5 dollars.'), [])
})

test('a count raised inside a statement about something else is given by its own subject', () => {
  const sy = { id: 'gov-sy', country: 'SY', forms: ['Sylvania'] }
  const theArmy = { ...army, forms: ['the Freedonian army'] }
  const text = 'Sylvania offered on Sunday to host talks, as the Freedonian army raised its count of rebels killed in the valley to 19.'
  assert.deepEqual(figuresIn(text, { actors: [sy, theArmy], statements: [['to host talks, as the Freedonian army raised its count of rebels killed in the valley to 19', 'gov-sy']] }), [
    '"raised its count of rebels killed in the valley to 19" · 19 rebels (militant) killed · by org-fd-army',
  ])
})
