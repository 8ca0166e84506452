import { test } from 'node:test'
import assert from 'node:assert/strict'
import { betterSpelling, fold, isSurnameOf, nameWords, slugOf, soundKey } from './names.js'

test('folding drops accents and case', () => {
  assert.equal(fold('Ana Pérez Ibáñez'), 'ana perez ibanez')
})

test('titles and offices in front of a name are not part of it', () => {
  assert.deepEqual(nameWords('Gen. Ana Pérez'), ['ana', 'perez'])
  assert.deepEqual(nameWords('Interim President Ana Pérez’s'), ['ana', 'perez'])
  assert.equal(slugOf('Defence Minister Jon Berg-Olsen'), 'jon-berg-olsen')
})

test('a surname alone names the full name it ends, or one of two surnames', () => {
  assert.equal(isSurnameOf(['perez'], ['ana', 'perez', 'tabata']), true)
  assert.equal(isSurnameOf(['olsen'], ['jon', 'berg-olsen']), true)
  assert.equal(isSurnameOf(['ana'], ['ana', 'perez']), false)
})

test('the longer, accented spelling wins', () => {
  assert.equal(betterSpelling('Ana Perez', 'Ana Pérez'), 'Ana Pérez')
  assert.equal(betterSpelling('Pérez', 'Ana Perez'), 'Ana Perez')
})

test('transliterations of one name sound alike; different names do not', () => {
  assert.equal(soundKey('Gaddafi'), soundKey('Kadhafi'))
  assert.equal(soundKey('Qadhafi'), soundKey('al-Qaddafi'))
  assert.equal(soundKey('Yeltsin'), soundKey('Jelzin'))
  assert.equal(soundKey('Muammar'), soundKey('Moammar'))
  assert.notEqual(soundKey('Marsh'), soundKey('Avery'))
  assert.notEqual(soundKey('Roe'), soundKey('Ray') + 'x')
})
