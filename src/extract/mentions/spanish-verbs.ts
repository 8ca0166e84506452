import { ACTION_VERBS_ES, REPORTING_VERBS_ES } from '../../lexicon/es/agent-verbs.js'
import { ES_DENIAL_VERBS, ES_SPEECH_VERBS } from '../../lexicon/es/cues.js'
import { thirdPersonForms } from '../../lexicon/es/conjugation.js'

/** How a verb form may follow its subject: a finite form alone, a participle or infinitive only after an auxiliary. */
export type VerbFormKind = 'finite' | 'participle' | 'infinitive'

export interface VerbForm {
  readonly kind: VerbFormKind
  /** A reporting verb: its subject is a source, and it may come before an inverted subject. */
  readonly reporting: boolean
}

function buildForms(): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>()
  const put = (verbs: readonly string[], reporting: boolean) => {
    for (const verb of verbs) {
      const f = thirdPersonForms(verb)
      for (const w of [...f.present, ...f.past, ...f.future]) forms.set(w, { kind: 'finite', reporting })
      if (!forms.has(f.participle)) forms.set(f.participle, { kind: 'participle', reporting })
      if (!forms.has(f.infinitive)) forms.set(f.infinitive, { kind: 'infinitive', reporting })
    }
  }
  put(ACTION_VERBS_ES, false)
  put([...ES_SPEECH_VERBS, ...ES_DENIAL_VERBS, ...REPORTING_VERBS_ES], true)
  return forms
}

/** Every agent verb form, lower case. */
export const VERB_FORMS_ES: ReadonlyMap<string, VerbForm> = buildForms()
