import type { Actor, ClaimFrame, Event, FrameArg, Statement } from '../model/annotations.js'
import { spanAt } from '../model/span.js'
import { AGENTLESS_CLASSES, EVENT_KIND_CLASSES } from '../lexicon/predicate-classes.js'
import type { PredicateWords } from '../lexicon/en/predicates.js'
import { coverIndex } from '../model/cover-index.js'
import { cuesWithin } from '../model/cue-index.js'
import { agentAfter, breakBefore, clauseStart, phraseAt, phraseBefore, placeAfter, subjectBefore, type Clause, type Found, type Phrase } from './frame-args.js'
import type { FrameLanguage } from './frame-language.js'
import { hitIn, hitsOf } from './triggers.js'
import { wordsOf } from './words.js'
import { ownCountries } from './own-country.js'
import { cueStance } from './stance.js'

/** What frames are read from: one document's text, actors, events and statements. */
export interface FrameDoc {
  readonly text: string
  readonly actors: readonly Actor[]
  readonly events: readonly Event[]
  readonly statements: readonly Statement[]
}

type Args = Partial<Record<'agent' | 'patient' | 'of' | 'theme' | 'in' | 'event', FrameArg>>
interface Reading { readonly words: PredicateWords; readonly first: number; readonly end: number; readonly args: Args; readonly rules: string[] }

/** "has no plans to annex": the act a plan is about is the predicate right after "to"/"de"/"para". */
const PLAN_LINKS = new Set(['to', 'de', 'para'])

/** The patient (or theme) of a predicate from its object phrase, and the rules that read it. */
function objectArgs(p: Phrase, words: PredicateWords, args: Args, rules: string[]): boolean {
  if (words.theme === 'weapon' && !p.weapon) return false
  if (words.theme === 'force' && !p.force) return false
  if (words.theme === 'person' && !p.party && p.thing !== 'journalist' && p.thing !== 'activist' && p.thing !== 'aid worker') return false
  if (p.weapon) { args.theme = { kind: 'thing', id: p.weapon }; rules.push('object-weapon') }
  if (p.party) { args.patient = p.party.arg; rules.push(`object-${p.party.rule}`) } else if (p.thing) { args.patient = { kind: 'thing', id: p.thing }; rules.push('object-thing') }
  if (p.owner) args.of = { kind: 'country', id: p.owner }
  return true
}

const take = (args: Args, role: keyof Args, f: Found | null, rules: string[]) => {
  if (!f) return
  args[role] = f.arg
  rules.push(f.rule)
}

/**
 * bare-predicate-is-speaker: "denied having shot down the helicopter", "negó haber derribado", "admitió que
 * derribó": nothing but auxiliaries and negation before the predicate in its clause, which opens the
 * content (or, where the language drops subjects, follows its "que").
 */
function isBare(c: Clause, i: number): boolean {
  const start = clauseStart(c, i)
  if (start !== 0 && !c.lang.dropsSubject) return false
  return c.words.slice(start, i).every((w) => c.lang.bareLeads.has(w.lower))
}

/** Where a subject ends before word i: past negation and auxiliaries ("Ana Ruiz did not die", "no murió"). */
function pastLeads(c: Clause, i: number): number {
  let end = i
  while (end > 0 && c.lang.bareLeads.has(c.words[end - 1]!.lower) && !breakBefore(c, end)) end--
  return end
}

/** A verb predicate at word i (n words): active or passive, with its agent, patient and place. */
function readVerb(c: Clause, i: number, n: number): Reading | null {
  const form = c.lang.verbOf.get(c.words.slice(i, i + n).map((w) => w.lower).join(' '))!
  const args: Args = {}
  const rules: string[] = []
  const before = c.words[i - 1]?.lower ?? ''
  // "the shelling" is a noun; "would strike", "va a atacar" speak of what may come, not of what was done.
  if (c.lang.nounMarkers.has(before) || c.lang.modals.has(before)) return null
  const passive = form.participle && c.lang.passive.has(before)
  if (form.words.subjectIsPatient) {
    // subject-is-patient: "the journalist (never) died in the consulate": who died stands before the verb.
    const subject = phraseBefore(c, pastLeads(c, i))
    if (!subject || !objectArgs(subject, form.words, args, rules)) return null
    rules.push('subject-is-patient')
  } else if (passive) {
    rules.push('passive')
    const subject = phraseBefore(c, i - 1)
    if (!(subject && objectArgs(subject, form.words, args, rules)) && form.words.theme) return null
    take(args, 'agent', agentAfter(c, i + n), rules)
  } else {
    if (!objectArgs(phraseAt(c, i + n), form.words, args, rules) && form.words.theme) return null
    const subject = subjectBefore(c, i)
    if (subject) take(args, 'agent', subject, rules)
    else if (c.speaker && isBare(c, i)) {
      args.agent = { kind: 'actor', id: c.speaker }
      rules.push(c.lang.dropsSubject ? 'dropped-subject-is-speaker' : 'bare-predicate-is-speaker')
    }
  }
  take(args, 'in', placeAfter(c, i + n), rules)
  return { words: form.words, first: i, end: i + n, args, rules }
}

