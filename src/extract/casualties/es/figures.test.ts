import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actorIn } from '../../attribution/testing.js'
import { figuresEs } from './testing.js'

const gov = (t: string) => [actorIn(t, 'gov-cu', 'government', ['El gobierno cubano'], { country: 'CU' })]

test('count, group with its demonym, then the status verb', () => {
  assert.deepEqual(figuresEs('Al menos 32 militares cubanos murieron en el ataque.'), [
    '"Al menos 32 militares cubanos murieron" · 32 [32..] militares cubanos (CU/military) killed',
  ])
})

test('the status verb before the count and group', () => {
  assert.deepEqual(figuresEs('En el ataque murieron treinta y dos soldados venezolanos.'), [
    '"murieron treinta y dos soldados venezolanos" · 32 soldados venezolanos (VE/military) killed',
  ])
})

test('a status adjective after the group', () => {
  assert.deepEqual(figuresEs('El informe cuenta 24 soldados venezolanos muertos y decenas de civiles heridos.'), [
    '"24 soldados venezolanos muertos" · 24 soldados venezolanos (VE/military) killed',
    '"decenas de civiles heridos" · decenas civiles (civilian) wounded',
  ])
})

test('no one killed is a zero, whichever side the verb stands', () => {
  assert.deepEqual(figuresEs('Ningún militar estadounidense murió en la operación.'), [
    '"Ningún militar estadounidense murió" · 0 militar estadounidense (US/military) killed',
  ])
  assert.deepEqual(figuresEs('En la operación no murió ningún soldado.'), ['"murió ningún soldado" · 0 soldado (military) killed'])
})

test('vague quantities, ranges, other statuses and a people as the group', () => {
  assert.deepEqual(figuresEs('Muchos cubanos perdieron la vida.'), ['"Muchos cubanos perdieron la vida" · muchos cubanos (CU) killed'])
  assert.deepEqual(figuresEs('Entre 10 y 15 policías resultaron heridos.'), ['"Entre 10 y 15 policías resultaron heridos" · ? [10..15] policías (police) wounded'])
  assert.deepEqual(figuresEs('Dos periodistas siguen desaparecidos y 5 soldados fueron capturados.'), [
    '"Dos periodistas siguen desaparecidos" · 2 periodistas (journalist) missing',
    '"5 soldados fueron capturados" · 5 soldados (military) captured',
  ])
})

test('the reporter is the statement that carries the figure', () => {
  assert.deepEqual(figuresEs('El gobierno cubano informó que 32 militares cubanos murieron.', gov), [
    '"32 militares cubanos murieron" · 32 militares cubanos (CU/military) killed · by gov-cu',
  ])
})
