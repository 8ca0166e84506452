import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKind, actorsOfKindEs } from './testing.js'

const unnamed = (text: string) => actorsOfKind(text, 'p-')

test('an unnamed official reporting is a person speaking for the body their description names', () => {
  assert.deepEqual(unnamed('A Kenyan foreign ministry spokeswoman said the talks would go ahead.'), [
    'p-kenyan-foreign-ministry-spokeswoman person KE ∈org-ke-foreign-ministry (foreign ministry spokeswoman) "Kenyan foreign ministry spokeswoman (unnamed)": A Kenyan foreign ministry spokeswoman/description',
  ])
  assert.deepEqual(unnamed('A senior Ugandan official, who spoke on condition of anonymity, said the troops had left.'), [
    'p-senior-ugandan-official person UG ∈gov-ug (official) "Senior Ugandan official (unnamed)": A senior Ugandan official/description',
  ])
})

test('a source described only by how well placed it is stays a source', () => {
  assert.deepEqual(unnamed('The depot was an army barracks, a well-placed source told Reuters.'), [
    'p-well-placed-source person (well-placed source) "Well-placed source (unnamed)": a well-placed source/description',
  ])
  assert.deepEqual(unnamed('A detective, speaking on condition of anonymity, said the men fled.'), [
    'p-detective person (detective) "Detective (unnamed)": A detective/description',
  ])
  assert.deepEqual(actorsOfKindEs('Una fuente anónima dijo que el depósito era un cuartel.', 'p-'), [
    'p-anonymous-source person (fuente anónima) "Anonymous source (unnamed)": Una fuente anónima/description',
  ])
})

test('with no body in the description, the body of the sentence before speaks through them', () => {
  assert.deepEqual(unnamed('The Kenyan army admitted the losses on Friday. A spokesman said the deaths were regrettable.'), [
    'p-army-of-kenya-spokesman person KE ∈org-ke-army (spokesman) "Army of Kenya spokesman (unnamed)": A spokesman/description',
  ])
})

test('an unnamed official described as speaking anonymously is a source too', () => {
  assert.deepEqual(unnamed('The Kenyan defence ministry gave no figure. Asked about the troops, a ministry official, speaking on condition of anonymity, said no decision had been taken.'), [
    'p-defence-ministry-of-kenya-ministry-official person KE ∈org-ke-defence-ministry (ministry official) "Defence Ministry of Kenya ministry official (unnamed)": a ministry official/description',
  ])
})

test('a definite unnamed officeholder with a country written is a source; envoys to two countries stay two', () => {
  const people = (text: string) => actorsOfKind(text, 'p-').map((line) => line.split(' ')[0])
  assert.deepEqual(people('The Kenyan foreign minister said the border was closed.'), ['p-kenyan-foreign-minister'])
  assert.deepEqual(people('The Kenyan ambassador to Chad said the border was closed. The Kenyan ambassador to Mali said it was open.'), [
    'p-kenyan-ambassador-to-chad', 'p-kenyan-ambassador-to-mali',
  ])
})

test('a definite officeholder is no new source without a country, before a name, or when the article names the holder', () => {
  const people = (text: string) => actorsOfKind(text, 'p-').map((line) => line.split(' ')[0])
  assert.deepEqual(people('The minister said the border was closed.'), [])
  assert.deepEqual(people('The Kenyan foreign minister, Ana Roe, said the border was closed.'), ['p-ana-roe'])
  assert.deepEqual(people('Foreign Minister Ana Roe of Kenya arrived. The Kenyan foreign minister said the border was closed.'), ['p-ana-roe'])
})

test('an unnamed official of a seat of government speaks for that government', () => {
  assert.deepEqual(unnamed('A Kremlin spokesman said the talks would resume.'), [
    'p-kremlin-spokesman person RU ∈gov-ru (spokesman) "Kremlin spokesman (unnamed)": A Kremlin spokesman/description',
  ])
})

test('a description opening on a possessive country is that country\'s unnamed official', () => {
  assert.deepEqual(unnamed('Kenya\'s top aviation official on Thursday rejected claims that the jet was hit.'), [
    'p-kenyan-top-aviation-official person KE ∈gov-ke (aviation official) "Kenyan top aviation official (unnamed)": Kenya\'s top aviation official/description',
  ])
  assert.deepEqual(unnamed('Uganda\'s deputy foreign minister responded from Kampala, saying the border was open.').map((l) => l.split(' ')[0]), [
    'p-ugandan-deputy-foreign-minister',
  ])
  assert.deepEqual(unnamed('The delegation met Kenya\'s foreign minister.'), [])
})

test('a short lower-case aside may stand between an official and the verb; a name set beside them may not', () => {
  assert.match(unnamed('The Chilean foreign minister, meanwhile, sought to calm the talks.')[0] ?? '', /^p-chilean-foreign-minister person CL /)
  assert.deepEqual(unnamed('A Chilean navy officer, Captain Pedro Salas, said the fleet would sail.').map((l) => l.split(' ')[0]), ['p-pedro-salas'])
})

test('a crew chief, a pilot or a soldier the story does not name is an unnamed source, after "one" too', () => {
  assert.match(unnamed('"We will not give up," one Chilean crew chief said.')[0] ?? '', /^p-chilean-crew-chief person CL /)
  assert.match(unnamed('An airline pilot said the runway was closed.')[0] ?? '', /^p-airline-pilot person /)
})

test('a description the next sentence names by the same office is that named person; two such leave it unnamed', () => {
  const ids = (text: string) => unnamed(text).map((l) => `${l.split(' ')[0]} ${l.split(': ')[1]}`)
  assert.deepEqual(ids('A navy spokesman said on Monday the port was shut. "We will reopen it soon," said spokesman Tom Berg.'), [
    'p-tom-berg A navy spokesman/description, spokesman Tom Berg/title',
  ])
  assert.deepEqual(actorsOfKindEs('Un portavoz de la marina dijo el lunes que el puerto estaba cerrado. "Lo reabriremos", dijo el portavoz Tomás Berg.', 'p-').map((l) => l.split(' ')[0]), ['p-tomas-berg'])
  assert.deepEqual(ids('A navy spokesman said the port was shut. Army spokesman Tom Berg and police spokesman Ed Lund said it was open.').map((l) => l.split(' ')[0]), [
    'p-navy-spokesman', 'p-tom-berg', 'p-ed-lund',
  ])
})

test('a body of another country than the one the description writes is not the one it speaks for', () => {
  assert.deepEqual(unnamed('Uganda said it would not retreat. A Kenyan army spokesman said the troops would stay.').map((l) => l.split(' ').slice(0, 4).join(' ')), [
    'p-kenyan-army-spokesman person KE ∈gov-ke',
  ])
})