/**
 * performed-act: "denied it carried out the bombing", "negó haber llevado a cabo el bombardeo": an act noun
 * a few words after a verb of doing is that verb's subject's act (the speaker's when the verb has none).
 */
function performerOf(c: Clause, i: number): Found | null {
  for (let v = i - 1; v >= Math.max(0, i - 5); v--) {
    const n = c.lang.perform.longestAt(c.words, v)
    if (!n || v + n > i || !c.words.slice(v + n, i).every((w) => c.lang.determiners.has(w.lower))) continue
    const subject = subjectBefore(c, v)
    if (subject) return { ...subject, rule: 'performed-act' }
    return c.speaker && isBare(c, v) ? { arg: { kind: 'actor', id: c.speaker }, rule: 'performed-act' } : null
  }
  return null
}

/** "the downing of the helicopter", "su despliegue en Bolivia": an act noun with its patient after "of". */
function readNoun(c: Clause, i: number, n: number): Reading | null {
  const words = c.lang.nounOf.get(c.words.slice(i, i + n).map((w) => w.lower).join(' '))!
  const marker = c.words[i + n]?.lower ?? ''
  const performer = performerOf(c, i)
  if (!c.lang.patientMarkers.has(marker) && !PLAN_LINKS.has(marker) && !performer) return null
  const args: Args = {}
  const rules = ['act-noun']
  if (c.lang.patientMarkers.has(marker) ? !objectArgs(phraseAt(c, i + n + 1), words, args, rules) : !performer) return null
  const owner = c.words[i - 1]
  if (owner && c.lang.own.has(owner.lower) && c.speaker) { args.agent = { kind: 'actor', id: c.speaker }; rules.push('own-act') }
  else take(args, 'agent', bearerOfResponsibility(c, i) ?? performer, rules)
  take(args, 'in', placeAfter(c, i + n), rules)
  return { words, first: i, end: i + n, args, rules }
}

/**
 * responsibility-for-act: "we take full responsibility for the downing of the helicopter", "asumió su
 * responsabilidad en el derribo": a responsibility noun shortly before the act noun makes its bearer (the
 * clause's subject, else the speaker) the act's agent.
 */
function bearerOfResponsibility(c: Clause, i: number): Found | null {
  const at = c.words.slice(Math.max(0, i - 4), i).findIndex((w) => c.lang.responsibility.has(w.lower))
  if (at < 0) return null
  const noun = Math.max(0, i - 4) + at
  const subject = subjectBefore(c, noun)
  if (subject) return { ...subject, rule: 'responsibility-for-act' }
  return c.speaker ? { arg: { kind: 'actor', id: c.speaker }, rule: 'responsibility-for-act' } : null
}

/** "plans to annex the island": a plan whose theme is the act named after it. */
function withPlan(c: Clause, r: Reading, next: Reading | undefined): Reading {
  if (r.words.cls !== 'plan' || !next || next.first !== r.end + 1 || !PLAN_LINKS.has(c.words[r.end]!.lower)) return r
  // "the ministry plans to deploy …": the planner is the subject of the plan, else of the act.
  const { agent, ...inner } = next.args
  const planner = r.args.agent ?? agent
  return { ...r, end: next.end, args: { ...inner, ...r.args, ...(planner ? { agent: planner } : {}), theme: { kind: 'thing', id: next.words.cls } }, rules: [...r.rules, 'plan-of-act'] }
}

/**
 * The event of the document a frame is about: one whose mention covers the predicate or its patient, of a
 * kind that fits; else, for a frame naming no patient or theme the lexicons know (only-event-of-its-kind),
 * the one event of a fitting kind the article tells, as a reader takes "did not bomb any depot" in a story
 * about one bombing. A frame with its own patient is matched by it instead.
 */
