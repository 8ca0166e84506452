import type { Statement } from '../../model/annotations.js'

/** One line per statement for test expectations: `speaker —cue→ «content» · polarity [· flags]`. */
export function render(s: Statement): string {
  const flags = [
    s.mode !== 'indirect' ? s.mode : '',
    s.hedged ? 'hedged' : '',
    s.speakers.length > 0 ? `by ${s.speakers.join('+')}` : '',
    s.via?.length ? `via ${s.via.join('+')}` : '',
  ].filter(Boolean)
  return `${s.speakerSpan?.text ?? '∅'} —${s.cue.text}→ «${s.content.text}» · ${s.polarity}${flags.length ? ` · ${flags.join(' · ')}` : ''}`
}
