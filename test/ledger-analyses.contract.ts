import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import type { Document } from '../src/model/document.js'
import { addDocument } from '../src/ledger/store-documents.js'
import { importDocument } from '../src/ledger/import.js'
import { contentHash } from '../src/ingest/identity.js'
import {
  ensureLedgerFresh, getActor, getEvent, listActors, listDisagreements, listEvents, listReversals, listTallies, listTimeline, refreshLedger,
} from '../src/ledger/analyses.js'
import { HandDoc } from '../src/claims/testing.js'
import { freshStore, type TestStore } from './helpers/store.js'

/** Three short reports of one invented raid, told by three outlets over four days (layers built by hand). */
function reports(): { doc: Document; x: HandDoc }[] {
  const a = new HandDoc('Defence Minister Ana Roe said on Saturday that there were no Peruvian troops in Chile. President Tomas Vial denounced the presence of Peruvian soldiers in Chile.', '2030-05-03')
    .actor('p-ana-roe', 'Ana Roe', 'person', ['Ana Roe'], { memberOf: 'gov-pe', role: 'Defence Minister', country: 'PE' })
    .actor('p-tomas-vial', 'Tomas Vial', 'person', ['Tomas Vial'], { memberOf: 'gov-cl', role: 'President', country: 'CL' })
    .says(['p-ana-roe'], 'said', 'there were no Peruvian troops in Chile', 'denies', { value: '2030-05-03' })
    .says(['p-tomas-vial'], 'denounced', 'the presence of Peruvian soldiers in Chile', 'asserts', { value: '2030-05-03' })
  const b = new HandDoc('On Sunday the Peruvian government announced that 12 Peruvian soldiers were killed in the raid of 3 May near Arica.', '2030-05-05')
    .actor('gov-pe', 'Government of Peru', 'government', ['the Peruvian government'], { country: 'PE' })
    .says(['gov-pe'], 'announced', '12 Peruvian soldiers were killed in the raid of 3 May near Arica', 'asserts', { value: '2030-05-04' })
    .event('military operation', 'the raid of 3 May', ['the raid of 3 May'], { date: '2030-05-03', location: 'CL', actors: ['gov-pe'] })
    .figure('12 Peruvian soldiers were killed', 12, 'Peruvian soldiers', {
      country: 'PE', role: 'military', reportedBy: 'gov-pe', statement: 's1', reportedOn: { value: '2030-05-04' }, event: 'ev1',
    })
  const c = new HandDoc('The Chilean army said 30 Peruvian soldiers died in the Peruvian assault. Roe later said 14 Peruvian soldiers were killed.', '2030-05-06')
    .actor('gov-cl', 'Government of Chile', 'government', ['The Chilean army'], { country: 'CL' })
    .actor('gov-pe', 'Government of Peru', 'government', ['Peruvian assault'], { country: 'PE' })
    .actor('p-roe', 'Roe', 'person', ['Roe'], { memberOf: 'gov-pe' })
    .says(['gov-cl'], 'said', '30 Peruvian soldiers died in the Peruvian assault', 'asserts', { value: '2030-05-05' })
    .says(['p-roe'], 'said', '14 Peruvian soldiers were killed', 'asserts', { value: '2030-05-06' })
    .event('military operation', 'the Peruvian assault', ['the Peruvian assault'], { date: '2030-05-03', location: 'CL', actors: ['gov-pe'] })
    .figure('30 Peruvian soldiers died', 30, 'Peruvian soldiers', {
      country: 'PE', role: 'military', reportedBy: 'gov-cl', statement: 's1', reportedOn: { value: '2030-05-05' }, event: 'ev1',
    })
    .figure('14 Peruvian soldiers were killed', 14, 'Peruvian soldiers', {
      country: 'PE', role: 'military', reportedBy: 'p-roe', statement: 's2', reportedOn: { value: '2030-05-06' }, event: 'ev1',
    })
  return [[a, 'The Lima Ledger'], [b, 'Andes Wire'], [c, 'Pacific Post']].map(([x, outlet]) => {
    const h = x as HandDoc
    return { x: h, doc: { text: h.text, published: h.published, language: 'en', outlet: outlet as string, format: 'text' } }
  })
}

