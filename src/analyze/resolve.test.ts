import { test } from 'node:test'
import assert from 'node:assert/strict'
import { HandDoc } from '../claims/testing.js'
import { bodyByMinistry, onlyCandidate, placeNamesOf, resolveLedger, sameEvent } from './resolve.js'
import type { LedgerDoc } from '../model/ledger.js'

const docOf = (id: string, h: HandDoc, outlet: string): LedgerDoc => ({ id, published: h.published, outlet, extraction: h.extraction({ outlet }) })

const first = new HandDoc('Defence Minister Ana Pérez said the raid of 3 May was over. The Peruvian government agreed.', '2030-05-04')
  .actor('p-ana-perez', 'Ana Pérez', 'person', ['Defence Minister Ana Pérez'], { memberOf: 'gov-pe', role: 'Defence Minister' })
  .actor('gov-pe', 'Government of Peru', 'government', ['The Peruvian government'], { country: 'PE' })
  .event('military operation', 'the raid of 3 May', ['the raid of 3 May'], { date: '2030-05-03', location: 'CL', actors: ['gov-pe'] })
const second = new HandDoc('Gen. Ana Perez, now ambassador, defended the Peruvian operation. Perez spoke in Lima.', '2031-02-01')
  .actor('p-ana-perez', 'Ana Perez', 'person', ['Gen. Ana Perez'], { memberOf: 'org-un', role: 'ambassador' })
  .actor('p-perez', 'Perez', 'person', ['Perez'])
  .actor('gov-pe', 'Government of Peru', 'government', ['Peruvian'], { country: 'PE' })
  .event('military operation', 'the Peruvian operation', ['the Peruvian operation'], { date: '2030-05-02', location: 'CL', actors: ['gov-pe'] })
const ledger = () => resolveLedger([docOf('d1', first, 'Andes Wire'), docOf('d2', second, 'Pacific Post')])

test('people merge without accents or titles, a surname joining its full name', () => {
  const r = ledger()
  const perez = r.actors.find((a) => a.type === 'person')!
  assert.equal(`${perez.id} ${perez.name} ${perez.mentions}`, 'p-ana-perez Ana Pérez 3')
  assert.equal(r.keys.get('d2/p-perez'), 'p-ana-perez')
  assert.deepEqual(perez.documents, ['d1', 'd2'])
})

test('roles are dated, and a person speaks for the body of the role held at the time', () => {
  const r = ledger()
  assert.deepEqual(r.actors.find((a) => a.id === 'p-ana-perez')!.roles.map((x) => `${x.role} ${x.memberOf} ${x.from}`), ['Defence Minister gov-pe 2030-05-04', 'ambassador org-un 2031-02-01'])
  assert.equal(r.bodyOf('p-ana-perez', { value: '2030-06' }), 'gov-pe')
  assert.equal(r.bodyOf('p-ana-perez', { value: '2031-03-01' }), 'org-un')
  assert.equal(r.bodyOf('gov-pe', { value: '2031-03-01' }), 'gov-pe')
})

test('the raid and the operation are one event, keeping the evidence of both documents', () => {
  const [e, ...rest] = ledger().events
  assert.equal(rest.length, 0)
  assert.deepEqual(e!.mentions.map((m) => `${m.docId} ${m.outlet} ${m.span.text}`), ['d1 Andes Wire the raid of 3 May', 'd2 Pacific Post the Peruvian operation'])
  assert.deepEqual(e!.members, ['d1/ev1', 'd2/ev1'])
})

test('events merge only when class, date, place and participants do not disagree and two of them agree', () => {
  const raid = { cls: 'attack', date: '2030-05-03', location: 'CL', actors: new Set(['gov-pe']), names: new Set(['arica']) }
  assert.equal(sameEvent(raid, { cls: 'attack', date: '2030-05-05', location: 'CL', actors: [], names: [] }), true)
  assert.equal(sameEvent(raid, { cls: 'attack', date: '2030-05-09', location: 'CL', actors: ['gov-pe'], names: [] }), false)
  assert.equal(sameEvent(raid, { cls: 'attack', date: '2030-05-03', location: 'BO', actors: ['gov-pe'], names: [] }), false)
  assert.equal(sameEvent(raid, { cls: 'decree', date: '2030-05-03', location: 'CL', actors: ['gov-pe'], names: [] }), false)
  assert.equal(sameEvent(raid, { cls: 'attack', location: 'CL', actors: [], names: [] }), false)
})

