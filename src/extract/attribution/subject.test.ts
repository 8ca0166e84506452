import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('"X did Y and said Z": a second cue shares the sentence’s subject', () => {
  assert.deepEqual(rendered('Ruiz toured the flooded district and said the levee would be raised.'), [
    'Ruiz —said→ «the levee would be raised» · asserts',
  ])
})

test('a cue joined inside a "when" clause shares that clause\'s subject', () => {
  assert.deepEqual(rendered('The dispute took a sharper turn when Olsen visited the border and said the army would stay.'), [
    'Olsen —said→ «the army would stay» · asserts',
  ])
})

test('a trailing participle shares the subject of its sentence', () => {
  assert.deepEqual(rendered('On Monday, Olsen visited the camp, saying that the tents were full.'), [
    'Olsen —saying→ «that the tents were full» · asserts',
  ])
})

test('no plain subject, no shared speaker', () => {
  assert.deepEqual(rendered('After the storm the old harbour flooded and said nothing.'), [])
})

test('a shared subject may be a noun phrase with a capitalised modifier, after a wire dateline', () => {
  assert.deepEqual(rendered('TIEL, May 4 (Harbour Wire) - The Freedonian army raised its count of fighters killed in the raid to 19 on Tuesday and said four of the dead were Sylvanian soldiers.'), [
    'The Freedonian army —said→ «four of the dead were Sylvanian soldiers» · asserts',
  ])
  assert.deepEqual(rendered('The Freedonian defence ministry in Tiel closed the port and said the storm had passed.'), [
    'The Freedonian defence ministry —said→ «the storm had passed» · asserts',
  ])
})

test('a report inside a clause after the subject does not lend its speaker to the main clause', () => {
  assert.deepEqual(rendered('The Freedonian army raised the toll to 19, up from the 12 it reported a day earlier, and said four of the dead were Sylvanian soldiers.').map((r) => r.split(' —')[0]), [
    'it', 'The Freedonian army',
  ])
  // A fronted phrase with no comma hides where the subject starts: no speaker rather than "After".
  assert.deepEqual(rendered('After the talks Ruiz toured the camp and said the tents were full.'), ['∅ —said→ «the tents were full» · asserts'])
})

test('a quotation’s speaker is shared by a participle later in its sentence', () => {
  assert.deepEqual(rendered('“No soldiers were killed,” he said, adding that five had been wounded.'), [
    'he —said→ «“No soldiers were killed,”» · denies · direct',
    'he —adding→ «that five had been wounded» · asserts',
  ])
})
