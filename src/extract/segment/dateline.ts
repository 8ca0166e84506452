/**
 * A wire story's dateline opens its first sentence: "PORT LIA, June 2 (Reuters) - ", "TIEL — ",
 * "OSTREL (Harbour Wire) _ ". It says where the story was filed, not who acted, so rules that look for a
 * sentence's subject start after it. The place is written in capitals; an optional comma part (region,
 * date, agency) and an agency in parentheses run to a dash (or an old wire underscore) before the text.
 */
const DATELINE = /^(\p{Lu}{2}[\p{Lu}\p{M} .'’-]*)((?:,[^\n–—_]{0,60}?)?)(\s*\([^()\n]{1,40}\))?(?:\s+|(?<=\)))(?:-{1,2}|[–—_])\s+/u

/** Where a dateline opening the text at `start` ends, or `start` when there is none. */
export function afterDateline(text: string, start: number): number {
  const m = DATELINE.exec(text.slice(start, start + 100))
  return m ? start + m[0].length : start
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase())

/**
 * The places a dateline names, most specific first, as a gazetteer spells them: "CAGUAS, Puerto Rico
 * (AP) _" gives ["Caguas", "Puerto Rico"]. Parts with digits (a date) are left out.
 */
export function datelinePlaces(text: string): string[] {
  const m = DATELINE.exec(text.slice(0, 100))
  if (!m) return []
  const parts = [m[1]!, ...m[2]!.split(',')].map((p) => p.trim()).filter((p) => p && !/\d/.test(p))
  return parts.map((p) => (p === p.toUpperCase() ? titleCase(p) : p))
}
