/**
 * Spanish third-person verb forms, for every stage that reads verbs (mentions: who acts; attribution:
 * reporting cues). Regular forms follow the -ar / -er / -ir paradigms of the RAE's Nueva gramática;
 * irregular ones are listed. Source: RAE conjugation paradigms, written here.
 */

interface Irregular {
  readonly present?: string
  readonly past?: string
  readonly pastPlural?: string
  readonly participle?: string
  readonly gerund?: string
  /** Stem of the future and conditional ("dir" → dirá, diría). */
  readonly future?: string
}

/** Irregular third-person forms, by infinitive; what is missing is regular. */
export const IRREGULAR_VERBS_ES: Readonly<Record<string, Irregular>> = {
  decir: { present: 'dice', past: 'dijo', pastPlural: 'dijeron', participle: 'dicho', gerund: 'diciendo', future: 'dir' },
  negar: { present: 'niega' },
  sostener: { present: 'sostiene', past: 'sostuvo', pastPlural: 'sostuvieron', future: 'sostendr' },
  mantener: { present: 'mantiene', past: 'mantuvo', pastPlural: 'mantuvieron', future: 'mantendr' },
  advertir: { present: 'advierte', past: 'advirtió', pastPlural: 'advirtieron', gerund: 'advirtiendo' },
  desmentir: { present: 'desmiente', past: 'desmintió', pastPlural: 'desmintieron', gerund: 'desmintiendo' },
  pedir: { present: 'pide', past: 'pidió', pastPlural: 'pidieron', gerund: 'pidiendo' },
  sugerir: { present: 'sugiere', past: 'sugirió', pastPlural: 'sugirieron', gerund: 'sugiriendo' },
  atribuir: { present: 'atribuye', past: 'atribuyó', pastPlural: 'atribuyeron', gerund: 'atribuyendo' },
  concluir: { present: 'concluye', past: 'concluyó', pastPlural: 'concluyeron', gerund: 'concluyendo' },
  defender: { present: 'defiende' },
  prever: { present: 'prevé', past: 'previó', pastPlural: 'previeron', participle: 'previsto', gerund: 'previendo' },
  escribir: { participle: 'escrito' },
  proponer: { present: 'propone', past: 'propuso', pastPlural: 'propusieron', participle: 'propuesto', future: 'propondr' },
  imponer: { present: 'impone', past: 'impuso', pastPlural: 'impusieron', participle: 'impuesto', future: 'impondr' },
  pensar: { present: 'piensa' },
  saber: { past: 'supo', pastPlural: 'supieron', future: 'sabr' },
  romper: { participle: 'roto' },
  cerrar: { present: 'cierra' },
  acordar: { present: 'acuerda' },
  recordar: { present: 'recuerda' },
  contar: { present: 'cuenta' },
  manifestar: { present: 'manifiesta' },
  creer: { past: 'creyó', pastPlural: 'creyeron', gerund: 'creyendo' },
  detener: { present: 'detiene', past: 'detuvo', pastPlural: 'detuvieron', future: 'detendr' },
}

/** The third-person forms of a verb a news subject takes, singular and plural, by tense. */
export interface ThirdPerson {
  readonly present: readonly string[]
  /** Preterite and imperfect. */
  readonly past: readonly string[]
  /** Future and conditional. */
  readonly future: readonly string[]
  readonly participle: string
  readonly gerund: string
  readonly infinitive: string
}

/** "negar" → niega, niegan; negó, negaron, negaba, negaban; negará, negarán, negaría, negarían; negado; negando. */
export function thirdPersonForms(infinitive: string): ThirdPerson {
  const stem = infinitive.slice(0, -2)
  const ar = infinitive.endsWith('ar')
  const irregular = IRREGULAR_VERBS_ES[infinitive] ?? {}
  const present = irregular.present ?? stem + (ar ? 'a' : 'e')
  const imperfect = stem + (ar ? 'aba' : 'ía')
  const future = irregular.future ?? infinitive
  return {
    present: [present, `${present}n`],
    past: [irregular.past ?? stem + (ar ? 'ó' : 'ió'), irregular.pastPlural ?? stem + (ar ? 'aron' : 'ieron'), imperfect, `${imperfect}n`],
    future: [`${future}á`, `${future}án`, `${future}ía`, `${future}ían`],
    participle: irregular.participle ?? stem + (ar ? 'ado' : 'ido'),
    gerund: irregular.gerund ?? stem + (ar ? 'ando' : 'iendo'),
    infinitive,
  }
}
