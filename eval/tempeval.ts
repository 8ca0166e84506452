/**
 * TempEval-3 Task A (timex) scorer: extent strict/relaxed P/R/F1, and type and value F1 as the
 * official evaluator defines them (attribute F1 = relaxed F1 x attribute accuracy on relaxed matches),
 * micro-summed over documents, DCT excluded. Runnable alone:
 *   npx tsx eval/tempeval.ts [platinum|tbaq] [--errors] [--speed]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildPipeline } from '../src/extract/pipeline.js'
import { tokens } from '../src/extract/segment/tokens.js'
import { paragraphs } from '../src/extract/segment/paragraphs.js'
import { sentences } from '../src/extract/segment/sentences.js'
import { findDrafts, timeStage, toTimexes } from '../src/extract/time/index.js'
import { english } from '../src/extract/time/language.js'
import type { Timex } from '../src/model/annotations.js'
import { parseTimeML, type GoldTimex, type TimeMLDoc } from './timeml.js'

export interface PRF { readonly precision: number; readonly recall: number; readonly f1: number }

export interface TempEvalCounts {
  gold: number
  system: number
  strict: number
  relaxed: number
  typeCorrect: number
  valueCorrect: number
}

export interface TempEvalScore {
  readonly set: 'platinum' | 'tbaq'
  readonly documents: number
  readonly counts: TempEvalCounts
  readonly strict: PRF
  readonly relaxed: PRF
  readonly typeF1: number
  readonly valueF1: number
  /** Misses, false alarms and wrong attributes, one line each, for tuning. */
  readonly errors: readonly string[]
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SETS = { platinum: ['te3-platinum'], tbaq: ['TBAQ-cleaned/TimeBank', 'TBAQ-cleaned/AQUAINT'] } as const

export interface SystemTimex { readonly start: number; readonly end: number; readonly type: string; readonly value: string; readonly rule?: string }

/**
 * Compares one document's timexes. Pairs are made one to one, in text order, on any character overlap
 * (the official normalizer aligns by token overlap); strict pairs also cover the same text.
 */
export function compareDocument(text: string, gold: readonly GoldTimex[], system: readonly SystemTimex[], errors?: string[]): TempEvalCounts {
  const counts: TempEvalCounts = { gold: gold.length, system: system.length, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 }
  const used = new Set<number>()
  const show = (t: { start: number; end: number }) => JSON.stringify(text.slice(t.start, t.end))
  for (const g of gold) {
    const i = system.findIndex((s, k) => !used.has(k) && s.start < g.end && g.start < s.end)
    if (i < 0) { errors?.push(`miss   ${show(g)} ${g.type} ${g.value}  …${context(text, g)}`); continue }
    used.add(i)
    const s = system[i]!
    counts.relaxed++
    if (s.start === g.start && s.end === g.end) counts.strict++
    else errors?.push(`extent ${show(g)} vs ${show(s)} [${s.rule ?? ''}]`)
    if (s.type === g.type) counts.typeCorrect++
    if (s.value === g.value) counts.valueCorrect++
    else errors?.push(`value  ${show(g)} ${g.type} ${g.value} vs ${s.type} ${s.value} [${s.rule ?? ''}]  …${context(text, g)}`)
  }
  system.forEach((s, k) => { if (!used.has(k)) errors?.push(`false  ${show(s)} ${s.type} ${s.value} [${s.rule ?? ''}]  …${context(text, s)}`) })
  return counts
}

const context = (text: string, t: { start: number; end: number }) =>
  text.slice(Math.max(0, t.start - 50), Math.min(text.length, t.end + 40)).replace(/\s+/g, ' ')

const prf = (hit: number, gold: number, system: number): PRF => {
  const precision = system ? hit / system : 0
  const recall = gold ? hit / gold : 0
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}

/** Sums per-document counts into the official micro scores. */
export function summarize(set: TempEvalScore['set'], documents: number, all: readonly TempEvalCounts[], errors: readonly string[] = []): TempEvalScore {
  const c: TempEvalCounts = { gold: 0, system: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 }
  for (const d of all) for (const k of Object.keys(c) as (keyof TempEvalCounts)[]) c[k] += d[k]
  const relaxed = prf(c.relaxed, c.gold, c.system)
  const accuracy = (n: number) => (c.relaxed ? n / c.relaxed : 0)
  return {
    set, documents, counts: c, strict: prf(c.strict, c.gold, c.system), relaxed,
    typeF1: relaxed.f1 * accuracy(c.typeCorrect), valueF1: relaxed.f1 * accuracy(c.valueCorrect), errors,
  }
}

