import type { CasualtyStatus, Sentence } from '../../model/annotations.js'
import { REPORTING_VERBS, STATUS_NOUNS, TALLY_LINKS, TALLY_NOUNS } from '../../lexicon/en/casualty-terms.js'
import { PhraseSet } from '../events/token-text.js'
import { figure, inTimex, type Figure, type FigureContext } from './figures.js'
import { readGroup } from './group.js'
import { readQuantity } from './quantity.js'
import { readStatus } from './status.js'

const TALLY = PhraseSet.from(TALLY_NOUNS)
const LINK = new Set<string>(TALLY_LINKS)
const REPORTING = new Set<string>(REPORTING_VERBS)
const DETERMINER = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an', 'our', 'this'])
const SPEECH = new Set(['said', 'says', 'say', 'told', 'added', 'stated'])
const STOP = new Set([';', ':', '—', '–', '(', ')'])
/** How far a running count may stand from its figure: "the number of soldiers killed in the raid on the port had risen to six". */
const REACH = 16

const AFTER_COUNT = new Set(['on', 'in', 'at', 'by', 'after', 'from', 'since', 'with', 'and', 'or', 'as', 'up', 'down', 'but', 'while', 'when', 'following', 'according', 'over', 'during', 'amid', 'now', 'so', 'for', 'late', 'early', 'this', 'last', 'overnight', 'across', 'including'])

/** "rose to 40 on Tuesday", "to 40 people": a count, not "a toll of 5 dollars" or "at 5 sites". */
function endsCount(ctx: FigureContext, end: number): boolean {
  const t = ctx.tt.tokens[end]
  if (!t || t.kind !== 'word' || AFTER_COUNT.has(ctx.tt.lower(end))) return true
  return readGroup(ctx.tt, end, ctx.actors) !== null
}

interface Counted { end: number; status: CasualtyStatus; group: ReturnType<typeof readGroup>; owner?: number }

const OWN = new Set(['own', 'latest', 'official', 'new', 'revised', 'previous', 'earlier', 'updated'])
const POSSESSIVE = /^(?:its|their|his|her|.+['’]s)$/

/** "Freedonia’s own figure", "their latest count": a count that belongs to someone counts what was counted before. */
function ownedCount(ctx: FigureContext, i: number, end: number): Counted | null {
  let k = i - 1
  while (OWN.has(ctx.tt.lower(k))) k--
  return POSSESSIVE.test(ctx.tt.lower(k)) ? { end, status: 'killed', group: null, owner: k } : null
}

/** What is counted after "the number of": "soldiers killed", "dead", "civilians who died". */
function counted(ctx: FigureContext, k: number, s: Sentence, implied: CasualtyStatus | null): Counted | null {
  const { tt } = ctx
  if (tt.lower(k) !== 'of') return implied ? { end: k, status: implied, group: null } : null
  const bare = STATUS_NOUNS[tt.lower(k + 1)]
  if (bare && tt.lower(k + 1) !== 'victims') return { end: k + 2, status: bare, group: null }
  const group = readGroup(tt, k + 1, ctx.actors)
  if (!group) return implied ? { end: k, status: implied, group: null } : null
  const who = tt.lower(group.end) === 'who' ? group.end + 1 : group.end
  const st = readStatus(tt, who, s.endToken)
  if (st) return { end: st.end, status: st.status, group }
  return implied ? { end: group.end, status: implied, group } : null
}

/**
 * Rule `tally`: a running count and the figure it comes to: "the death toll rose to 40", "a death
 * toll of 12", "the number of soldiers killed in the raid had risen to six", "the army raised its
 * count of dead to 19". The verb that raises or gives the count names its reporter (its subject).
 */
export function tallyAt(ctx: FigureContext, i: number, s: Sentence): Figure[] | null {
  const { tt } = ctx
  const noun = TALLY.match(tt, i, s.endToken)
  // "a number of soldiers were killed" is a vague quantity, read by the figure rules.
  if (!noun || tt.lower(i - 1) === 'a' && tt.lower(i) === 'number') return null
  const what = counted(ctx, noun[0], s, noun[1]) ?? ownedCount(ctx, i, noun[0])
  if (!what) return null
  for (let k = what.end; k < Math.min(s.endToken - 1, what.end + REACH); k++) {
    if (STOP.has(tt.word(k)) || (k > what.end && TALLY.match(tt, k, s.endToken))) return null
    if (!LINK.has(tt.lower(k))) continue
    // "rose to 40", "stood at 12", "reached 30", "remains at least six".
    const hop = tt.lower(k + 1) === 'to' || tt.lower(k + 1) === 'at'
    const q = readQuantity(tt, k + 1) ?? (hop ? readQuantity(tt, k + 2) : null)
    if (!q || inTimex(ctx, q.end - 1) || !endsCount(ctx, q.end)) continue
    const det = what.owner ?? (DETERMINER.has(tt.lower(i - 1)) ? i - 1 : i)
    // "raised its count", "gave a toll": the verb's subject gives the figure. "said the toll …" is speech, read by attribution.
    const verb = REPORTING.has(tt.lower(det - 1)) && !SPEECH.has(tt.lower(det - 1)) ? det - 1 : what.owner !== undefined ? i : undefined
    const f = figure(ctx, what.owner ?? verb ?? det, q.end, q, what.group, what.status, 'tally')
    const main: Figure = { ...f, ...(verb !== undefined ? { reportVerb: verb } : {}), ...(what.group ? {} : { elided: true }), ...(what.owner !== undefined ? { openStatus: true } : {}) }
    const earlier = earlierFigure(ctx, main, tt.tokenAt(main.span.end), s)
    return earlier ? [main, earlier] : [main]
  }
  return null
}

/**
 * Rule `earlier-figure`: "…, up from the 12 it reported a day earlier": the count it replaces, about the
 * same people, dated by its own time expression when it has one.
 */
function earlierFigure(ctx: FigureContext, main: Figure, from: number, s: Sentence): Figure | null {
  const { tt } = ctx
  let k = from
  for (let n = 0; n < 6 && k < s.endToken && tt.lower(k) !== 'from'; n++) k++
  if (tt.lower(k) !== 'from') return null
  const start = k + 1
  const q = readQuantity(tt, tt.lower(k + 1) === 'the' ? k + 2 : k + 1)
  if (!q || q.count === null || inTimex(ctx, q.end - 1)) return null
  // The clause that says who gave it and when: "it reported a day earlier", "announced on 4 May".
  let end = q.end
  let when: string | undefined
  for (let j = q.end; j < Math.min(s.endToken, q.end + 8) && !STOP.has(tt.word(j)) && tt.word(j) !== ','; j++) {
    const t = tt.tokens[j]!
    const x = ctx.timexes.find((m) => m.span.start <= t.start && t.end <= m.span.end && m.type === 'DATE')
    if (x) when ??= x.value.split('T')[0]
    if (t.kind !== 'punct') end = j + 1
  }
  const f = figure(ctx, start, end, q, null, main.status, 'earlier-figure')
  return {
    ...f, group: main.group, noun: main.noun, elided: main.elided,
    ...(main.country ? { country: main.country } : {}), ...(main.role ? { role: main.role } : {}),
    ...(main.reportVerb !== undefined ? { reportVerb: main.reportVerb } : {}),
    ...(when ? { reportedOn: { value: when } } : {}),
  }
}
