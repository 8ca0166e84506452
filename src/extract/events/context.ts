import type { Sentence, Timex } from '../../model/annotations.js'
import type { Span } from '../../model/span.js'
import type { DocWith } from '../../model/annotated-doc.js'
import type { EventClass, TriggerForm } from '../../lexicon/en/event-triggers.js'
import { ActorIndex, countryMentionAt, isPlace } from './actors.js'
import { TokenText } from './token-text.js'
import { groupWordMentions } from './group-words.js'
import type { EventLanguage } from './language.js'

/** A craft named in the text: its class ("aircraft"), the token of its noun, and the country it belongs to. */
export interface Craft {
  readonly cls: string
  readonly token: number
  readonly owner?: string
}

/** What the event rules read, built once per document. */
export interface EventContext {
  /** The words of the document's language. */
  readonly lang: EventLanguage
  readonly tt: TokenText
  readonly actors: ActorIndex
  /** DATE and TIME timexes by the index of their first token. */
  readonly datesAt: ReadonlyMap<number, Timex>
  /** The same timexes by the index of their last token ("the Oct. 3 raid" reads its date leftwards). */
  readonly datesEndingAt: ReadonlyMap<number, Timex>
  readonly sentences: readonly Sentence[]
  /** The article's publication day, when known: the present its narration is told from. */
  readonly published?: string
  /** Towns the article places in a country ("the Freedonian town of Lia"), by name. */
  readonly localities: ReadonlyMap<string, string>
  /** The country of each place the localities layer resolved (the gazetteer's), by its first token. */
  readonly placesAt: ReadonlyMap<number, string>
  /** A gazetteer reading in this country is a namesake abroad, not the place the article means. */
  namesakeIn(country: string): boolean
}

export function eventContext(doc: DocWith<'tokens' | 'sentences' | 'actors' | 'timexes'>, lang: EventLanguage): EventContext {
  const tt = new TokenText(doc.text, doc.tokens)
  const datesAt = new Map<number, Timex>()
  const datesEndingAt = new Map<number, Timex>()
  for (const t of doc.timexes) {
    if (!(t.type === 'DATE' || t.type === 'TIME') || !/^\d{4}/.test(t.value)) continue
    datesAt.set(tt.tokenAt(t.span.start), t)
    datesEndingAt.set(tt.tokenAt(t.span.end) - 1, t)
  }
  // An article about states the country data lacks (learned, `X-` codes) names towns the gazetteer lacks too:
  // a real village abroad that shares an invented capital's name is not it, unless the article speaks of its country.
  const spoken = new Set(doc.actors.flatMap((a) => (a.country ? [a.country] : [])))
  const invented = [...spoken].some((c) => c.startsWith('X-'))
  const namesakeIn = (country: string) => invented && !spoken.has(country)
  const placesAt = new Map<number, string>()
  for (const l of doc.localities ?? []) if (l.country && !namesakeIn(l.country)) placesAt.set(tt.tokenAt(l.start), l.country)
  let localities: ReadonlyMap<string, string> | undefined
  return {
    lang, tt, actors: new ActorIndex(doc.actors, groupWordMentions(tt, doc.actors)), datesAt, datesEndingAt, sentences: doc.sentences, placesAt, namesakeIn,
    ...(doc.published ? { published: doc.published.slice(0, 10) } : {}),
    // Learned on first use: most articles never ask for a town's country.
    get localities() {
      return (localities ??= lang.localities(doc.text))
    },
  }
}

/** One place in the text that names an event, before mentions are merged into events. */
export interface EventMention {
  classes: EventClass[]
  kind: string
  span: Span
  /** Token index of the trigger word, and of the first token of the mention. */
  trigger: number
  first: number
  form: TriggerForm
  sentence: Sentence
  determiner?: string
  agent?: string
  targets: string[]
  /** Talks: the parties and hosts, all of them actors of the event ("talks between A and B hosted by C"). */
  participants?: string[]
  location?: string
  /** Talks hosted by a state happen in it unless a place is named: a place to fall back on. */
  hostPlace?: string
  /** It struck "the town of Lia", a place the article does not put in any country. */
  town?: boolean
  date?: string
  dateRule?: string
  /** The date's words named no year: the time layer guessed it. */
  yearless?: boolean
  /** What a decree decreed ("two days of"), so two different decrees stay apart. */
  key?: string
  /** The head word of an active verb's object ("men" of "arrested two men"): two acts on different objects are two events. */
  object?: string
  /** The aircraft, vessel or convoy struck, downed or crashed ("the airliner"). */
  craft?: Craft
  /** Introduces an event rather than naming one told before: a counted or modified bare plural ("two killings"). */
  introduces?: boolean
  /** A killing told as another violent act's outcome: the mention of that act (see outcomes.ts). */
  cause?: EventMention
  /** A weak trigger with nothing to back it: may join an event, never start one. */
  weak: boolean
  rule: string
}

/** The date value of a timex, without its time of day: event dates are days (or coarser). */
export function dateOf(t: Timex): string {
  return t.value.split('T')[0]!
}

/** Dates a mention by a timex under a rule, noting a calendar day told without its year ("Oct. 3", not "2019" or "last week"). */
export function dateBy(m: EventMention, t: Timex, rule: string): void {
  m.date = dateOf(t)
  m.dateRule = rule
  m.yearless = !/\d{4}/.test(t.span.text) && /\d/.test(t.span.text)
}

/** The country of a place named among tokens [from, to): a country form that names a place, else a town the article or the gazetteer placed. */
export function placeIn(ctx: EventContext, from: number, to: number): string | undefined {
  const c = countryMentionAt(ctx.tt, from, to, ctx.lang.countries)
  if (isPlace(c)) return c.code
  if (c) return undefined
  for (let k = from; k < to; k++) {
    if (!ctx.tt.isCapitalized(k)) continue
    const two = ctx.localities.get(`${ctx.tt.word(k)} ${ctx.tt.word(k + 1)}`)
    const one = ctx.localities.get(ctx.tt.word(k).replace(/['’]s$/, ''))
    // What the article says of a town comes first; else the gazetteer's reading of the name.
    const known = two ?? one ?? ctx.placesAt.get(k)
    if (known) return known
  }
  return undefined
}
