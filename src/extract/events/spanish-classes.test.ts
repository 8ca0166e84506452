import { test } from 'node:test'
import assert from 'node:assert/strict'
import { eventsStage } from './index.js'
import { SPANISH } from './spanish.js'

import { renderEvent } from './render.js'
import { handLayers, type HandLayers } from '../../../test/helpers/hand-layers.js'

const events = eventsStage(SPANISH)

const noop = { warn() {} }
const fd = { id: 'gov-fd', country: 'FD', forms: ['Freedonia', 'freedonias', 'Gobierno freedonio'] }
const ruiz = { id: 'p-ana-ruiz', type: 'person' as const, memberOf: 'gov-fd', forms: ['Ana Ruiz'] }
const es = (text: string, layers: HandLayers = {}) =>
  events.run({ ...handLayers(text, { actors: [fd, ruiz], ...layers }), language: 'es' }, noop).map(renderEvent)

test('arrests: a noun with a person after "de", a passive participle, an active verb with a person object', () => {
  assert.deepEqual(es('La detención de Ana Ruiz sorprendió a todos.'), ['ev1 arrest · ? → p-ana-ruiz · "La detención de Ana Ruiz"'])
  assert.deepEqual(es('Ana Ruiz fue detenida el viernes.', { timexes: [['el viernes', '2031-05-02']] }), [
    'ev1 arrest @2031-05-02 · ? → p-ana-ruiz · "detenida"',
  ])
  assert.deepEqual(es('La policía detuvo a tres periodistas en Lima.'), ['ev1 arrest in PE · ? · "detuvo a tres periodistas en Lima"'])
  assert.deepEqual(es('Ana Ruiz fue arrestada por agentes freedonias.'), ['ev1 arrest · gov-fd → p-ana-ruiz · "arrestada por agentes freedonias"'])
})

test('dismissals: the noun, the passive and "cesó" with a person as object', () => {
  assert.deepEqual(es('La destitución de Ana Ruiz llegó el lunes.'), ['ev1 dismissal · gov-fd → p-ana-ruiz · "La destitución de Ana Ruiz"'])
  assert.deepEqual(es('Ana Ruiz fue destituida.'), ['ev1 dismissal · gov-fd → p-ana-ruiz · "destituida"'])
  assert.deepEqual(es('El Gobierno freedonio cesó al ministro de Defensa.'), ['ev1 dismissal · gov-fd · "cesó al ministro de Defensa"'])
})

test('"fue destituida y detenida" is one mention of both, dated by a role held "hasta" a day before the verb', () => {
  const text = 'Ana Ruiz, que hasta el miércoles dirigía la guardia, fue destituida y detenida.'
  assert.deepEqual(es(text, { timexes: [['el miércoles', '2031-05-07']] }), [
    'ev1 dismissal and arrest @2031-05-07 · gov-fd → p-ana-ruiz · "destituida y detenida"',
  ])
  assert.deepEqual(es('El alcalde fue detenido y trasladado a Lima.'), ['ev1 arrest · ? · "detenido"'])
})

test('decrees: mourning and a state of emergency, with the English kinds', () => {
  assert.deepEqual(es('El Gobierno freedonio decretó dos días de duelo nacional.'), ['ev1 mourning decree in FD · gov-fd · "decretó dos días de duelo"'])
  assert.deepEqual(es('Freedonia declaró el estado de emergencia.'), ['ev1 emergency decree in FD · gov-fd · "declaró el estado de emergencia"'])
  assert.deepEqual(es('Freedonia impuso un toque de queda.'), ['ev1 curfew decree in FD · gov-fd · "impuso un toque de queda"'])
})

test('ceasefires: "alto el fuego", "cese al fuego", "tregua"', () => {
  assert.deepEqual(es('El alto el fuego entró en vigor.'), ['ev1 ceasefire · ? · "El alto el fuego"'])
  assert.deepEqual(es('Las partes firmaron un cese al fuego.'), ['ev1 ceasefire · ? · "un cese al fuego"'])
  assert.deepEqual(es('La tregua con Freedonia se rompió.'), ['ev1 ceasefire · ? · "La tregua"'])
})