function eventOf(events: readonly Event[], r: Reading, start: number, end: number): { event: Event; only: boolean } | undefined {
  const fitting = events.filter((e) => (EVENT_KIND_CLASSES[e.kind] ?? []).includes(r.words.cls as never))
  const covering = fitting.find((e) => e.mentions.some((m) => m.start < end && m.end > start))
  if (covering) return { event: covering, only: false }
  const anchored = r.args.patient || r.args.theme
  return fitting.length === 1 && !anchored ? { event: fitting[0]!, only: true } : undefined
}

/**
 * Reads every statement's content into frames: each predicate of src/lexicon/en/predicates.ts with its
 * agent (the subject, a "by" phrase, or the speaker for a bare or subjectless predicate), its patient or
 * theme, its place, and the event of the document it is about. Presence, figures and responsibility keep
 * their own readers (read-claims.ts); a plan takes the act after it as its theme.
 */
export function readFrames(doc: FrameDoc, lang: FrameLanguage): ClaimFrame[] {
  const hits = hitsOf(lang.triggerScan, doc.text)
  const own = ownCountries(doc.actors)
  const actorAt = coverIndex(doc.actors, (a) => a.mentions)
  const cuedIn = cuesWithin(doc.statements)
  const out: ClaimFrame[] = []
  for (const s of doc.statements) {
    if (!hitIn(hits, s.content.start, s.content.end) || cueStance(s, lang) === 'intention') continue
    // nested-statement-owns-its-words: "según el ministerio, el gobierno negó que …" — the inner denial's words are its own.
    const nested = cuedIn(s.content.start, s.content.end).filter((t) => t !== s && t.speakers.some((x) => !s.speakers.includes(x)))
    const speaker = s.speakers[0]
    const country = speaker ? own.get(speaker) : undefined
    const c: Clause = {
      text: doc.text, words: wordsOf(doc.text, s.content.start, s.content.end), actorAt, lang,
      ...(speaker ? { speaker } : {}), ...(country ? { ownCountry: country } : {}),
    }
    const readings: Reading[] = []
    for (let i = 0; i < c.words.length; i++) {
      // "the bombing of the depot": a form that is both a verb and a noun is read as the noun after a determiner.
      const verb = lang.verbs.longestAt(c.words, i)
      const asVerb = verb ? readVerb(c, i, verb) : null
      const noun = asVerb ? 0 : lang.nouns.longestAt(c.words, i)
      const r = asVerb ?? (noun ? readNoun(c, i, noun) : null)
      // An inner cue after the words ("…, según un comunicado") is the source of the whole sentence, not an inner report.
      const at = c.words[i]!
      const inner = r && nested.some((t) => t.cue.end <= at.start && t.content.start <= at.start && t.content.end >= at.end)
      if (r && !inner) readings.push(r)
    }
    const planned = new Set<Reading>()
    readings.forEach((r, k) => {
      if (planned.has(r)) return
      const whole = withPlan(c, r, readings[k + 1])
      if (whole.words.cls === 'plan' && !whole.args.theme) return
      if (whole !== r) planned.add(readings[k + 1]!)
      const start = c.words[whole.first]!.start
      const about = eventOf(doc.events, whole, start, c.words[Math.min(whole.end + 4, c.words.length - 1)]!.end)
      const args = about ? { ...whole.args, event: { kind: 'event' as const, id: about.event.id } } : whole.args
      const rules = about?.only ? [...whole.rules, 'only-event-of-its-kind'] : whole.rules
      // Who did it is the question a reversal turns on: an act without an agent claims nothing comparable,
      // except denied outright (agentless-denial: "denied that a missile hit the plane" denies it of anyone).
      const agentless = !args.agent && !(AGENTLESS_CLASSES as readonly string[]).includes(whole.words.cls)
      if (agentless && !(s.polarity === 'denies' && (args.patient || args.theme || args.event))) return
      if (!args.agent && !args.patient) return
      out.push({
        id: `f${out.length + 1}`, statement: s.id, cls: whole.words.cls, lemma: whole.words.lemma, args,
        trigger: spanAt(doc.text, start, c.words[r.end - 1]!.end), rules: agentless ? [...rules, 'agentless-denial'] : rules,
      })
    })
  }
  return out
}
