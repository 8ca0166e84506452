import { SEASON_WORDS } from '../triggers.js'
import { SEASONS } from '../../../lexicon/en/time-words.js'
import { pad, quarterOf } from '../calendar.js'
import { SEASON, keyOf, modOf } from '../patterns.js'
import { fromPublication } from '../resolve.js'
import { draftAt, draftOf, type Rule } from '../types.js'
import { TEMPORAL_PREPOSITIONS, nameBefore, wordAfter, wordBefore } from './guards.js'


/** Words before a number that make it a quantity, not a year ("more than 2000", "$1990"). */
const QUANTITY_BEFORE = new Set(['than', 'about', 'nearly', 'almost', 'some', 'approximately', 'roughly', 'least', 'only', 'just', 'total', 'number', 'no', 'flight', 'route', 'room', 'page', 'model', 'up'])
/** Words after a number that make it a quantity or a clock time ("2000 people", "1500 GMT"). */
const QUANTITY_AFTER = /^\s*(?:%|percent|per\b|GMT|UTC|hours|hrs|local|feet|metres|meters|miles|km|kilometres|kilometers|tons|tonnes|people|troops|soldiers|dollars|euros|pounds|votes)/i
/** A lower-case plural right after ("2000 protesters") makes it a count; a capitalized one ("the 2000 Olympics") does not. */
const PLURAL_AFTER = /^\s+[a-z]+s\b(?<!\b(?:as|is|was|has|its|this|his|us|does|thus|plus|less|unless|across|press|business|process|status|news))/

/** "2019", "mid-1996", "fiscal 1989", "the end of 1990": a year, with its modifier. */
export const year: Rule = {
  name: 'year',
  triggers: ['#year'],
  reach: 3,
  pattern: /(?<![\d$€£#.,:/-]|\d[.,])\b(?:(early|late|mid|the (?:end|beginning|start|middle) of)[- ]|fiscal\s+)?((?:1[0-9]|20)\d\d)(?![\d%]|[.,:]\d|['’]?s\b|-\d)/gi,
  make(m, ctx) {
    const n = Number(m[2])
    const before = wordBefore(ctx.text, m.index).toLowerCase()
    const plausible = (n >= 1700 && n <= 2099) || TEMPORAL_PREPOSITIONS.has(before)
    if (!m[1] && nameBefore(ctx.text, m.index)) return null
    if (!plausible || QUANTITY_BEFORE.has(before) || QUANTITY_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14)) || PLURAL_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null
    return draftOf(m, { type: 'DATE', value: m[2]!, mod: modOf(m[1]), rule: 'year' })
  },
}

/** "the 1990s", "the early 2000s" -> `199`, `200`: a decade keeps decade granularity. */
export const decade: Rule = {
  name: 'decade',
  triggers: ['#year', '#decade'],
  reach: 2,
  pattern: /\b(?:the\s+)?(?:(early|late|mid)[- ]?)?(?:((?:1[0-9]|20)\d)0['’]?s\b|['’](\d)0s\b)/gi,
  make(m) {
    // "the '90s" is the 1990s; "the '20s" the 2020s (the nearer one to news written now).
    const value = m[2] ?? (Number(m[3]) >= 3 ? `19${m[3]}` : `20${m[3]}`)
    return draftOf(m, { type: 'DATE', value, mod: modOf(m[1]), rule: 'decade' })
  },
}

/** "the 20th century" -> `19`, "this century" -> the publication's century. */
export const century: Rule = {
  name: 'century',
  triggers: ['century'],
  reach: 3,
  pattern: /\b(?:the\s+)?(?:(early|late|mid)[- ]?)?(?:(\d{1,2})(?:st|nd|rd|th)|(this|last|next))[- ]century\b/gi,
  make(m, ctx) {
    if (m[2]) return draftOf(m, { type: 'DATE', value: pad(Number(m[2]) - 1), mod: modOf(m[1]), rule: 'century' })
    const shift = { this: 0, last: -1, next: 1 }[m[3]!.toLowerCase() as 'this']
    return draftOf(m, { type: 'DATE', mod: modOf(m[1]), rule: 'century', ...fromPublication(ctx, (a) => pad(Math.floor(a.y / 100) + shift), 'XX') })
  },
}

const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }

