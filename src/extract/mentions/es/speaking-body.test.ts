import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKindEs } from '../testing.js'

const person = (text: string) => actorsOfKindEs(text, 'p-')[0] ?? ''

test('an official with no country serves the state named first in the sentence before', () => {
  assert.match(person('El gobierno chileno anunció el lunes nuevas medidas. La ministra de Defensa, Ana Ruiz, defendió el plan.'), /^p-ana-ruiz person CL ∈gov-cl /)
})

test('or the state named before them in their own sentence', () => {
  assert.match(person('Tras la reunión con el gobierno peruano, el ministro de Exteriores, Jon Berg, pidió calma.'), /^p-jon-berg person PE ∈gov-pe /)
})

test('with no state named around them, an official keeps no affiliation', () => {
  assert.match(person('La ministra de Defensa, Ana Ruiz, defendió el plan.'), /^p-ana-ruiz person \(/)
})

test('quien se nombra por su lazo con una persona nombrada es otra persona', () => {
  assert.deepEqual(actorsOfKindEs('La ministra Ana Ruiz dimitió el lunes. El abogado de Ruiz dijo que los cargos eran falsos.', 'p-').map((l) => l.split(' ')[0]), [
    'p-ana-ruiz', 'p-ana-ruiz-s-lawyer',
  ])
})
