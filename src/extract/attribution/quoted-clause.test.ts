import assert from 'node:assert/strict'
import { test } from 'node:test'
import { statementsEs } from './es/testing.js'
import { statementsOf } from './testing.js'

const modes = (text: string) => statementsOf(text).map((s) => s.mode)
const modesEs = (text: string) => statementsEs(text).map((s) => s.mode)

test('a quoted noun, adjective or prepositional phrase inside reported speech leaves it indirect', () => {
  assert.deepEqual(modes('The minister said the strike was "a grave error of judgement".'), ['indirect'])
  assert.deepEqual(modes('The envoy said the talks had been "constructive" and would go on.'), ['indirect'])
  assert.deepEqual(modes('The mayor said the clinic would reopen "within weeks".'), ['indirect'])
  assert.deepEqual(modes('The agency said the convoy carried "intercepted radio sets and maps".'), ['indirect'])
  assert.deepEqual(modes('The union said the closure was a "betrayal".'), ['indirect'])
})

test('a quoted clause or verb phrase makes it mixed: a finite verb, an opener, a verb form first', () => {
  assert.deepEqual(modes('The minister said the rebels "have broken every promise".'), ['mixed'])
  assert.deepEqual(modes("The envoy said the guards \"didn't open the gate\" until noon."), ['mixed'])
  assert.deepEqual(modes('The mayor said the road would stay closed "as long as the river keeps rising".'), ['mixed'])
  assert.deepEqual(modes('The agency said the pilots had been "deliberately misled" by the tower.'), ['mixed'])
  assert.deepEqual(modes('The union said the company was "cutting the wages of its oldest staff".'), ['mixed'])
  assert.deepEqual(modes('The general said his men "fought bravely" in the hills.'), ['mixed'])
  assert.equal(modes('The council said it was ready to "close the mines for good".')[0], 'mixed')
})

test('a lone verb form or one before its noun is a quoted noun phrase', () => {
  assert.deepEqual(modes('The court said the arrest was "kidnapping".'), ['indirect'])
  assert.deepEqual(modes('The guide said the trail "winding" through the pass was shut.'), ['indirect'])
})

test('Spanish: a quoted phrase leaves reported speech indirect, a quoted clause makes it mixed', () => {
  assert.deepEqual(modesEs('El ministro dijo que el ataque fue «un error trágico».'), ['indirect'])
  assert.deepEqual(modesEs('La alcaldesa afirmó que la clínica abrirá «en pocas semanas».'), ['indirect'])
  assert.deepEqual(modesEs('El ministro dijo que los rebeldes «han roto todas sus promesas».'), ['mixed'])
  assert.deepEqual(modesEs('La alcaldesa afirmó que los pilotos fueron «deliberadamente engañados» por la torre.'), ['mixed'])
  assert.deepEqual(modesEs('El sindicato aseguró que la empresa se dispone a «cerrar las minas para siempre».'), ['mixed'])
})
