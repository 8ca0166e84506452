import { test } from 'node:test'
import assert from 'node:assert/strict'
import { contradictions } from './index.js'
import { HandDoc } from '../../claims/testing.js'

const text = [
  'For years, the Peruvian government denied that its troops were in Chile.',
  'In April 2029, Defence Minister Ana Roe said: “There are no Peruvian soldiers in Chile.”',
  'Chilean president Tomas Vial denounced the presence of Peruvian troops in the country.',
  'On Sunday, the Peruvian government announced that 12 Peruvian soldiers had been killed in the raid of 3 May.',
].join(' ')

function story(): HandDoc {
  return new HandDoc(text)
    .actor('gov-pe', 'Government of Peru', 'government', ['the Peruvian government'], { country: 'PE' })
    .actor('p-ana-roe', 'Ana Roe', 'person', ['Ana Roe'], { memberOf: 'gov-pe', role: 'Defence Minister' })
    .actor('p-tomas-vial', 'Tomas Vial', 'person', ['Tomas Vial'], { memberOf: 'gov-cl', role: 'president' })
    .says(['gov-pe'], 'denied', 'its troops were in Chile', 'denies', { before: '2030-05-03' })
    .says(['p-ana-roe'], 'said', 'There are no Peruvian soldiers in Chile.', 'denies', { value: '2029-04' })
    .says(['p-tomas-vial'], 'denounced', 'the presence of Peruvian troops in the country', 'asserts', { value: '2029-04' })
    .says(['gov-pe'], 'announced', '12 Peruvian soldiers had been killed in the raid of 3 May', 'asserts', { value: '2030-05-04' })
    .event('military operation', 'the raid of 3 May', ['the raid of 3 May'], { date: '2030-05-03', location: 'CL' })
    .figure('12 Peruvian soldiers had been killed', 12, 'Peruvian soldiers', {
      country: 'PE', role: 'military', reportedBy: 'gov-pe', statement: 's4', reportedOn: { value: '2030-05-04' }, event: 'ev1',
    })
}

const run = (d: HandDoc) => contradictions.run(d.annotated(), { warn: () => {} })
const render = (c: ReturnType<typeof run>[number]) =>
  c.kind === 'reversal' ? `${c.id} reversal ${c.actor}: ${c.earlier?.join(',')} → ${c.later?.join(',')}` : `${c.id} disagreement: ${c.sides?.map((s) => s.join(',')).join(' vs ')}`

test('a government that denied its troops, then announced its soldiers killed there, reversed itself', () => {
  assert.deepEqual(run(story()).map(render), [
    'x1 reversal gov-pe: s1,s2 → k1,s4',
    'x2 disagreement: s3 vs s1,s2',
  ])
})

test('the why of a reversal cites both sides with their dates', () => {
  assert.equal(run(story())[0]!.why,
    'Government of Peru denied that Peruvian military personnel are present in Chile (before 2030-05-03; 2029-04), then reported “12 Peruvian soldiers had been killed” (2030-05-04).')
})

test('the why of a disagreement names who speaks for whom', () => {
  assert.equal(run(story())[1]!.why,
    'On whether Peruvian military personnel are present in Chile: Tomas Vial (for gov-cl) asserted “the presence of Peruvian troops in the country” (2029-04); Ana Roe (for Government of Peru) denied “There are no Peruvian soldiers in Chile.” (2029-04).')
})
