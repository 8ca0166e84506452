import { test } from 'node:test'
import assert from 'node:assert/strict'
import { presence } from '../claims/propositions.js'
import type { CasualtyFigure, CasualtyTally, Disagreement, LedgerActor, Reversal } from '../model/ledger.js'
import type { QueueItem } from '../model/review-queue.js'
import { disagreementEntry, duplicateEntries, figuresEntry, rankQueue, reversalEntry } from './review-queue.js'
import { claimOf, evidenceOf } from './testing.js'

const nameOf = (id: string) => ({ 'gov-pe': 'Peru', 'gov-cl': 'Chile', 'org-red-cross': 'Red Cross' })[id] ?? id
const render = (q: readonly (QueueItem | null)[]) => q.map((x) => (x ? `${x.score} ${x.id}${x.target ? ` → ${x.target.kind} ${x.target.itemId}` : ''}` : 'none'))

const reversal = (id: string, score: number): Reversal => ({
  id, actor: 'gov-pe', proposition: presence('PE', 'CL'), rule: 'same-proposition', rating: 'full-flop', ratingReason: '', why: '',
  score, status: score >= 0.7 ? 'likely' : 'possible', rules: ['same-proposition'],
  earlier: [claimOf('s1', 'gov-pe', 'denies', { value: '2030-05-01' })],
  later: [claimOf('s4', 'gov-pe', 'asserts', { value: '2030-05-04' })],
})

const disagreement = (id: string, score: number): Disagreement => ({
  id, proposition: presence('PE', 'CL'), overlap: { value: '2030-05-01' }, why: '', score, status: score >= 0.7 ? 'likely' : 'possible', rules: ['same-proposition'],
  sides: [
    { polarity: 'denies', actors: ['gov-pe'], claims: [claimOf('s1', 'gov-pe', 'denies', { value: '2030-05-01' })] },
    { polarity: 'asserts', actors: ['gov-cl'], claims: [claimOf('s2', 'gov-cl', 'asserts', { value: '2030-05-01' })] },
  ],
})

const figure = (itemId: string, count: number, source: string, more: Partial<CasualtyFigure> = {}): CasualtyFigure =>
  ({ key: `d1/${itemId}`, source, count, reportedOn: { value: '2030-05-02' }, evidence: evidenceOf(itemId), ...more })
const tally = (figures: CasualtyFigure[], best?: number): CasualtyTally =>
  ({ id: 'ta1', event: 'ev1', group: 'Peruvian soldiers', status: 'killed', figures, ...(best !== undefined ? { best } : {}) })

const actor = (id: string, name: string, type = 'person'): LedgerActor =>
  ({ id, name, type: type as LedgerActor['type'], roles: [], aliases: [], mentions: 1, documents: ['d1'] })

test('a possible reversal is queued with its score, reason and the later claim as target; a sure one is not', () => {
  assert.deepEqual(render([reversalEntry(reversal('r1', 0.55), nameOf), reversalEntry(reversal('r2', 0.9), nameOf)]),
    ['0.45 reversal:r1 → statement s4', 'none'])
  assert.match(reversalEntry(reversal('r1', 0.55), nameOf)!.reason, /^possible reversal: link score 0\.55, under the 0\.70/)
})

test('a likely link just above the threshold is queued as low-confidence', () => {
  assert.match(reversalEntry(reversal('r1', 0.75), nameOf)!.reason, /^low-confidence reversal: link score 0\.75/)
})

test('a disagreement names both sides and weighs less than a reversal of the same score', () => {
  const d = disagreementEntry(disagreement('g1', 0.55), nameOf)!
  assert.equal(d.title, 'Peru vs Chile: Peruvian military personnel are present in Chile')
  assert.ok(d.score < reversalEntry(reversal('r1', 0.55), nameOf)!.score)
})

test('figures that disagree within a tally point at the one farthest from the best estimate', () => {
  const q = figuresEntry(tally([figure('k1', 12, 'gov-pe'), figure('k2', 14, 'gov-cl'), figure('k3', 40, 'org-red-cross')], 14), nameOf)
  assert.deepEqual(render([q]), ['0.56 figures:ta1 → casualty k3'])
  assert.match(q!.reason, /^sources disagree: 12 \(Peru\) to 40 \(Red Cross\), 70% apart/)
})

test('close figures, superseded ones and a single source are not queued', () => {
  assert.deepEqual(render([
    figuresEntry(tally([figure('k1', 12, 'gov-pe'), figure('k2', 14, 'gov-cl')]), nameOf),
    figuresEntry(tally([figure('k1', 12, 'gov-pe', { supersededBy: 'd1/k3' }), figure('k2', 40, 'gov-cl'), figure('k3', 38, 'gov-pe')]), nameOf),
    figuresEntry(tally([figure('k1', 12, 'gov-pe'), figure('k2', 40, 'gov-pe')]), nameOf),
  ]), ['none', 'none', 'none'])
})

test('a surname actor beside a full-name actor of the same type is a possible duplicate', () => {
  const q = duplicateEntries([actor('p-roe', 'Roe'), actor('p-ana-roe', 'Ana Roe'), actor('org-roe', 'Roe', 'organization'), actor('p-roe-lind', 'Roe Lind')])
  assert.deepEqual(render(q), ['0.6 duplicate-actor:p-roe:p-ana-roe'])
  assert.deepEqual(q[0]!.merge, { from: 'p-roe', into: 'p-ana-roe' })
  assert.match(q[0]!.reason, /^“Roe” may be Ana Roe: a surname beside a full name with it, both persons/)
})

test('a surname several actors bear gives one weaker entry per bearer', () => {
  const q = duplicateEntries([actor('p-vidal', 'Vidal'), actor('p-ana-vidal', 'Ana Vidal'), actor('p-luis-roe-vidal', 'Luis Roe-Vidal')])
  assert.deepEqual(render(q), ['0.3 duplicate-actor:p-vidal:p-ana-vidal', '0.3 duplicate-actor:p-vidal:p-luis-roe-vidal'])
})

test('the queue lists the highest priority first, ties by id, and stops at the limit', () => {
  const items = [
    duplicateEntries([actor('p-roe', 'Roe'), actor('p-ana-roe', 'Ana Roe')])[0]!,
    reversalEntry(reversal('r1', 0.55), nameOf)!,
    reversalEntry(reversal('r0', 0.55), nameOf)!,
    figuresEntry(tally([figure('k1', 10, 'gov-pe'), figure('k2', 40, 'gov-cl')]), nameOf)!,
  ]
  assert.deepEqual(rankQueue(items, 3).map((x) => x.id), ['duplicate-actor:p-roe:p-ana-roe', 'figures:ta1', 'reversal:r0'])
})
