import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { importDocument } from '../src/ledger/import.js'
import { listActors, listReversals, listTallies, refreshLedger } from '../src/ledger/analyses.js'
import { freshStore, TEST_ENGINE, type TestStore } from './helpers/store.js'

// Invented events about real countries, told once in English and once in Spanish, through the real pipeline.
const ENGLISH = {
  text: 'On 9 February the Chilean defence ministry denied that Chilean soldiers were in Bolivia. "There are no Chilean troops in Bolivia," Defence Minister Marta Rojas said.',
  published: '2030-02-09', language: 'en', outlet: 'Andes Daily', format: 'text' as const,
}
const SPANISH = {
  text: 'El gobierno chileno anunció el lunes que 14 soldados chilenos murieron en Bolivia durante el ataque del 9 de febrero. La ministra de Defensa, Marta Rojas, afirmó que los soldados cumplieron con su deber.',
  published: '2030-02-12', language: 'es', outlet: 'Diario Andino', format: 'text' as const,
}

describe(`one ledger across languages (${TEST_ENGINE})`, () => {
  let t: TestStore
  before(async () => {
    t = await freshStore()
    await importDocument(t.store, ENGLISH)
    await importDocument(t.store, SPANISH)
    await refreshLedger(t.store)
  })
  after(async () => { await t.dispose() })

  test('the same minister is one actor, speaking for the same government, whatever the language of the article', async () => {
    const rojas = (await listActors(t.store)).find((a) => a.id === 'p-marta-rojas')
    assert.equal(rojas?.documentCount, 2)
    assert.equal(rojas?.memberOf, 'gov-cl')
  })

  test('a denial in English and casualties announced in Spanish make one reversal by the same government', async () => {
    const [r, ...more] = await listReversals(t.store)
    assert.equal(more.length, 0)
    assert.equal(r?.actor, 'gov-cl')
    assert.equal(r?.proposition.key, 'presence(forces:CL,in:BO)')
    assert.deepEqual([r?.earlier[0]?.evidence.outlet, r?.later[0]?.evidence.outlet], ['Andes Daily', 'Diario Andino'])
  })

  test('the Spanish figure stands in the casualty tally of the attack', async () => {
    const tally = (await listTallies(t.store)).find((x) => x.figures.some((f) => f.count === 14))
    assert.equal(tally?.status, 'killed')
    assert.equal(tally?.country, 'CL')
  })
})
