/**
 * PolNeAR attribution scorer: `npx tsx eval/polnear.ts dev|train|test [--errors] [--limit N]`.
 * Reads brat standoff (one annotator file per article: the first by name), runs segmentation and the
 * attribution stage, and scores source, cue and content spans the way BBC Citron does: token overlap
 * (predicted tokens that overlap gold tokens / all predicted tokens; gold tokens overlapped / all gold
 * tokens) and exact span match. The texts are copyrighted: they are read from the data folder only.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Statement, Token } from '../src/model/annotations.js'
import { buildPipeline, type Stage } from '../src/extract/pipeline.js'
import { tokens, tokenize } from '../src/extract/segment/tokens.js'
import { paragraphs } from '../src/extract/segment/paragraphs.js'
import { sentences } from '../src/extract/segment/sentences.js'
import { quotes } from '../src/extract/segment/quotes.js'
import { view } from '../src/extract/segment/view.js'
import { attributionStage } from '../src/extract/attribution/index.js'
import { ENGLISH } from '../src/extract/attribution/language.js'

export type Role = 'source' | 'cue' | 'content'
export const ROLES: readonly Role[] = ['source', 'cue', 'content']
export interface PRF { precision: number; recall: number; f1: number }
export interface PolnearScore {
  split: string
  documents: number
  gold: Record<Role, number>
  overlap: Record<Role, PRF>
  exact: Record<Role, PRF>
  /** Attribution stage alone, megabytes of text per second. */
  stageMBps: number
  /** The same scores for a second annotator against the first, on the articles annotated twice: the ceiling. */
  agreement: { documents: number; overlap: Record<Role, PRF> }
}

type Fragments = ReadonlyArray<readonly [number, number]>
export type GoldSpans = Record<Role, Fragments[]>

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DEFAULT_DIR = resolve(ROOT, '../shared/data/polnear')

/** The Source, Cue and Content spans of every Attribution relation in one brat .ann file. */
export function readAnn(ann: string): GoldSpans {
  const spans = new Map<string, Fragments>()
  const gold: GoldSpans = { source: [], cue: [], content: [] }
  const seen = new Set<string>()
  const lines = ann.split('\n')
  for (const line of lines) {
    const m = /^(T\d+)\t\S+ ([\d ;]+)\t/.exec(line)
    if (m) spans.set(m[1]!, m[2]!.split(';').map((r) => r.trim().split(' ').map(Number) as unknown as [number, number]))
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue
    for (const part of line.split('\t')[1]?.split(' ') ?? []) {
      const [label, id] = part.split(':')
      const role = label?.toLowerCase() as Role
      if (!ROLES.includes(role) || !id || seen.has(id) || !spans.has(id)) continue
      seen.add(id)
      gold[role].push(spans.get(id)!)
    }
  }
  return gold
}

/** Indices of tokens overlapping any of the fragments. */
function tokensOf(toks: readonly Token[], frags: Fragments): number[] {
  const out: number[] = []
  for (const [s, e] of frags) {
    for (let i = 0; i < toks.length; i++) if (toks[i]!.start < e && s < toks[i]!.end && !out.includes(i)) out.push(i)
  }
  return out
}

export interface Counts { predTok: number; predHit: number; goldTok: number; goldHit: number; pred: number; gold: number; exact: number }
const zero = (): Counts => ({ predTok: 0, predHit: 0, goldTok: 0, goldHit: 0, pred: 0, gold: 0, exact: 0 })

