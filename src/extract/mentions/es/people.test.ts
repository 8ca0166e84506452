import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKindEs } from '../testing.js'

const people = (text: string) => actorsOfKindEs(text, 'p-')

test('an office before a name gives role, country and government', () => {
  assert.deepEqual(people('El presidente estadounidense Juan Pérez habló.'), [
    'p-juan-perez person US ∈gov-us (presidente estadounidense) "Juan Pérez": El presidente estadounidense Juan Pérez/title',
  ])
  assert.deepEqual(people('El canciller cubano, Luis Gómez, respondió.'), [
    'p-luis-gomez person CU ∈gov-cu (canciller cubano) "Luis Gómez": El canciller cubano, Luis Gómez/title',
  ])
  assert.deepEqual(people('La presidenta encargada Ana Ruiz habló. El general Marta Díaz Vela lo negó.'), [
    'p-ana-ruiz person (presidenta encargada) "Ana Ruiz": La presidenta encargada Ana Ruiz/title',
    'p-marta-diaz-vela person (general) "Marta Díaz Vela": El general Marta Díaz Vela/title',
  ])
})

test('a field ("de Exteriores") and an organization ("del Ministerio de Exteriores cubano") belong to the role', () => {
  assert.deepEqual(people('El ministro de Exteriores Luis Gómez añadió.'), [
    'p-luis-gomez person (ministro de Exteriores) "Luis Gómez": El ministro de Exteriores Luis Gómez/title',
  ])
  assert.deepEqual(people('El portavoz del Ministerio de Exteriores cubano, Eva Luna, lo negó.'), [
    'p-eva-luna person CU ∈gov-cu (portavoz del Ministerio de Exteriores cubano) "Eva Luna": El portavoz del Ministerio de Exteriores cubano, Eva Luna/title',
  ])
})

test('a role naming a government phrase takes its country: "el portavoz del Gobierno cubano"', () => {
  assert.deepEqual(people('El portavoz del Gobierno cubano, Eva Luna, lo negó.'), [
    'p-eva-luna person CU ∈gov-cu (portavoz del Gobierno cubano) "Eva Luna": El portavoz del Gobierno cubano, Eva Luna/title',
  ])
})

test('a role in apposition after the name belongs to the mention', () => {
  assert.deepEqual(people('Ana Ruiz, ministra de Defensa de Venezuela, negó los hechos.'), [
    'p-ana-ruiz person VE ∈gov-ve (ministra de Defensa de Venezuela) "Ana Ruiz": Ana Ruiz, ministra de Defensa de Venezuela/title',
  ])
})

test('"la presidenta", "el mandatario" refer back to the person holding that office', () => {
  assert.deepEqual(people('La presidenta de Cuba, Eva Sol, viajó. La presidenta dijo que no.'), [
    'p-eva-sol person CU ∈gov-cu (presidenta de Cuba) "Eva Sol": La presidenta de Cuba, Eva Sol/title, La presidenta/description',
  ])
  assert.deepEqual(people('El mandatario venezolano, Luis Mar, respondió. Luego Mar viajó. El mandatario dijo que no.'), [
    'p-luis-mar person VE ∈gov-ve (mandatario venezolano) "Luis Mar": El mandatario venezolano, Luis Mar/title, Mar/name, El mandatario/description',
  ])
})
