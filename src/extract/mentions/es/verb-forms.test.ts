import { test } from 'node:test'
import assert from 'node:assert/strict'
import { thirdPersonForms, VERB_FORMS_ES } from './verb-forms.js'

test('regular third-person forms follow the -ar, -er and -ir paradigms', () => {
  assert.deepEqual(thirdPersonForms('anunciar').finite.slice(0, 4), ['anuncia', 'anuncian', 'anunció', 'anunciaron'])
  assert.deepEqual(thirdPersonForms('insistir').finite.slice(0, 4), ['insiste', 'insisten', 'insistió', 'insistieron'])
  assert.equal(thirdPersonForms('anunciar').participle, 'anunciado')
})

test('irregular verbs take their listed forms', () => {
  assert.deepEqual(thirdPersonForms('decir').finite.slice(0, 4), ['dice', 'dicen', 'dijo', 'dijeron'])
  assert.deepEqual(thirdPersonForms('negar').finite.slice(0, 3), ['niega', 'niegan', 'negó'])
  assert.equal(VERB_FORMS_ES.get('dicho')?.kind, 'participle')
})
