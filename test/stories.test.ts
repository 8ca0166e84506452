import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { createApp } from '../src/api/app.js'
import type { Disagreement, Reversal } from '../src/model/ledger.js'
import { runCli } from './helpers/cli.js'
import { freshStore, TEST_ENGINE, type TestStore } from './helpers/store.js'

/**
 * Three invented stories told over several days in English and Spanish articles (test/fixtures/stories),
 * ingested and listed through the CLI and the API as a user would: a government denies an act, another
 * contradicts it, days later the first admits it; a story where nobody reverses yields no reversal.
 */
const dir = (name: string) => fileURLToPath(new URL(`./fixtures/stories/${name}`, import.meta.url))

interface Expected {
  readonly reversals: readonly string[]
  readonly disagreements: readonly string[]
}

const STORIES: Readonly<Record<string, Expected>> = {
  downing: {
    reversals: ['gov-bo full-flop shoot-down(agent:gov-bo,patient:aircraft,event:ev-2031-03-03-attack-py) Andes Wire + Diario del Chaco → Andes Wire + Diario del Chaco'],
    disagreements: ['gov-py / gov-bo shoot-down(agent:gov-bo,patient:aircraft,event:ev-2031-03-03-attack-py)'],
  },
  'cluster-munitions': {
    reversals: ['gov-ni full-flop weapon-use(agent:gov-ni,theme:cluster munitions) Isthmus Post + La Voz del Istmo → Isthmus Post'],
    disagreements: ['gov-hn / gov-ni weapon-use(agent:gov-ni,theme:cluster munitions)'],
  },
  journalist: {
    reversals: [],
    disagreements: ['gov-ar / gov-uy detention(agent:gov-uy,patient:journalist)'],
  },
}

const outlets = (cs: Reversal['earlier']) => [...new Set(cs.map((c) => c.evidence.outlet))].sort().join(' + ')
const reversalLine = (r: Reversal) => `${r.actor} ${r.rating} ${r.proposition.key} ${outlets(r.earlier)} → ${outlets(r.later)}`
const disagreementLine = (d: Disagreement) => `${d.sides.map((s) => s.actors.join('+')).join(' / ')} ${d.proposition.key}`

for (const [name, expected] of Object.entries(STORIES)) {
  describe(`the ${name} story, through the CLI and the API (${TEST_ENGINE})`, () => {
    let t: TestStore
    before(async () => {
      t = await freshStore()
      const ingest = runCli(['ingest', dir(name)], t)
      assert.equal(ingest.code, 0, ingest.stderr)
    })
    after(async () => { await t.dispose() })

    test('the CLI lists exactly the expected reversals and disagreements, with score, status and rules', () => {
      const reversals = JSON.parse(runCli(['reversals', '--json'], t).stdout) as Reversal[]
      const disagreements = JSON.parse(runCli(['disagreements', '--json'], t).stdout) as Disagreement[]
      assert.deepEqual(reversals.map(reversalLine), expected.reversals)
      assert.deepEqual(disagreements.map(disagreementLine), expected.disagreements)
      for (const link of [...reversals, ...disagreements]) {
        assert.ok(link.score > 0 && link.score <= 1, `score ${link.score}`)
        assert.ok(['likely', 'possible'].includes(link.status))
        assert.ok(link.rules.includes('denial-contradicts-assertion'))
      }
    })

    test('the API gives the same links, each side with its evidence', async () => {
      const app = createApp({ store: t.store, allowAnonymousRead: true })
      const get = async <T>(path: string) => ((await (await app.request(path)).json()) as { items: T[] }).items
      const reversals = await get<Reversal>('/api/reversals')
      const disagreements = await get<Disagreement>('/api/disagreements')
      assert.deepEqual(reversals.map(reversalLine), expected.reversals)
      assert.deepEqual(disagreements.map(disagreementLine), expected.disagreements)
      for (const r of reversals) {
        assert.equal(r.earlier[0]?.polarity, 'denies')
        assert.equal(r.later[0]?.polarity, 'asserts')
        for (const c of [...r.earlier, ...r.later]) assert.ok(c.evidence.span.text.length > 0 && c.evidence.docId)
      }
      for (const d of disagreements) assert.deepEqual(d.sides.map((s) => s.claims.length > 0), [true, true])
    })

    test('the CLI table shows the status and score of every link', () => {
      const table = runCli(['reversals'], t).stdout + runCli(['disagreements'], t).stdout
      if (expected.reversals.length) assert.match(table, /likely|possible/)
      assert.match(table, /\d\.\d+/)
    })
  })
}
