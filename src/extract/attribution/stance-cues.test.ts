import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('an intention verb takes a to-infinitive as content, and the "to" stays in the content', () => {
  assert.deepEqual(rendered('The Sylvanian premier vowed to rebuild the bridge.'), ['The Sylvanian premier —vowed→ «to rebuild the bridge» · asserts'])
  assert.deepEqual(rendered('Ruiz hopes to win the northern provinces.'), ['Ruiz —hopes→ «to win the northern provinces» · asserts'])
})

test('an object before the infinitive belongs to the content', () => {
  assert.deepEqual(rendered('The mayor urged residents to stay indoors.'), ['The mayor —urged→ «residents to stay indoors» · asserts'])
  assert.deepEqual(rendered('Olsen wants the council to resign.'), ['Olsen —wants→ «the council to resign» · asserts'])
})

test('"called X “Y”" and "described X as Y" report a characterisation', () => {
  assert.deepEqual(rendered('Olsen called the budget “a disgrace.”'), ['Olsen —called→ «the budget “a disgrace.”» · asserts'])
  assert.deepEqual(rendered('The minister described the treaty as a betrayal.'), ['The minister —described→ «the treaty as a betrayal» · asserts'])
})

test('a stance verb after a name or pronoun reports its object', () => {
  assert.deepEqual(rendered('Ruiz praised the new harbour.'), ['Ruiz —praised→ «the new harbour» · asserts'])
  assert.deepEqual(rendered('They support the northern route.'), ['They —support→ «the northern route» · asserts'])
})

test('auxiliaries, contractions and manner adverbs join the cue', () => {
  assert.deepEqual(rendered('Olsen hasn’t endorsed the plan to close the mine.'), [])
  assert.deepEqual(rendered('The senator formally endorsed Ruiz on Monday.'), ['The senator —formally endorsed→ «Ruiz on Monday» · asserts'])
})

test('a time phrase after the cue belongs to the cue, and the clause after it is the content', () => {
  assert.deepEqual(rendered('Ruiz said on Friday she would run again.'), ['Ruiz —said on Friday→ «she would run again» · asserts'])
})
