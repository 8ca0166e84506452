import type { ClaimFrame, Statement, TimeRef } from '../model/annotations.js'
import type { Claim, Evidence } from '../model/ledger.js'
import { entailedBy } from './entailment.js'
import { framesFor, type FrameLanguage } from './frame-language.js'
import { frameProposition } from './frame-propositions.js'
import { readFrames } from './read-frames.js'
import type { ClaimDoc, ClaimScope } from './scope.js'
import { cueStance } from './stance.js'
import { intervalOf } from './time-span.js'

/** How read-claims.ts builds a claim: the speaker as the body it speaks for, the evidence in this document. */
export interface ClaimMaker {
  claim(localActor: string, time: TimeRef, rest: Omit<Claim, 'actor' | 'time' | 'speaker'>): Claim
  evidence(itemId: string, span: Evidence['span']): Evidence
  /** The content's own date ("on Monday"), when it has one. */
  contentPeriod(s: Statement): TimeRef | undefined
}

/**
 * The time an act is about: the date of its event when the ledger knows it, else the content's own date,
 * else some time up to when it was said (a denial on Tuesday of "shooting down the helicopter" and an
 * admission on Friday speak of one past act).
 */
function actPeriod(f: ClaimFrame, s: Statement, scope: ClaimScope, make: ClaimMaker): TimeRef | undefined {
  const event = f.args.event ? scope.eventFacts?.(scope.event(f.args.event.id)) : undefined
  if (event?.date) return { value: event.date }
  const own = make.contentPeriod(s)
  if (own) return own
  const said = intervalOf(s.time).end
  return said ? { before: said } : undefined
}

/**
 * Claims from the frames of a document's `claims` layer (read again from its statements when the
 * document was stored before the layer existed), with what each entails. Every speaker of the statement
 * makes the claim, as the body it speaks for; the cue's admission or denial rides along for the link.
 */
export function readFrameClaims(doc: ClaimDoc, scope: ClaimScope, make: ClaimMaker, lang: FrameLanguage = framesFor(doc.language)): Claim[] {
  const frames = doc.claims ?? readFrames(doc, lang)
  const statements = new Map(doc.statements.map((s) => [s.id, s]))
  const names = new Map(doc.actors.map((a) => [scope.actor(a.id), a.name]))
  const out: Claim[] = []
  for (const f of frames) {
    const s = statements.get(f.statement)
    if (!s) continue
    const stance = cueStance(s, lang)
    const cue = stance === 'intention' ? undefined : stance
    const period = actPeriod(f, s, scope, make)
    for (const speaker of s.speakers) {
      const proposition = frameProposition(f, scope, s.time, (id) => names.get(id))
      const base = {
        polarity: s.polarity, evidence: make.evidence(s.id, s.content), source: scope.key(s.id), reading: f.rules,
        ...(s.hedged ? { hedged: true } : {}), ...(cue ? { cue } : {}), ...(period ? { period } : {}),
      }
      const direct = make.claim(speaker, s.time, { ...base, proposition, rule: 'direct' })
      out.push(direct)
      for (const e of entailedBy(direct)) out.push(make.claim(speaker, s.time, { ...base, proposition: e.proposition, rule: e.rule }))
    }
  }
  return out
}
