import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actorIn } from '../testing.js'
import { negatedContentEs } from './polarity.js'
import { renderedEs } from './testing.js'

const ruiz = (t: string) => [actorIn(t, 'p-ana-ruiz', 'person', ['Ana Ruiz']), actorIn(t, 'gov-fr', 'government', ['El gobierno freedonio'])]

test('a speaker before the cue reports the que-clause', () => {
  assert.deepEqual(renderedEs('Ana Ruiz dijo que las tropas seguirán en la frontera.', ruiz), [
    'Ana Ruiz —dijo→ «que las tropas seguirán en la frontera» · asserts · by p-ana-ruiz',
  ])
})

test('two que-clauses joined by "y que" are two statements, each with its own polarity', () => {
  assert.deepEqual(renderedEs('Ana Ruiz dijo que no había barcos en el puerto y que el comercio caía.', ruiz), [
    'Ana Ruiz —dijo→ «que no había barcos en el puerto» · denies · by p-ana-ruiz',
    'Ana Ruiz —dijo→ «que el comercio caía» · asserts · by p-ana-ruiz',
  ])
})

test('a denial verb denies, with or without que, and a periphrastic cue keeps its auxiliary', () => {
  assert.deepEqual(renderedEs('El gobierno freedonio negó que sus soldados estuvieran en Sylvania.', ruiz), [
    'El gobierno freedonio —negó→ «que sus soldados estuvieran en Sylvania» · denies · by gov-fr',
  ])
  assert.deepEqual(renderedEs('El ministerio ha desmentido las acusaciones de la oposición.'), [
    'El ministerio —ha desmentido→ «las acusaciones de la oposición» · denies',
  ])
})

test('an inverted cue takes the speaker after it', () => {
  assert.deepEqual(renderedEs('Las tropas están en la frontera, aseguró Ana Ruiz, portavoz del ministerio.', ruiz), [
    'Ana Ruiz, portavoz del ministerio —aseguró→ «Las tropas están en la frontera» · asserts · by p-ana-ruiz',
  ])
})

test('a quotation in «», “” or "" before or after the cue is direct', () => {
  assert.deepEqual(renderedEs('«Nuestras tropas se retiraron ayer», afirmó el general Pedro Gómez.'), [
    'el general Pedro Gómez —afirmó→ ««Nuestras tropas se retiraron ayer»» · asserts · direct',
  ])
  assert.deepEqual(renderedEs('La ministra declaró: “Vamos a defender la frontera con todas nuestras fuerzas”.'), [
    'La ministra —declaró→ «“Vamos a defender la frontera con todas nuestras fuerzas”» · asserts · direct',
  ])
})

test('a dialogue dash quotation ends at the inciso dash', () => {
  assert.deepEqual(renderedEs('—No hay ningún soldado en el país —afirmó la ministra—.'), [
    'la ministra —afirmó→ «No hay ningún soldado en el país» · denies · direct',
  ])
})

test('según and de acuerdo con give the source after them, fronted or trailing', () => {
  assert.deepEqual(renderedEs('Según el diario local, las tropas cruzaron el río.'), ['el diario local —Según→ «las tropas cruzaron el río» · asserts'])
  assert.deepEqual(renderedEs('Las tropas cruzaron el río, de acuerdo con fuentes militares.'), ['fuentes militares —de acuerdo con→ «Las tropas cruzaron el río» · asserts'])
})

test('según with a name in apposition keeps the name in the source', () => {
  assert.deepEqual(renderedEs('Según la portavoz del ministerio, Ana Ruiz, las tropas cruzaron el río.', ruiz), [
    'la portavoz del ministerio, Ana Ruiz —Según→ «las tropas cruzaron el río» · asserts · by p-ana-ruiz',
  ])
  assert.deepEqual(renderedEs('Según el diario local, las tropas cruzaron el río, y nadie lo vio.')[0], 'el diario local —Según→ «las tropas cruzaron el río, y nadie lo vio» · asserts')
})

test('a dropped subject speaks as the previous statement’s speaker', () => {
  assert.deepEqual(renderedEs('Ana Ruiz dijo que el acuerdo es firme. Además, afirmó que nadie abandonará la mesa.', ruiz), [
    'Ana Ruiz —dijo→ «que el acuerdo es firme» · asserts · by p-ana-ruiz',
    '∅ —afirmó→ «que nadie abandonará la mesa» · denies · by p-ana-ruiz',
  ])
})

test('hedges: al parecer, presuntamente, no pudo confirmar', () => {
  assert.deepEqual(renderedEs('El portavoz no pudo confirmar que hubiera víctimas civiles.'), [
    'El portavoz —no pudo confirmar→ «que hubiera víctimas civiles» · asserts · hedged',
  ])
  assert.deepEqual(renderedEs('La policía informó de que el sospechoso presuntamente huyó.'), [
    'La policía —informó→ «que el sospechoso presuntamente huyó» · asserts · hedged',
  ])
})

