import { tenseReader } from '../tense.js'

// Cheap Spanish tense cues. Future: the synthetic future ("atacará", "serán"), the conditional of
// reported plans ("viajaría"), "ir a" + infinitive, and words of plans ("prevé", "próximo").
// Past: the preterite ("atacó", "murieron"), the imperfect ("había", "estaba"), the present perfect
// ("ha dicho") and the irregular preterites news uses most. The nearest cue wins.
const L = '\\p{L}'
const FUTURE = new RegExp(
  `(?<!${L})(?:${L}{2,}(?:rá|rán|remos|aría|ería|iría|dría|arían|erían|irían|drían)|irá|irán|(?:va|van|vamos|iba|iban)\\s+a\\s+${L}+r(?:se|lo|la|le)?|prevé|prevén|prevista|previsto|previstas|previstos|planea|planean|programad[oa]s?|próxim[oa]s?|que\\s+viene|pretenden?|se\\s+espera)(?!${L})`,
  'giu',
)
const PAST = new RegExp(
  `(?<!${L})(?:fue|fueron|era|eran|hubo|dijo|dijeron|hizo|hicieron|tuvo|tuvieron|estuvo|estuvieron|pudo|pudieron|puso|pusieron|vino|vinieron|quiso|dio|dieron|vio|vieron|ayer|anteayer|anoche|hace|pasad[oa]|(?:ha|han|hemos)\\s+${L}+(?:ado|ada|ido|ida|to|cho|so)|${L}{2,}(?:ó|aron|ieron|aba|aban|ábamos|ía|ían))(?!${L})`,
  'giu',
)

/** Nouns ending like a conditional or imperfect ("cancillería", "día"): no sign of tense. */
const NOUNS = new Set([
  'día', 'todavía', 'policía', 'vía', 'mayoría', 'minoría', 'economía', 'compañía', 'energía', 'fiscalía', 'alcaldía',
  'garantía', 'soberanía', 'ciudadanía', 'autonomía', 'categoría', 'teoría', 'monarquía', 'jerarquía', 'oligarquía',
  'secretaría', 'cancillería', 'tesorería', 'galería', 'batería', 'lotería', 'ingeniería', 'consejería', 'librería',
  'artillería', 'infantería', 'caballería', 'enfermería', 'ganadería', 'minería', 'piratería', 'travesía', 'alegría',
  'melodía', 'cercanía', 'lejanía', 'valentía', 'cobardía', 'hegemonía', 'amnistía', 'avería', 'porfía',
])
const NOUN_ENDINGS = /(?:logía|grafía|nomía|sofía|quía|patía|metría|scopía)$/

const isNoun = (m: RegExpExecArray) => {
  const word = m[0].toLowerCase()
  return NOUNS.has(word) || NOUN_ENDINGS.test(word)
}

/** Tense of the Spanish clause around `at`: future for "-rá", "va a", "prevé"; past for "-ó", "-aron", "había". */
export const tenseAroundEs = tenseReader({ future: FUTURE, past: PAST, notPast: () => isNoun, notFuture: () => isNoun })
