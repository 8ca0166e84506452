import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ClaimFrame } from '../model/annotations.js'
import { ENGLISH_FRAMES, SPANISH_FRAMES, type FrameLanguage } from './frame-language.js'
import { readFrames } from './read-frames.js'
import { HandDoc } from './testing.js'

const render = (f: ClaimFrame) =>
  `${f.cls}(${Object.entries(f.args).map(([k, v]) => `${k}:${v!.id}`).join(',')}) · ${f.rules.join(',')}`

/** The frames of one statement by the government its first two words name, whose content is the sentence after the cue. */
function framesOf(sentence: string, cue: string, more: (d: HandDoc) => HandDoc = (d) => d, lang: FrameLanguage = ENGLISH_FRAMES): string[] {
  const subject = sentence.split(' ').slice(0, 2).join(' ')
  const d = more(new HandDoc(sentence).actor('gov-bo', 'Government of Bolivia', 'government', [subject], { country: 'BO' }))
  const at = sentence.indexOf(cue) + cue.length
  d.says(['gov-bo'], cue, sentence.slice(at, -1).trim(), 'asserts', { value: '2031-03-04' })
  return readFrames(d, lang).map(render)
}

test('an active predicate takes its subject as agent and its object as patient, with the owner of the patient', () => {
  assert.deepEqual(framesOf('The government said Paraguayan forces shot down a Bolivian military helicopter.', 'said'),
    ['shoot-down(patient:aircraft,of:BO,agent:PY) · object-thing,subject-country-demonym'])
})

test('"its forces" are the speaker’s country', () => {
  assert.deepEqual(framesOf('The government denied that its forces downed the plane over the Chaco.', 'denied'),
    ['shoot-down(patient:aircraft,agent:BO,in:chaco) · object-thing,subject-own-forces,place-name'])
})

test('a passive takes its agent from the "by" phrase, a demonym inside it naming a country', () => {
  assert.deepEqual(framesOf('The government said the helicopter was hit by a missile fired from Paraguayan territory.', 'said'),
    ['strike(patient:aircraft,agent:PY) · passive,object-thing,by-country-demonym'])
})

test('a predicate with no subject of its own, right after the cue, is the speaker’s act', () => {
  assert.deepEqual(framesOf('The government denied having used cluster munitions near the border.', 'denied'),
    ['weapon-use(theme:cluster munitions,agent:gov-bo) · object-weapon,bare-predicate-is-speaker'])
})

test('"it" is the speaker, and a place after "over" or "in" is the act’s place', () => {
  assert.deepEqual(framesOf('The government admitted it shot down the drone over Paraguay.', 'admitted'),
    ['shoot-down(patient:aircraft,agent:gov-bo,in:PY) · object-thing,subject-pronoun-is-speaker,place-country'])
})

test('a plan takes the act after it as its theme', () => {
  assert.deepEqual(framesOf('The government said it has no plans to annex the island.', 'said'),
    ['plan(agent:gov-bo,theme:annexation) · subject-pronoun-is-speaker,plan-of-act'])
})

test('holding a named person is a detention of that person', () => {
  const withAna = (d: HandDoc) => d.actor('p-ana-ruiz', 'Ana Ruiz', 'person', ['Ana Ruiz'])
  assert.deepEqual(framesOf('The government said it was not holding the reporter Ana Ruiz.', 'said', withAna),
    ['detention(patient:p-ana-ruiz,agent:gov-bo) · object-actor-mention,subject-pronoun-is-speaker'])
})

test('Spanish: a dropped subject after "que" is the speaker, and the demonym after the noun owns the patient', () => {
  assert.deepEqual(framesOf('El gobierno reconoció que derribó el helicóptero paraguayo.', 'reconoció', undefined, SPANISH_FRAMES),
    ['shoot-down(patient:aircraft,of:PY,agent:gov-bo) · object-thing,dropped-subject-is-speaker'])
})

test('Spanish: "negó haber usado bombas de racimo" is the speaker’s use of a weapon', () => {
  assert.deepEqual(framesOf('El gobierno negó haber usado bombas de racimo.', 'negó', undefined, SPANISH_FRAMES),
    ['weapon-use(theme:cluster munitions,agent:gov-bo) · object-weapon,dropped-subject-is-speaker'])
})

test('Spanish: a passive with "por" and a demonym names the agent', () => {
  assert.deepEqual(framesOf('El gobierno afirmó que el avión fue derribado por un misil paraguayo.', 'afirmó', undefined, SPANISH_FRAMES),
    ['shoot-down(patient:aircraft,agent:PY) · passive,object-thing,by-country-demonym'])
})

