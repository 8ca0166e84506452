import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKind } from './testing.js'

const orgs = (text: string) => actorsOfKind(text, 'org-')

test('a capitalized name ending in a head word is an organization', () => {
  assert.deepEqual(orgs('The Socialist Unity Party won.'), ['org-socialist-unity-party organization "Socialist Unity Party": Socialist Unity Party/name'])
  assert.deepEqual(orgs('Shares in Acme Corp fell.'), ['org-acme-corp organization "Acme Corp": Acme Corp/name'])
  assert.deepEqual(orgs('He told the Sunday Times.'), ['org-sunday-times organization "Sunday Times": Sunday Times/name'])
})

test('ministries get one name however written, with their country and government', () => {
  assert.deepEqual(orgs('The Kenyan Interior Ministry denied it.'), [
    'org-ke-interior-ministry organization KE ∈gov-ke "Interior Ministry of Kenya": Kenyan Interior Ministry/name',
  ])
  assert.deepEqual(orgs('Officers of Kenya’s ministry of the interior were there.'), [
    'org-ke-interior-ministry organization KE ∈gov-ke "Interior Ministry of Kenya": Kenya’s ministry of the interior/name',
  ])
  assert.deepEqual(orgs('The Kenyans served the country’s defence ministry.'), [
    'org-ke-defence-ministry organization KE ∈gov-ke "Defence Ministry of Kenya": the country’s defence ministry/name',
  ])
})

test('state media with the country stated or in context', () => {
  assert.deepEqual(orgs('Kenyan state TV showed the funeral.'), [
    'org-ke-state-tv organization KE ∈gov-ke "State TV of Kenya": Kenyan state TV/name',
  ])
})

test('a country\'s military is an organization of its government; as a modifier it is not', () => {
  assert.deepEqual(orgs('The Kenyan military said it withdrew.'), [
    'org-ke-armed-forces organization KE ∈gov-ke "Armed forces of Kenya": Kenyan military/name',
  ])
  assert.deepEqual(orgs('Kenyan military personnel were there.'), [])
})

test('"the Front" names the one organization with that head named before', () => {
  assert.deepEqual(orgs('The Coastal Liberation Front took the port. The Front says it holds 40 men.'), [
    'org-coastal-liberation-front organization "Coastal Liberation Front": Coastal Liberation Front/name, The Front/description',
  ])
  assert.deepEqual(orgs('The Green Party and the Labour Party met. The Party split.'), [
    'org-green-party organization "Green Party": Green Party/name',
    'org-labour-party organization "Labour Party": Labour Party/name',
  ])
})

test('a capitalized name beside a lower-case outlet noun is a newspaper; a country word is none', () => {
  assert.deepEqual(orgs('The Vardo newspaper said on Monday that the port was closed.'), [
    'org-vardo organization (newspaper) "Vardo": Vardo newspaper/name',
  ])
  assert.deepEqual(orgs('Officials told the daily Lund Courant about the closure.'), [
    'org-lund-courant organization (daily) "Lund Courant": daily Lund Courant/name',
  ])
  assert.deepEqual(orgs('The Kenyan newspaper said so, and the Sunday newspaper agreed.'), [])
})
