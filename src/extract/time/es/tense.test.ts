import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tenseAroundEs } from './tense.js'

const tenseOf = (sentence: string, word: string) => tenseAroundEs(sentence, sentence.indexOf(word))

test('the synthetic future, "ir a" and words of plans make the clause future', () => {
  assert.equal(tenseOf('El consejo se reunirá el domingo.', 'domingo'), 'future')
  assert.equal(tenseOf('La ministra va a viajar el viernes.', 'viernes'), 'future')
  assert.equal(tenseOf('La cumbre está prevista para el lunes.', 'lunes'), 'future')
})

test('the preterite, the imperfect and the present perfect make it past', () => {
  assert.equal(tenseOf('Los rebeldes atacaron el depósito el domingo.', 'domingo'), 'past')
  assert.equal(tenseOf('El enviado se reunió con la ministra el viernes.', 'viernes'), 'past')
  assert.equal(tenseOf('La frontera estaba cerrada el martes.', 'martes'), 'past')
  assert.equal(tenseOf('El ministerio ha anunciado el acuerdo el jueves.', 'jueves'), 'past')
})

test('nouns that end like verb forms are no cue', () => {
  assert.equal(tenseOf('La cancillería de Sylvania, el lunes.', 'lunes'), 'none')
  assert.equal(tenseOf('Un día de calma en la policía, el lunes.', 'lunes'), 'none')
})

test('the nearest cue wins when a sentence mixes tenses', () => {
  const s = 'El enviado dijo el martes que las tropas saldrán el domingo.'
  assert.equal(tenseOf(s, 'martes'), 'past')
  assert.equal(tenseOf(s, 'domingo'), 'future')
})
