import { ES_HEDGE_PHRASES, ES_HEDGE_WORDS, ES_VERB_NEGATIONS } from '../../../lexicon/es/cues.js'
import {
  ES_ANALYST_NOUNS, ES_ANONYMOUS_MARKERS, ES_BODY_HEADS, ES_MEDIA_NOUNS, ES_NGO_NOUNS, ES_OFFICIAL_NOUNS, ES_PERSON_HEADS,
  ES_SPOKESPERSON_NOUNS, ES_STATE_MEDIA_MARKERS,
} from '../../../lexicon/es/source-types.js'
import type { SourceType } from '../../../model/annotations.js'
import { hedgeSet } from '../hedges.js'
import type { AttributionLanguage } from '../language.js'
import type { Want } from '../speakers.js'
import * as ES_QUOTED from '../../../lexicon/es/quoted-clause.js'
import type { QuotedClauseWords } from '../quoted-clause.js'
import { findEsDrafts } from './find-drafts.js'
import { negatedContentEs } from './polarity.js'

/** A phrase list as one case-insensitive regex; `\b` knows no accented letters, so the edges are written out. */
const phraseRe = (list: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${list.join('|')})(?![\\p{L}])`, 'iu')

const BY_WORDS: ReadonlyArray<readonly [SourceType, RegExp]> = [
  ['anonymous', phraseRe(ES_ANONYMOUS_MARKERS)],
  ['state-media', phraseRe(ES_STATE_MEDIA_MARKERS)],
  ['spokesperson', phraseRe(ES_SPOKESPERSON_NOUNS)],
  ['analyst', phraseRe(ES_ANALYST_NOUNS)],
  ['ngo', phraseRe(ES_NGO_NOUNS)],
  ['independent-media', phraseRe(ES_MEDIA_NOUNS)],
]

const PERSON = new Set<string>(ES_PERSON_HEADS)
const BODY = new Set<string>(ES_BODY_HEADS)
/** A spokesperson speaks for a person or a body alike: "el portavoz" is whoever spoke last through one. */
const VOICE = new Set(['portavoz', 'vocero', 'vocera'])
const ARTICLE = /^(el|la|los|las|este|esta|estos|estas|dicho|dicha|su|sus)$/

/** The head of a Spanish description is its first noun, after the article: "el portavoz del ministerio" → portavoz. */
function wantedEs(text: string): { want: Want; head: string } {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const head = words.find((w) => !ARTICLE.test(w)) ?? ''
  if (/^(ellos|ellas|nosotros|estos|estas)$/.test(head)) return { want: 'plural', head }
  if (VOICE.has(head)) return { want: 'voice', head }
  if (PERSON.has(head)) return { want: 'person', head }
  if (BODY.has(head)) return { want: 'body', head }
  return { want: /[^s]s$/.test(head) ? 'plural' : 'any', head }
}

const ANONYMITY = /anonimato|(?:pidió|pidieron|quiso|quisieron) no ser identificad[oa]s?|no (?:estaba|estaban|está|están) autorizad[oa]s? a hablar/giu

const SPANISH_QUOTED_CLAUSE: QuotedClauseWords = {
  finite: new Set(ES_QUOTED.ES_FINITE_VERBS), openers: new Set(ES_QUOTED.ES_QUOTED_CLAUSE_OPENERS),
  participle: ES_QUOTED.ES_PARTICIPLE_ENDING, irregularVerbs: new Set(ES_QUOTED.ES_IRREGULAR_VERB_FORMS),
  adverb: ES_QUOTED.ES_ADVERB_ENDING, verbFollowers: new Set(ES_QUOTED.ES_VERB_FOLLOWERS),
  infinitiveMarkers: new Set(ES_QUOTED.ES_INFINITIVE_MARKERS),
}

export const SPANISH: AttributionLanguage = {
  findDrafts: findEsDrafts,
  polarity: { negations: new Set<string>(ES_VERB_NEGATIONS), negatedContent: negatedContentEs },
  hedges: hedgeSet(ES_HEDGE_WORDS, ES_HEDGE_PHRASES),
  sourceTypes: { byWords: BY_WORDS, official: phraseRe(ES_OFFICIAL_NOUNS) },
  reference: {
    refersBack: /^\s*(?:el|la|los|las|este|esta|estos|estas|él|ella|ellos|ellas|dicho|dicha)(?![\p{L}])/iu,
    wanted: wantedEs,
    aside: /,\s*(?:quien|quienes|que|cuyo|cuya|cuyos|cuyas|donde)(?![\p{L}])/u,
  },
  quotedClause: SPANISH_QUOTED_CLAUSE,
  anonymityMarks: (text) => (text.includes('anonimato') || text.includes('identificad') || text.includes('autorizad') ? [...text.matchAll(ANONYMITY)].map((m) => m.index) : []),
}
