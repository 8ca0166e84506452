import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readMarkdown } from '../src/ingest/markdown.js'
import type { Claim, Evidence, Proposition } from '../src/model/ledger.js'
import { readCorpusGold, refRanges, type CorpusTally } from './corpus-gold.js'
import { scoreDisagreements, scoreMerges, scoreReversals, scoreTallies, type Locate, type Located } from './corpus-match.js'
import { alignCountries, mapCodes, nameFit, normalizeName, placeByAlias } from './corpus-place.js'
import { DEFAULT_CORPUS, scoreCorpus, scoreLedger, type LedgerOutput, type StoredArticle } from './corpus.js'
import type { KindScore } from './score.js'

// Two invented one-line articles: a.md "Freedonia denied it. Later Freedonia admitted it." and b.md.
const RANGES: Record<string, [string, number, number]> = {
  'a.md#s1': ['a.md', 0, 20], 'a.md#s2': ['a.md', 21, 48], 'b.md#s1': ['b.md', 0, 10], 'b.md#k1': ['b.md', 11, 30],
}
const locate: Locate = (ref) => ({ file: RANGES[ref]![0], ranges: [{ start: RANGES[ref]![1], end: RANGES[ref]![2] }] })
const at = (file: string, start: number, end: number): Located => ({ file, start, end })
const identity = { actor: (id: string) => id, key: (key: string) => key }
const render = (s: KindScore) => `${s.tally.matchedGold}/${s.tally.gold} gold, ${s.tally.matchedSystem}/${s.tally.system} system, required ${s.tally.requiredFound}/${s.tally.requiredGold}` +
  Object.entries(s.attributes).map(([k, a]) => ` ${k} ${a.right}/${a.total}`).join('')

test('a reversal is found when both of its sides overlap the gold sides, in their order', () => {
  const gold = [{ id: 'r1', actor: 'gov-xf', proposition: { key: 'presence(forces:XF,in:XS)', text: '' }, earlier: ['a.md#s1'], later: ['a.md#s2', 'b.md#k1'], rating: 'full-flop', why: '' }]
  const right = { actor: 'gov-xf', key: 'presence(forces:XF,in:XS)', rating: 'full-flop', earlier: [at('a.md', 5, 9)], later: [at('b.md', 12, 14)] }
  const backwards = { ...right, earlier: right.later, later: right.earlier }
  assert.equal(render(scoreReversals(gold, [right, backwards], locate, identity)), '1/1 gold, 1/2 system, required 1/1 actor 1/1 kind 1/1 key 1/1 rating 1/1')
})

test('a reversal on the wrong actor is found but scored wrong on actor', () => {
  const gold = [{ id: 'r1', actor: 'gov-xf', proposition: { key: 'presence(forces:XF,in:XS)', text: '' }, earlier: ['a.md#s1'], later: ['a.md#s2'], why: '' }]
  const sys = [{ actor: 'gov-xs', key: 'casualties(x)', earlier: [at('a.md', 0, 3)], later: [at('a.md', 30, 31)] }]
  assert.equal(render(scoreReversals(gold, sys, locate, identity)), '1/1 gold, 1/1 system, required 1/1 actor 0/1 kind 0/1 key 0/1')
})

test('a disagreement matches with its sides in either order, and evidence in another file does not count', () => {
  const gold = [{ id: 'd1', proposition: { key: 'presence(forces:XF,in:XS)', text: '' }, sides: [
    { polarity: 'asserts' as const, actors: ['gov-xs'], items: ['b.md#s1'] }, { polarity: 'denies' as const, actors: ['gov-xf'], items: ['a.md#s1'] }] , why: '' }]
  const swapped = { key: 'presence(forces:XF,in:XS)', sides: [{ polarity: 'denies', evidence: [at('a.md', 1, 2)] }, { polarity: 'asserts', evidence: [at('b.md', 1, 2)] }] }
  const elsewhere = { key: 'presence(forces:XF,in:XS)', sides: [{ polarity: 'denies', evidence: [at('b.md', 1, 2)] }, { polarity: 'asserts', evidence: [at('b.md', 1, 2)] }] }
  assert.equal(render(scoreDisagreements(gold, [swapped, elsewhere], locate, identity)), '1/1 gold, 1/2 system, required 1/1 kind 1/1 key 1/1 polarity 1/1')
})

