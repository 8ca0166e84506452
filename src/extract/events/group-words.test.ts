import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { ENGLISH } from './english.js'
import { renderEvent } from './render.js'
import { handLayers, type HandActor } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(ENGLISH)
const noop = { warn() {} }
const run = (text: string, actors: readonly HandActor[]) => events.run(handLayers(text, { actors }), noop).map(renderEvent)

test('a group named by its one word elsewhere is the agent where that word opens the sentence', () => {
  const rebels = { id: 'grp-rebels', type: 'group' as const, forms: ['rebels'] }
  assert.deepEqual(run('Rebels stormed the grain depot. Hours later the rebels said they held it.', [rebels]), [
    'ev1 military operation · grp-rebels · "stormed the grain depot"',
  ])
})

test('a word two groups share, or one inside another actor\'s name, names neither', () => {
  const two = [
    { id: 'grp-rebels', type: 'group' as const, forms: ['rebels'] },
    { id: 'grp-north-rebels', type: 'group' as const, forms: ['Rebels'] },
  ]
  assert.deepEqual(run('The rebels and the Rebels said so. REBELS stormed the grain depot.', two), [
    'ev1 military operation · ? · "stormed the grain depot"',
  ])
  const inside = [
    { id: 'grp-kidnappers', type: 'group' as const, forms: ['kidnappers'] },
    { id: 'org-watch', type: 'organization' as const, forms: ['Kidnappers Watch'] },
  ]
  assert.deepEqual(run('Kidnappers Watch stormed the grain depot. The kidnappers said nothing.', inside), [
    'ev1 military operation · org-watch · "stormed the grain depot"',
  ])
})
