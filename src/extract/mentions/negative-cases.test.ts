import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOf, actorsOfKind } from './testing.js'

test('"turkey" the bird, lower case, is no country and no actor', () => {
  assert.deepEqual(actorsOf('They ate turkey on Thursday.'), [])
})

test('"Jordan" and "Chad" as first names make a person, not a government', () => {
  assert.deepEqual(actorsOf('Jordan Peterson said the plan failed.'), ['p-jordan-peterson person "Jordan Peterson": Jordan Peterson/name'])
  assert.deepEqual(actorsOf('Chad Smith denied it.'), ['p-chad-smith person "Chad Smith": Chad Smith/name'])
})

test('"the Sunday Times" is an organization, not a date and not a person', () => {
  assert.deepEqual(actorsOf('The Sunday Times reported the deal.'), ['org-sunday-times organization "Sunday Times": Sunday Times/name'])
})

test('a city name acting is no person', () => {
  assert.deepEqual(actorsOf('New York said nothing. San Lorenzo announced a curfew.'), [])
})

test('a capital as a plain location is no government mention', () => {
  assert.deepEqual(actorsOf('A man in Nairobi said he was afraid.'), [])
  assert.deepEqual(actorsOf('They met in Nairobi on Monday.'), [])
})

test('months, weekdays and sentence-initial words are not names', () => {
  assert.deepEqual(actorsOf('Last Saturday the denials ended. On Monday March said nothing.'), [])
})

test('a demonym on a plain noun is no government', () => {
  assert.deepEqual(actorsOf('Kenyan coffee prices rose.'), [])
})

test('"government officials" is not the government speaking', () => {
  assert.deepEqual(actorsOf('He faced criticism from government officials in Kenya.'), [])
})

test('an official keeps no country when the state before is only named, not the subject', () => {
  const people = (text: string) => actorsOf(text).filter((line) => line.startsWith('p-'))
  // "stormed by Kenyan forces": Kenya is inside the sentence, not what it is about.
  assert.match(people('The town, stormed by Kenyan forces at dawn, was quiet. Foreign Minister Ana Ruiz said talks would go on.')[0]!, /^p-ana-ruiz person \(Foreign Minister\)/)
  // Troops acting are not the state speaking: whose minister answers is unknown.
  assert.match(people('Kenyan forces stormed the town at dawn. Foreign Minister Ana Ruiz said talks would go on.')[0]!, /^p-ana-ruiz person \(Foreign Minister\)/)
  // Two sentences back is too far: the thread may have turned.
  assert.match(people('The Kenyan government denied it. Rebels said otherwise. Foreign Minister Ana Ruiz spoke next.')[0]!, /^p-ana-ruiz person \(Foreign Minister\)/)
  // An office that is no government office ("editor") takes no state.
  assert.doesNotMatch(people('The Kenyan government denied it. Editor Ana Ruiz said it was true.').join('\n'), /∈gov-ke/)
})

test('a country before a comma that is no role phrase gives a titled name nothing', () => {
  const people = actorsOf('He flew to Kenya, Colonel Ana Ruiz said.').filter((line) => line.startsWith('p-'))
  assert.match(people[0]!, /^p-ana-ruiz person \(Colonel\)/)
})

test('a country before "on <day>" and no agent verb is no government', () => {
  assert.deepEqual(actorsOf('Rain fell across Kenya on Monday morning.'), [])
})

test('a possessive office word before a comma and a place is no person', () => {
  assert.deepEqual(actorsOf('It was their minister, Monday said.').filter((l) => l.startsWith('p-')), [])
})

test('a place coordinated with a place, not with an acting country, is no government mention', () => {
  assert.deepEqual(actorsOf('Flights between Nairobi and Kampala resumed.'), [])
  assert.deepEqual(actorsOf('He lived in Nairobi and Kenya said nothing.').map((a) => a.split(':')[1]), [' Kenya/metonym'])
  assert.deepEqual(actorsOf('He visited Nairobi and Kenya said nothing.').map((a) => a.split(':')[1]), [' Kenya/metonym'])
})

test('an office after a name and a comma that starts its own clause is no apposition', () => {
  const people = (text: string) => actorsOf(text).filter((l) => l.startsWith('p-'))
  // The president is someone else: a verb follows the office, so it is the subject of the next clause.
  assert.deepEqual(people('After meeting Ana Ruiz, the president left Kenya.'), [])
  assert.deepEqual(people('Jon Berg, the minister said, would stay in Kenya.'), [])
})

test('a weak reporting verb without "that" does not make a country act', () => {
  assert.deepEqual(actorsOfKind('Kenya repeated the same mistakes in the second half.', 'gov-'), [])
})

test('an official met or mentioned, not reporting, is no unnamed source', () => {
  assert.deepEqual(actorsOfKind('He met a diplomat in Nairobi on Monday.', 'p-'), [])
  assert.deepEqual(actorsOfKind('The letter was sent to a senior official.', 'p-'), [])
})

test('a preposition, conjunction or sentence adverb opening a sentence or a headline is no part of a name', () => {
  const names = (text: string) => actorsOfKind(text, 'p-').map((line) => line.split(' ')[0])
  assert.deepEqual(names('Despite Lena Marsh’s warning, the vote went ahead.'), ['p-lena-marsh'])
  assert.deepEqual(names('Though Marsh denied it, Tom Avery said the plan was dead.'), ['p-tom-avery'])
  assert.deepEqual(names('So Tom Avery said he would wait.'), ['p-tom-avery'])
  assert.deepEqual(names('Whatever Avery thinks, Lena Marsh said the vote stands.'), ['p-lena-marsh'])
  assert.deepEqual(names('A Lot Of Questions About Lena Marsh'), [])
})

test('a party label or office word before a name is not part of it; a surname like an adverb is', () => {
  const names = (text: string) => actorsOfKind(text, 'p-').map((line) => line.split(' ')[0])
  assert.deepEqual(names('Republican Tom Avery said he would run.'), ['p-tom-avery'])
  assert.deepEqual(names('The former Secretary of State Lena Marsh said she regretted it.'), ['p-lena-marsh'])
  assert.deepEqual(names('Tom Rather said the count was wrong.'), ['p-tom-rather'])
})

test('a verb joined after a clause of its own has that clause\'s subject: the country opening the sentence does not act', () => {
  assert.deepEqual(actorsOfKind('Uganda was calm when the envoy arrived and said the port was open.', 'gov-'), [])
})
