import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

test('a quoted sentence right after the cue’s sentence is the same speaker’s, one statement per quotation', () => {
  assert.deepEqual(rendered('“The roads are open,” the mayor said. “We cleared them overnight.”\n\nTraffic resumed.'), [
    'the mayor —said→ «“The roads are open,”» · asserts · direct',
    'the mayor —said→ «“We cleared them overnight.”» · asserts · direct',
  ])
})

test('each quotation of a speaker keeps its own polarity', () => {
  assert.deepEqual(rendered('“The bridge is safe,” the engineer said. “Nobody was hurt.”'), [
    'the engineer —said→ «“The bridge is safe,”» · asserts · direct',
    'the engineer —said→ «“Nobody was hurt.”» · denies · direct',
  ])
})

test('a quotation alone in the next paragraph is the same speaker’s; a quotation left open runs on as one', () => {
  assert.deepEqual(rendered('“The roads are open,” the mayor said.\n\n“We cleared them overnight.”'), [
    'the mayor —said→ «“The roads are open,”» · asserts · direct',
    'the mayor —said→ «“We cleared them overnight.”» · asserts · direct',
  ])
  assert.deepEqual(rendered('The mayor said: “The roads are open.\n\n“We cleared them overnight.”'), [
    'The mayor —said:→ «“The roads are open.\n\n“We cleared them overnight.”» · asserts · direct',
  ])
})

test('no statement runs across a paragraph into words that are not a quotation', () => {
  assert.deepEqual(rendered('“The roads are open,” the mayor said.\n\nCrews worked through the night.'), [
    'the mayor —said→ «“The roads are open,”» · asserts · direct',
  ])
})

test('a quotation before the speaker keeps its marks, even across sentences', () => {
  assert.deepEqual(rendered('Turnout was low. “We waited. Nobody came,” Olsen said.'), ['Olsen —said→ «“We waited. Nobody came,”» · asserts · direct'])
})

test('a quotation followed by its own cue is not taken over', () => {
  assert.deepEqual(rendered('“The roads are open,” the mayor said. “They are not,” a driver replied.'), [
    'the mayor —said→ «“The roads are open,”» · asserts · direct',
    'a driver —replied→ «“They are not,”» · denies · direct',
  ])
})

test('a Penn Treebank quotation closing on two apostrophes continues like any other', () => {
  assert.deepEqual(rendered("''The roads are open,'' the mayor said. ''We cleared them overnight.''"), [
    "the mayor —said→ «''The roads are open,''» · asserts · direct",
    "the mayor —said→ «''We cleared them overnight.''» · asserts · direct",
  ])
})

test('a long description of the speaker, abbreviations and a relative clause in it, still ends the cue’s sentence', () => {
  assert.deepEqual(rendered('“The roads are open,” said Rep. Ana Ruiz, who has chaired the transport committee of the regional assembly since 2011. “We cleared them overnight.”'), [
    'Rep. Ana Ruiz, who has chaired the transport committee of the regional assembly since 2011 —said→ «“The roads are open,”» · asserts · direct',
    'Rep. Ana Ruiz, who has chaired the transport committee of the regional assembly since 2011 —said→ «“We cleared them overnight.”» · asserts · direct',
  ])
  assert.deepEqual(rendered('“The roads are open,” the mayor said. Crews had worked all night. “We cleared them.”'), [
    'the mayor —said→ «“The roads are open,”» · asserts · direct',
  ])
})

test('a continued quotation may end on a quotation of its own', () => {
  assert.deepEqual(rendered('“The roads are open,” the mayor said. “Drivers told me ‘we never saw it so fast.’”'), [
    'the mayor —said→ «“The roads are open,”» · asserts · direct',
    'the mayor —said→ «“Drivers told me ‘we never saw it so fast.’”» · asserts · direct',
  ])
})

test('a quotation right after a paraphrase is the same speaker’s, whether the cue comes before or after it', () => {
  assert.deepEqual(rendered('The mayor said the port would reopen soon. “We cleared the docks overnight.”'), [
    'The mayor —said→ «the port would reopen soon» · asserts',
    'The mayor —said→ «“We cleared the docks overnight.”» · asserts · direct',
  ])
  assert.deepEqual(rendered('The port will reopen soon, the mayor said. “We cleared the docks overnight.”'), [
    'the mayor —said→ «The port will reopen soon» · asserts',
    'the mayor —said→ «“We cleared the docks overnight.”» · asserts · direct',
  ])
  assert.deepEqual(rendered('The delays were “not what anyone here expected,” says Tom Berg. “Nobody warned us.”'), [
    'Tom Berg —says→ «The delays were “not what anyone here expected,”» · asserts',
    'Tom Berg —says→ «“Nobody warned us.”» · denies · direct',
  ])
})