const pipeline = buildPipeline([tokens, paragraphs, sentences, timeStage(english)])

/** Runs segmentation and the time stage on a TimeML document's plain text, with its DCT as the publication date. */
export function runTime(doc: TimeMLDoc): readonly Timex[] {
  return pipeline.run({ text: doc.text, published: doc.dct, language: 'en', warnings: [] }).timexes ?? []
}

export function readSet(set: TempEvalScore['set'], dataDir: string): TimeMLDoc[] {
  return SETS[set].flatMap((folder) => {
    const dir = path.join(dataDir, folder)
    if (!existsSync(dir)) throw new Error(`TempEval-3 data not found in ${dir}`)
    return readdirSync(dir).filter((f) => f.endsWith('.tml')).sort().map((f) => parseTimeML(readFileSync(path.join(dir, f), 'utf8')))
  })
}

/** Scores one set; `errors: true` also lists every miss, false alarm and wrong value (for tuning on TBAQ). */
export async function scoreTempEval(options: { set: 'platinum' | 'tbaq'; dataDir?: string; errors?: boolean }): Promise<TempEvalScore> {
  const docs = readSet(options.set, options.dataDir ?? path.resolve(REPO_ROOT, '../shared/data/tempeval3'))
  const errors: string[] = []
  const counts = docs.map((doc) => {
    const before = errors.length
    const c = compareDocument(doc.text, doc.timexes, runTime(doc).map((t) => ({ ...t.span, type: t.type, value: t.value, rule: t.rule })), errors)
    for (let i = before; i < errors.length; i++) errors[i] = `${doc.id}: ${errors[i]}`
    return c
  })
  return summarize(options.set, docs.length, counts, options.errors ? errors : [])
}

export function formatScore(s: TempEvalScore): string {
  const p = (x: number) => (100 * x).toFixed(2)
  const row = (name: string, r: PRF) => `${name.padEnd(8)} P ${p(r.precision)}  R ${p(r.recall)}  F1 ${p(r.f1)}`
  return [
    `TempEval-3 ${s.set}: ${s.documents} documents, ${s.counts.gold} gold timexes, ${s.counts.system} found`,
    row('strict', s.strict), row('relaxed', s.relaxed), `type F1 ${p(s.typeF1)}  value F1 ${p(s.valueF1)}`,
  ].join('\n')
}

/**
 * MB/s of the time stage alone (segmentation done beforehand), as CPU time of this process: the median
 * of `rounds` passes over the documents, so other work on the machine does not skew it.
 */
export function measureSpeed(docs: readonly TimeMLDoc[], rounds = 30): { megabytes: number; medianMBps: number } {
  const ready = docs.map((d) => ({ d, doc: segmenter.run({ text: d.text, published: d.dct, language: 'en', warnings: [] }) }))
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6
  const rates: number[] = []
  for (let r = 0; r < rounds; r++) {
    const before = process.cpuUsage()
    for (const { d, doc } of ready) toTimexes(d.text, findDrafts(d.text, d.dct, doc.sentences, doc.tokens))
    const used = process.cpuUsage(before)
    rates.push(megabytes / ((used.user + used.system) / 1e6))
  }
  return { megabytes, medianMBps: rates.sort((a, b) => a - b)[Math.floor(rounds / 2)]! }
}

const segmenter = buildPipeline([tokens, paragraphs, sentences])

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const set = args.includes('tbaq') ? 'tbaq' : 'platinum'
  const score = await scoreTempEval({ set, errors: args.includes('--errors') })
  if (args.includes('--errors')) process.stdout.write(score.errors.join('\n') + '\n')
  process.stdout.write(formatScore(score) + '\n')
  if (args.includes('--speed')) {
    const { megabytes, medianMBps } = measureSpeed(readSet(set, path.resolve(REPO_ROOT, '../shared/data/tempeval3')))
    process.stdout.write(`time stage: ${medianMBps.toFixed(1)} MB/s (median CPU time over ${megabytes.toFixed(2)} MB)\n`)
  }
}
