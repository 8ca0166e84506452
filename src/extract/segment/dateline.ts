/**
 * A wire story's dateline opens its first sentence: "PORT LIA, June 2 (Reuters) - ", "TIEL — ". It says
 * where the story was filed, not who acted, so rules that look for a sentence's subject start after it.
 * The place is written in capitals; an optional comma part (date, agency) runs to a spaced dash.
 */
const DATELINE = /^\p{Lu}{2}[\p{Lu}\p{M} .'’-]*(?:,[^\n–—]{0,60}?)?\s+(?:-{1,2}|[–—])\s+/u

/** Where a dateline opening the text at `start` ends, or `start` when there is none. */
export function afterDateline(text: string, start: number): number {
  const m = DATELINE.exec(text.slice(start, start + 100))
  return m ? start + m[0].length : start
}
