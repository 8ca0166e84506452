import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Casualty } from '../model/annotations.js'
import type { Claim } from '../model/ledger.js'
import { readClaims } from './read-claims.js'
import { localScope } from './scope.js'
import { HandDoc } from './testing.js'

const render = (c: Claim) => `${c.actor} ${c.polarity} ${c.proposition.key} · ${c.rule} [${c.evidence.itemId}: ${c.evidence.span.text}]`
const claimsOf = (d: HandDoc) => readClaims(d.claimDoc()).map(render)

const TEXT = 'Chile said it had captured three Peruvian soldiers in the raid, a claim Peru denied.'
const DENIAL = 'Chile said it had captured three Peruvian soldiers in the raid, a claim Peru denied'

/** The raid, and the figure carried by statement `carrier`. */
function withFigure(d: HandDoc, carrier: string): HandDoc {
  return d.event('military operation', 'the raid', ['the raid'], { location: 'CL' })
    .figure('captured three Peruvian soldiers', 3, 'Peruvian soldiers', { country: 'PE', role: 'military', status: 'captured', reportedBy: 'gov-pe', statement: carrier, event: 'ev1' })
}

test('a figure inside a denied claim is denied by the denier, citing the denying statement, and places no one', () => {
  const d = withFigure(new HandDoc(TEXT).actor('gov-pe', 'Government of Peru', 'government', ['Peru'])
    .says(['gov-pe'], 'denied', DENIAL, 'denies', {}), 's1')
  assert.deepEqual(claimsOf(d), ['gov-pe denies casualties(group:PE/military,event:ev1,status:captured) · direct [s1: captured three Peruvian soldiers]'])
})

test('another statement holding the figure states it too, with its own stance', () => {
  const d = withFigure(new HandDoc(TEXT).actor('gov-cl', 'Government of Chile', 'government', ['Chile'])
    .actor('gov-pe', 'Government of Peru', 'government', ['Peru'])
    .says(['gov-cl'], 'said', 'it had captured three Peruvian soldiers', 'asserts', {})
    .says(['gov-pe'], 'denied', DENIAL, 'denies', {}), 's2')
  assert.deepEqual(claimsOf(d), [
    'gov-pe denies casualties(group:PE/military,event:ev1,status:captured) · direct [s2: captured three Peruvian soldiers]',
    'gov-cl asserts casualties(group:PE/military,event:ev1,status:captured) · direct [s1: captured three Peruvian soldiers]',
    'gov-cl asserts presence(forces:PE,in:CL) · casualties-entail-presence [s1: captured three Peruvian soldiers]',
  ])
})

test('"none of our soldiers" counts the reporter’s own country', () => {
  const d = new HandDoc('"None of our soldiers was captured in the raid," the Peruvian army said.')
    .actor('org-pe-army', 'Army of Peru', 'organization', ['the Peruvian army'], { country: 'PE', memberOf: 'gov-pe' })
    .event('military operation', 'the raid', ['the raid'], { location: 'CL' })
  d.figure('None of our soldiers was captured', 0, 'soldiers', { role: 'military', status: 'captured', reportedBy: 'org-pe-army', event: 'ev1' })
  assert.deepEqual(claimsOf(d), ['gov-pe denies casualties(group:PE/military,event:ev1,status:captured) · direct [k1: None of our soldiers was captured]'])
})

test('a figure without a report date is its reporter’s figure as the article is published', () => {
  const d = new HandDoc('After the raid, the Peruvian army’s own figure remains four.', '2030-05-05')
    .actor('org-pe-army', 'Army of Peru', 'organization', ['the Peruvian army’s'], { country: 'PE', memberOf: 'gov-pe' })
    .event('military operation', 'the raid', ['the raid'], { location: 'CL' })
  d.figure('own figure remains four', 4, 'soldiers', { country: 'PE', role: 'military', status: 'killed', reportedBy: 'org-pe-army', event: 'ev1' })
  assert.deepEqual(readClaims(d.claimDoc()).map((c) => JSON.stringify(c.time)), ['{"value":"2030-05-05"}', '{"value":"2030-05-05"}'])
})

/** A scope whose ledger placed the document's undated, unplaced raid in `location`, as another article did. */
const placedBy = (d: HandDoc, location: string) => ({ ...localScope(d.claimDoc()), eventFacts: () => ({ location }) })
const keysOf = (d: HandDoc, location: string) => readClaims(d.claimDoc(), placedBy(d, location)).map((c) => `${c.actor} ${c.polarity} ${c.proposition.key}`)
const RAID = 'The Peruvian army said no civilians were killed in the raid on Arica.'

function raidDoc(group: string, more: Partial<Casualty>): HandDoc {
  return new HandDoc(RAID)
    .actor('org-pe-army', 'Army of Peru', 'organization', ['The Peruvian army'], { country: 'PE', memberOf: 'gov-pe' })
    .event('military operation', 'the raid on Arica', ['the raid on Arica'])
    .figure('no civilians were killed', 0, group, { status: 'killed', reportedBy: 'org-pe-army', event: 'ev1', ...more })
}

test('civilians with no stated nationality are counted where the ledger places their event', () => {
  assert.deepEqual(keysOf(raidDoc('civilians', { role: 'civilian' }), 'CL'), ['gov-pe denies casualties(group:CL/civilian,event:ev1,status:killed)'])
})
