import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildPipeline } from '../pipeline.js'
import { tokens } from '../segment/tokens.js'
import { segmented } from '../../../test/helpers/doc.js'
import { ENGLISH } from './english.js'
import { mentionsStage } from './mentions.js'

const mentions = mentionsStage(ENGLISH)

const text = 'Kenyan leader Ana Ruiz said troops sent by Nairobi had left.\n\nAnalysts say the government’s claim is weak. Ruiz denied it.'

test('the stage needs the token view and adds actors', () => {
  assert.throws(() => buildPipeline([tokens, mentions]), /needs "view"/)
  assert.equal(segmented(text, {}, [mentions]).actors.length, 3)
})

test('every mention is a view on the document text, in order, with stable ids', () => {
  const actors = segmented(text, {}, [mentions]).actors
  for (const a of actors) {
    for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text)
  }
  assert.deepEqual(actors.map((a) => `${a.id}:${a.mentions.length}`), ['p-ana-ruiz:2', 'gov-ke:2', 'grp-analysts:1'])
})
