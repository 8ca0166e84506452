import { describe, test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { TEST_ENGINE } from '../helpers/store.js'
import { apiFixture, type ApiFixture } from './fixture.js'

type Page = { items: { content: { text: string }; time: { value?: string } }[] }

describe(`API statements by the time they speak of (${TEST_ENGINE})`, () => {
  let f: ApiFixture
  const times = async (q: string) => ((await (await f.call(`/api/statements${q}`, { role: 'reader' })).json()) as Page).items.map((s) => s.time.value)
  before(async () => {
    f = await apiFixture()
    const stories = [
      ['In 2029 the Peruvian government denied that its soldiers were in Chile.', '2031-05-02'],
      ['The Chilean government said on 3 May 2031 that the border had reopened.', '2031-05-04'],
      ['In April 2030 the Peruvian army said that the exercise was over.', '2031-05-05'],
    ]
    for (const [text, published] of stories) assert.equal((await f.call('/api/documents', { role: 'editor', json: { text, published } })).status, 201)
  })
  after(async () => { await f.dispose() })

  test('lists statements in the order of the time they speak of, not of publication', async () => {
    assert.deepEqual(await times(''), ['2029', '2030-04', '2031-05-03'])
  })

  test('a year or month matches a range inside it by its own granularity', async () => {
    assert.deepEqual(await times('?from=2029-06-01&to=2029-06-30'), ['2029'])
    assert.deepEqual(await times('?from=2030-04-15'), ['2030-04', '2031-05-03'])
    assert.deepEqual(await times('?to=2030-03-31'), ['2029'])
    assert.deepEqual(await times('?from=2031-05-04'), [])
  })
})
