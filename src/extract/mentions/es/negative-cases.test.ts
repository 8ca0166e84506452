import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfEs } from '../testing.js'

test('a country or capital as a place is no government', () => {
  assert.deepEqual(actorsOfEs('En Cuba llueve. Viajó a Quito el lunes. Los turistas visitaron Washington.'), [])
})

test('a nationality adjective on a plain noun is no government', () => {
  assert.deepEqual(actorsOfEs('La música cubana suena fuerte. El café venezolano subió.'), [])
})

test('"el presidente del club" holds no office of state', () => {
  assert.deepEqual(actorsOfEs('El presidente del club, Ana Ruiz, dijo que ganarán.'), ['p-ana-ruiz person "Ana Ruiz": Ana Ruiz/name'])
})

test('ordinary words that look like institutions are none: "director ejecutivo", "un policía", "banda armada"', () => {
  assert.deepEqual(actorsOfEs('El director ejecutivo venezolano de la empresa dimitió. Un policía cubano murió. Una banda armada colombiana atacó.'), [])
})

test('a plural noun that does not act is no group', () => {
  assert.deepEqual(actorsOfEs('Vimos a los analistas en la plaza.'), [])
})

test('sentence-initial words and weekdays are not names', () => {
  assert.deepEqual(actorsOfEs('El Lunes Santo llovió mucho. Según La Nueva Era, todo sigue igual.'), [])
})

test('una preposición o un cuantificador al inicio de la frase no es parte de un nombre', () => {
  const names = (text: string) => actorsOfEs(text).filter((l) => l.startsWith('p-')).map((line) => line.split(' ')[0])
  assert.deepEqual(names('Pese a las críticas, Lena Marsh dijo que seguirá.'), ['p-lena-marsh'])
  assert.deepEqual(names('Contra Tomás Ávila declararon varios testigos, dijo Lena Marsh.'), ['p-lena-marsh'])
})
