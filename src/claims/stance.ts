import type { Statement } from '../model/annotations.js'
import type { FrameLanguage } from './frame-language.js'

/**
 * admission-cue / denial-cue: the statement's cue admits ("acknowledged", "reconoció", "took
 * responsibility") or denies ("denied", "ruled out", "descartó") in so many words. The stance itself is
 * the statement's polarity and hedge, set by the attribution stage; this only names the cue, so a link
 * can show it among its rules and weigh an admission a little more than a bare "said". A cue of intention
 * ("plans to", "threatened to") reports no act at all: its content is read into no frame.
 */
export function cueStance(s: Statement, lang: FrameLanguage): 'admission' | 'denial' | 'intention' | undefined {
  const cue = s.cue.text.toLowerCase().replace(/\s+/g, ' ')
  const opens = (stems: readonly string[]) => cue.split(' ').some((_, i, ws) => stems.some((stem) => ws.slice(i).join(' ').startsWith(stem)))
  if (opens(lang.admission)) return 'admission'
  if (opens(lang.denial)) return 'denial'
  if (opens(lang.intention)) return 'intention'
  return undefined
}
