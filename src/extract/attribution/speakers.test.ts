import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { actorIn, rendered } from './testing.js'
import { castOf } from './speakers.js'

const fr = (t: string) => actorIn(t, 'gov-fr', 'government', ['Freedonian'])
const sy = (t: string) => actorIn(t, 'gov-sy', 'government', ['Sylvanian'])

test('a person inside the speaker span wins over the government that modifies it', () => {
  const text = 'Freedonian leader Jane Roe said that the border would stay shut.'
  const actors = (t: string) => [fr(t), actorIn(t, 'p-roe', 'person', ['Jane Roe'], { memberOf: 'gov-fr' })]
  assert.deepEqual(rendered(text, { actors }), ['Freedonian leader Jane Roe —said→ «that the border would stay shut» · asserts · by p-roe'])
})

test('coordinated speakers give one id each, and "They" refers back to both', () => {
  const text = 'The Freedonian and Sylvanian governments denied that soldiers were sent. They insisted that only doctors went.'
  assert.deepEqual(rendered(text, { actors: (t) => [fr(t), sy(t)] }), [
    'The Freedonian and Sylvanian governments —denied→ «that soldiers were sent» · denies · by gov-fr+gov-sy',
    'They —insisted→ «that only doctors went» · asserts · by gov-fr+gov-sy',
  ])
})

test('whoever a clause set off after the speaker names does not speak', () => {
  const text = "Moro's aunt, who raised Moro's brother in Tarn, said the family would wait."
  const actors = (t: string) => [
    actorIn(t, 'p-moro-s-aunt', 'person', ["Moro's aunt"]), actorIn(t, 'p-moro-s-brother', 'person', ["Moro's brother"]),
  ]
  assert.deepEqual(rendered(text, { actors }), [
    "Moro's aunt, who raised Moro's brother in Tarn —said→ «the family would wait» · asserts · by p-moro-s-aunt",
  ])
  const walking = 'The mayor, speaking after Ana Ruiz left, said the bridge was safe.'
  assert.deepEqual(rendered(walking, { actors: (t) => [actorIn(t, 'p-ruiz', 'person', ['Ana Ruiz'])] }), [
    'The mayor —said→ «the bridge was safe» · asserts',
  ])
})

test('a description naming a role resolves to the actor holding it', () => {
  const text = 'Ana Ruiz, the police chief of Valdora, was appointed in May. The police chief said that the curfew would end.'
  const actors = (t: string) => [actorIn(t, 'p-ruiz', 'person', ['Ana Ruiz'], { role: 'police chief' })]
  assert.deepEqual(rendered(text, { actors }), ['The police chief —said→ «that the curfew would end» · asserts · by p-ruiz'])
})

test('"He" goes to the nearest earlier person', () => {
  const text = 'Minister Tom Olsen visited the camp. He said that the tents were full.'
  const actors = (t: string) => [actorIn(t, 'p-olsen', 'person', ['Tom Olsen'])]
  assert.deepEqual(rendered(text, { actors }), ['He —said→ «that the tents were full» · asserts · by p-olsen'])
})

test('a chain keeps the channel as via', () => {
  const text = 'Freedonian state TV, citing the Sylvanian ministry, said that the border was closed.'
  const actors = (t: string) => [actorIn(t, 'org-tv', 'organization', ['Freedonian state TV']), actorIn(t, 'gov-sy', 'government', ['Sylvanian ministry'])]
  assert.deepEqual(rendered(text, { actors }), [
    'Freedonian state TV, citing the Sylvanian ministry —said→ «that the border was closed» · asserts · by gov-sy · via org-tv',
  ])
})

test('with no matching actor the statement is kept with no speaker ids', () => {
  assert.deepEqual(rendered('A local farmer said the river had risen.'), ['A local farmer —said→ «the river had risen» · asserts'])
})

test('a description that names no person and no body does not borrow an earlier speaker', () => {
  const text = 'Minister Tom Olsen visited the camp. The report said that the tents were full.'
  const actors = (t: string) => [actorIn(t, 'p-olsen', 'person', ['Tom Olsen'])]
  assert.deepEqual(rendered(text, { actors }), ['The report —said→ «that the tents were full» · asserts'])
})