/** The ledger analyses suite: one contract, run once per engine (see ledger-analyses.test.ts). */
export function ledgerAnalysesContract(engine: string): void {
  describe(`ledger analyses contract (${engine})`, () => {
    let t: TestStore
    before(async () => {
      t = await freshStore()
      for (const { doc, x } of reports()) await addDocument(t.store, { ...doc, hash: contentHash(doc.text) }, x.extraction({ outlet: doc.outlet! }))
      await refreshLedger(t.store)
    })
    after(async () => { await t.dispose() })

    test('a minister’s denial and her government’s later figures are one reversal, across documents', async () => {
      const [r, ...more] = await listReversals(t.store)
      assert.equal(more.length, 0)
      assert.equal(`${r?.actor} ${r?.rating} ${r?.rule}`, 'gov-pe full-flop casualties-entail-presence → denial-contradicts-assertion')
      assert.deepEqual(r?.earlier.map((c) => `${c.speaker} ${c.evidence.outlet} ${c.evidence.span.text}`), ['p-ana-roe The Lima Ledger there were no Peruvian troops in Chile'])
      assert.deepEqual((await listReversals(t.store, { actor: 'gov-cl' })).length, 0)
    })

    test('two governments on opposite sides the same day are a disagreement, found by either actor', async () => {
      const [d] = await listDisagreements(t.store, { actor: 'gov-cl' })
      assert.deepEqual(d?.sides.map((s) => `${s.polarity} ${s.actors.join(',')}`), ['asserts gov-cl', 'denies gov-pe'])
      assert.equal((await listDisagreements(t.store, { actor: 'gov-pe' })).length, 1)
      assert.equal((await listDisagreements(t.store, { actor: 'gov-xx' })).length, 0)
    })

    test('the assault and the raid of 3 May are one event with the mentions of both documents', async () => {
      const [listed] = await listEvents(t.store)
      assert.deepEqual([listed?.mentionCount, listed?.documentCount], [2, 2])
      const e = await getEvent(t.store, listed!.id)
      assert.equal(e?.members.length, 2)
      assert.deepEqual(e?.mentions.map((m) => m.span.text).sort(), ['the Peruvian assault', 'the raid of 3 May'])
      assert.equal(e?.date, '2030-05-03')
      assert.equal((await listEvents(t.store, { from: '2030-05-04' })).length, 0)
      assert.equal(await getEvent(t.store, 'ev-none'), undefined)
    })

    test('a tally puts each source’s figures side by side; a later figure supersedes the same source’s earlier one', async () => {
      const [e] = await listEvents(t.store)
      const [tally] = await listTallies(t.store, { event: e!.id })
      assert.deepEqual(tally?.figures.map((f) => `${f.side} ${f.count} ${f.reportedOn.value}${f.supersededBy ? ' superseded' : ''}`), [
        'gov-pe 12 2030-05-04 superseded', 'gov-cl 30 2030-05-05', 'gov-pe 14 2030-05-06',
      ])
      assert.equal(`${tally?.low}/${tally?.best}/${tally?.high} first ${tally?.firstReportedBy}`, '14/14/30 first gov-pe')
    })

    test('a surname alone joins the full name, accents and titles aside; search folds accents', async () => {
      const roe = await getActor(t.store, 'p-ana-roe')
      assert.deepEqual([...(roe?.aliases ?? [])].sort(), ['Ana Roe', 'Roe'])
      assert.equal(roe?.documents.length, 2)
      assert.deepEqual((await listActors(t.store, { q: 'ROE' })).map((a) => a.id), ['p-ana-roe'])
      assert.deepEqual((await listActors(t.store, { type: 'government' })).map((a) => a.id).sort(), ['gov-cl', 'gov-pe'])
    })

    test('the timeline orders by when things were said, and filters by actor (members included), event and dates', async () => {
      const all = await listTimeline(t.store)
      assert.deepEqual(all.map((x) => x.time.value), ['2030-05-03', '2030-05-03', '2030-05-03', '2030-05-04', '2030-05-05', '2030-05-06'])
      assert.equal((await listTimeline(t.store, { actor: 'gov-pe' })).length, 4) // Roe twice, the government, and the raid it carried out
      const [e] = await listEvents(t.store)
      assert.equal((await listTimeline(t.store, { event: e!.id })).length, 4)
      assert.equal((await listTimeline(t.store, { from: '2030-05-05', to: '2030-05-05' })).length, 1)
      assert.deepEqual((await listTimeline(t.store, { limit: 2, offset: 4 })).map((x) => x.time.value), ['2030-05-05', '2030-05-06'])
    })

    test('refreshing again gives the same ledger', async () => {
      const before = await listTimeline(t.store)
      await refreshLedger(t.store)
      assert.deepEqual(await listTimeline(t.store), before)
      assert.equal((await listReversals(t.store)).length, 1)
    })

    test('documents ingested through the real pipeline are taken in when the ledger is next checked', async () => {
      await importDocument(t.store, { text: 'The Bolivian ministry denied on Monday that its soldiers were in Paraguay.', published: '2030-06-02', language: 'en', format: 'text' })
      assert.equal(await ensureLedgerFresh(t.store), true)
      assert.equal(await ensureLedgerFresh(t.store), false)
      assert.ok((await listTimeline(t.store)).length >= 6)
    })
  })
}