test('tallies pair by shared figures; figures are checked for count and supersession, the summary for low/best/high', () => {
  const gold: CorpusTally[] = [{ id: 't1', event: 'ev1', group: 'soldiers', status: 'killed', low: 4, best: 4, high: 9, figures: [
    { ref: 'a.md#s1', source: 'gov-xf', side: 'gov-xf', count: 2, reportedOn: {}, superseded: true },
    { ref: 'a.md#s2', source: 'gov-xf', side: 'gov-xf', count: 4, reportedOn: {}, superseded: false },
    { ref: 'b.md#k1', source: 'gov-xs', side: 'gov-xs', count: 9, reportedOn: {}, superseded: false, required: false }] }]
  const sys = [
    { status: 'killed', low: 4, best: 9, high: 9, figures: [
      { count: 2, superseded: false, evidence: at('a.md', 3, 4) }, { count: 4, superseded: false, evidence: at('a.md', 25, 26) }, { count: 1, superseded: false, evidence: at('b.md', 0, 1) }] },
    { status: 'wounded', figures: [{ count: 9, superseded: false, evidence: at('b.md', 12, 13) }] }]
  const { tallies, figures } = scoreTallies(gold, sys, locate)
  assert.equal(render(tallies), '1/1 gold, 1/2 system, required 1/1 status 1/1 low 1/1 best 0/1 high 1/1')
  assert.equal(render(figures), '2/3 gold, 2/4 system, required 2/2 count 2/2 superseded 1/2')
})

test('merges are scored pairwise: a split loses recall, a false merge loses precision', () => {
  const clusters = [{ id: 'ev1', members: ['a#1', 'b#1', 'c#1'] }, { id: 'ev2', members: ['d#2'] }]
  const placed = new Map([['a#1', 'X'], ['b#1', 'X'], ['c#1', 'Y'], ['d#2', 'X']])
  const s = scoreMerges(clusters, placed)
  assert.equal(render(s), '1/3 gold, 1/3 system, required 0/1 whole 0/1 pure 0/1')
  assert.deepEqual(s.misses, ['ev1: 3/3 members placed, in 2 system items'])
})

test('actors are placed by shared names in the same document, ignoring case, articles and curly apostrophes', () => {
  const candidates = [
    { id: 'gov-1', type: 'government', country: 'QR', aliases: ['Freedonia', 'the Freedonian government'], files: ['a.md'] },
    { id: 'grp-1', aliases: ['The People’s Front'], files: ['a.md', 'b.md'] }]
  assert.equal(placeByAlias(['The Freedonian government'], 'a.md', candidates), 'gov-1')
  assert.equal(placeByAlias(['the Freedonian government'], 'b.md', candidates), undefined)
  assert.equal(placeByAlias(["the People's Front"], 'b.md', candidates), 'grp-1')
  assert.equal(normalizeName('  The  Kolvar regime'), 'kolvar regime')
  assert.deepEqual([nameFit('Foreign Minister Dana Veltri', 'Dana Veltri'), nameFit('the Kasvan administration', 'Kasvan'), nameFit('Ostrel', 'ostrel')], [1, 0, 2])
  assert.deepEqual([...alignCountries({ XF: { name: 'Freedonia' } }, candidates)], [['XF', 'QR']])
  assert.equal(mapCodes('presence(forces:XF,in:XS)', new Map([['XF', 'QR']])), 'presence(forces:QR,in:XS)')
})

const CORPUS = readCorpusGold(join(DEFAULT_CORPUS, 'corpus.gold.json'))
const BODIES = new Map([...CORPUS.docs.keys()].map((f) => [f, readMarkdown(readFileSync(join(DEFAULT_CORPUS, f), 'utf8'), f).text]))

test('every gold string of the corpus is an exact substring of its article as ingest stores it', () => {
  const missing: string[] = []
  for (const [file, doc] of CORPUS.docs) {
    const text = BODIES.get(file)!
    const strings = [
      ...doc.actors.flatMap((a) => a.mentions), ...doc.statements.flatMap((s) => [s.content, s.cue, s.speakerText]),
      ...doc.timex.map((t) => t.text), ...doc.casualties.map((k) => k.text), ...doc.events.flatMap((e) => e.mentions ?? []),
    ]
    for (const s of strings) if (s !== null && !text.includes(s)) missing.push(`${file}: ${s}`)
  }
  assert.deepEqual(missing, [])
})

