import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKindEs } from '../testing.js'

const govs = (text: string) => actorsOfKindEs(text, 'gov-')

test('a government noun with its nationality adjective or "de <país>" after it is that government', () => {
  assert.deepEqual(govs('El gobierno cubano negó la presencia de tropas. El Gobierno de Cuba lo reiteró el lunes.'), [
    'gov-cu government CU "Government of Cuba": El gobierno cubano/name, El Gobierno de Cuba/name',
  ])
  assert.deepEqual(govs('El Ejecutivo venezolano anunció medidas.'), ['gov-ve government VE "Government of Venezuela": El Ejecutivo venezolano/name'])
})

test('"el régimen de <capital>", "el gobierno de <capital>" are metonyms of that government', () => {
  assert.deepEqual(govs('El régimen de Quito respondió y el gobierno de Quito calló.'), [
    'gov-ec government EC "Government of Ecuador": El régimen de Quito/metonym, el gobierno de Quito/metonym',
  ])
})

test('coordinated adjectives name each government: "los gobiernos cubano y venezolano"', () => {
  assert.deepEqual(govs('Los gobiernos cubano y venezolano firmaron el acuerdo.'), [
    'gov-cu government CU "Government of Cuba": cubano/demonym',
    'gov-ve government VE "Government of Venezuela": venezolano/demonym',
  ])
})

test('a country or capital as the subject of a verb acts for its government, also after "según" or inverted', () => {
  assert.deepEqual(govs('Cuba negó las acusaciones. Quito anunció un duelo nacional.'), [
    'gov-cu government CU "Government of Cuba": Cuba/metonym',
    'gov-ec government EC "Government of Ecuador": Quito/metonym',
  ])
  assert.deepEqual(govs('Según Quito, no hubo bajas. Lo negó Washington.'), [
    'gov-ec government EC "Government of Ecuador": Quito/metonym',
    'gov-us government US "Government of the United States": Washington/metonym',
  ])
  assert.deepEqual(govs('Estados Unidos, por su parte, negó el ataque. Cuba no ha confirmado nada. Quito volvió a denunciar la agresión.'), [
    'gov-us government US "Government of the United States": Estados Unidos/metonym',
    'gov-cu government CU "Government of Cuba": Cuba/metonym',
    'gov-ec government EC "Government of Ecuador": Quito/metonym',
  ])
})

test('"EE.UU." and "EEUU", the doubled initials of "Estados Unidos", are the United States', () => {
  assert.deepEqual(govs('EE.UU. negó el ataque. EEUU respondió.'), [
    'gov-us government US "Government of the United States": EE.UU./metonym, EEUU/metonym',
  ])
})

test('a nationality adjective on a state act is the government acting: "la ofensiva estadounidense"', () => {
  assert.deepEqual(govs('La ofensiva estadounidense fue condenada. El comunicado de Cuba fue claro.'), [
    'gov-us government US "Government of the United States": estadounidense/demonym',
    'gov-cu government CU "Government of Cuba": Cuba/metonym',
  ])
})

test('"la administración (de) <líder>" is the government the leader heads', () => {
  assert.deepEqual(govs('El presidente estadounidense Juan Pérez habló. La administración de Pérez insistió y la administración Pérez calló.'), [
    'gov-us government US "Government of the United States": La administración de Pérez/metonym, la administración Pérez/metonym',
  ])
})

test('bare "las autoridades" are the government of the country the paragraph is about', () => {
  assert.deepEqual(govs('Llueve en Venezuela. Las autoridades dijeron que no.'), [
    'gov-ve government VE "Government of Venezuela": Las autoridades/description',
  ])
})

test('"los gobiernos de A, B y C" nombra cada gobierno', () => {
  assert.deepEqual(actorsOfKindEs('El enviado habló con los gobiernos de Cuba, Venezuela y Bolivia.', 'gov-').map((l) => l.split(' ')[0]), ['gov-cu', 'gov-ve', 'gov-bo'])
})

test('una sede de gobierno que actúa es su gobierno: "el Pentágono dijo", "la Casa Blanca negó"', () => {
  assert.deepEqual(govs('El Pentágono dijo que los barcos zarparían.'), ['gov-us government US "Government of the United States": Pentágono/metonym'])
  assert.deepEqual(govs('La Casa Blanca negó el informe.'), ['gov-us government US "Government of the United States": Casa Blanca/metonym'])
})
