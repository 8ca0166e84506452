/**
 * Reader for corpus-level gold (`format: claimtrail-corpus-gold/1`, see test/fixtures/corpus/corpus.gold.json and
 * its `note`): cross-document reversals, disagreements, casualty tallies and merges, each naming per-document
 * gold items as `<file>#<id>`. The per-document gold files beside it give those items their evidence text.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { occurrences, readGold, type GoldDocument, type GoldWhen, type Range } from './gold.js'

export interface GoldProposition { readonly key: string; readonly text: string }
export interface CorpusReversal {
  id: string; actor: string; proposition: GoldProposition; earlier: string[]; later: string[]
  rating?: string; required?: boolean; why: string
}
export interface CorpusSide { polarity: 'asserts' | 'denies'; actors: string[]; items: string[] }
export interface CorpusDisagreement { id: string; proposition: GoldProposition; period?: GoldWhen; sides: CorpusSide[]; required?: boolean; why: string }
export interface CorpusFigure {
  ref: string; source: string; side: string; count: number | null; vague?: string; low?: number
  reportedOn: GoldWhen; superseded: boolean; required?: boolean
}
export interface CorpusTally {
  id: string; event: string; group: string; country?: string; role?: string; status: string
  figures: CorpusFigure[]; low?: number; best?: number; high?: number; firstReportedBy?: string; required?: boolean
}
/** Per-document items that are one item across the corpus (an event, an actor). */
export interface CorpusCluster { id: string; members: string[]; required?: boolean }
export interface CorpusCountry { name: string; demonym?: string; capital?: string }

export interface CorpusGold {
  readonly path: string
  readonly countries: Record<string, CorpusCountry>
  readonly reversals: CorpusReversal[]
  readonly disagreements: CorpusDisagreement[]
  readonly tallies: CorpusTally[]
  readonly events: CorpusCluster[]
  readonly actors: CorpusCluster[]
  /** The per-document gold of every article, by its file name. */
  readonly docs: ReadonlyMap<string, GoldDocument>
}

export function readCorpusGold(path: string): CorpusGold {
  const raw = JSON.parse(readFileSync(path, 'utf8'))
  if (raw.format !== 'claimtrail-corpus-gold/1') throw new Error(`${path}: not a claimtrail-corpus-gold/1 file`)
  const docs = new Map<string, GoldDocument>()
  for (const file of raw.documents as string[]) docs.set(file, readGold(join(dirname(path), file.replace(/\.md$/, '.gold.json'))))
  return {
    path, docs, countries: raw.countries ?? {}, reversals: raw.reversals ?? [], disagreements: raw.disagreements ?? [],
    tallies: raw.tallies ?? [], events: raw.events ?? [], actors: raw.actors ?? [],
  }
}

export interface RefTarget { readonly file: string; readonly id: string }

export function parseRef(ref: string): RefTarget {
  const at = ref.lastIndexOf('#')
  if (at <= 0) throw new Error(`bad corpus reference "${ref}" (want <file>#<id>)`)
  return { file: ref.slice(0, at), id: ref.slice(at + 1) }
}

/** The evidence strings of a per-document item: a statement's content, a figure's text, an event's or actor's mentions. */
export function evidenceText(doc: GoldDocument, id: string): string[] {
  const st = doc.statements.find((s) => s.id === id)
  if (st) return [st.content]
  const k = doc.casualties.find((c) => c.id === id)
  if (k) return [k.text]
  const ev = doc.events.find((e) => e.id === id)
  if (ev) return ev.mentions ?? []
  const actor = doc.actors.find((a) => a.id === id)
  if (actor) return actor.mentions
  throw new Error(`${doc.path}: no item "${id}"`)
}

/** Where a reference's evidence lies in its document's stored text. */
export function refRanges(gold: CorpusGold, ref: string, storedText: (file: string) => string | undefined): Range[] {
  const { file, id } = parseRef(ref)
  const doc = gold.docs.get(file)
  const text = storedText(file)
  if (!doc || text === undefined) return []
  return evidenceText(doc, id).flatMap((s) => occurrences(text, s))
}