test('negative cases: nouns after a determiner, modals, intentions and agentless acts read no frame', () => {
  assert.deepEqual(framesOf('The government said dozens died in the shelling.', 'said'), [])
  assert.deepEqual(framesOf('The government said it would strike the bridge.', 'said'), [])
  assert.deepEqual(framesOf('The government plans to deploy troops in the north.', 'plans'), [])
  assert.deepEqual(framesOf('The government said a missile hit the plane.', 'said'), [])
})

test('a denied act with no agent denies it of anyone; an asserted one claims nothing comparable', () => {
  const denied = (sentence: string, cue: string, lang = ENGLISH_FRAMES) => {
    const d = new HandDoc(sentence).actor('gov-bo', 'Government of Bolivia', 'government', [sentence.split(' ').slice(0, 2).join(' ')], { country: 'BO' })
    const at = sentence.indexOf(cue) + cue.length
    d.says(['gov-bo'], cue, sentence.slice(at, -1).trim(), 'denies', { value: '2031-03-04' })
    return readFrames(d, lang).map(render)
  }
  assert.deepEqual(denied('The government denied that a rocket hit the Andean airliner.', 'denied'),
    ['strike(patient:aircraft) · object-thing,agentless-denial'])
  assert.deepEqual(denied('El gobierno negó que un misil hubiera alcanzado el avión.', 'negó', SPANISH_FRAMES),
    ['strike(patient:aircraft) · object-thing,agentless-denial'])
  assert.deepEqual(denied('The government denied that a rocket was fired.', 'denied'), [])
})

test('a fighter of "its air force" is the speaker’s country acting', () => {
  assert.deepEqual(framesOf('El gobierno reconoció que un caza de su fuerza aérea derribó el helicóptero paraguayo.', 'reconoció', undefined, SPANISH_FRAMES),
    ['shoot-down(patient:aircraft,of:PY,agent:BO) · object-thing,subject-own-forces'])
  assert.deepEqual(framesOf('The government admitted that a jet of its air force shot down the Paraguayan helicopter.', 'admitted'),
    ['shoot-down(patient:aircraft,of:PY,agent:BO) · object-thing,subject-own-forces'])
})

test('"its air defences" are the speaker’s forces', () => {
  assert.deepEqual(framesOf('The government admitted that its air defences shot down the Paraguayan airliner.', 'admitted'),
    ['shoot-down(patient:aircraft,of:PY,agent:BO) · object-thing,subject-own-forces'])
  assert.deepEqual(framesOf('El gobierno admitió que sus defensas antiaéreas derribaron el avión paraguayo.', 'admitió', undefined, SPANISH_FRAMES),
    ['shoot-down(patient:aircraft,of:PY,agent:BO) · object-thing,subject-own-forces'])
})

test('who died is the patient of a death, which has no agent', () => {
  const withRuiz = (d: HandDoc) => d.actor('p-ana-ruiz', 'Ana Ruiz', 'person', ['Ana Ruiz'])
  assert.deepEqual(framesOf('The government denied that the reporter Ana Ruiz died in the barracks.', 'denied', withRuiz),
    ['death(patient:p-ana-ruiz) · object-actor-mention,subject-is-patient'])
  assert.deepEqual(framesOf('The government said Ana Ruiz did not die in custody.', 'said', withRuiz),
    ['death(patient:p-ana-ruiz) · object-actor-mention,subject-is-patient'])
  assert.deepEqual(framesOf('El gobierno reconoció que la periodista Ana Ruiz murió en el interior del cuartel.', 'reconoció', withRuiz, SPANISH_FRAMES),
    ['death(patient:p-ana-ruiz) · object-actor-mention,subject-is-patient'])
  // A count of the dead is a casualty figure, not a death frame; nor is a death without who died.
  assert.deepEqual(framesOf('El gobierno informó que 27 personas murieron.', 'informó', undefined, SPANISH_FRAMES), [])
  assert.deepEqual(framesOf('The government said nobody died.', 'said'), [])
})

test('a quoted manner phrase between a verb and its object is skipped', () => {
  assert.deepEqual(framesOf('El gobierno reconoció que derribó "por error humano" el helicóptero paraguayo.', 'reconoció', undefined, SPANISH_FRAMES),
    ['shoot-down(patient:aircraft,of:PY,agent:gov-bo) · object-thing,dropped-subject-is-speaker'])
  assert.deepEqual(framesOf('The government admitted it shot down "by mistake, sadly" the Paraguayan helicopter.', 'admitted'),
    ['shoot-down(patient:aircraft,of:PY,agent:gov-bo) · object-thing,subject-pronoun-is-speaker'])
})

