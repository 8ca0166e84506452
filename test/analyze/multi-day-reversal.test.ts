import { test } from 'node:test'
import assert from 'node:assert/strict'
import { extractDocument } from '../../src/extract/extract.js'
import { analyzeLedger } from '../../src/analyze/index.js'
import type { LedgerDoc } from '../../src/model/ledger.js'

/**
 * An invented downing told over a week, through the real pipeline: a denial dated by "this week", then an
 * admission that dates the crash by its weekday and places it at the airport it left. One crash, one reversal.
 */
const DENIAL = {
  id: 'a1', published: '2031-05-09', language: 'en', outlet: 'Caucasus Wire',
  text: 'YEREVAN, May 9 (Caucasus Wire) - Armenia on Friday denied that its air defences shot down the Georgian airliner ' +
    'that crashed near Gyumri this week, killing all 87 people on board.\n\n"Our forces did not fire at any civilian aircraft," ' +
    'Defence Minister Arman Vardanyan told reporters.',
}
const ADMISSION = {
  id: 'a2', published: '2031-05-13', language: 'en', outlet: 'Tbilisi Daily',
  text: 'TBILISI, May 13 (Tbilisi Daily) - Armenia admitted on Tuesday that its air defences shot down the Georgian jet, ' +
    'which crashed minutes after taking off from Gyumri airport on Wednesday.\n\n"We take full responsibility," Defence ' +
    'Minister Arman Vardanyan said at a news conference.',
}
const ADMISSION_ES = {
  id: 'a3', published: '2031-05-14', language: 'es', outlet: 'Diario del Cáucaso',
  text: 'EREVÁN, 14 may (Diario del Cáucaso) - El Gobierno de Armenia reconoció este miércoles que sus defensas antiaéreas ' +
    'derribaron el avión georgiano que se estrelló el miércoles pasado poco después de despegar de Gyumri.\n\n' +
    '"Asumimos toda la responsabilidad", afirmó el ministro de Defensa, Arman Vardanyan.',
}

type Article = typeof DENIAL
const ledgerOf = (articles: readonly Article[]) => analyzeLedger(articles.map((a): LedgerDoc => ({
  id: a.id, published: a.published, outlet: a.outlet,
  extraction: extractDocument({ text: a.text, published: a.published, language: a.language, outlet: a.outlet, format: 'text' }),
})))

const downings = (l: ReturnType<typeof ledgerOf>) => l.resolved.events.filter((e) => e.kind === 'shoot-down')
const reversalLines = (l: ReturnType<typeof ledgerOf>) =>
  l.reversals.map((r) => `${r.actor} ${r.proposition.key.replace(/event:[^,)]+/, 'event')} ${r.earlier[0]!.polarity}→${r.later[0]!.polarity}`)

test('a crash dated by its ISO week and one dated by a day inside it, near the same town, are one event', () => {
  const l = ledgerOf([DENIAL, ADMISSION])
  const [crash, ...more] = downings(l)
  assert.equal(more.length, 0)
  assert.deepEqual([crash!.date, crash!.location, crash!.members], ['2031-W19', 'AM', ['a1/ev1', 'a2/ev1']])
})

test('the denial and the later admission of that downing are one reversal by the government', () => {
  assert.deepEqual(reversalLines(ledgerOf([DENIAL, ADMISSION])), ['gov-am shoot-down(agent:gov-am,patient:aircraft,of:GE,event) denies→asserts'])
})

test('an English denial and a Spanish admission join the same crash and make the same reversal', () => {
  const l = ledgerOf([DENIAL, ADMISSION_ES])
  assert.equal(downings(l).length, 1)
  assert.deepEqual(reversalLines(l), ['gov-am shoot-down(agent:gov-am,patient:aircraft,of:GE,event) denies→asserts'])
})

test('a crash on a day weeks before that week stays another event, and no reversal links the two', () => {
  const later = { ...ADMISSION, text: ADMISSION.text.replace('on Wednesday', 'on April 24') }
  const l = ledgerOf([DENIAL, later])
  assert.equal(downings(l).length, 2)
  assert.deepEqual(reversalLines(l), [])
})

/**
 * An invented bombing told in wire shapes: a denial of "any involvement in the bombing", a Spanish denial of
 * "haber bombardeado" dated by its own day, then an admission that "it had carried out the bombing".
 */
const LEAD = 'A fuel depot in the Nigerien town of Diffa was bombed on Wednesday, May 28, killing four guards.\n\n'
const BOMBING = [
  { id: 'b1', published: '2031-06-02', language: 'en', outlet: 'Sahel Wire',
    text: `NDJAMENA, June 2 (Sahel Wire) - ${LEAD}Chad on Monday denied any involvement in the bombing of the depot.` },
  { id: 'b2', published: '2031-06-03', language: 'es', outlet: 'Agencia Sahel',
    text: 'YAMENA, 3 jun (Agencia Sahel) - Un depósito de combustible fue bombardeado el miércoles 28 de mayo en Diffa, en Níger.\n\n' +
      'El Gobierno de Chad negó este martes haber bombardeado el depósito.' },
  { id: 'b3', published: '2031-06-09', language: 'en', outlet: 'Sahel Wire',
    text: `NDJAMENA, June 9 (Sahel Wire) - ${LEAD}Chad admitted on Monday it had carried out the bombing.` },
]

test('denials of involvement and of "haber bombardeado", then an admission of carrying it out, are one reversal', () => {
  const l = ledgerOf(BOMBING)
  const docs = (cs: readonly { evidence: { docId: string } }[]) => [...new Set(cs.map((c) => c.evidence.docId))].sort().join('+')
  assert.deepEqual(l.reversals.map((r) => `${r.actor} ${r.proposition.key.replace(/event:[^,)]+/, 'event')} ${docs(r.earlier)}→${docs(r.later)}`),
    ['gov-td bombing(agent:gov-td,event) b1+b2→b3'])
})
