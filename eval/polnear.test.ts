import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tokenize } from '../src/extract/segment/tokens.js'
import { countRole, readAnn } from './polnear.js'

// An invented article and annotation in brat standoff, with a discontinuous content span.
const TEXT = 'The mayor said the dam was safe. “It will hold,” she added, “all winter.”'
const ANN = [
  'T1\tSource 0 9\tThe mayor',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 15 31\tthe dam was safe',
  'T4\tAttribution 10 14\tsaid',
  'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
  'T5\tContent 33 46;61 71\tIt will hold,” all winter',
  'T6\tCue 53 58\tadded',
  'T7\tSource 49 52\tshe',
  'E2\tAttribution:T6 Content:T5 Cue:T6 Source:T7',
].join('\n')

test('reads each relation’s source, cue and content, with discontinuous spans', () => {
  const gold = readAnn(ANN)
  assert.deepEqual(gold.source, [[[0, 9]], [[49, 52]]])
  assert.deepEqual(gold.content[1], [[33, 46], [61, 71]])
})

test('token overlap: predicted tokens on gold over all predicted; gold tokens hit over all gold', () => {
  const toks = tokenize(TEXT)
  // "The mayor said the dam" against gold "The mayor": 2 of 5 predicted tokens hit; both gold tokens hit.
  const c = countRole(toks, [[[0, 9]]], [[[0, 22]]])
  assert.deepEqual([c.predHit, c.predTok, c.goldHit, c.goldTok, c.exact], [2, 5, 2, 2, 0])
  assert.equal(countRole(toks, [[[0, 9]]], [[[0, 9]]]).exact, 1)
})