test('a report nested in another statement owns its words', () => {
  const d = new HandDoc('The ministry said the army denied that its forces shot down the drone.')
    .actor('gov-bo', 'Government of Bolivia', 'government', ['The ministry'], { country: 'BO' })
    .actor('org-bo-army', 'Army of Bolivia', 'organization', ['the army'], { memberOf: 'gov-bo', country: 'BO' })
    .says(['gov-bo'], 'said', 'the army denied that its forces shot down the drone', 'asserts', { value: '2031-03-04' })
    .says(['org-bo-army'], 'denied', 'that its forces shot down the drone', 'denies', { value: '2031-03-04' })
  assert.deepEqual(readFrames(d, ENGLISH_FRAMES).map((f) => `${f.statement} ${render(f)}`),
    ['s2 shoot-down(patient:aircraft,agent:BO) · object-thing,subject-own-forces'])
})

test('an act noun after a determiner is read as the noun even when the word is also a verb form', () => {
  assert.deepEqual(framesOf('The government denied any involvement in the bombing of the bridge.', 'denied'),
    ['bombing(patient:bridge,agent:gov-bo) · act-noun,object-thing,responsibility-for-act'])
  assert.deepEqual(framesOf('The government admitted responsibility for the shelling of the market.', 'admitted'),
    ['shelling(patient:market,agent:gov-bo) · act-noun,object-thing,responsibility-for-act'])
})

test('"its warplanes", "su aviación" are the speaker’s own forces', () => {
  assert.deepEqual(framesOf('The government rejected reports that its warplanes had bombed the bridge.', 'rejected'),
    ['bombing(patient:bridge,agent:BO) · object-thing,subject-own-forces'])
  assert.deepEqual(framesOf('El gobierno reconoció que su aviación bombardeó el puente.', 'reconoció', undefined, SPANISH_FRAMES),
    ['bombing(patient:bridge,agent:BO) · object-thing,subject-own-forces'])
})

test('"our air force" is the speaker’s country even where the actors layer read the force as another’s', () => {
  const sentence = 'The government said our air force did not bomb the bridge in Paraguay.'
  const withForce = (d: HandDoc) => d.actor('org-py-air-force', 'Paraguayan Air Force', 'organization', ['air force'], { country: 'PY' })
  assert.deepEqual(framesOf(sentence, 'said', withForce), ['bombing(patient:bridge,agent:BO,in:PY) · object-thing,subject-own-forces,place-country'])
})

test('an act with no mention and no known patient of its own is about the one event of its kind the article tells', () => {
  const sentence = 'The government said its forces did not bomb any depot.'
  // The hand-made events' mentions lie away from the act's words, as a lead's mention does.
  const one = (d: HandDoc) => d.event('bombing', 'a depot bombing', ['government'])
  assert.deepEqual(framesOf(sentence, 'said', one), ['bombing(agent:BO,event:ev1) · subject-own-forces,only-event-of-its-kind'])
  const two = (d: HandDoc) => one(d).event('bombing', 'another bombing', ['The'])
  assert.deepEqual(framesOf(sentence, 'said', two), ['bombing(agent:BO) · subject-own-forces'])
  assert.deepEqual(framesOf('The government said its forces did not bomb any bridge.', 'said', one), ['bombing(patient:bridge,agent:BO) · object-thing,subject-own-forces'])
})

test('a country’s troops the actors layer listed as a group are that country acting', () => {
  const withTroops = (d: HandDoc) => d.actor('grp-py-troops', 'Paraguayan troops', 'group', ['Paraguayan troops'], { country: 'PY' })
  assert.deepEqual(framesOf('The government said Paraguayan troops shelled the village.', 'said', withTroops),
    ['shelling(patient:village,agent:PY) · object-thing,subject-group-forces-are-country'])
})

test('an act noun after a verb of doing is the act of that verb’s subject, or of the speaker', () => {
  assert.deepEqual(framesOf('The government denied that it carried out the shelling of the village.', 'denied'),
    ['shelling(patient:village,agent:gov-bo) · act-noun,object-thing,performed-act'])
  assert.deepEqual(framesOf('The government admitted it had conducted the strike.', 'admitted'), ['strike(agent:gov-bo) · act-noun,performed-act'])
  assert.deepEqual(framesOf('El gobierno negó haber llevado a cabo el bombardeo.', 'negó', undefined, SPANISH_FRAMES), ['bombing(agent:gov-bo) · act-noun,performed-act'])
  assert.deepEqual(framesOf('The government said the strike was a mistake.', 'said'), [])
})
