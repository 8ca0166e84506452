import { test } from 'node:test'
import assert from 'node:assert/strict'
import { thirdPersonForms } from '../../lexicon/es/conjugation.js'
import { VERB_FORMS_ES } from './spanish-verbs.js'

test('regular third-person forms follow the -ar, -er and -ir paradigms', () => {
  assert.deepEqual([...thirdPersonForms('anunciar').present, ...thirdPersonForms('anunciar').past].slice(0, 4), ['anuncia', 'anuncian', 'anunció', 'anunciaron'])
  assert.deepEqual([...thirdPersonForms('insistir').present, ...thirdPersonForms('insistir').past].slice(0, 4), ['insiste', 'insisten', 'insistió', 'insistieron'])
  assert.equal(thirdPersonForms('anunciar').participle, 'anunciado')
})

test('irregular verbs take their listed forms', () => {
  assert.deepEqual([...thirdPersonForms('decir').present, ...thirdPersonForms('decir').past].slice(0, 4), ['dice', 'dicen', 'dijo', 'dijeron'])
  assert.deepEqual([...thirdPersonForms('negar').present, ...thirdPersonForms('negar').past].slice(0, 3), ['niega', 'niegan', 'negó'])
  assert.equal(VERB_FORMS_ES.get('dicho')?.kind, 'participle')
  assert.deepEqual(thirdPersonForms('decir').future.slice(0, 2), ['dirá', 'dirán'])
  assert.equal(thirdPersonForms('advertir').gerund, 'advirtiendo')
})