test('talks: parties from "entre X y Y", a host from "organizadas por X", delegations meeting', () => {
  assert.deepEqual(es('Las conversaciones entre Freedonia y Chile comenzaron.'), ['ev1 talks · gov-fd,gov-cl · "Las conversaciones entre Freedonia y Chile"'])
  assert.deepEqual(es('Las negociaciones de paz organizadas por Noruega avanzan.'), ['ev1 talks in NO · gov-no · "Las negociaciones de paz organizadas por Noruega"'])
  assert.deepEqual(es('Las delegaciones se reunieron en Quito el lunes.', { timexes: [['el lunes', '2031-05-05']] }), [
    'ev1 talks @2031-05-05 in EC · ? · "reunieron en Quito"',
  ])
  assert.deepEqual(es('La cumbre entre Freedonia y Perú terminó.'), ['ev1 talks · gov-fd,gov-pe · "La cumbre entre Freedonia y Perú"'])
  assert.deepEqual(es('Los dos gobiernos reanudaron el diálogo en Quito.'), ['ev1 talks in EC · ? · "el diálogo en Quito"'])
  assert.deepEqual(es('Los dos gobiernos retomaron el diálogo.'), ['ev1 talks · ? · "el diálogo"'])
  // Adjectives after "delegaciones" name the parties; "unas conversaciones" is the talks already told of.
  assert.deepEqual(es('Las delegaciones chilena y peruana se reunieron en Lima, en unas conversaciones organizadas por Ecuador.'), [
    'ev1 talks in PE · gov-cl,gov-pe,gov-ec · "reunieron en Lima" | "unas conversaciones organizadas por Ecuador"',
  ])
})

test('ground taken is a territorial capture and troops crossing a border an incursion', () => {
  assert.deepEqual(es('Los rebeldes tomaron el control de la ciudad de Tarn.'), ['ev1 territorial capture · ? · "tomaron el control de la ciudad de Tarn"'])
  assert.deepEqual(es('La milicia capturó la localidad de Brisk el martes.', { timexes: [['el martes', '2031-05-06']] }), [
    'ev1 territorial capture @2031-05-06 · ? · "capturó la localidad de Brisk"',
  ])
  assert.deepEqual(es('Las tropas freedonias cruzaron a Bolivia el domingo.', { timexes: [['el domingo', '2031-05-04']] }), [
    'ev1 incursion @2031-05-04 in BO · gov-fd · "cruzaron a Bolivia"',
  ])
  assert.deepEqual(es('Los soldados cruzaron la frontera.'), ['ev1 incursion · ? · "cruzaron"'])
  // The forces' own country, named after them, acts, not the source named first.
  assert.deepEqual(es('Según Freedonia, las tropas de Bolivia cruzaron la frontera.'), ['ev1 incursion · gov-bo · "cruzaron"'])
})

test('a word joining two countries after the talks noun names both as parties', () => {
  assert.deepEqual(es('Las conversaciones de paz Chile-Ecuador se reanudaron.'), [
    'ev1 talks · gov-cl,gov-ec · "Las conversaciones de paz Chile-Ecuador"',
  ])
  assert.deepEqual(es('Los ministros retomaron las negociaciones chileno-ecuatorianas.'), [
    'ev1 talks · gov-cl,gov-ec · "las negociaciones chileno-ecuatorianas"',
  ])
})

test('a perform participle after the event noun passes on its "por" agent; "por X y Y" names both', () => {
  assert.deepEqual(es('La ofensiva lanzada por tropas chilenas fracasó.'), ['ev1 military operation · gov-cl · "La ofensiva lanzada por tropas chilenas"'])
  assert.deepEqual(es('La ofensiva lanzada por Chile y Perú en marzo fracasó.'), [
    'ev1 military operation · gov-cl,gov-pe · "La ofensiva lanzada por Chile y Perú en marzo"',
  ])
})
