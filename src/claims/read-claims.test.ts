import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Claim } from '../model/ledger.js'
import { readClaims } from './read-claims.js'
import { localScope } from './scope.js'
import { HandDoc } from './testing.js'

const render = (c: Claim) => `${c.actor}${c.speaker ? `(${c.speaker})` : ''} ${c.polarity} ${c.proposition.key} · ${c.rule}${c.period?.value ? ` @${c.period.value}` : ''}`
const claimsOf = (d: HandDoc) => readClaims(d.claimDoc()).map(render)

test('a minister’s denial of presence is read as her government’s claim', () => {
  const d = new HandDoc('Foreign Minister Ana Roe said there were no Peruvian troops in Chile.')
    .actor('p-ana-roe', 'Ana Roe', 'person', ['Ana Roe'], { memberOf: 'gov-pe' })
    .says(['p-ana-roe'], 'said', 'there were no Peruvian troops in Chile', 'denies', { value: '2030-05-05' })
  assert.deepEqual(claimsOf(d), ['gov-pe(p-ana-roe) denies presence(forces:PE,in:CL) · direct'])
})

test('a casualty figure is a casualties claim, and soldiers killed abroad entail presence', () => {
  const d = new HandDoc('The ministry said 9 Peruvian soldiers died in the ambush near Arica.')
    .actor('gov-pe', 'Government of Peru', 'government', ['The ministry'])
    .event('military operation', 'the ambush', ['the ambush near Arica'], { date: '2030-05-01', location: 'CL' })
    .figure('9 Peruvian soldiers died', 9, 'Peruvian soldiers', { country: 'PE', role: 'military', reportedBy: 'gov-pe', event: 'ev1' })
  assert.deepEqual(claimsOf(d), [
    'gov-pe asserts casualties(group:PE/military,event:ev1,status:killed) · direct @2030-05-01',
    'gov-pe asserts presence(forces:PE,in:CL) · casualties-entail-presence @2030-05-01',
  ])
})

test('"no soldiers were killed" denies the casualties and entails no presence', () => {
  const d = new HandDoc('No Chilean soldiers were killed in the ambush, the army said.')
    .actor('gov-cl', 'Government of Chile', 'government', ['the army'])
    .event('military operation', 'the ambush', ['the ambush'], { location: 'PE' })
    .figure('No Chilean soldiers were killed', 0, 'Chilean soldiers', { country: 'CL', role: 'military', reportedBy: 'gov-cl', event: 'ev1' })
  assert.deepEqual(claimsOf(d), ['gov-cl denies casualties(group:CL/military,event:ev1,status:killed) · direct'])
})

test('"X carried out the attack" is a responsibility claim, and a claim of the act itself', () => {
  const d = new HandDoc('The ministry insisted that Chile carried out the bombing of the port.')
    .actor('gov-pe', 'Government of Peru', 'government', ['The ministry'])
    .actor('gov-cl', 'Government of Chile', 'government', ['Chile'])
    .says(['gov-pe'], 'insisted', 'Chile carried out the bombing of the port', 'asserts', {})
    .event('military operation', 'the bombing of the port', ['the bombing of the port'])
  assert.deepEqual(claimsOf(d), [
    'gov-pe asserts responsibility(actor:gov-cl,event:ev1) · direct',
    'gov-pe asserts bombing(agent:gov-cl,event:ev1) · direct',
    'gov-pe asserts attack(agent:gov-cl,event:ev1) · act-is-an-attack',
  ])
})

test('a figure nobody reported is no one’s claim', () => {
  const d = new HandDoc('Twelve soldiers were killed.').figure('Twelve soldiers were killed', 12, 'soldiers', { role: 'military' })
  assert.deepEqual(claimsOf(d), [])
})

test('a date inside the content is the period the claim speaks about', () => {
  const d = new HandDoc('On 20 May the ministry admitted that Peruvian troops were in Chile on 2 May.')
    .actor('gov-pe', 'Government of Peru', 'government', ['the ministry'])
    .says(['gov-pe'], 'admitted', 'Peruvian troops were in Chile on 2 May', 'asserts', { value: '2030-05-20' })
  const timexes = [{ id: 't1', span: d.span('2 May'), type: 'DATE' as const, value: '2030-05-02', rule: 'hand' }]
  assert.deepEqual(readClaims({ ...d.claimDoc(), timexes }).map(render), ['gov-pe asserts presence(forces:PE,in:CL) · direct @2030-05-02'])
})

test('an event this document leaves unplaced takes its place from the ledger’s merged event', () => {
  const d = new HandDoc('The ministry said 9 Peruvian soldiers died in the ambush.')
    .actor('gov-pe', 'Government of Peru', 'government', ['The ministry'])
    .event('military operation', 'the ambush', ['the ambush'])
    .figure('9 Peruvian soldiers died', 9, 'Peruvian soldiers', { country: 'PE', role: 'military', reportedBy: 'gov-pe', event: 'ev1' })
  const scope = { ...localScope(d.claimDoc()), eventFacts: () => ({ date: '2030-05-01', location: 'CL' }) }
  assert.deepEqual(readClaims(d.claimDoc(), scope).map(render).slice(1), ['gov-pe asserts presence(forces:PE,in:CL) · casualties-entail-presence @2030-05-01'])
})
