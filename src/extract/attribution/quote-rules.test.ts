import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('speaker after the quotation, before or after the cue', () => {
  assert.deepEqual(rendered('“We will stay until spring,” the general said.'), ['the general —said→ «“We will stay until spring,”» · asserts · direct'])
  assert.deepEqual(rendered('“We will stay,” said Ana Ruiz, a spokeswoman for the ministry.'), [
    'Ana Ruiz, a spokeswoman for the ministry —said→ «“We will stay,”» · asserts · direct',
  ])
  assert.deepEqual(rendered('“The roads are open”, the mayor told reporters.'), ['the mayor —told→ «“The roads are open”» · asserts · direct'])
})

test('a colon introduces the quotation after a verb cue', () => {
  assert.deepEqual(rendered('The minister said: “There are no soldiers here.”'), ['The minister —said:→ «“There are no soldiers here.”» · denies · direct'])
  assert.deepEqual(rendered('He said, “We have big plans for the final month.”'), ['He —said→ «“We have big plans for the final month.”» · asserts · direct'])
})

test('a noun cue with "from" and a colon introduces the quotation', () => {
  assert.deepEqual(rendered('The claim drew a quick response from Sylvanian leader Ana Ruiz: “Nothing of the sort happened here.”'), [
    'Sylvanian leader Ana Ruiz —response→ «“Nothing of the sort happened here.”» · denies · direct',
  ])
})

test('a quotation split by its cue is one statement', () => {
  assert.deepEqual(rendered('“We will stay,” she said, “until the end of the talks.”'), [
    'she —said→ «“We will stay,” she said, “until the end of the talks.”» · asserts · direct',
  ])
})

test('a quotation left open at a paragraph end runs on into the next paragraph', () => {
  const text = 'The mayor said: “The water is safe to drink.\n\n“The tests came back clean this morning.”'
  assert.deepEqual(rendered(text), ['The mayor —said:→ «“The water is safe to drink.\n\n“The tests came back clean this morning.”» · asserts · direct'])
})

test('a quotation that closed its sentence or paragraph is not the next report’s content', () => {
  assert.deepEqual(rendered('The mayor spoke first. “This is a flood in all but name.”\n\nThe water board denied that any of its dams had failed.'), [
    'The water board —denied→ «that any of its dams had failed» · denies',
  ])
  assert.deepEqual(rendered('“This is a flood in all but name.” The water board denied that any of its dams had failed.'), [
    'The water board —denied→ «that any of its dams had failed» · denies',
  ])
  assert.deepEqual(rendered('“We will stay.” Ana Ruiz said.'), ['Ana Ruiz —said→ «“We will stay.”» · asserts · direct'])
})

test('a quotation followed by a comma that ends the text has no cue after it', () => {
  assert.deepEqual(rendered('“We will stay until spring,” ,'), [])
})

test('a clause before a quotation makes it content, indirect around a quoted phrase; a short subject leaves it direct', () => {
  assert.deepEqual(rendered('The plan is "a fraud from the very start," she said.'), [
    'she —said→ «The plan is "a fraud from the very start,"» · asserts',
  ])
  assert.deepEqual(rendered('These soldiers "did their duty to the very end", said the council.'), [
    'the council —said→ «"did their duty to the very end"» · asserts · direct',
  ])
})

test('a quotation inside a fronted clause leaves the clause after the cue as content', () => {
  assert.deepEqual(rendered('Calling the envoy "a fine and honest man," President Ana Ruiz said Friday he had been misled.'), [
    'President Ana Ruiz —said Friday→ «he had been misled» · asserts',
  ])
})

test('a named speaker after the quotation may carry an apposition; a lower-case clause may not', () => {
  assert.deepEqual(rendered('“We have seen no sign of a missile,” Ana Lind, head of the port authority, told reporters in Lund.'), [
    'Ana Lind, head of the port authority —told→ «“We have seen no sign of a missile,”» · denies · direct',
  ])
  assert.deepEqual(rendered('The ships will use “the least force needed” to stop the convoy, an official said.').map((l) => l.split(' —')[0]), ['an official'])
})

test('a sentence opening on a reporting verb, then its speaker and a comma, reports the quotation after them', () => {
  assert.deepEqual(rendered('Replied ministry spokesman Tom Berg, “We have read the plan and it changes nothing.”'), [
    'ministry spokesman Tom Berg —Replied→ «“We have read the plan and it changes nothing.”» · asserts · direct',
  ])
})

test('an aside between commas after an unnamed speaker stays in the speaker before the cue', () => {
  assert.deepEqual(rendered('"It looks as though they fled," a detective, speaking on condition of anonymity, said of the robbers.'), [
    'a detective, speaking on condition of anonymity —said→ «"It looks as though they fled,"» · asserts · direct',
  ])
})