/** Citron-style counts for one role of one document. */
export function countRole(toks: readonly Token[], gold: Fragments[], predicted: Fragments[]): Counts {
  const c = zero()
  const goldSets = gold.map((g) => tokensOf(toks, g))
  const predSets = predicted.map((p) => tokensOf(toks, p))
  const goldAll = new Set(goldSets.flat())
  const predAll = new Set(predSets.flat())
  for (const p of predSets) { c.predTok += p.length; c.predHit += p.filter((i) => goldAll.has(i)).length }
  for (const g of goldSets) { c.goldTok += g.length; c.goldHit += g.filter((i) => predAll.has(i)).length }
  const extent = (f: Fragments) => `${f[0]![0]}-${f[f.length - 1]![1]}`
  const goldKeys = new Set(gold.map(extent))
  const predKeys = new Set(predicted.map(extent))
  c.pred = predKeys.size
  c.gold = goldKeys.size
  for (const k of predKeys) if (goldKeys.has(k)) c.exact++
  return c
}

const prf = (hitP: number, allP: number, hitR: number, allR: number): PRF => {
  const precision = allP ? hitP / allP : 0
  const recall = allR ? hitR / allR : 0
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}

// PolNeAR spans are scored without actors or times: both layers are empty here.
const emptyActors: Stage<'actors'> = { name: 'no-actors', needs: [], adds: 'actors', run: () => [] }
const emptyTimexes: Stage<'timexes'> = { name: 'no-timexes', needs: [], adds: 'timexes', run: () => [] }
const attribution = attributionStage(ENGLISH)
const segmentation = buildPipeline([tokens, paragraphs, sentences, quotes, view, emptyActors, emptyTimexes])

export function predictedSpans(statements: readonly Statement[]): GoldSpans {
  const f = (s: { start: number; end: number }): Fragments => [[s.start, s.end]]
  return {
    source: statements.flatMap((s) => (s.speakerSpan ? [f(s.speakerSpan)] : [])),
    cue: statements.map((s) => f(s.cue)),
    content: statements.map((s) => f(s.content)),
  }
}

/** Pairs every article text of a split with its annotation files, sorted by name (the first is the gold). */
function annotated(dir: string, split: string): Array<{ name: string; text: string; anns: string[] }> {
  const textDir = join(dir, split, 'text')
  const annDir = join(dir, split, 'attributions')
  if (!existsSync(textDir)) throw new Error(`no PolNeAR ${split} split in ${dir}`)
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()
  return readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => {
    const stem = f.slice(0, -4)
    const own = anns.filter((a) => a.startsWith(`${stem}_`)).map((a) => readFileSync(join(annDir, a), 'utf8'))
    return own.length ? [{ name: stem, text: readFileSync(join(textDir, f), 'utf8'), anns: own }] : []
  })
}

/** Pairs every article text of a split with its first annotation file by name. */
export function articles(dir: string, split: string): Array<{ name: string; text: string; ann: string }> {
  return annotated(dir, split).map(({ name, text, anns }) => ({ name, text, ann: anns[0]! }))
}

const sumInto = (totals: Record<Role, Counts>, role: Role, c: Counts) => { for (const k of Object.keys(c) as (keyof Counts)[]) totals[role][k] += c[k] }

/** A second annotator scored against the first on the articles annotated twice: what people agree on. */
function agreementOf(docs: ReturnType<typeof annotated>): PolnearScore['agreement'] {
  const twice = docs.filter((d) => d.anns.length > 1)
  const totals = { source: zero(), cue: zero(), content: zero() }
  for (const { text, anns } of twice) {
    const toks = tokenize(text)
    const [first, second] = [readAnn(anns[0]!), readAnn(anns[1]!)]
    for (const role of ROLES) sumInto(totals, role, countRole(toks, first[role], second[role]))
  }
  const overlap = (r: Role) => prf(totals[r].predHit, totals[r].predTok, totals[r].goldHit, totals[r].goldTok)
  return { documents: twice.length, overlap: { source: overlap('source'), cue: overlap('cue'), content: overlap('content') } }
}

