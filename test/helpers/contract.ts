import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import type { Extraction } from '../../src/model/extraction.js'

const schema = JSON.parse(readFileSync(new URL('../../schema/extraction.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)

/** Problems with an extraction: schema violations, and spans whose text is not the slice they claim. */
export function contractProblems(x: Extraction): string[] {
  const problems = validate(x) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
  const text = x.document.text
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}/${i}`))
    if (!value || typeof value !== 'object') return
    const o = value as Record<string, unknown>
    if (typeof o['start'] === 'number' && typeof o['end'] === 'number' && typeof o['text'] === 'string') {
      if (text.slice(o['start'], o['end']) !== o['text']) problems.push(`${path}: span text differs from the document slice`)
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'document') visit(v, `${path}/${k}`)
  }
  visit(x, '')
  return problems
}
