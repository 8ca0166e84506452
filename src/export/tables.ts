import type { Db } from '../ledger/db.js'
import type { LedgerDoc } from '../model/ledger.js'
import { streamLedgerDocs } from '../ledger/snapshot.js'
import type { Casualty, Statement, TimeRef } from '../model/annotations.js'
import type { Claim, Disagreement, LedgerActor, LedgerEvent, Reversal, TimelineEntry } from '../model/ledger.js'
import { streamLedger } from '../ledger/analyses.js'
import { webUrlOnly } from '../fields.js'
import { csvRows, type Cell, type Columns } from './csv.js'
import type { Table } from './formats.js'
import { talliesCsv } from './tallies.js'

export { TABLES, type Table } from './formats.js'

const time = (t: TimeRef | undefined) => (t?.value ?? (t?.after || t?.before ? `${t.after ?? ''}..${t.before ?? ''}` : ''))
const list = (xs: readonly Cell[] | undefined) => (xs ?? []).join('; ')
const source: Columns<{ doc: LedgerDoc }> = [
  ['doc_id', (r) => r.doc.id], ['published', (r) => r.doc.published], ['outlet', (r) => r.doc.outlet], ['url', (r) => webUrlOnly(r.doc.url)],
]
type InDoc<T> = { doc: LedgerDoc; item: T; name: (id: string | undefined) => string | undefined }

async function* perDocument<T>(docs: AsyncIterable<LedgerDoc>, pick: (d: LedgerDoc) => readonly T[]): AsyncGenerator<InDoc<T>> {
  for await (const doc of docs) {
    const names = new Map(doc.extraction.actors.map((a) => [a.id, a.name]))
    const name = (id: string | undefined) => (id ? names.get(id) ?? id : undefined)
    for (const item of pick(doc)) yield { doc, item, name }
  }
}

const statementColumns: Columns<InDoc<Statement>> = [
  ...source, ['id', (r) => r.item.id], ['speakers', (r) => list(r.item.speakers.map(r.name))], ['speaker_ids', (r) => list(r.item.speakers)],
  ['cue', (r) => r.item.cue.text], ['content', (r) => r.item.content.text], ['mode', (r) => r.item.mode], ['polarity', (r) => r.item.polarity],
  ['hedged', (r) => r.item.hedged ?? false], ['time', (r) => time(r.item.time)], ['source_type', (r) => r.item.sourceType],
  ['start', (r) => r.item.content.start], ['end', (r) => r.item.content.end], ['review', (r) => r.item.review?.status],
]

const casualtyColumns: Columns<InDoc<Casualty>> = [
  ...source, ['id', (r) => r.item.id], ['count', (r) => r.item.count], ['vague', (r) => r.item.vague], ['low', (r) => r.item.low], ['high', (r) => r.item.high],
  ['group', (r) => r.item.group], ['country', (r) => r.item.country], ['role', (r) => r.item.role], ['status', (r) => r.item.status],
  ['reported_by', (r) => r.name(r.item.reportedBy)], ['reported_on', (r) => time(r.item.reportedOn)], ['event', (r) => r.item.event],
  ['evidence', (r) => r.item.span.text], ['start', (r) => r.item.span.start], ['end', (r) => r.item.span.end], ['review', (r) => r.item.review?.status],
]

const eventColumns: Columns<LedgerEvent> = [
  ['id', (e) => e.id], ['kind', (e) => e.kind], ['summary', (e) => e.summary], ['date', (e) => e.date], ['location', (e) => e.location],
  ['actors', (e) => list(e.actors)], ['targets', (e) => list(e.targets)], ['mentions', (e) => e.mentions.length],
  ['documents', (e) => list([...new Set(e.mentions.map((m) => m.docId))])],
]

const actorColumns: Columns<LedgerActor> = [
  ['id', (a) => a.id], ['name', (a) => a.name], ['type', (a) => a.type], ['country', (a) => a.country], ['member_of', (a) => a.memberOf],
  ['roles', (a) => list(a.roles.map((r) => `${r.role}${r.from || r.to ? ` (${r.from ?? ''}..${r.to ?? ''})` : ''}`))],
  ['aliases', (a) => list(a.aliases)], ['mentions', (a) => a.mentions], ['documents', (a) => list(a.documents)],
]

const claims = (cs: readonly Claim[]) => ({
  dates: list(cs.map((c) => time(c.time))), quotes: list(cs.map((c) => c.evidence.span.text)), docs: list(cs.map((c) => c.evidence.docId)),
})
const reversalColumns: Columns<Reversal> = [
  ['id', (r) => r.id], ['actor', (r) => r.actor], ['proposition', (r) => r.proposition.text], ['rating', (r) => r.rating], ['rating_reason', (r) => r.ratingReason],
  ['status', (r) => r.status], ['score', (r) => r.score], ['rules', (r) => list(r.rules)], ['rule', (r) => r.rule], ['earlier_dates', (r) => claims(r.earlier).dates], ['earlier_evidence', (r) => claims(r.earlier).quotes], ['earlier_docs', (r) => claims(r.earlier).docs],
  ['later_dates', (r) => claims(r.later).dates], ['later_evidence', (r) => claims(r.later).quotes], ['later_docs', (r) => claims(r.later).docs], ['why', (r) => r.why],
]
const disagreementColumns: Columns<Disagreement> = [
  ['id', (d) => d.id], ['proposition', (d) => d.proposition.text], ['overlap', (d) => time(d.overlap)],
  ['status', (d) => d.status], ['score', (d) => d.score], ['rules', (d) => list(d.rules)],
  ['sides', (d) => d.sides.map((s) => `${s.polarity}: ${s.actors.join(' & ')}`).join(' | ')],
  ['evidence', (d) => d.sides.map((s) => claims(s.claims).quotes).join(' | ')], ['why', (d) => d.why],
]
const timelineColumns: Columns<TimelineEntry> = [
  ['key', (t) => t.key], ['kind', (t) => t.kind], ['time', (t) => time(t.time)], ['actors', (t) => list(t.actors)], ['text', (t) => t.text],
  ['doc_id', (t) => t.evidence.docId], ['published', (t) => t.evidence.published], ['outlet', (t) => t.evidence.outlet], ['url', (t) => webUrlOnly(t.evidence.url)],
]

/** One table of the ledger as CSV, written as it is read: per-document items (statements, casualty figures) or ledger-wide analyses (tallies among them). */
export function tableCsv(store: Db, table: Table): AsyncGenerator<string> {
  switch (table) {
    case 'statements': return csvRows(perDocument(streamLedgerDocs(store), (d) => d.extraction.statements), statementColumns)
    case 'casualties': return csvRows(perDocument(streamLedgerDocs(store), (d) => d.extraction.casualties), casualtyColumns)
    case 'events': return csvRows(streamLedger<LedgerEvent>(store, 'ledger_events'), eventColumns)
    case 'actors': return csvRows(streamLedger<LedgerActor>(store, 'ledger_actors'), actorColumns)
    case 'reversals': return csvRows(streamLedger<Reversal>(store, 'ledger_reversals'), reversalColumns)
    case 'disagreements': return csvRows(streamLedger<Disagreement>(store, 'ledger_disagreements'), disagreementColumns)
    case 'timeline': return csvRows(streamLedger<TimelineEntry>(store, 'ledger_timeline'), timelineColumns)
    case 'tallies': return talliesCsv(store)
  }
}
