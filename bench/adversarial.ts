/**
 * npm run bench -- --adversarial: extraction time and memory on the hostile shapes of issue 12
 * (test/helpers/adversarial-shapes.ts), each at three sizes that double, one document at a time with the
 * default limits raised so nothing is refused. Linear work shows as a ratio near 2 between sizes; the
 * stage that took longest is named, to profile it (node --cpu-prof).
 */
import { pipelineFor } from '../src/extract/extract.js'
import { learnPlaces } from '../src/extract/places/learn-places.js'
import * as shapes from '../test/helpers/adversarial-shapes.js'
import type { AnnotatedDoc } from '../src/model/annotated-doc.js'

export interface ShapeTiming {
  readonly shape: string
  readonly sizes: readonly { readonly chars: number; readonly ms: number; readonly peakRssMB: number; readonly slowest: string }[]
}

/** Each shape with the sizes it is timed at: the largest near the default document limit (1 MB). */
const SHAPES: readonly [string, (n: number) => string, readonly number[]][] = [
  ['long article', shapes.longArticle, [250_000, 500_000, 1_000_000]],
  ['one sentence', shapes.oneSentence, [250_000, 500_000, 1_000_000]],
  ['numbers', shapes.manyNumbers, [25_000, 50_000, 100_000]],
  ['date words', shapes.dateWords, [40_000, 80_000, 160_000]],
  ['quote marks', shapes.quoteMarks, [40_000, 80_000, 160_000]],
  ['quotation pairs', shapes.quotePairs, [2_000, 4_000, 8_000]],
]

function timeOne(text: string): { ms: number; peakRssMB: number; slowest: string } {
  const spent = new Map<string, number>()
  let peak = process.memoryUsage().rss
  const start = performance.now()
  let t = start
  const input: AnnotatedDoc = { text, published: '2026-03-02', language: 'en', warnings: [], places: learnPlaces(text) }
  pipelineFor('en').run(input, { guard: (stage) => {
    const now = performance.now()
    spent.set(stage.name, now - t)
    t = now
    peak = Math.max(peak, process.memoryUsage().rss)
  } })
  const [name, ms] = [...spent].reduce((a, b) => (b[1] > a[1] ? b : a))
  return { ms: performance.now() - start, peakRssMB: peak / 1e6, slowest: `${name} ${ms.toFixed(0)} ms` }
}

export function benchAdversarial(): ShapeTiming[] {
  timeOne(shapes.longArticle(20_000)) // warm-up: the gazetteer and lexicons load once
  return SHAPES.map(([shape, make, sizes]) => ({
    shape,
    sizes: sizes.map((n) => { const text = make(n); return { chars: text.length, ...timeOne(text) } }),
  }))
}
