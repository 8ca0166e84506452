import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timexesOfEs } from '../../testing.js'

test('"actualmente", "ahora", "en la actualidad" are the present; "recientemente" the past', () => {
  assert.deepEqual(timexesOfEs('Actualmente hay tropas en la frontera y ahora patrullan la costa.'), [`'Actualmente' DATE PRESENT_REF`, `'ahora' DATE PRESENT_REF`])
  assert.deepEqual(timexesOfEs('En la actualidad el puerto está cerrado; recientemente se reabrió la carretera.'), [`'la actualidad' DATE PRESENT_REF`, `'recientemente' DATE PAST_REF`])
})

test('"en ese momento" and "entonces" take the last anchored date', () => {
  assert.deepEqual(timexesOfEs('En 2018 cerró la mina. En ese momento nadie protestó. Desde entonces el pueblo se ha vaciado.'), [
    `'2018' DATE 2018`, `'ese momento' DATE 2018`, `'entonces' DATE 2018`,
  ])
  assert.deepEqual(timexesOfEs('El 3 de marzo de 2025 llegó la ministra, que entonces dirigía la cartera.'), [`'El 3 de marzo de 2025' DATE 2025-03-03`, `'entonces' DATE 2025-03-03`])
})

test('"ese día", "ese año" keep their own granularity of the anchor', () => {
  assert.deepEqual(timexesOfEs('El 3 de enero de 2026 cayó la capital. Ese año nadie votó y ese día nadie habló.'), [
    `'El 3 de enero de 2026' DATE 2026-01-03`, `'Ese año' DATE 2026`, `'ese día' DATE 2026-01-03`,
  ])
})

test('"al día siguiente" and "el día anterior" step one day from the anchor', () => {
  assert.deepEqual(timexesOfEs('La capital cayó el 3 de enero de 2026. Al día siguiente el ejército se retiró.'), [
    `'el 3 de enero de 2026' DATE 2026-01-03`, `'día siguiente' DATE 2026-01-04`,
  ])
  assert.deepEqual(timexesOfEs('El acuerdo se firmó el 10 de mayo de 2024; el día anterior hubo disturbios.'), [
    `'el 10 de mayo de 2024' DATE 2024-05-10`, `'el día anterior' DATE 2024-05-09`,
  ])
})

test('with no anchored date before it, "en ese momento" stays PAST_REF', () => {
  assert.deepEqual(timexesOfEs('En ese momento nadie en Sylvania protestó.'), [`'ese momento' DATE PAST_REF`])
})
