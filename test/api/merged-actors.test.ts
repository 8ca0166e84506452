import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { TEST_ENGINE } from '../helpers/store.js'
import { apiFixture, type ApiFixture } from './fixture.js'

// One invented minister: full name in the first article, surname only in the second.
const STORIES = [
  { text: 'Chilean Foreign Minister Marta Rojas said on Tuesday that the border with Bolivia was calm.', published: '2030-03-05', outlet: 'Andes Daily' },
  { text: 'Foreign Minister Rojas said on Wednesday that the talks with Bolivia would resume in May.', published: '2030-03-06', outlet: 'Lake Courier' },
]

describe(`API statements of a ledger actor merged across documents (${TEST_ENGINE})`, () => {
  let f: ApiFixture
  before(async () => {
    f = await apiFixture()
    for (const json of STORIES) assert.equal((await f.call('/api/documents', { role: 'editor', json })).status, 201)
  })
  after(async () => { await f.dispose() })

  test('a person named in full in one article and by surname in another has the statements of both', async () => {
    const res = await f.call('/api/statements?actor=p-marta-rojas', { role: 'reader' })
    const page = (await res.json()) as { items: { outlet: string; speakerNames: string[] }[] }
    assert.deepEqual(page.items.map((s) => `${s.outlet}: ${s.speakerNames.join(', ')}`), ['Andes Daily: Marta Rojas', 'Lake Courier: Rojas'])
  })

  test('an id that only one document uses locally is no ledger actor of its own', async () => {
    const res = await f.call('/api/statements?actor=p-rojas', { role: 'reader' })
    assert.deepEqual(((await res.json()) as { items: unknown[] }).items, [])
  })
})
