import { test } from 'node:test'
import assert from 'node:assert/strict'
import { speaksFor } from './scope.js'

test('a person speaks for the body of their role; a government for itself', () => {
  assert.equal(speaksFor({ type: 'person', memberOf: 'gov-pe' }, 'p-ana-roe'), 'gov-pe')
  assert.equal(speaksFor({ type: 'government' }, 'gov-pe'), 'gov-pe')
  assert.equal(speaksFor(undefined, 'grp-analysts'), 'grp-analysts')
  assert.equal(speaksFor({ type: 'organization', memberOf: 'gov-pe' }, 'org-pe-army'), 'gov-pe')
  assert.equal(speaksFor({ type: 'organization', memberOf: 'org-un' }, 'org-unicef'), 'org-unicef')
})
