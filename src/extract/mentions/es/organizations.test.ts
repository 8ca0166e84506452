import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKindEs } from '../testing.js'

const orgs = (text: string) => actorsOfKindEs(text, 'org-')

test('a ministry gets the English id however Spanish writes it', () => {
  assert.deepEqual(orgs('El Ministerio de Defensa de Venezuela informó. El ministerio de Exteriores cubano lo negó.'), [
    'org-ve-defence-ministry organization VE ∈gov-ve "Defence Ministry of Venezuela": Ministerio de Defensa de Venezuela/name',
    'org-cu-foreign-ministry organization CU ∈gov-cu "Foreign Ministry of Cuba": ministerio de Exteriores cubano/name',
  ])
  assert.deepEqual(orgs('El Ministerio del Poder Popular para Relaciones Exteriores de Venezuela protestó. La Cancillería venezolana insistió.'), [
    'org-ve-foreign-ministry organization VE ∈gov-ve "Foreign Ministry of Venezuela": Ministerio del Poder Popular para Relaciones Exteriores de Venezuela/name, Cancillería venezolana/name',
  ])
})

test('armed forces and state media with their country', () => {
  assert.deepEqual(orgs('Las Fuerzas Armadas cubanas y el ejército venezolano combatieron.'), [
    'org-cu-armed-forces organization CU ∈gov-cu "Armed forces of Cuba": Fuerzas Armadas cubanas/name',
    'org-ve-army organization VE ∈gov-ve "Army of Venezuela": ejército venezolano/name',
  ])
  assert.deepEqual(orgs('La televisión estatal cubana informó del ataque.'), [
    'org-cu-state-tv organization CU ∈gov-cu "State TV of Cuba": televisión estatal cubana/name',
  ])
})

test('a bare institution belongs to the government last named, else the country named most', () => {
  assert.deepEqual(orgs('El gobierno cubano lo negó. El ejército dijo que no hubo bajas.'), [
    'org-cu-army organization CU ∈gov-cu "Army of Cuba": ejército/name',
  ])
  assert.deepEqual(orgs('En Venezuela, la policía detuvo a diez personas.'), [
    'org-ve-police organization VE ∈gov-ve "Police of Venezuela": policía/name',
  ])
})

test('un nombre tras un sustantivo de prensa en minúscula es un periódico', () => {
  assert.deepEqual(actorsOfKindEs('El diario Vardo informó que el puerto estaba cerrado.', 'org-'), [
    'org-vardo organization (diario) "Vardo": diario Vardo/name',
  ])
})