test('a list of names joined by a final "and" speaks together; a fronted place does not join it', () => {
  const cast = (text: string) => [
    actorIn(text, 'p-ruiz', 'person', ['Ana Ruiz']), actorIn(text, 'p-olsen', 'person', ['Piet Olsen']),
    actorIn(text, 'p-lopez', 'person', ['Maria Lopez']),
  ]
  assert.deepEqual(rendered('Ana Ruiz, Piet Olsen and Maria Lopez announced a plan to rebuild the port.', { actors: cast }), [
    'Ana Ruiz, Piet Olsen and Maria Lopez —announced→ «a plan to rebuild the port» · asserts · by p-ruiz+p-olsen+p-lopez',
  ])
  assert.deepEqual(rendered('In Valdora, Piet Olsen and Maria Lopez said the port was closed.', { actors: cast }), [
    'Piet Olsen and Maria Lopez —said→ «the port was closed» · asserts · by p-olsen+p-lopez',
  ])
})

test('sentence adverbs and a day after the speaker stay out of its span', () => {
  assert.deepEqual(rendered('Piet Olsen, meanwhile, said the port was closed.'), ['Piet Olsen —said→ «the port was closed» · asserts'])
  assert.deepEqual(rendered('Piet Olsen on Tuesday said the port was closed.'), ['Piet Olsen —said→ «the port was closed» · asserts'])
})

test('a subject inside a quotation is never the speaker of a later participle', () => {
  assert.deepEqual(rendered('“We are citizens here,” Olsen said, adding: “We will vote in the spring.”'), [
    'Olsen —said→ «“We are citizens here,”» · asserts · direct',
    'Olsen —adding:→ «“We will vote in the spring.”» · asserts · direct',
  ])
})

test('a pronoun is never read inside a name: "He" does not find Fisher, nor "It" the Security Council', () => {
  const he = 'Tom Olsen met envoy Dan Fisher in May. Olsen said that talks would resume. He added that the port was open.'
  const people = (t: string) => [actorIn(t, 'p-olsen', 'person', ['Tom Olsen', 'Olsen']), actorIn(t, 'p-fisher', 'person', ['Dan Fisher'])]
  assert.deepEqual(rendered(he, { actors: people }).slice(1), ['He —added→ «that the port was open» · asserts · by p-olsen'])
  const it = 'Valdora wrote to the Security Council. Valdora said that the dam was safe. It added that the water was clean.'
  const bodies = (t: string) => [
    actorIn(t, 'gov-va', 'government', ['Valdora']), actorIn(t, 'org-unsc', 'organization', ['Security Council']),
  ]
  assert.deepEqual(rendered(it, { actors: bodies }).slice(-1), ['It —added→ «that the water was clean» · asserts · by gov-va'])
})

test('castOf: where an actor was last named before a point, as reading all its mentions finds it', () => {
  const mention = fc.tuple(fc.nat(300), fc.integer({ min: 1, max: 20 })).map(([start, len]) => ({ start, end: start + len, text: '', kind: 'name' as const }))
  fc.assert(fc.property(fc.array(fc.array(mention, { maxLength: 12 }), { maxLength: 6 }), fc.nat(330), (lists, at) => {
    const actors = lists.map((mentions, i) => ({ id: `a${i}`, type: 'person' as const, name: `A${i}`, mentions }))
    const cast = castOf(actors)
    actors.forEach((a, i) => {
      const before = a.mentions.filter((m) => m.end <= at).map((m) => m.start)
      assert.equal(cast.lastNamed(i, at), before.length ? Math.max(...before) : undefined)
    })
  }))
})

test('"the spokesman" speaks for whoever spoke last, a body as well as a person', () => {
  const text = 'Ana Ruiz met the envoy. The Freedonian ministry said that talks would resume. The spokesman added that a date was set.'
  const actors = (t: string) => [actorIn(t, 'p-ruiz', 'person', ['Ana Ruiz']), actorIn(t, 'org-fr-ministry', 'organization', ['Freedonian ministry'])]
  assert.deepEqual(rendered(text, { actors }).at(-1), 'The spokesman —added→ «that a date was set» · asserts · by org-fr-ministry')
})
