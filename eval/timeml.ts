/** Reads TimeML 1.2.1 documents: the text inside <TEXT> with its tags stripped, and the TIMEX3s in it with offsets. */

export interface GoldTimex {
  readonly tid: string
  readonly start: number
  readonly end: number
  readonly type: string
  readonly value: string
  readonly mod?: string
}

export interface TimeMLDoc {
  readonly id: string
  /** Document creation time (`YYYY-MM-DD`), the anchor of relative expressions. */
  readonly dct: string | null
  readonly text: string
  readonly timexes: readonly GoldTimex[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()]!)

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag)
  return m ? decode(m[1]!) : undefined
}

/** Parses one .tml document; the TEXT content keeps its line breaks so offsets match the plain text. */
export function parseTimeML(xml: string): TimeMLDoc {
  const id = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(xml)?.[1] ?? ''
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1]
  const dct = dctTag ? (/^\d{4}-\d{2}-\d{2}/.exec(attr(dctTag, 'value') ?? '')?.[0] ?? null) : null
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? ''
  let text = ''
  const timexes: GoldTimex[] = []
  let open: { tag: string; start: number } | null = null
  let last = 0
  for (const m of body.matchAll(/<[^>]+>/g)) {
    text += decode(body.slice(last, m.index))
    last = m.index + m[0].length
    const tag = m[0]
    if (tag.startsWith('<TIMEX3')) open = { tag, start: text.length }
    else if (tag === '</TIMEX3>' && open) {
      const { tag: t, start } = open
      timexes.push({ tid: attr(t, 'tid') ?? '', start, end: text.length, type: attr(t, 'type') ?? '', value: attr(t, 'value') ?? '', ...(attr(t, 'mod') ? { mod: attr(t, 'mod') } : {}) })
      open = null
    }
  }
  text += decode(body.slice(last))
  return { id, dct, text, timexes }
}
