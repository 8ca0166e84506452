import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKindEs } from '../testing.js'

const unnamed = (text: string) => actorsOfKindEs(text, 'p-')

test('an unnamed official speaks for the body their description names, with the English id', () => {
  assert.deepEqual(unnamed('El Ejército cubano lo negó. Un portavoz del ejército dijo que no.'), [
    'p-army-spokesperson person CU ∈org-cu-army (portavoz del ejército) "Army spokesperson (unnamed)": Un portavoz del ejército/description',
  ])
  assert.deepEqual(unnamed('Un portavoz del Ministerio de Defensa de Cuba dijo que no.'), [
    'p-defence-ministry-spokesperson person CU ∈org-cu-defence-ministry (portavoz del Ministerio de Defensa de Cuba) "Defence ministry spokesperson (unnamed)": Un portavoz del Ministerio de Defensa de Cuba/description',
  ])
})

test('"que pidió el anonimato" describes a source as "who" does in English', () => {
  assert.deepEqual(unnamed('Un alto funcionario cubano, que pidió el anonimato, lo confirmó.'), [
    'p-senior-cuban-official person CU ∈gov-cu (funcionario cubano) "Senior Cuban official (unnamed)": Un alto funcionario cubano/description',
  ])
  assert.deepEqual(unnamed('Lo supo un funcionario del ministerio que pidió el anonimato.'), [
    'p-ministry-official person (funcionario del ministerio) "Ministry official (unnamed)": un funcionario del ministerio/description',
  ])
})
