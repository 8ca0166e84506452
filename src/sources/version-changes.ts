import type { Casualty, Statement } from '../model/annotations.js'
import type { Extraction } from '../model/extraction.js'
import type { SnapshotChange } from '../ledger/snapshots.js'

/**
 * What changed between two versions of one page, in what it reports: a casualty figure whose number
 * moved for the same group and status, and a statement whose words changed for the same speakers.
 * Stealth edits are news, so each is flagged with the old words beside the new.
 */
export function versionChanges(before: Extraction, after: Extraction): SnapshotChange[] {
  return [
    ...paired('figure', byKey(before.casualties, figureKey, figureValue), byKey(after.casualties, figureKey, figureValue)),
    ...paired('statement', byKey(before.statements, speakerKey(before), (s) => s.content.text), byKey(after.statements, speakerKey(after), (s) => s.content.text)),
  ]
}

const figureKey = (c: Casualty) => `${c.status}|${c.group.trim().toLowerCase()}`
const figureValue = (c: Casualty) => c.span.text

const speakerKey = (x: Extraction) => {
  const names = new Map(x.actors.map((a) => [a.id, a.name]))
  return (s: Statement) => s.speakers.map((id) => names.get(id) ?? id).sort().join(' & ') || '(no speaker)'
}

function byKey<T>(items: readonly T[], key: (t: T) => string, value: (t: T) => string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), value(item)])
  return out
}

/** Under each key, what only the old version says pairs with what only the new one says, in order. */
function paired(kind: SnapshotChange['kind'], before: Map<string, string[]>, after: Map<string, string[]>): SnapshotChange[] {
  const out: SnapshotChange[] = []
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(key) ?? []
    const now = after.get(key) ?? []
    const gone = old.filter((v) => !now.includes(v))
    const added = now.filter((v) => !old.includes(v))
    for (let i = 0; i < Math.max(gone.length, added.length); i++) {
      out.push({ kind, ...(gone[i] !== undefined ? { before: gone[i] } : {}), ...(added[i] !== undefined ? { after: added[i] } : {}) })
    }
  }
  return out
}
