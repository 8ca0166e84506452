import { test } from 'node:test'
import assert from 'node:assert/strict'
import { detectLanguage } from './language.js'

test('an article with no language metadata is read as English or Spanish from its text', () => {
  assert.equal(detectLanguage('The Freedonian government denied on Monday that its troops had crossed the border.'), 'en')
  assert.equal(detectLanguage('El gobierno de Freedonia negó el lunes que sus tropas hubieran cruzado la frontera.'), 'es')
  assert.equal(detectLanguage('TIEL, 12 feb (Diario) - El gobierno anunció el lunes que 14 soldados murieron durante el ataque del 9 de febrero.'), 'es')
  assert.equal(detectLanguage('President Ana de la Cruz met Los Angeles officials in San José on Monday and said the talks went well.'), 'en')
})

test('a text too short or too mixed to tell stays undecided', () => {
  assert.equal(detectLanguage('Port Lia, Monday.'), undefined)
  assert.equal(detectLanguage('Los Angeles Dodgers beat the San Diego Padres in Los Angeles on Sunday.'), undefined)
})