test('every reference of the corpus gold resolves to evidence in its article', () => {
  const refs = [
    ...CORPUS.reversals.flatMap((r) => [...r.earlier, ...r.later]), ...CORPUS.disagreements.flatMap((d) => d.sides.flatMap((s) => s.items)),
    ...CORPUS.tallies.flatMap((t) => t.figures.map((f) => f.ref)), ...CORPUS.events.flatMap((e) => e.members), ...CORPUS.actors.flatMap((a) => a.members),
  ]
  assert.deepEqual(refs.filter((ref) => refRanges(CORPUS, ref, (f) => BODIES.get(f)).length === 0), [])
})

test('a ledger that repeats the gold scores every cross-document kind perfectly', () => {
  const stored = new Map<string, StoredArticle>([...BODIES].map(([f, text]) => [f, { docId: `doc-${f}`, text }]))
  const evidence = (ref: string): Evidence => {
    const file = ref.slice(0, ref.indexOf('#'))
    const r = refRanges(CORPUS, ref, (f) => BODIES.get(f))[0]!
    return { docId: `doc-${file}`, itemId: ref, published: null, span: { start: r.start, end: r.end, text: BODIES.get(file)!.slice(r.start, r.end) } }
  }
  const proposition = (key: string): Proposition => ({ key, kind: 'presence', args: {}, text: '' })
  const claim = (ref: string, actor: string, key: string): Claim =>
    ({ proposition: proposition(key), polarity: 'asserts', actor, time: {}, evidence: evidence(ref), source: ref, rule: 'direct' })
  const ledger: LedgerOutput = {
    reversals: CORPUS.reversals.map((r) => ({ id: r.id, actor: r.actor, proposition: proposition(r.proposition.key), rule: 'direct', score: 1, status: 'likely', rules: [], rating: 'full-flop', ratingReason: '', why: '',
      earlier: r.earlier.map((x) => claim(x, r.actor, r.proposition.key)), later: r.later.map((x) => claim(x, r.actor, r.proposition.key)) })),
    disagreements: CORPUS.disagreements.map((d) => ({ id: d.id, proposition: proposition(d.proposition.key), overlap: {}, why: '', score: 1, status: 'likely', rules: [],
      sides: d.sides.map((s) => ({ polarity: s.polarity, actors: s.actors, claims: s.items.map((x) => claim(x, s.actors[0]!, d.proposition.key)) })) })),
    tallies: CORPUS.tallies.map((t) => ({ id: t.id, group: t.group, status: t.status, low: t.low, best: t.best, high: t.high, figures: t.figures.map((f) => ({
      key: f.ref, count: f.count, reportedOn: {}, evidence: evidence(f.ref), ...(f.superseded ? { supersededBy: 'later' } : {}) })) })),
    events: CORPUS.events.map((e) => ({ id: e.id, kind: '', summary: '', actors: [], targets: [], members: e.members, mentions: e.members.map(evidence) })),
    actors: CORPUS.actors.map((a) => ({ id: a.id, name: a.id, type: 'government', roles: [], mentions: 0,
      aliases: [...new Set(a.members.flatMap((m) => CORPUS.docs.get(m.slice(0, m.indexOf('#')))!.actors.find((x) => x.id === m.slice(m.indexOf('#') + 1))!.mentions))],
      documents: a.members.map((m) => `doc-${m.slice(0, m.indexOf('#'))}`) })),
  }
  const score = scoreLedger(CORPUS, ledger, stored)
  const f1 = Object.fromEntries(Object.entries(score).map(([k, s]) => [k, `${s.tally.matchedGold}/${s.tally.gold} ${s.tally.matchedSystem}/${s.tally.system}`]))
  assert.deepEqual(f1, Object.fromEntries(Object.entries(score).map(([k, s]) => [k, `${s.tally.gold}/${s.tally.gold} ${s.tally.system}/${s.tally.system}`])))
})

test('scoreCorpus scores every article against its gold and the stored ledger across documents', async () => {
  const score = await scoreCorpus()
  assert.equal(score.documents.files.length, CORPUS.docs.size)
  assert.deepEqual(Object.keys(score.crossDocument), ['reversals', 'disagreements', 'tallies', 'figures', 'events', 'actors'])
})