test('an undated event reported within a month after, naming the same town, is the same event', () => {
  const raid = { cls: 'attack', date: '2030-05-03', actors: new Set<string>(), names: new Set(['arica']) }
  assert.equal(sameEvent(raid, { cls: 'attack', published: '2030-05-19', actors: [], names: ['arica'] }), true)
  assert.equal(sameEvent(raid, { cls: 'attack', published: '2030-09-19', actors: [], names: ['arica'] }), false)
  assert.equal(sameEvent(raid, { cls: 'attack', published: '2030-05-19', actors: [], names: ['tacna'] }), false)
})

test('a mention with only a kind and a date joins the one event its date fits', () => {
  const raid = { cls: 'attack', date: '2030-05-03', actors: new Set<string>(), names: new Set(['arica']) }
  assert.equal(onlyCandidate([raid], { cls: 'attack', published: '2030-05-07', actors: [], names: [] }), raid)
  assert.equal(onlyCandidate([raid, { ...raid, names: new Set(['tacna']) }], { cls: 'attack', date: '2030-05-03', actors: [], names: [] }), undefined)
  assert.equal(onlyCandidate([raid], { cls: 'attack', date: '2030-05-03', actors: ['gov-pe'], names: [] }), undefined)
})

test('a mention naming its agent joins the one event of that day that names nothing, never one of another day', () => {
  const bare = { cls: 'attack', date: '2030-05-03', actors: new Set<string>(), names: new Set<string>() }
  assert.equal(onlyCandidate([bare], { cls: 'attack', date: '2030-05-03', actors: ['gov-pe'], names: [] }), bare)
  assert.equal(onlyCandidate([bare], { cls: 'attack', date: '2030-05-04', actors: ['gov-pe'], names: [] }), undefined)
  assert.equal(onlyCandidate([bare, { ...bare }], { cls: 'attack', date: '2030-05-03', actors: ['gov-pe'], names: [] }), undefined)
})

test('undated talks may lie in the month after their article, attacks only in the month before', () => {
  const talks = { cls: 'talks', date: '2030-05-18', location: 'KE', actors: new Set<string>(), names: new Set<string>() }
  assert.equal(sameEvent(talks, { cls: 'talks', published: '2030-05-09', location: 'KE', actors: [], names: [] }), true)
  assert.equal(sameEvent(talks, { cls: 'talks', published: '2030-07-09', location: 'KE', actors: [], names: [] }), false)
  const raid = { ...talks, cls: 'attack' }
  assert.equal(sameEvent(raid, { cls: 'attack', published: '2030-05-09', location: 'KE', actors: [], names: [] }), false)
})

test('an undated event is judged by its article\'s date against a dated mention that comes later', () => {
  const offered = { cls: 'talks', published: '2030-05-09', location: 'KE', actors: new Set(['gov-ug']), names: new Set<string>() }
  assert.equal(sameEvent(offered, { cls: 'talks', date: '2030-05-18', location: 'KE', actors: [], names: [] }), true)
  assert.equal(sameEvent(offered, { cls: 'talks', date: '2030-08-18', location: 'KE', actors: [], names: [] }), false)
})

