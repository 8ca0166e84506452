import type { Actor, Casualty, Event, Statement, TimeRef } from '../model/annotations.js'
import { spanAt, type Span } from '../model/span.js'
import type { Extraction } from '../model/extraction.js'
import type { DocWith } from '../model/annotated-doc.js'
import type { ClaimDoc } from './scope.js'
import { ENGLISH_FRAMES } from './frame-language.js'
import { readFrames } from './read-frames.js'

/**
 * Hand-built layers for tests: the upstream stages are not run, so each test states exactly the
 * statements, figures and events it is about, over sentences written for it.
 */
export class HandDoc {
  readonly actors: Actor[] = []
  readonly statements: Statement[] = []
  readonly casualties: Casualty[] = []
  readonly events: Event[] = []

  constructor(readonly text: string, readonly published: string | null = '2030-05-05') {}

  /** The span of the n-th occurrence of `phrase`. */
  span(phrase: string, nth = 0): Span {
    let at = -1
    for (let k = 0; k <= nth; k++) at = this.text.indexOf(phrase, at + 1)
    if (at < 0) throw new Error(`"${phrase}" not in the text`)
    return spanAt(this.text, at, at + phrase.length)
  }

  actor(id: string, name: string, type: Actor['type'], mentions: readonly string[], more: Partial<Actor> = {}): this {
    this.actors.push({ id, name, type, mentions: mentions.map((m) => ({ ...this.span(m), kind: 'name' as const })), ...more })
    return this
  }

  says(speakers: readonly string[], cue: string, content: string, polarity: Statement['polarity'], time: TimeRef, more: Partial<Statement> = {}): this {
    this.statements.push({
      id: `s${this.statements.length + 1}`, speakers, cue: this.span(cue), content: this.span(content),
      mode: 'indirect', polarity, time, rule: 'hand', ...more,
    })
    return this
  }

  event(kind: string, summary: string, mentions: readonly string[], more: Partial<Event> = {}): this {
    this.events.push({ id: `ev${this.events.length + 1}`, kind, summary, actors: [], mentions: mentions.map((m) => this.span(m)), rule: 'hand', ...more })
    return this
  }

  figure(words: string, count: number | null, group: string, more: Partial<Casualty> = {}): this {
    this.casualties.push({ id: `k${this.casualties.length + 1}`, span: this.span(words), count, group, status: 'killed', rule: 'hand', ...more })
    return this
  }

  /** The document as a stage sees it (no sentences or timexes: the contradictions stage reads neither directly; frames read from the statements). */
  annotated(): DocWith<'sentences' | 'actors' | 'timexes' | 'statements' | 'casualties' | 'events' | 'claims'> {
    const { text, published, actors, statements, casualties, events } = this
    const claims = readFrames(this, ENGLISH_FRAMES)
    return { text, published, language: 'en', warnings: [], sentences: [], timexes: [], actors, statements, casualties, events, claims }
  }

  claimDoc(docId = 'd1'): ClaimDoc {
    const { text, published, actors, statements, casualties, events } = this
    return { docId, text, published, actors, statements, casualties, events }
  }

  /** The layers as the output contract holds them. */
  extraction(meta: { outlet?: string } = {}): Extraction {
    return {
      document: { published: this.published, language: 'en', ...meta, text: this.text },
      actors: this.actors, statements: this.statements, timex: [], casualties: this.casualties, events: this.events,
      contradictions: [], warnings: [],
    }
  }
}
