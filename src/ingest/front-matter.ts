/** YAML front matter at the top of a Markdown file: the flat `key: value` lines articles use for metadata. */

export interface FrontMatter {
  /** The body after the closing `---` (the whole text when there is no front matter). */
  readonly body: string
  readonly fields: ReadonlyMap<string, string>
}

const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/
const FIELD = /^([A-Za-z_][\w.-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/

/**
 * Reads only top-level scalar fields; nested maps, lists and multi-line values are skipped rather than
 * misread (a full YAML parser is not needed for the handful of metadata keys we use).
 */
export function splitFrontMatter(text: string): FrontMatter {
  const m = BLOCK.exec(text)
  if (!m) return { body: text, fields: new Map() }
  const fields = new Map<string, string>()
  for (const line of m[1]!.split(/\r?\n/)) {
    const f = FIELD.exec(line)
    if (!f) continue
    const value = unquote(f[2]!)
    if (value !== '' && !/^[|>[{&*!]/.test(value)) fields.set(f[1]!.toLowerCase(), value)
  }
  return { body: text.slice(m[0].length), fields }
}

/** The first field present among `keys` (front matter in the wild names the same thing several ways). */
export function field(fields: ReadonlyMap<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const v = fields.get(key)
    if (v !== undefined) return v
  }
  return undefined
}

function unquote(raw: string): string {
  const single = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(raw)
  if (single) return single[1]!.replace(/''/g, "'")
  const double = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(raw)
  if (double) return double[1]!.replace(/\\(["\\])/g, '$1')
  return raw.replace(/\s+#.*$/, '')
}
