import type { Casualty, Statement, TimeRef } from '../model/annotations.js'
import { OWN_POSSESSIVES } from '../lexicon/en/propositions.js'
import { contains, type Span } from '../model/span.js'
import { coveringAll } from '../model/cover-index.js'

/**
 * How a casualty figure is read as claims, beyond its count: who else states it, with which stance, and
 * whose people "our servicemen" are. Small named rules, each tested on sentences written for it.
 */

const OWN = new Set<string>(OWN_POSSESSIVES)

/** "None of our servicemen": the word before the group (past an "own") is a possessive pronoun. */
function ownedGroup(c: Casualty): boolean {
  const text = c.span.text.toLowerCase()
  const at = text.indexOf(c.group.toLowerCase())
  if (at <= 0) return false
  const before = text.slice(0, at).trim().split(/\s+/).filter((w) => w !== 'own')
  return OWN.has(before[before.length - 1] ?? '')
}

/**
 * figure-takes-statement-stance: a figure is denied when it is zero ("no soldiers were killed") or when
 * the statement carrying it denies it ("Freedonia denied that two of its soldiers were captured").
 */
export function figurePolarity(c: Casualty, carrier: Statement | undefined): 'asserts' | 'denies' {
  return c.count === 0 || carrier?.polarity === 'denies' ? 'denies' : 'asserts'
}

/**
 * own-group-country: a figure of "our servicemen", "its soldiers" with no country of its own counts the
 * people of the reporter's country (the country of the body the reporter speaks for).
 */
export function withOwnCountry(c: Casualty, reporterCountry: string | undefined): Casualty {
  if (c.country || !reporterCountry || !ownedGroup(c)) return c
  return { ...c, country: reporterCountry }
}

/**
 * civilians-where-event-happened: civilians with no stated nationality are counted in the country where their
 * event took place, as the casualties stage counts them; read again here because the ledger may know the
 * event's place from another article ("civilians killed in the raid on <town>" in one, the raid placed in another).
 */
export function withEventCountry(c: Casualty, location: string | undefined): Casualty {
  if (c.country || c.role !== 'civilian' || !location) return c
  return { ...c, country: location }
}

/**
 * figure-echoed-by-statement: every other statement whose content holds the figure states it too, with its
 * own stance ("Sylvania said it captured two soldiers, a claim Freedonia denied": Sylvania asserts the
 * figure as much as Freedonia denies it). Statements without a speaker state nothing. Built once per
 * document: each figure reads only the contents that can hold it.
 */
export function echoesIn(statements: readonly Statement[]): (c: Casualty) => Statement[] {
  const holding = coveringAll(statements.filter((s) => s.speakers.length > 0), (s) => [s.content])
  return (c) => holding(c.span.start, c.span.end).filter((s) => s.id !== c.statement)
}

/**
 * The evidence of a stance on a figure: the figure itself as its reporter gives it; the statement echoing it;
 * or, when the statement denies the figure, that statement and its cue ("a claim Freedonia denied").
 */
export function stanceEvidence(c: Casualty, by: Statement | undefined, echo: boolean): { item: string; span: Span } {
  if (by?.polarity === 'denies' && c.count !== 0) return { item: by.id, span: contains(by.content, by.cue) ? c.span : by.cue }
  return { item: echo && by ? by.id : c.id, span: c.span }
}

/**
 * figure-stands-at-publication: a figure the text gives no report date for ("its own figure remains six")
 * is the reporter's figure as the article is published; an undated claim would sort before every other.
 */
export function reportedTime(c: Casualty, published: string | null): TimeRef {
  return c.reportedOn ?? (published ? { value: published } : {})
}
