import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOf, timexesOfEs } from '../testing.js'

// Spanish words that look like time expressions but are not, in sentences we wrote: each must yield nothing.
const CASES: readonly (readonly [string, string])[] = [
  ['a weekday inside a name is not a day', 'Juan Domingo habló con la prensa en Santo Domingo.'],
  ['a capitalized weekday opening a name is not a day', 'Domingo Ruiz dijo que no habría cambios.'],
  ['a month inside a place name is not a month', 'Miles de personas se reunieron en la Plaza de Mayo y en la Avenida 9 de Julio.'],
  ['a month as a surname is not a month', 'La jueza Ana Marzo firmó la orden con Pedro Abril.'],
  ['"mañana" as the morning or the future is not tomorrow', 'Por la mañana llovió; el mañana es incierto y toda la mañana hubo tiroteos.'],
  ['"hace" as a verb is no "ago"', 'Hace falta más ayuda y el ministro lo hace sin miedo.'],
  ['ages are not durations', 'Un hombre de 52 años y una niña de 6 años resultaron heridos; la víctima, de 45 años, tenía dos hijos.'],
  ['"a los 19 años" is an age', 'A los 19 años se alistó en el ejército.'],
  ['"segundo" as an ordinal is not a unit', 'Un segundo ataque golpeó el segundo convoy.'],
  ['"entonces" as a connective or an adjective is not a time', 'Entonces, el ministro habló. El entonces presidente dimitió, y entonces llegó la policía.'],
  ['"ahora bien" and "tan pronto como" are not times', 'Ahora bien, el plan falló; lo hará tan pronto como pueda.'],
  ['"el año" and "la semana" alone are no period', 'El año fue duro y la semana laboral se acortó.'],
  ['a month alone without a preposition is not a date', 'Marzo es el apellido de la jueza.'],
  ['a sum with a dot is not a clock time, and a capitalized plural weekday is a name', 'Costó 10.30 dólares y lo publicó Los Domingos de Sylvania.'],
  ['"las 9" before a noun is a count, not a time of day', 'Las 9 víctimas fueron identificadas por sus familias.'],
  ['a day past the end of its month leaves no month behind', 'El memorando decía 30 de febrero por error.'],
]

for (const [behaviour, text] of CASES) {
  test(behaviour, () => assert.deepEqual(timexesOfEs(text), []))
}

test('Spanish rules never run on an English document', () => {
  assert.deepEqual(timexesOf('El puente cayó hace dos días, el domingo, la semana pasada.'), [])
})
