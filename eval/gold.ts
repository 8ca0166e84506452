/**
 * Reader for claimtrail gold files (`format: claimtrail-gold/1`, see shared/seed/*.gold.json):
 * items name their evidence by exact substrings of the article, which we locate here.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface GoldWhen { readonly value?: string; readonly after?: string; readonly before?: string; readonly text?: string }

export interface GoldActor { id: string; name: string; type: string; country?: string; memberOf?: string; mentions: string[]; required?: boolean }
export interface GoldStatement {
  id: string; speakers: string[]; speakerText: string | null; cue: string | null; content: string
  mode: string; polarity: string; when?: GoldWhen; required?: boolean
}
export interface GoldTimex { text: string; type: string; value: string; mod?: string; required?: boolean; nth?: number }
export interface GoldCasualty {
  id: string; text: string; count: number | null; vague?: string; group: string; country?: string; role?: string
  status: string; reportedBy?: string; reportedOn?: string; reportedBefore?: string; reportedAfter?: string; event?: string; required?: boolean
}
export interface GoldEvent {
  id: string; kind: string; summary: string; date?: string; after?: string; before?: string; location?: string
  actors: string[]; mentions?: string[]; required?: boolean
}
export interface GoldContradiction {
  id: string; kind: 'reversal' | 'disagreement'; actor?: string; proposition: string
  earlier?: string[]; later?: string[]; sides?: string[][]; required?: boolean; why: string
}

export interface GoldDocument {
  readonly path: string
  readonly textPath: string
  readonly text: string
  readonly document: { file: string; published: string; language?: string; outlet?: string; title?: string }
  readonly actors: GoldActor[]
  readonly statements: GoldStatement[]
  readonly timex: GoldTimex[]
  readonly casualties: GoldCasualty[]
  readonly events: GoldEvent[]
  readonly contradictions: GoldContradiction[]
}

export function isDocumentGold(path: string): boolean {
  return (JSON.parse(readFileSync(path, 'utf8')) as { format?: string }).format === 'claimtrail-gold/1'
}

export function readGold(path: string): GoldDocument {
  const raw = JSON.parse(readFileSync(path, 'utf8'))
  if (raw.format !== 'claimtrail-gold/1') throw new Error(`${path}: not a claimtrail-gold/1 file`)
  const textPath = join(dirname(path), raw.document.file)
  return {
    path, textPath, text: readFileSync(textPath, 'utf8'), document: raw.document,
    actors: raw.actors ?? [], statements: raw.statements ?? [], timex: raw.timex ?? [],
    casualties: raw.casualties ?? [], events: raw.events ?? [], contradictions: raw.contradictions ?? [],
  }
}

export interface Range { start: number; end: number }

/**
 * Every place a gold string occurs in the text (gold names evidence by text, not offsets), or only
 * its `nth` occurrence (0-based, over raw substrings) when the gold item picks one.
 */
export function occurrences(text: string, needle: string | null | undefined, nth?: number): Range[] {
  if (!needle) return []
  const out: Range[] = []
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length })
  if (nth === undefined) return out
  return out[nth] ? [out[nth]] : []
}
