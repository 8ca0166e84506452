import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isHttpAddress, isPublishedDate, isQueryDate, isSupportedLanguage } from './field-checks.js'
import { LanguageCode, PublishedDate, QueryDate, WebUrl } from './fields.js'

const long = (tail: string) => `https://news.example/${'a'.repeat(1975)}${tail}`

test('the zod-free URL check gives the WebUrl schema’s verdict, edge cases included', () => {
  const values = ['https://news.example/a', '  http://news.example  ', 'HTTPS://NEWS.EXAMPLE', 'http:news.example',
    'https:/news.example', 'ftp://news.example', 'javascript:alert(1)', 'data:text/plain,x', 'https://', '',
    'https://news ex.example', 'https://news.exa\tmple/x', 'http://[::1]:8080/', long('bb'), long('bbbbbb'),
    long('bb\t\t\t\t\t'), long('b'.repeat(30))]
  for (const value of values) assert.equal(isHttpAddress(value), WebUrl.safeParse(value).success, JSON.stringify(value))
})

test('the zod-free date and language checks give their schemas’ verdicts', () => {
  const dates = ['2025-02-28', '2025-02-30', '1799-12-31', '1800-01-01', '2199-12-31', '2200-01-01', '2025', '2025-13', '2025-1-01', 'soon']
  for (const value of dates) {
    assert.equal(isPublishedDate(value), PublishedDate.safeParse(value).success, value)
    assert.equal(isQueryDate(value), QueryDate.safeParse(value).success, value)
  }
  for (const value of ['en', 'ES-mx', 'en_GB', ' es ', 'fr', 'english', '']) {
    assert.equal(isSupportedLanguage(value), LanguageCode.safeParse(value).success, value)
  }
})