/** "the third quarter", "third-quarter", "Q3 2025", "this year's first quarter". */
export const quarter: Rule = {
  name: 'quarter',
  triggers: ['quarter', 'quarters', 'q1', 'q2', 'q3', 'q4'],
  reach: 4,
  pattern: /\b(?:the\s+)?(?:(?<rel>this|last|next) year['’]s\s+|(?<prefix>year-ago|year-earlier|\d{4})\s+)?(?:fiscal\s+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarters?\b(?:\s+(?:of\s+)?(?:(?<year>\d{4})\b|(?<relOf>last|this|next)\s+year\b))?|\bQ(?<q>[1-4])\b(?:\s+(?<qYear>\d{4})\b)?/gi,
  make(m, ctx) {
    const g = m.groups!
    if ((g['q'] && m[0][0] !== 'Q') || /quarters$/i.test(m[0])) return null
    const q = g['q'] ? Number(g['q']) : QUARTERS[g['ord']!.toLowerCase()]!
    const stated = g['year'] ?? g['qYear'] ?? (/^\d{4}$/.test(g['prefix'] ?? '') ? g['prefix'] : undefined)
    // "the third-quarter results": TimeML leaves the article out of an adjective.
    const start = /^the\s+\w+-quarter\b/i.test(m[0]) ? m.index + 4 : m.index
    const end = m.index + m[0].length
    if (stated) return draftAt(start, end, { type: 'DATE', value: `${stated}-Q${q}`, rule: 'quarter' })
    const rel = (g['rel'] ?? g['relOf'])?.toLowerCase() ?? (g['prefix'] ? 'last' : undefined)
    return draftAt(start, end, {
      type: 'DATE', rule: 'quarter',
      ...fromPublication(ctx, (a) => {
        if (rel) return `${a.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0)}-Q${q}`
        const future = ctx.tense(m.index) === 'future'
        const y = future ? (q >= quarterOf(a) ? a.y : a.y + 1) : q <= quarterOf(a) ? a.y : a.y - 1
        return `${pad(y, 4)}-Q${q}`
      }, `XXXX-Q${q}`),
    })
  },
}

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI']
/** Without a modifier or a year, a season must follow a preposition: "in the spring", "by summer". */
const SEASON_PREPOSITION = /\b(?:in|into|during|by|until|since|over|through)\s+(?:the\s+)?$/i
/** The season a month falls in; January and February belong to the winter that began the year before. */
const seasonOf = (month: number) => (month <= 2 ? 3 : month === 12 ? 3 : Math.floor((month - 3) / 3))

/** "last summer", "this spring", "autumn 2019", "in the winter": a season needs a modifier, a year or a preposition. */
export const season: Rule = {
  name: 'season',
  triggers: SEASON_WORDS,
  reach: 1,
  pattern: new RegExp(`\\b(?:(last|this|next|early|late|mid)[- ])?(${SEASON})(?!\\w)(?:\\s+(?:of\\s+)?(\\d{4})(?!\\d))?`, 'gi'),
  make(m, ctx) {
    const code = SEASONS[keyOf(m[2]!)]!
    const rel = m[1]?.toLowerCase()
    if (m[3]) return draftOf(m, { type: 'DATE', value: `${m[3]}-${code}`, mod: modOf(rel), rule: 'season' })
    if (!rel && !SEASON_PREPOSITION.test(ctx.text.slice(Math.max(0, m.index - 16), m.index))) return null
    if (wordAfter(ctx.text, m.index + m[0].length).toLowerCase() === 'of') return null
    const index = SEASON_ORDER.indexOf(code)
    const resolved = fromPublication(ctx, (a) => {
      const now = seasonOf(a.m)
      const base = now === 3 && a.m <= 2 ? a.y - 1 : a.y
      const shift = rel === 'last' ? (index < now ? 0 : -1) : rel === 'next' ? (index > now ? 0 : 1) : ctx.tense(m.index) === 'future' ? (index >= now ? 0 : 1) : (index <= now ? 0 : -1)
      return `${pad(base + shift, 4)}-${code}`
    }, `XXXX-${code}`)
    return draftOf(m, { type: 'DATE', mod: modOf(rel), rule: 'season', ...resolved })
  },
}


const SAME_QUARTER_LAST_YEAR = new Set(['year-earlier', 'year-ago', 'comparable', 'same'])

/**
 * Company-report phrases: "the quarter", "the latest quarter" (the quarter the text is about, else the last
 * completed one), "the year-earlier quarter" (the same quarter a year before), "the current quarter".
 */
export const reportQuarter: Rule = {
  name: 'report-quarter',
  triggers: ['quarter', 'period'],
  reach: 2,
  pattern: /\bthe\s+(?:(latest|current|recent|just-ended|fiscal|year-earlier|year-ago|comparable|same|previous|prior)\s+)?quarter\b(?!-|\s+(?:of|century|mile|point|percent|share|final))|\bthe\s+(latest|year-earlier|year-ago|comparable|same)\s+period\b/gi,
  make(m, ctx) {
    const which = (m[1] ?? m[2])?.toLowerCase() ?? ''
    if (which === 'current') return draftOf(m, { type: 'DATE', rule: 'report-quarter', ...fromPublication(ctx, (a) => `${pad(a.y, 4)}-Q${quarterOf(a)}`, 'XXXX-QX') })
    const n = SAME_QUARTER_LAST_YEAR.has(which) ? -4 : which === 'previous' || which === 'prior' ? -1 : 0
    const resolved = fromPublication(ctx, (a) => { const q = a.y * 4 + quarterOf(a) - 2 + n; return `${pad(Math.floor(q / 4), 4)}-Q${(q % 4) + 1}` }, 'XXXX-QX')
    return draftOf(m, { type: 'DATE', rule: 'report-quarter', narrative: true, shift: { unit: 'Q', n }, ...resolved })
  },
}


/**
 * "the year", "the full year", "the fiscal year": the year the text is about (the last anchored date's
 * year, else the publication year); "the year ended June 30" is a one-year DURATION.
 */
export const theYear: Rule = {
  name: 'the-year',
  triggers: ['year'],
  reach: 3,
  pattern: /\bthe\s+(?:full\s+|fiscal\s+|latest\s+fiscal\s+|current\s+fiscal\s+)?year\b(?![-'’])(\s+(?:ended|ending|through|to\s+date))?/gi,
  make(m, ctx) {
    if (m[1]) return draftAt(m.index, m.index + m[0].length - m[1].length, { type: 'DURATION', value: 'P1Y', rule: 'the-year' })
    return draftOf(m, { type: 'DATE', rule: 'the-year', narrative: true, shift: { unit: 'Y', n: 0 }, ...fromPublication(ctx, (a) => pad(a.y, 4), 'XXXX') })
  },
}

const TENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }
const ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }

/** Years said aloud, as in broadcast transcripts: "nineteen ninety-six", "two thousand and one". */
export const spokenYear: Rule = {
  name: 'spoken-year',
  triggers: ['nineteen', 'eighteen', 'thousand'],
  reach: 3,
  pattern: /\b(?:(?:the\s+year\s+)?(nineteen|eighteen)[- ](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(?:the\s+year\s+)two\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine))?)\b/gi,
  make(m) {
    const value = m[1] ? TENS[m[1].toLowerCase()]! * 100 + TENS[m[2]!.toLowerCase()]! + (m[3] ? ONES[m[3].toLowerCase()]! : 0) : 2000 + (m[4] ? ONES[m[4].toLowerCase()]! : 0)
    return draftOf(m, { type: 'DATE', value: String(value), rule: 'spoken-year' })
  },
}

export const yearRules: readonly Rule[] = [year, spokenYear, decade, century, quarter, reportQuarter, theYear, season]
