import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderedEs } from './testing.js'
import { negatedContentEs } from './polarity.js'

test('a cue inside someone else’s quotation is theirs, not a new statement', () => {
  const out = renderedEs('La ministra declaró: «Nadie dijo que la guerra hubiera terminado».')
  assert.equal(out.length, 1)
  assert.match(out[0]!, /^La ministra —declaró→/)
})

test('según el plan and según lo previsto name no source', () => {
  assert.deepEqual(renderedEs('Según el plan, las tropas saldrán el lunes.'), [])
  assert.deepEqual(renderedEs('Las elecciones se celebrarán según lo previsto.'), [])
})

test('a weak cue with a bare object, a participle alone and a noun are no reports', () => {
  assert.deepEqual(renderedEs('El ministro explicó la reforma en el Congreso.'), [])
  assert.deepEqual(renderedEs('El plan anunciado el lunes fue aprobado.'), [])
  assert.deepEqual(renderedEs('La denuncia llegó tarde al juzgado.'), [])
})

test('a negated report and a refusal report nothing', () => {
  assert.deepEqual(renderedEs('El portavoz no dijo que las tropas se retirarían.'), [])
  assert.deepEqual(renderedEs('El ministerio se negó a comentar el caso.'), [])
})

test('a negation inside a relative clause or "no solo" does not deny the clause', () => {
  assert.equal(negatedContentEs('que el soldado que no volvió murió en combate'), false)
  assert.equal(negatedContentEs('que no solo los civiles sufrieron'), false)
  assert.equal(negatedContentEs('que no murió ningún soldado'), true)
})
