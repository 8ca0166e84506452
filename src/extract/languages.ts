import type { AttributionLanguage } from './attribution/language.js'
import { ENGLISH as ENGLISH_ATTRIBUTION } from './attribution/language.js'
import { SPANISH as SPANISH_ATTRIBUTION } from './attribution/es/language.js'
import { ENGLISH as ENGLISH_CASUALTIES, SPANISH as SPANISH_CASUALTIES, type CasualtyLanguage } from './casualties/index.js'
import { ENGLISH as ENGLISH_EVENTS } from './events/english.js'
import { SPANISH as SPANISH_EVENTS } from './events/spanish.js'
import type { EventLanguage } from './events/language.js'
import type { MentionLanguage } from './mentions/language.js'
import { ENGLISH as ENGLISH_MENTIONS } from './mentions/english.js'
import { SPANISH as SPANISH_MENTIONS } from './mentions/spanish.js'
import { english as ENGLISH_TIME, type TimeLanguage } from './time/language.js'
import { spanish as SPANISH_TIME } from './time/es/index.js'
import { ENGLISH_SENTENCES, SPANISH_SENTENCES, type SentenceLanguage } from './segment/sentences.js'
import { ENGLISH as ENGLISH_PLACES, SPANISH as SPANISH_PLACES, type LocalityLanguage } from './places/language.js'
import { ENGLISH_FRAMES, SPANISH_FRAMES, type FrameLanguage } from '../claims/frame-language.js'

/**
 * Everything one language gives the pipeline: one object per stage, each read by that stage's single
 * rule set. A language is chosen once, when its pipeline is built (`stagesFor`), never inside a stage.
 */
export interface PipelineLanguage {
  /** ISO 639-1 tag. */
  readonly tag: string
  /** Abbreviations that decide where sentences end. */
  readonly sentences: SentenceLanguage
  readonly mentions: MentionLanguage
  readonly places: LocalityLanguage
  readonly time: TimeLanguage
  readonly events: EventLanguage
  readonly attribution: AttributionLanguage
  readonly casualties: CasualtyLanguage
  readonly claims: FrameLanguage
}

export const ENGLISH: PipelineLanguage = {
  tag: 'en', sentences: ENGLISH_SENTENCES, mentions: ENGLISH_MENTIONS, places: ENGLISH_PLACES, time: ENGLISH_TIME, events: ENGLISH_EVENTS,
  attribution: ENGLISH_ATTRIBUTION, casualties: ENGLISH_CASUALTIES, claims: ENGLISH_FRAMES,
}

export const SPANISH: PipelineLanguage = {
  tag: 'es', sentences: SPANISH_SENTENCES, mentions: SPANISH_MENTIONS, places: SPANISH_PLACES, time: SPANISH_TIME, events: SPANISH_EVENTS,
  attribution: SPANISH_ATTRIBUTION, casualties: SPANISH_CASUALTIES, claims: SPANISH_FRAMES,
}

/** Languages with rules of their own, by tag. */
export const LANGUAGES: ReadonlyMap<string, PipelineLanguage> = new Map([ENGLISH, SPANISH].map((l) => [l.tag, l]))

/** The language a document is read in: its own when we have rules for it, else English. */
export const languageFor = (tag: string | undefined): PipelineLanguage => LANGUAGES.get(tag ?? 'en') ?? ENGLISH
