import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Casualty, Event } from '../model/annotations.js'
import type { Claim } from '../model/ledger.js'
import { casualtiesEntailPresence, entailedBy } from './entailment.js'
import { keyOf } from './frame-propositions.js'
import { opposes } from './match.js'
import { presence } from './propositions.js'

const contradicts = (a: Claim, b: Claim) => opposes(a, b) !== null

const span = { start: 0, end: 1, text: 'x' }
const raid: Event = { id: 'ev1', kind: 'military operation', summary: 'the raid', date: '2030-05-03', location: 'CL', actors: [], mentions: [span], rule: 't' }
const figure = (over: Partial<Casualty>): Casualty => ({ id: 'k1', span, count: 12, group: 'Peruvian soldiers', country: 'PE', role: 'military', status: 'killed', rule: 't', ...over })
const claim = (polarity: Claim['polarity'], time: Claim['time'], period?: Claim['time']): Claim => ({
  proposition: presence('PE', 'CL'), polarity, actor: 'gov-pe', time, ...(period ? { period } : {}),
  evidence: { docId: 'd', itemId: 's1', span, published: null }, source: 's1', rule: 'direct',
})

test('soldiers of X killed in an event in Y entail X’s forces in Y on its date', () => {
  const e = casualtiesEntailPresence(figure({}), raid)
  assert.equal(`${e?.proposition.key} @ ${e?.period.value}`, 'presence(forces:PE,in:CL) @ 2030-05-03')
})

test('zero, civilian, unlocated or home-country figures entail nothing', () => {
  assert.equal(casualtiesEntailPresence(figure({ count: 0 }), raid), null)
  assert.equal(casualtiesEntailPresence(figure({ role: 'civilian' }), raid), null)
  assert.equal(casualtiesEntailPresence(figure({}), { ...raid, location: undefined }), null)
  assert.equal(casualtiesEntailPresence(figure({ country: 'CL' }), raid), null)
})

test('a denial up to a day contradicts an assertion about that day', () => {
  assert.equal(contradicts(claim('denies', { before: '2030-05-03' }), claim('asserts', { value: '2030-05-04' }, { value: '2030-05-03' })), true)
})

test('a denial in one month does not contradict an assertion about a later year', () => {
  assert.equal(contradicts(claim('denies', { value: '2029-04' }), claim('asserts', { value: '2030-05-04' })), false)
})

test('claims of the same polarity never contradict', () => {
  assert.equal(contradicts(claim('denies', { value: '2029-04' }), claim('denies', { value: '2029-04' })), false)
})

test('a downing asserts a hit on the same patient; a denied downing entails nothing', () => {
  const args = { agent: 'gov-bo', patient: 'aircraft' }
  const downing = (polarity: Claim['polarity']): Claim => ({ ...claim(polarity, { value: '2031-03-04' }), proposition: { key: keyOf('shoot-down', args), kind: 'shoot-down', lemma: 'shoot down', args, text: 'Bolivia shot down aircraft' } })
  assert.deepEqual(entailedBy(downing('asserts')).map((e) => `${e.rule} ${e.proposition.key}`),
    ['act-is-an-attack attack(agent:gov-bo,patient:aircraft)', 'downing-entails-hit strike(agent:gov-bo,patient:aircraft)'])
  assert.deepEqual(entailedBy(downing('denies')), [])
})

test('a killing asserts the death of its patient, with its place and without its agent', () => {
  const args = { agent: 'gov-bo', patient: 'p-ana-ruiz', in: 'BO' }
  const killing: Claim = { ...claim('asserts', { value: '2031-03-04' }), proposition: { key: keyOf('killing', args), kind: 'killing', lemma: 'kill', args, text: 'Bolivia killed Ana Ruiz in Bolivia' } }
  const death = entailedBy(killing).find((e) => e.rule === 'killing-entails-death')?.proposition
  assert.equal(`${death?.key} · ${death?.text}`, 'death(patient:p-ana-ruiz,in:BO) · Ana Ruiz died in Bolivia')
  const denial: Claim = { ...claim('denies', { value: '2031-03-04' }), proposition: { key: 'death(patient:p-ana-ruiz)', kind: 'death', args: { patient: 'p-ana-ruiz' }, text: 'Ana Ruiz died' } }
  assert.ok(contradicts(denial, { ...killing, proposition: death! }))
})
