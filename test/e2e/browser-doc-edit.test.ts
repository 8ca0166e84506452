import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { describe, test } from 'node:test'
import { BROWSER_STEP, browserSession, CHROMIUM, postArticles } from '../helpers/browser.js'
import { TEST_ENGINE } from '../helpers/store.js'

const ARTICLE = {
  text: 'Ferry strike ends\n\nThe Danish transport ministry said on Monday that the ferry strike had ended.',
  published: '2030-04-02', outlet: 'Harbour Post', language: 'en', format: 'text',
}

describe(`correcting a document's details on its page in headless Chromium (${TEST_ENGINE})`, { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` }, () => {
  const s = browserSession({ allowAnonymousRead: false }, (server) => postArticles(server, server.editor, [ARTICLE]))
  const api = async <T>(path: string) => (await fetch(`${s.server.url}/api${path}`, { headers: { authorization: `Bearer ${s.server.editor}` } })).json() as Promise<T>
  let docId = ''

  test('a new date and outlet are saved, the document re-dated and the edit audited', BROWSER_STEP, async () => {
    docId = (await api<{ items: { id: string }[] }>('/documents')).items[0]!.id
    await s.page.goto(`${s.server.url}/#/`)
    await s.page.fill('#token', s.server.editor)
    await s.page.getByRole('button', { name: 'Save' }).click()
    await s.go(`/doc/${docId}`)
    await s.page.locator('.doc-metadata summary').click()
    assert.equal(await s.page.inputValue('#meta-published'), '2030-04-02')
    await s.page.fill('#meta-published', '2030-04-09')
    await s.page.fill('#meta-outlet', 'Nordic Wire')
    await s.page.getByRole('button', { name: 'Save and extract again' }).click()
    await s.page.locator('.doc-head .meta', { hasText: 'Nordic Wire · 2030-04-09' }).waitFor()
    const doc = await api<{ published: string; outlet: string; extraction: { timex: { value: string }[] } }>(`/documents/${docId}`)
    assert.deepEqual([doc.published, doc.outlet], ['2030-04-09', 'Nordic Wire'])
    // "on Monday" is resolved again against the new date: the Monday before 9 April 2030 is the 8th.
    assert.ok(doc.extraction.timex.some((t) => t.value === '2030-04-08'), JSON.stringify(doc.extraction.timex))
    const edit = s.page.locator('table.audit tr', { has: s.page.locator('.pill.edit') })
    await edit.waitFor()
    assert.match(await edit.locator('td.change').innerText(), /outlet: "Harbour Post" → "Nordic Wire"/)
  })

  test('a refused value is shown as the server words it, and nothing changes', BROWSER_STEP, async () => {
    await s.page.locator('.doc-metadata summary').click()
    await s.page.fill('#meta-url', 'ftp://example.org/ferry')
    await s.page.getByRole('button', { name: 'Save and extract again' }).click()
    const error = s.page.locator('.doc-metadata [role="alert"]')
    await error.waitFor()
    assert.match(await error.innerText(), /url/i)
    assert.equal((await api<{ url: string | null }>(`/documents/${docId}`)).url, null)
    assert.deepEqual(s.problems, [])
  })
})
