import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKind, actorsOfKindEs } from './testing.js'

const govs = (text: string) => actorsOfKind(text, 'gov-')

test('a demonym or possessive country before a government noun names that government', () => {
  assert.deepEqual(govs('The Kenyan government denied the report.'), ['gov-ke government KE "Government of Kenya": The Kenyan government/name'])
  assert.deepEqual(govs('Officials said Kenya’s government had agreed.'), ['gov-ke government KE "Government of Kenya": Kenya’s government/name'])
  assert.deepEqual(govs('Later the official Ugandan regime replied.'), ['gov-ug government UG "Government of Uganda": the official Ugandan regime/name'])
})

test('"the government of X" and "the government in <capital>" name the government of X', () => {
  assert.deepEqual(govs('He met the government of Kenya.'), ['gov-ke government KE "Government of Kenya": the government of Kenya/name'])
  assert.deepEqual(govs('Then the government in Nairobi gave a figure.'), ['gov-ke government KE "Government of Kenya": the government in Nairobi/metonym'])
  assert.deepEqual(govs('The Nairobi regime revealed the toll.'), ['gov-ke government KE "Government of Kenya": The Nairobi regime/metonym'])
})

test('coordinated demonyms make one demonym mention per government', () => {
  assert.deepEqual(govs('The Kenyan and Ugandan governments denied it.'), [
    'gov-ke government KE "Government of Kenya": Kenyan/demonym',
    'gov-ug government UG "Government of Uganda": Ugandan/demonym',
  ])
})

test('a capital or country acting is its government', () => {
  assert.deepEqual(govs('Troops sent by Nairobi crossed the border.'), ['gov-ke government KE "Government of Kenya": Nairobi/metonym'])
  assert.deepEqual(govs('Nairobi said the talks had failed.'), ['gov-ke government KE "Government of Kenya": Nairobi/metonym'])
  assert.deepEqual(govs('On Monday, Kenya has repeatedly denied the claim.'), ['gov-ke government KE "Government of Kenya": Kenya/metonym'])
  // Any reporting verb of the cue lexicon acts, a weak one ("repeated") with "that".
  assert.deepEqual(govs('Kenya reiterated its offer.'), ['gov-ke government KE "Government of Kenya": Kenya/metonym'])
  assert.deepEqual(govs('Kenya repeated that no civilians were hurt.'), ['gov-ke government KE "Government of Kenya": Kenya/metonym'])
})

test('a country word owning or modifying a state act is its government', () => {
  assert.deepEqual(govs('Kenya’s statement came late.'), ['gov-ke government KE "Government of Kenya": Kenya’s/metonym'])
  assert.deepEqual(govs('The US military intervention ended.'), ['gov-us government US "Government of the United States": US/demonym'])
  assert.deepEqual(govs('The French offensive stalled.'), ['gov-fr government FR "Government of France": French/demonym'])
})

test('names built on a common noun take the article in the government name', () => {
  assert.deepEqual(govs('The Dutch government resigned.'), ['gov-nl government NL "Government of the Netherlands": The Dutch government/name'])
})

test('a country acting after a day adverbial is its government: "Kenya on Wednesday rejected"', () => {
  assert.match(govs('Kenya on Wednesday rejected the report.')[0] ?? '', /^gov-ke government KE /)
  assert.match(govs('The Republic of Kenya on 3 May denied it.')[0] ?? '', /^gov-ke government KE /)
})

test('a country coordinated with the next acting one acts with it: "Neither Nairobi nor Kampala confirmed"', () => {
  assert.deepEqual(govs('Neither Nairobi nor Kampala confirmed the invitation.'), [
    'gov-ke government KE "Government of Kenya": Nairobi/metonym',
    'gov-ug government UG "Government of Uganda": Kampala/metonym',
  ])
  assert.deepEqual(govs('Kenya and Uganda denied the report.').length, 2)
})

test('a country owning an insistence or allegation is its government', () => {
  assert.deepEqual(govs('Monitors contradicted Kenya’s insistence that no one died.'), ['gov-ke government KE "Government of Kenya": Kenya’s/metonym'])
  assert.deepEqual(govs('Uganda’s allegations were denied.'), ['gov-ug government UG "Government of Uganda": Uganda’s/metonym'])
})

test('"the governments of A, B and C" names each government; a singular head keeps its one country', () => {
  assert.deepEqual(actorsOfKind('The envoy flew off to meet the governments of Kenya, Uganda and other neighbours.', 'gov-'), [
    'gov-ke government KE "Government of Kenya": the governments of Kenya/name',
    'gov-ug government UG "Government of Uganda": Uganda/name',
  ])
  assert.deepEqual(actorsOfKind('The government of Kenya, Uganda and Chad met.', 'gov-').map((l) => l.split(' ')[0]), ['gov-ke'])
})

test('a former state is a government of its own: the Soviet Union, West Germany', () => {
  assert.deepEqual(actorsOfKind('The Soviet Union said it would send two envoys.', 'gov-'), [
    'gov-su government SU "Government of the Soviet Union": Soviet Union/metonym',
  ])
  assert.deepEqual(actorsOfKind('West Germany said it would send ships.', 'gov-').map((l) => l.split(' ')[0]), ['gov-de'])
})

test('a seat of government acting is its government; where something happens it is a place', () => {
  assert.deepEqual(govs('The Pentagon said the ships would sail.'), ['gov-us government US "Government of the United States": Pentagon/metonym'])
  assert.deepEqual(govs('On Monday the Kremlin denied the report.'), ['gov-ru government RU "Government of Russia": Kremlin/metonym'])
  assert.deepEqual(govs('Farmers marched to the White House in May.'), [])
})

test('a country opening its sentence acts through a verb coordinated later in its clause', () => {
  assert.deepEqual(actorsOfKind('Uganda had moved troops to the border and said it would not retreat.', 'gov-').map((l) => l.split(' ')[0]), ['gov-ug'])
})

test('"the nation of X" acting is X\'s government, whatever qualifies the nation', () => {
  assert.deepEqual(govs('The mostly Catholic nation of Chile said its troops would join the force.').map((l) => l.split(' ')[0]), ['gov-cl'])
  assert.deepEqual(govs('The nation mourned the dead.'), [])
})

test('a longer aside opening on a participle or relative pronoun may stand between a country and its verb', () => {
  const ids = (text: string) => actorsOfKind(text, 'gov-').map((l) => l.split(' ')[0])
  assert.deepEqual(ids('Uganda, alarmed by the fighting that has spread along its northern border, urged its neighbours to talk.'), ['gov-ug'])
  assert.deepEqual(ids('Uganda, fearing a flood of refugees from the camps across the lake, asked for aid.'), ['gov-ug'])
  assert.deepEqual(actorsOfKindEs('Uganda, preocupada por los combates que se extienden por su frontera norte, pidió calma.', 'gov-').map((l) => l.split(' ')[0]), ['gov-ug'])
  // A long aside of another kind still hides the verb: the country is no agent.
  assert.deepEqual(ids('Uganda, the lake region and the hills near the northern border of the country, saw rain.'), [])
})
