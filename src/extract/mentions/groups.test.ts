import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKind } from './testing.js'

const groups = (text: string) => actorsOfKind(text, 'grp-')

test('plural speakers acting as subject or source are groups', () => {
  assert.deepEqual(groups('Analysts say the army is weak.'), ['grp-analysts group "analysts": Analysts/description'])
  assert.deepEqual(groups('The toll rose, according to human rights groups.'), [
    'grp-human-rights-groups group "human rights groups": human rights groups/description',
  ])
  assert.deepEqual(groups('“We are afraid,” said residents.'), ['grp-residents group "residents": residents/description'])
})

test('perpetrators acting are groups: the events they commit need them as actors', () => {
  assert.deepEqual(groups('The gunmen demanded a ransom of two goats.'), ['grp-gunmen group "gunmen": gunmen/description'])
  assert.deepEqual(groups('The hijackers said they were armed.'), ['grp-hijackers group "hijackers": hijackers/description'])
})

test('a plural people demonym acting is a group of that country', () => {
  assert.deepEqual(groups('For years, ordinary Kenyans have complained about prices.'), [
    'grp-kenyans group KE "ordinary Kenyans": ordinary Kenyans/demonym',
  ])
})

test('country officials belong to their government; quantifiers stay out of the name', () => {
  assert.deepEqual(groups('Many Kenyan officials said nothing.'), [
    'grp-ke-officials group KE ∈gov-ke "Kenyan officials": Many Kenyan officials/description',
  ])
})

test('a plural noun that does not act is no group', () => {
  assert.deepEqual(groups('The report quoted analysts and experts at length.'), [])
  assert.deepEqual(groups('Soldiers sent by the army arrived.'), [])
})

test('a sentence\'s subject acts when a reporting verb is joined later to its clause', () => {
  assert.deepEqual(groups('Investigators gave no details but said a rifle was found.'), [
    'grp-investigators group "investigators": Investigators/description',
  ])
})

test('a group after an inverted cue may close its clause on a clause opener; rescuers and diplomatic sources are groups', () => {
  assert.deepEqual(groups('The road was cut, said firefighters who reached the town.').map((l) => l.split(' ')[0]), ['grp-firefighters'])
  assert.deepEqual(groups('The talks failed, according to diplomatic sources.').map((l) => l.split(' ')[0]), ['grp-diplomatic-sources'])
})

test('captors, crews and members acting are groups', () => {
  assert.deepEqual(groups('His captors demanded a ransom.'), ['grp-captors group "captors": captors/description'])
  assert.deepEqual(groups('The crew said the engine had failed.'), ['grp-crew group "crew": crew/description'])
  assert.deepEqual(groups('Several members have objected that the plan was illegal.'), ['grp-members group "members": Several members/description'])
})

test('a place phrase or a sentence adverb may stand between a group and its verb', () => {
  assert.deepEqual(groups('Officials in Buenos Aires said the fleet would sail.'), ['grp-officials group "officials": Officials/description'])
  assert.deepEqual(groups('Navy sources in Lima meanwhile said the fleet would sail.'), ['grp-sources group "sources": sources/description'])
  assert.deepEqual(groups('He met officials in Lima on Monday.'), [])
})

test('a group that found or discovered something acts', () => {
  assert.deepEqual(actorsOfKind('Police found 300 kilograms of explosives in a shed.', 'grp-').map((l) => l.split(' ')[0]), ['grp-police'])
})
