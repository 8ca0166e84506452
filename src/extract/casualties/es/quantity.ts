import {
  ES_APPROXIMATE_CUES, ES_HUNDREDS_WORDS, ES_LOWER_BOUND_CUES, ES_SCALE_WORDS, ES_TENS_WORDS, ES_UNIT_WORDS,
  ES_UPPER_BOUND_CUES, ES_VAGUE_QUANTITIES, ES_ZERO_QUANTITIES,
} from '../../../lexicon/es/numbers.js'
import { PhraseSet, type TokenText } from '../../events/token-text.js'
import { quantityReader, type Quantity } from '../quantity.js'

const lookup = (r: Readonly<Record<string, number>>) => { const m = new Map(Object.entries(r)); return (w: string) => m.get(w) }
const unit = lookup(ES_UNIT_WORDS)
const tens = lookup(ES_TENS_WORDS)
const hundreds = lookup(ES_HUNDREDS_WORDS)
const scale = lookup(ES_SCALE_WORDS)
/** "40 %", "12 años", "3 kilómetros": a share, an age or a distance, not a head count. */
const NOT_A_COUNT = new Set(['%', 'por', 'años', 'año', 'días', 'día', 'horas', 'hora', 'km', 'kilómetros', 'metros', 'millas', 'minutos', 'meses', 'semanas'])

/** A number under a thousand in words: "doscientos treinta y dos", "veinticuatro", "cien". */
function smallWords(tt: TokenText, i: number): readonly [number, number] | null {
  let k = i
  let value = 0
  const h = hundreds(tt.lower(k))
  if (h !== undefined) { value += h; k++ }
  const t = tens(tt.lower(k))
  if (t !== undefined) {
    value += t
    k++
    const u = tt.lower(k) === 'y' ? unit(tt.lower(k + 1)) : undefined
    if (u !== undefined && u > 0 && u < 10) { value += u; k += 2 }
  } else {
    const u = unit(tt.lower(k))
    if (u !== undefined) { value += u; k++ }
  }
  return k > i ? [value, k] : null
}

/** A number at token `i`: digits with Spanish separators ("1.200", "1,5 millones") or words ("treinta y dos", "dos mil"). */
export function readEsNumber(tt: TokenText, i: number): readonly [number, number] | null {
  const t = tt.tokens[i]
  if (!t) return null
  let first: readonly [number, number] | null
  if (t.kind === 'number') {
    const raw = tt.word(i)
    if (!/^\d{1,3}(?:[.\s]\d{3})*(?:,\d+)?$|^\d+$/.test(raw)) return null
    first = [Number(raw.replace(/[.\s]/g, '').replace(',', '.')), i + 1]
  } else {
    first = tt.lower(i) === 'mil' ? [1, i] : smallWords(tt, i)
  }
  if (!first) return null
  let [value, end] = first
  for (let s = scale(tt.lower(end)); s; s = scale(tt.lower(end))) {
    value *= s
    end++
    const rest = s === 1_000 ? smallWords(tt, end) : null
    if (rest) [value, end] = [value + rest[0], rest[1]]
  }
  if (NOT_A_COUNT.has(tt.lower(end)) || /[$€£]$/.test(tt.text.slice(Math.max(0, t.start - 1), t.start))) return null
  return [Math.round(value), end]
}

/** "entre 10 y 15", "de 10 a 15", "10 o 12". */
function readRange(tt: TokenText, i: number): Quantity | null {
  const opener = tt.lower(i)
  const bracketed = opener === 'entre' || opener === 'de'
  const a = readEsNumber(tt, bracketed ? i + 1 : i)
  if (!a) return null
  const joiner = tt.lower(a[1])
  if (opener === 'entre' ? joiner !== 'y' : opener === 'de' ? joiner !== 'a' : joiner !== 'o' && joiner !== '-') return null
  const b = readEsNumber(tt, a[1] + 1)
  if (!b || b[0] <= a[0]) return null
  return { start: i, end: b[1], count: null, low: a[0], high: b[0] }
}

/**
 * A Spanish quantity at token `i`: zero ("ningún", "ninguno de los"), a range, a number with a floor,
 * ceiling or hedge ("al menos 12", "hasta 40", "unos 30"), or a vague word ("decenas de", "unos pocos").
 */
export const readEsQuantity = quantityReader({
  zero: PhraseSet.of(ES_ZERO_QUANTITIES), vague: PhraseSet.of(ES_VAGUE_QUANTITIES), lower: PhraseSet.of(ES_LOWER_BOUND_CUES),
  upper: PhraseSet.of(ES_UPPER_BOUND_CUES), approx: PhraseSet.of(ES_APPROXIMATE_CUES), readNumber: readEsNumber, readRange, vagueTail: /\s+de$/,
})
