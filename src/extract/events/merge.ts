import type { Actor, Event } from '../../model/annotations.js'
import { categoryOf, isEventKind, modeOf } from '../../lexicon/event-kinds.js'
import { TAXONOMY_KINDS } from '../../lexicon/en/event-triggers.js'
import type { EventMention } from './context.js'
import type { ActorIndex } from './actors.js'

interface Draft {
  readonly mentions: EventMention[]
  /** One mention per distinct set of what fits() reads: a mention repeated a thousand times is tested once. */
  readonly kinds: Map<string, EventMention>
}

/** Dates a reader can trust over a guess from the lead or the narration around. */
const SOFT_RULES = new Set(['date-lead', 'date-narrative'])
const hardDate = (m: EventMention) => (m.dateRule && !SOFT_RULES.has(m.dateRule) ? m.date : undefined)

function agree<T>(a: T | undefined, b: T | undefined): boolean {
  return a === undefined || b === undefined || a === b
}

const DAY = 86_400_000
/** Talks last days and resume ("met on Tuesday … due to resume on Thursday"): days this close are one round. */
const TALKS_SPAN_DAYS = 2

/** Two dates agree when one is missing or they are equal; talks' days agree within a few days. */
function datesAgree(x: EventMention, m: EventMention): boolean {
  const [a, b] = [hardDate(x), hardDate(m)]
  if (agree(a, b)) return true
  const day = /^\d{4}-\d{2}-\d{2}$/
  if (!m.classes.includes('talks') || !day.test(a!) || !day.test(b!)) return false
  return Math.abs(Date.parse(a!) - Date.parse(b!)) <= TALKS_SPAN_DAYS * DAY
}

/** Parties agree unless both mentions name two or more and share none ("talks between A and B" vs "between C and D"). */
function partiesAgree(x: EventMention, m: EventMention): boolean {
  const [a, b] = [x.participants ?? [], m.participants ?? []]
  return a.length < 2 || b.length < 2 || a.some((p) => b.includes(p))
}

/** Two verbs each told with its own object ("arrested two men", later "arrested six protesters") are two acts. */
const objectsAgree = (x: EventMention, m: EventMention) => x.form !== 'verb' || m.form !== 'verb' || agree(x.object, m.object)

/** Everything of a mention fits() compares. */
const fitKey = (x: EventMention) => JSON.stringify([
  x.classes, x.agent, x.location, hardDate(x), x.key, x.participants, x.form, x.form === 'verb' ? x.object : undefined,
])

function fits(d: Draft, m: EventMention): boolean {
  return [...d.kinds.values()].every((x) =>
    x.classes.some((c) => m.classes.includes(c)) && agree(x.agent, m.agent) && agree(x.location, m.location) &&
    datesAgree(x, m) && agree(x.key, m.key) && partiesAgree(x, m) && objectsAgree(x, m))
}

/** "stormed the port in a dawn raid": a noun that overlaps or touches a verb of its class names the same act. */
function sameClause(verb: EventMention, noun: EventMention): boolean {
  return verb.form === 'verb' && noun.form === 'noun' && verb.sentence === noun.sentence &&
    verb.classes.some((c) => noun.classes.includes(c)) && noun.span.start <= verb.span.end + 4 && noun.span.start > verb.span.start
}

/**
 * Refiner: mentions whose kind class, agent, place, date and decreed object agree are one event
 * ("the Freedonian assault", "the Freedonian operation", "the attack of 3 May"). A mention joins
 * the latest event it fits, an act's outcome the act's own event. An indefinite one ("an attack") introduces a new event; a weak one
 * ("the operation" with nothing else said) only joins.
 */
export function groupMentions(mentions: readonly EventMention[], indefinites: ReadonlySet<string>): EventMention[][] {
  const drafts: Draft[] = []
  // Where each mention went, and the mentions of each sentence: a cause or a clause is looked up, not searched.
  const draftOf = new Map<EventMention, Draft>()
  const ofSentence = new Map<EventMention['sentence'], EventMention[]>()
  const firstDraft = (ds: Draft[]) => ds.sort((a, b) => drafts.indexOf(a) - drafts.indexOf(b))[0]
  for (const m of mentions) {
    const indefinite = m.introduces || (m.determiner !== undefined && indefinites.has(m.determiner))
    const causeDraft = m.cause ? draftOf.get(m.cause) : undefined
    const ofCause = causeDraft && fits(causeDraft, m) ? causeDraft : undefined
    const clauseDrafts = () => (ofSentence.get(m.sentence) ?? []).filter((x) => sameClause(x, m)).map((x) => draftOf.get(x)!)
    const host = ofCause || (indefinite ? firstDraft(clauseDrafts()) : drafts.findLast((d) => fits(d, m)))
    const draft: Draft | undefined = host ?? (m.weak ? undefined : { mentions: [], kinds: new Map() })
    if (!draft) continue
    if (!host) drafts.push(draft)
    draft.mentions.push(m)
    if (!draft.kinds.has(fitKey(m))) draft.kinds.set(fitKey(m), m)
    draftOf.set(m, draft)
    ofSentence.get(m.sentence)?.push(m) ?? ofSentence.set(m.sentence, [m])
  }
  return drafts.map((d) => d.mentions)
}

