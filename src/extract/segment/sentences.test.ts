import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildPipeline } from '../pipeline.js'
import { docOf } from '../../../test/helpers/doc.js'
import { paragraphs } from './paragraphs.js'
import { SPANISH_SENTENCES, sentences, sentencesStage } from './sentences.js'
import { tokens } from './tokens.js'

const spanish = (text: string) =>
  buildPipeline([tokens, paragraphs, sentencesStage(SPANISH_SENTENCES)]).run(docOf(text, { language: 'es' })).sentences.map((s) => text.slice(s.start, s.end))

test('Spanish titles keep their name in the sentence', () => {
  assert.deepEqual(spanish('La Sra. Rojas habló con el Gral. Pérez y la Dra. Núñez. Luego se fueron.'), [
    'La Sra. Rojas habló con el Gral. Pérez y la Dra. Núñez.', 'Luego se fueron.',
  ])
})

test('Spanish "núm." needs a number, and "EE.UU." ends a sentence before an article', () => {
  assert.deepEqual(spanish('Viajó a EE.UU. El lunes volvió. Vive en el núm. 4 de la calle.'), [
    'Viajó a EE.UU.', 'El lunes volvió.', 'Vive en el núm. 4 de la calle.',
  ])
})

const english = (text: string) =>
  buildPipeline([tokens, paragraphs, sentences]).run(docOf(text)).sentences.map((s) => text.slice(s.start, s.end))

test('dotted initials keep the name after them, and end a sentence before an opener', () => {
  assert.deepEqual(english('The mayor met J.R. Olsen at the port. She then flew to the U.K. The talks went on.'), [
    'The mayor met J.R. Olsen at the port.', 'She then flew to the U.K.', 'The talks went on.',
  ])
})
