import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKindEs } from '../testing.js'

const groups = (text: string) => actorsOfKindEs(text, 'grp-')

test('plural speakers get the English group ids', () => {
  assert.deepEqual(groups('Analistas creen que no. Según expertos, es falso.'), [
    'grp-analysts group "analysts": Analistas/description',
    'grp-experts group "experts": expertos/description',
  ])
  assert.deepEqual(groups('Los analistas independientes advierten de riesgos.'), [
    'grp-independent-analysts group "independent analysts": Los analistas independientes/description',
  ])
})

test('officials with a nationality serve its government', () => {
  assert.deepEqual(groups('Los funcionarios cubanos dijeron que no.'), [
    'grp-cu-officials group CU ∈gov-cu "Cuban officials": Los funcionarios cubanos/description',
  ])
})

test('a people acting: "los venezolanos de a pie", "miles de cubanos"', () => {
  assert.deepEqual(groups('Los venezolanos de a pie se quejan. Miles de cubanos protestaron.'), [
    'grp-venezuelans group VE "ordinary Venezuelans": Los venezolanos de a pie/demonym',
    'grp-cubans group CU "Cubans": Miles de cubanos/demonym',
  ])
})

test('un grupo tras un verbo invertido y una fecha, antes de otra cláusula, actúa', () => {
  assert.deepEqual(actorsOfKindEs('Murieron 12 personas, informaron este lunes los bomberos mientras seguía la búsqueda.', 'grp-').map((l) => l.split(' ')[0]), ['grp-firefighters'])
})