test('negated content denies: no hay, ningún, nunca; a denied negation asserts', () => {
  assert.deepEqual(renderedEs('El general dijo que las tropas nunca cruzaron la frontera.'), ['El general —dijo→ «que las tropas nunca cruzaron la frontera» · denies'])
  assert.deepEqual(renderedEs('El general negó que no hubiera soldados en la zona.'), ['El general —negó→ «que no hubiera soldados en la zona» · asserts'])
})

test('"es imposible que" denies; "puede que no" is a hedged denial', () => {
  assert.deepEqual(renderedEs('El coronel afirmó que es imposible que sus tropas cruzaran el río.'), [
    'El coronel —afirmó→ «que es imposible que sus tropas cruzaran el río» · denies',
  ])
  assert.deepEqual(renderedEs('La alcaldesa dijo que puede que no haya agua hasta el lunes.'), [
    'La alcaldesa —dijo→ «que puede que no haya agua hasta el lunes» · denies · hedged',
  ])
  assert.equal(negatedContentEs('puede que la tregua dure'), false)
})

test('descartar niega su objeto o su cláusula; "no descarta" no lo niega', () => {
  assert.deepEqual(renderedEs('Ana Ruiz descartó un alto el fuego.', ruiz), ['Ana Ruiz —descartó→ «un alto el fuego» · denies · by p-ana-ruiz'])
  assert.deepEqual(renderedEs('Ana Ruiz descartó que las tropas se queden.', ruiz), ['Ana Ruiz —descartó→ «que las tropas se queden» · denies · by p-ana-ruiz'])
  assert.deepEqual(renderedEs('Ana Ruiz no descarta nuevas sanciones.', ruiz), ['Ana Ruiz —no descarta→ «nuevas sanciones» · asserts · by p-ana-ruiz'])
})

test('una fecha entre el verbo invertido y su sujeto no es del sujeto, y la data del despacho no es contenido', () => {
  assert.deepEqual(renderedEs('LIMA, 2 jun (Agencia Sur) - Al menos 12 personas murieron en el incendio, informaron este lunes los bomberos mientras seguía la búsqueda.'), [
    'los bomberos —informaron→ «Al menos 12 personas murieron en el incendio» · asserts',
  ])
})

test('una coma dentro de la cita no abre una aposición: el hablante sigue al verbo invertido', () => {
  assert.deepEqual(renderedEs('"No es una huelga, sino orden público", dijo Ana Ruiz.', ruiz), [
    'Ana Ruiz —dijo→ «"No es una huelga, sino orden público"» · denies · direct · by p-ana-ruiz',
  ])
})

test('"el portavoz" habla por quien habló antes, sea un organismo o una persona', () => {
  const cast = (t: string) => [actorIn(t, 'p-ana-ruiz', 'person', ['Ana Ruiz']), actorIn(t, 'org-fr-ministry', 'organization', ['cancillería freedonia'])]
  assert.deepEqual(renderedEs('Ana Ruiz viajó a Lima. La cancillería freedonia dijo que las conversaciones seguirán. "Puede que no baste", añadió el portavoz.', cast).at(-1),
    'el portavoz —añadió→ «"Puede que no baste"» · denies · direct · hedged · by org-fr-ministry')
})

test('"según informó X, citada por Y" da X como hablante e Y como vía, y el contenido empieza tras la vía', () => {
  const cast = (t: string) => [actorIn(t, 'org-andina', 'organization', ['agencia Andina']), actorIn(t, 'org-radio-sur', 'organization', ['Radio Sur'])]
  assert.deepEqual(renderedEs('Según informó la agencia Andina, citada por Radio Sur, el piloto disparó sin orden.', cast), [
    'la agencia Andina —Según informó→ «el piloto disparó sin orden» · asserts · by org-andina · via org-radio-sur',
  ])
  assert.deepEqual(renderedEs('El piloto disparó sin orden, según la agencia Andina, citada por Radio Sur.', cast), [
    'la agencia Andina —según→ «El piloto disparó sin orden» · asserts · by org-andina · via org-radio-sur',
  ])
})

test('asking, demanding, regretting and fearing report their que-clause; a bare object does not', () => {
  assert.deepEqual(renderedEs('Ana Ruiz pidió que los vecinos firmaran el pacto.', ruiz), [
    'Ana Ruiz —pidió→ «que los vecinos firmaran el pacto» · asserts · by p-ana-ruiz',
  ])
  assert.deepEqual(renderedEs('El gobierno freedonio exigió que las tropas se retiraran.', ruiz), [
    'El gobierno freedonio —exigió→ «que las tropas se retiraran» · asserts · by gov-fr',
  ])
  assert.deepEqual(renderedEs('Ana Ruiz temía que no hubiera acuerdo.', ruiz), ['Ana Ruiz —temía→ «que no hubiera acuerdo» · denies · by p-ana-ruiz'])
  assert.deepEqual(renderedEs('Ana Ruiz pidió ayuda.', ruiz), [])
})