export async function scorePolnear(options: { split: 'train' | 'dev' | 'test'; dataDir?: string; limit?: number; errors?: (line: string) => void }): Promise<PolnearScore> {
  const all = annotated(options.dataDir ?? DEFAULT_DIR, options.split).slice(0, options.limit ?? Infinity)
  const docs = all.map(({ name, text, anns }) => ({ name, text, ann: anns[0]! }))
  const totals = { source: zero(), cue: zero(), content: zero() }
  let stageMs = 0
  let bytes = 0
  for (const { name, text, ann } of docs) {
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1] ?? null
    const doc = segmentation.run({ text, published: date, language: 'en', warnings: [] })
    const t0 = performance.now()
    const statements = attribution.run(doc, { warn: () => {} })
    stageMs += performance.now() - t0
    bytes += Buffer.byteLength(text)
    const gold = readAnn(ann)
    const pred = predictedSpans(statements)
    const toks = doc.tokens ?? tokenize(text)
    for (const role of ROLES) sumInto(totals, role, countRole(toks, gold[role], pred[role]))
    if (options.errors) reportErrors(name, text, gold, statements, options.errors)
  }
  const score = (f: (c: Counts) => PRF) => ({ source: f(totals.source), cue: f(totals.cue), content: f(totals.content) })
  return {
    split: options.split,
    documents: docs.length,
    gold: { source: totals.source.gold, cue: totals.cue.gold, content: totals.content.gold },
    overlap: score((c) => prf(c.predHit, c.predTok, c.goldHit, c.goldTok)),
    exact: score((c) => prf(c.exact, c.pred, c.exact, c.gold)),
    stageMBps: bytes / 1e6 / (stageMs / 1000),
    agreement: agreementOf(all),
  }
}

/** Prints missed gold cues and predicted cues with no gold cue, to the terminal only. */
function reportErrors(name: string, text: string, gold: GoldSpans, statements: readonly Statement[], out: (line: string) => void): void {
  const one = (s: number, e: number) => text.slice(s, e).replace(/\s+/g, ' ')
  const hit = (a: Fragments, s: number, e: number) => a.some(([x, y]) => x < e && s < y)
  for (const g of gold.cue) {
    if (!statements.some((s) => hit(g, s.cue.start, s.cue.end))) out(`MISS ${name} cue «${one(g[0]![0], g[0]![1])}» in «${one(g[0]![0] - 60, g[0]![1] + 60)}»`)
  }
  for (const s of statements) {
    if (!gold.cue.some((g) => hit(g, s.cue.start, s.cue.end))) out(`FP   ${name} [${s.rule}] ${s.speakerSpan?.text ?? '∅'} —${s.cue.text}→ «${s.content.text.slice(0, 100)}»`)
  }
}

const fmt = (p: PRF) => `${(p.precision * 100).toFixed(1)} / ${(p.recall * 100).toFixed(1)} / ${(p.f1 * 100).toFixed(1)}`

export function formatPolnear(s: PolnearScore): string {
  const rows = ROLES.map((r) => `${r.padEnd(8)} | ${fmt(s.overlap[r]).padEnd(20)} | ${fmt(s.exact[r]).padEnd(20)} | ${fmt(s.agreement.overlap[r])}`)
  return [`PolNeAR ${s.split}: ${s.documents} articles, attribution stage ${s.stageMBps.toFixed(1)} MB/s; ${s.agreement.documents} articles annotated twice`,
    'span     | overlap P / R / F1    | exact P / R / F1      | 2nd annotator vs 1st, overlap', ...rows].join('\n')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2)
  const split = (argv.find((a) => /^(train|dev|test)$/.test(a)) ?? 'dev') as 'train' | 'dev' | 'test'
  const limitAt = argv.indexOf('--limit')
  const score = await scorePolnear({
    split, ...(limitAt >= 0 ? { limit: Number(argv[limitAt + 1]) } : {}),
    ...(argv.includes('--errors') ? { errors: (l: string) => process.stdout.write(`${l}\n`) } : {}),
  })
  process.stdout.write(`${formatPolnear(score)}\n`)
}
