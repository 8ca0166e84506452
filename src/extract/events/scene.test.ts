import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { languageFor } from '../languages.js'
import { renderEvent } from './render.js'
import { handLayers } from '../../../test/helpers/hand-layers.js'

const run = (text: string, language = 'en') => eventsStage(languageFor(language).events).run({ ...handLayers(text), language }, { warn() {} }).map(renderEvent)

test('a place told right before "during <attack>" is where the attack happened, in either language', () => {
  assert.deepEqual(run('Fourteen soldiers were killed in Bolivia during the attack.'), ['ev1 military operation in BO · ? · "killed in Bolivia" | "the attack"'])
  assert.deepEqual(run('Catorce soldados murieron en Bolivia durante el ataque.', 'es'), ['ev1 military operation in BO · ? · "el ataque"'])
})

test('a phrase before the time phrase that names no place places nothing', () => {
  assert.deepEqual(run('Two soldiers were wounded in training during the attack.'), ['ev1 military operation · ? · "the attack"'])
})

test('a place in a relative clause right after an event noun is where it happened, in either language', () => {
  assert.deepEqual(run('A suspect was named in the shootings that wounded two guards in Peru last year.'), ['ev1 shooting in PE · ? · "the shootings"'])
  assert.deepEqual(run('Nombraron a un sospechoso de la explosión que hirió a dos guardias en Bolivia.', 'es'), ['ev1 explosion in BO · ? · "la explosión"'])
  // A clause the noun does not open, or a place after the clause has ended, says nothing of it.
  assert.deepEqual(run('The shootings, which he condemned, were far from Peru.'), ['ev1 shooting · ? · "The shootings"'])
})
