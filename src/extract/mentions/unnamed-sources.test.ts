import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKind } from './testing.js'

const unnamed = (text: string) => actorsOfKind(text, 'p-')

test('an unnamed official reporting is a person speaking for the body their description names', () => {
  assert.deepEqual(unnamed('A Kenyan foreign ministry spokeswoman said the talks would go ahead.'), [
    'p-kenyan-foreign-ministry-spokeswoman person KE ∈org-ke-foreign-ministry (foreign ministry spokeswoman) "Kenyan foreign ministry spokeswoman (unnamed)": A Kenyan foreign ministry spokeswoman/description',
  ])
  assert.deepEqual(unnamed('A senior Ugandan official, who spoke on condition of anonymity, said the troops had left.'), [
    'p-senior-ugandan-official person UG ∈gov-ug (official) "Senior Ugandan official (unnamed)": A senior Ugandan official/description',
  ])
})

test('with no body in the description, the body of the sentence before speaks through them', () => {
  assert.deepEqual(unnamed('The Kenyan army admitted the losses on Friday. A spokesman said the deaths were regrettable.'), [
    'p-army-of-kenya-spokesman person KE ∈org-ke-army (spokesman) "Army of Kenya spokesman (unnamed)": A spokesman/description',
  ])
})

test('an unnamed official described as speaking anonymously is a source too', () => {
  assert.deepEqual(unnamed('The Kenyan defence ministry gave no figure. Asked about the troops, a ministry official, speaking on condition of anonymity, said no decision had been taken.'), [
    'p-defence-ministry-of-kenya-ministry-official person KE ∈org-ke-defence-ministry (ministry official) "Defence Ministry of Kenya ministry official (unnamed)": a ministry official/description',
  ])
})
