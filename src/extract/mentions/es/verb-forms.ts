import { ACTION_VERBS_ES, IRREGULAR_VERBS_ES, REPORTING_VERBS_ES } from '../../../lexicon/es/agent-verbs.js'

/** How a verb form may follow its subject: a finite form alone, a participle or infinitive only after an auxiliary. */
export type VerbFormKind = 'finite' | 'participle' | 'infinitive'

export interface VerbForm {
  readonly kind: VerbFormKind
  /** A reporting verb: its subject is a source, and it may come before an inverted subject. */
  readonly reporting: boolean
}

/**
 * The third-person forms of a verb a news subject takes, by the regular paradigms of -ar, -er and -ir
 * (present, preterite, imperfect, future, conditional; participle; infinitive), irregular ones as listed:
 * "negar" → niega, niegan, negó, negaron, negaba, negará, negaría, negado, negar.
 */
export function thirdPersonForms(infinitive: string): { finite: string[]; participle: string; infinitive: string } {
  const stem = infinitive.slice(0, -2)
  const ar = infinitive.endsWith('ar')
  const irregular = IRREGULAR_VERBS_ES[infinitive] ?? {}
  const present = irregular.present ?? stem + (ar ? 'a' : 'e')
  const past = irregular.past ?? stem + (ar ? 'ó' : 'ió')
  const pastPlural = irregular.pastPlural ?? stem + (ar ? 'aron' : 'ieron')
  const imperfect = stem + (ar ? 'aba' : 'ía')
  const finite = [present, `${present}n`, past, pastPlural, imperfect, `${imperfect}n`, `${infinitive}á`, `${infinitive}án`, `${infinitive}ía`, `${infinitive}ían`]
  return { finite, participle: irregular.participle ?? stem + (ar ? 'ado' : 'ido'), infinitive }
}

function buildForms(): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>()
  const put = (verbs: readonly string[], reporting: boolean) => {
    for (const verb of verbs) {
      const f = thirdPersonForms(verb)
      for (const w of f.finite) forms.set(w, { kind: 'finite', reporting })
      if (!forms.has(f.participle)) forms.set(f.participle, { kind: 'participle', reporting })
      if (!forms.has(f.infinitive)) forms.set(f.infinitive, { kind: 'infinitive', reporting })
    }
  }
  put(ACTION_VERBS_ES, false)
  put(REPORTING_VERBS_ES, true)
  return forms
}

/** Every agent verb form, lower case. */
export const VERB_FORMS_ES: ReadonlyMap<string, VerbForm> = buildForms()