test('talks offered, announced for a month and held are one event across three articles', () => {
  const offer = new HandDoc('Kenya offered to host talks with Uganda.', '2030-05-09')
    .event('talks', 'talks with Uganda', ['talks with Uganda'], { location: 'KE', actors: ['gov-ke', 'gov-ug'] })
  const plan = new HandDoc('Delegations will meet in Nairobi in May.', '2030-05-12')
    .event('talks', 'meet in Nairobi', ['meet in Nairobi'], { date: '2030-05', location: 'KE', actors: [] })
  const held = new HandDoc('Diplomats attended the talks in Nairobi.', '2030-05-15')
    .event('talks', 'the talks in Nairobi', ['the talks in Nairobi'], { location: 'KE', actors: [] })
  const r = resolveLedger([docOf('d1', offer, 'Lake Times'), docOf('d2', plan, 'Lake Times'), docOf('d3', held, 'Coast Daily')])
  assert.deepEqual(r.events.map((e) => `${e.id} ${e.members.join(',')}`), ['ev-2030-05-talks-ke d1/ev1,d2/ev1,d3/ev1'])
})

test('a minister speaks for the one government whose ministry of that name the article names', () => {
  const orgs = [{ type: 'organization', name: 'Peruvian foreign ministry', memberOf: 'gov-pe' }, { type: 'organization', name: 'Chilean defence ministry', memberOf: 'gov-cl' }]
  assert.equal(bodyByMinistry('Foreign Minister', orgs), 'gov-pe')
  assert.equal(bodyByMinistry('Deputy Defence Minister', orgs), 'gov-cl')
  assert.equal(bodyByMinistry('Finance Minister', orgs), undefined)
  assert.equal(bodyByMinistry('Foreign Minister', [...orgs, { type: 'organization', name: 'Chilean foreign ministry', memberOf: 'gov-cl' }]), undefined)
})

test('place names are read after prepositions, never months or weekdays', () => {
  assert.deepEqual(placeNamesOf([{ text: 'the assault on the town of Arica' }, { text: 'the raid of 3 May' }, { text: 'the strike on Monday' }]), ['arica'])
})

test('statements get global speakers and evidence with their document', () => {
  const d = new HandDoc('Perez said so.', '2031-02-02').actor('p-perez', 'Perez', 'person', ['Perez']).says(['p-perez'], 'said', 'so', 'asserts', {})
  const third = docOf('d3', d, 'Valley Post')
  const r = resolveLedger([docOf('d1', first, 'Andes Wire'), third])
  assert.deepEqual(r.statementsOf(third).map((s) => `${s.key} ${s.speakers.join(',')} ${s.evidence.outlet}`), ['d3/s1 p-ana-perez Valley Post'])
})

test('a second event of the same kind and day is named after its first mention, so an earlier article renames none', () => {
  const raid = (place: string, published: string) => new HandDoc(`Officials said the raid on ${place} ended.`, published)
    .event('military operation', `the raid on ${place}`, [`the raid on ${place}`], { date: '2030-05-03' })
  const [a, b, c] = [docOf('d1', raid('Brisk', '2030-05-04'), 'A'), docOf('d2', raid('Tarn', '2030-05-05'), 'B'), docOf('d3', raid('Lia', '2030-05-06'), 'C')]
  const ids = (docs: LedgerDoc[]) => new Map(resolveLedger(docs).events.map((e) => [e.members[0], e.id]))
  const before = ids([b, c])
  const after = ids([a, b, c])
  assert.equal(after.get('d1/ev1'), 'ev-2030-05-03-attack')
  assert.equal(after.get('d3/ev1'), before.get('d3/ev1'))
  assert.match(after.get('d3/ev1')!, /^ev-2030-05-03-attack-[0-9a-f]{10}$/)
})

test('a person a reviewer renamed keeps that id instead of the one its name would match', () => {
  const split = new HandDoc('Perez spoke in Lima.', '2031-02-01').actor('p-perez-senior', 'Perez', 'person', ['Perez'], { renamed: true })
  const r = resolveLedger([docOf('d1', first, 'Andes Wire'), docOf('d3', split, 'Pacific Post')])
  assert.equal(r.keys.get('d3/p-perez-senior'), 'p-perez-senior')
  assert.deepEqual(r.actors.find((a) => a.id === 'p-ana-perez')!.documents, ['d1'])
})
