import type { Sentence } from '../../../model/annotations.js'
import {
  ES_ACCORDING_PHRASES, ES_BARE_OBJECT_VERBS, ES_DENIAL_VERBS, ES_MODALS, ES_SPEECH_VERBS,
} from '../../../lexicon/es/cues.js'
import { thirdPersonForms } from '../../../lexicon/es/conjugation.js'
import type { CueForm } from '../cue-lexicon.js'
import type { Ctx } from '../draft.js'
import type { Cue } from '../cues.js'

/** Spanish verb forms: 'participle' reports only after "ha" / "había" ("ha dicho"). */
export type EsForm = CueForm | 'participle'

interface EsVerb {
  readonly lemma: string
  readonly form: EsForm
  readonly denial: boolean
  readonly weak: boolean
}

/** Third-person forms of a verb (src/lexicon/es/conjugation.ts), with the form each one is. */
function conjugate(infinitive: string): Array<[string, EsForm]> {
  const f = thirdPersonForms(infinitive)
  return [
    [infinitive, 'base'], ...f.past.map((w): [string, EsForm] => [w, 'past']), ...f.present.map((w): [string, EsForm] => [w, 'present']),
    [f.participle, 'participle'], [f.gerund, 'ing'],
  ]
}

const denials = new Set<string>(ES_DENIAL_VERBS)
const bare = new Set<string>(ES_BARE_OBJECT_VERBS)

/** Every form of every Spanish cue verb. */
export const ES_VERBS: ReadonlyMap<string, EsVerb> = (() => {
  const map = new Map<string, EsVerb>()
  for (const lemma of [...ES_SPEECH_VERBS, ...ES_DENIAL_VERBS]) {
    const entry = (form: EsForm): EsVerb => ({ lemma, form, denial: denials.has(lemma), weak: !bare.has(lemma) })
    for (const [w, form] of conjugate(lemma)) if (!map.has(w)) map.set(w, entry(form))
  }
  return map
})()

const ACCORDING: readonly (readonly string[])[] = ES_ACCORDING_PHRASES.map((p) => p.split(' ')).sort((a, b) => b.length - a.length)
const ACCORDING_START = new Set(ACCORDING.map((p) => p[0]!))
const MODAL = new Set<string>(ES_MODALS)
const HABER = /^(ha|han|había|habían|habría|habrían|hubo|haber|habiendo)$/

/** The cue's form as the statement-time rules read it: a participle after "ha" is a past report. */
export const cueForm = (form: EsForm): CueForm => (form === 'participle' ? 'past' : form)

/** Cheap scan of one sentence for Spanish reporting verbs and "según" phrases, in text order. */
export function findEsCues(ctx: Ctx, s: Sentence): Cue[] {
  const cues: Cue[] = []
  for (let i = s.firstToken; i < s.endToken; i++) {
    const w = ctx.lower(i)
    if (ACCORDING_START.has(w)) {
      const p = ACCORDING.find((words) => words.every((x, k) => ctx.lower(i + k) === x))
      if (p) {
        cues.push({ first: i, end: i + p.length, kind: 'according', lemma: p.join(' '), form: 'past', denial: false, weak: false })
        i += p.length - 1
        continue
      }
    }
    const verb = ES_VERBS.get(w)
    if (!verb || ctx.tokens[i]!.kind !== 'word') continue
    const prev = ctx.lower(i - 1)
    // "La Declaración", "el Informe": a capital inside a sentence is a name, not a verb.
    if (i > s.firstToken && ctx.isCapitalized(i) && !/^[«“"—–-]$/.test(prev)) continue
    // "ha dicho", "había negado": a participle reports only after "haber"; alone it is an adjective ("el plan anunciado").
    if (verb.form === 'participle' && !HABER.test(prev)) continue
    // "no puede confirmar", "volvió a negar": an infinitive reports only after a modal.
    if (verb.form === 'base' && !MODAL.has(prev)) continue
    // "la denuncia", "una afirmación": a determiner before a present form makes it a noun.
    if (verb.form === 'present' && /^(la|el|una|un|su|sus|las|los|esta|este|esa|dicha)$/.test(prev)) continue
    cues.push({ first: i, end: i + 1, kind: 'verb', lemma: verb.lemma, form: cueForm(verb.form), denial: verb.denial, weak: verb.weak })
  }
  return cues
}