/**
 * Where an attack with no stated place happened: in the state it struck; or, when a state's forces
 * struck a town the article puts in no country and no other state, in that state's own territory.
 */
function struckCountry(targets: readonly string[], agents: readonly string[], ms: readonly EventMention[], actors: ActorIndex): string | undefined {
  const struck = targets.map((t) => actors.countryOf(t)).find(Boolean)
  if (struck) return struck
  const states = [...new Set(agents.map((a) => actors.countryOf(a)).filter(Boolean))]
  return ms.some((m) => m.town) && states.length === 1 ? states[0] : undefined
}

/** Where a decree told with no place is in force: the one state whose government issued it. */
function decreedIn(agents: readonly string[], actors: ActorIndex): string | undefined {
  const states = [...new Set(agents.map((a) => actors.countryOf(a)).filter(Boolean))]
  return states.length === 1 ? states[0] : undefined
}

const RANK: Readonly<Record<string, number>> = { 'date-adjacent': 0, 'date-clause': 0, 'date-relative': 0, 'date-until': 1, 'date-lead': 2, 'date-ongoing': 2, 'date-narrative': 3 }

/** A group named by its country's forces ("Chadian troops") acts for that country's government. */
function forcesOf(a: Actor | undefined, force: ReadonlySet<string>, actors: ActorIndex): string | undefined {
  if (a?.type !== 'group' || !a.country) return undefined
  const forces = a.mentions.some((m) => force.has(m.text.toLowerCase().split(/\s+/).at(-1)!))
  return forces ? actors.government(a.country) : undefined
}

/** One event from its mentions: the fullest noun phrase as summary, the best-founded date. */
export function toEvent(id: string, ms: readonly EventMention[], actors: ActorIndex, force: ReadonlySet<string>): Event {
  const first = ms[0]!
  const kindFrom = ms.reduce((a, b) => (b.classes.length > a.classes.length ? b : a))
  const nouns = ms.filter((m) => m.form === 'noun')
  const summary = (nouns.length > 0 ? nouns : ms).reduce((a, b) => (b.span.text.length > a.span.text.length ? b : a)).span.text
  const dated = ms.filter((m) => m.date).sort((a, b) => (RANK[a.dateRule!] ?? 3) - (RANK[b.dateRule!] ?? 3))[0]
  const uniq = (xs: readonly (string | undefined)[]) => [...new Set(xs.filter((x): x is string => x !== undefined))]
  const targets = uniq(ms.flatMap((m) => m.targets))
  const members = targets.map((t) => actors.byId(t)).filter((a) => a?.type === 'person').map((a) => a!.memberOf)
  // A person is dismissed by the body they serve; seizing a leader strikes at their government.
  let agents = uniq([...ms.map((m) => m.agent), ...ms.flatMap((m) => m.participants ?? [])])
  if (agents.length === 0 && first.classes.includes('dismissal')) agents = uniq(members)
  // A decree is issued in office: the president who declares mourning declares it for the body they serve.
  const decree = first.classes.includes('decree')
  if (decree) agents = uniq([...agents, ...agents.map((a) => actors.byId(a)).map((a) => (a?.type === 'person' ? a.memberOf : undefined))])
  // An army or ministry acts for its government, and so do a country's troops: both are the event's actors.
  const bodies = agents.map((a) => actors.byId(a)).map((a) => (a?.type === 'organization' ? a.memberOf : forcesOf(a, force, actors)))
  agents = uniq([...agents, ...bodies])
  const allTargets = first.classes.includes('attack') ? uniq([...targets, ...members]).filter((t) => !agents.includes(t)) : targets
  // Where it happened: a place the text names, else the state hosting talks, else the country of the state it struck.
  // A craft struck is its owner's wherever it was: its owner's country is no place.
  const craft = ms.find((m) => m.craft)?.craft?.cls
  const location = ms.find((m) => m.location)?.location ?? ms.find((m) => m.hostPlace)?.hostPlace ??
    (first.classes.includes('attack') && !craft ? struckCountry(allTargets, agents, ms, actors) : undefined) ??
    (decree ? decreedIn(agents, actors) : undefined)
  // The PLOVER category of the kind users read, or of its class's kind ("military operation" is an attack).
  const taxonomy = isEventKind(kindFrom.kind) ? kindFrom.kind : TAXONOMY_KINDS[kindFrom.classes[0]!]
  const category = categoryOf(taxonomy)
  const mode = modeOf(taxonomy)
  return {
    id, kind: kindFrom.kind, ...(category ? { category } : {}), ...(mode ? { mode } : {}), summary,
    ...(dated ? { date: dated.date } : {}),
    ...(location ? { location } : {}),
    actors: agents,
    ...(allTargets.length > 0 ? { targets: allTargets } : {}),
    ...(craft ? { craft } : {}),
    mentions: ms.map((m) => m.span),
    rule: [...new Set(ms.map((m) => m.rule).concat(dated?.dateRule ?? []))].join('+'),
  }
}
