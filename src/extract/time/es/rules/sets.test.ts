import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOfEs } from '../../testing.js'

test('"cada", "todos los", plural weekends, adverbs and "veces al" are repeated times', () => {
  assert.deepEqual(timexesOfEs('Cada semana hay protestas, cada dos meses hay elecciones y todos los días patrullas.'), [
    `'Cada semana' SET P1W`, `'cada dos meses' SET P2M`, `'todos los días' SET P1D`,
  ])
  assert.deepEqual(timexesOfEs('Los domingos hay misa, cada lunes se reúne el consejo y se vota dos veces al año.'), [
    `'Los domingos' SET XXXX-WXX-7`, `'cada lunes' SET XXXX-WXX-1`, `'dos veces al año' SET P1Y`,
  ])
  assert.deepEqual(timexesOfEs('Todos los sábados hay mercado.'), [`'Todos los sábados' SET XXXX-WXX-6`])
})
