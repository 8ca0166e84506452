import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorsOfKind, actorsOfKindEs } from './testing.js'

const people = (text: string) => actorsOfKind(text, 'p-')

test('an office or title before a name makes a titled person mention with role and government', () => {
  assert.deepEqual(people('Defence Minister Ana Ruiz resigned.'), ['p-ana-ruiz person (Defence Minister) "Ana Ruiz": Defence Minister Ana Ruiz/title'])
  assert.deepEqual(people('Kenyan leader Ana Ruiz spoke.'), ['p-ana-ruiz person KE ∈gov-ke (Kenyan leader) "Ana Ruiz": Kenyan leader Ana Ruiz/title'])
  assert.deepEqual(people('It was led by Gen. Jon Berg.'), ['p-jon-berg person (general) "Jon Berg": Gen. Jon Berg/title'])
})

test('a legislature\'s title, written out and qualified, is a role and not part of the name', () => {
  assert.deepEqual(people('Former Representative Ana Ruiz said the bill was dead.'), ['p-ana-ruiz person (Former Representative) "Ana Ruiz": Former Representative Ana Ruiz/title'])
  assert.deepEqual(people('The vote failed, said Representative Jon Berg.'), ['p-jon-berg person (Representative) "Jon Berg": Representative Jon Berg/title'])
})

test('a country after the name completes the title: "President Roe of France"', () => {
  assert.deepEqual(people('President Jane Roe of France arrived.'), [
    'p-jane-roe person FR ∈gov-fr (President of France) "Jane Roe": President Jane Roe/title',
  ])
})

test('a role before a comma: "the country\'s interim president, Ana Ruiz"', () => {
  assert.deepEqual(people('In Kenya, the country’s interim president, Ana Ruiz, decreed mourning.'), [
    'p-ana-ruiz person KE ∈gov-ke (interim president of Kenya) "Ana Ruiz": the country’s interim president, Ana Ruiz/title',
  ])
})

test('an appositive role after the name is part of the mention and gives role and government: "Ana Ruiz, the interior minister of Kenya,"', () => {
  assert.deepEqual(people('Ana Ruiz, the interior minister of Kenya, denied it.'), [
    'p-ana-ruiz person KE ∈gov-ke (interior minister of Kenya) "Ana Ruiz": Ana Ruiz, the interior minister of Kenya/title',
  ])
  assert.deepEqual(people('"We will not sign," said Jon Berg, the Ugandan foreign minister.'), [
    'p-jon-berg person UG ∈gov-ug (Ugandan foreign minister) "Jon Berg": Jon Berg, the Ugandan foreign minister/title',
  ])
})

test('a full name acting, or owning something, is a person; "as <role>," gives the role', () => {
  assert.deepEqual(people('In his first term as US president, in 2019, Jon Berg denounced the plan.'), [
    'p-jon-berg person US ∈gov-us (US president) "Jon Berg": Jon Berg/name',
  ])
  assert.deepEqual(people('It dates back to Ana María Ruiz’s presidency.'), ['p-ana-maria-ruiz person "Ana María Ruiz": Ana María Ruiz’s/name'])
  assert.deepEqual(people('Talks with Ana de la Cruz ended, said Jan van Dijk.'), ['p-jan-van-dijk person "Jan van Dijk": Jan van Dijk/name'])
})

test('later surname mentions and descriptions link to the known person', () => {
  assert.deepEqual(people('Police arrested president Ana Ruiz. Supporters of Ruiz protested. For the captured president, it was over.'), [
    'p-ana-ruiz person (president) "Ana Ruiz": president Ana Ruiz/title, Ruiz/name, the captured president/description',
  ])
})

test('"President Roe" and "Jane Roe" are one person', () => {
  assert.deepEqual(people('Jane Roe said no. Later President Roe agreed.'), [
    'p-jane-roe person (President) "Jane Roe": Jane Roe/name, President Roe/title',
  ])
})

test('a role owned by a pronoun or a possessive names the person after the comma: "Its spokesman, Ana Ruiz,"', () => {
  assert.match(people('The militia replied. Its spokesman, Ana Ruiz, said the town was calm.')[0] ?? '', /^p-ana-ruiz person \(spokesman\)/)
  assert.match(people('The party’s leader, Jon Berg, said no.')[0] ?? '', /^p-jon-berg person \(leader\)/)
})

test('a middle initial stays inside the name and a generational suffix inside the mention only', () => {
  assert.deepEqual(people('Tom K. Olsen said the dam held.'), ['p-tom-k-olsen person "Tom K. Olsen": Tom K. Olsen/name'])
  assert.deepEqual(people('Jon A. Berg III told reporters the dam held.'), ['p-jon-a-berg person "Jon A. Berg": Jon A. Berg III/name'])
})

test('a name is a person when its verb follows an apposition between commas', () => {
  assert.deepEqual(people('Piet Lind, a grain trader in the port, said the silos were full.'), ['p-piet-lind person "Piet Lind": Piet Lind/name'])
  assert.deepEqual(people('Omar Talbi, Kestria’s envoy for water affairs, also warned of a drought.'), [
    'p-omar-talbi person "Omar Talbi": Omar Talbi/name',
  ])
  // No verb after the apposition: a list or a place, not someone speaking.
  assert.deepEqual(people('They visited Port Lind, a grain town, and left.'), [])
})

test('a known person named later by the given name alone is that person, unless two share it', () => {
  assert.deepEqual(people('Kestrian leader Omar Talbi said the border was shut. Omar said he would not retreat.'), [
    'p-omar-talbi person (leader) "Omar Talbi": leader Omar Talbi/title, Omar/name',
  ])
  const two = 'Omar Talbi said the border was shut. Omar Sadiq said it was open. Omar said he would not retreat.'
  assert.ok(people(two).every((p) => !p.includes('Omar/name')))
})

test('one name after a possessive country is that country\'s person, and the name alone refers back', () => {
  assert.deepEqual(people("The king carried a message from Kenya's Roe, whom he met on Monday. Roe said he would withdraw."), [
    'p-roe person KE "Roe": Roe/name, Roe/name',
  ])
  assert.deepEqual(people("Kenya's Parliament voted."), [])
})

test('a name whose verb follows a relative clause between commas is a person', () => {
  assert.deepEqual(actorsOfKind("Tomas Vela, who lives in Ms. Ruiz' flat at 12 Elm Ave., said the lift broke.", 'p-tomas'), [
    'p-tomas-vela person "Tomas Vela": Tomas Vela/name',
  ])
})

test('someone named by their tie to a named person is a person of their own, not the one named', () => {
  const people = (text: string) => actorsOfKind(text, 'p-').map((line) => line.split(' ')[0])
  assert.deepEqual(people('Tomas Vela was arrested in May. Vela\'s stepmother said he would come home.'), ['p-tomas-vela', 'p-tomas-vela-s-stepmother'])
  assert.deepEqual(people('Ana Ruiz\'s lawyer said the charges were false.'), ['p-ana-ruiz-s-lawyer'])
  assert.deepEqual(people('Ana Ruiz said her lawyer was away.'), ['p-ana-ruiz'])
})

test('a one-word name that is no known person still owns a relative, who is someone', () => {
  const people = (text: string) => actorsOfKind(text, 'p-').map((line) => line.split(' ')[0])
  assert.deepEqual(people("For weeks, Vela's father has demanded a retrial. Vela's father also criticized the judge."), ['p-vela-s-father'])
  assert.deepEqual(people("Moro's stepmother, who married Moro's father in 1980, said she would pray."), [
    'p-moro-s-stepmother', 'p-moro-s-father',
  ])
  assert.deepEqual(actorsOfKindEs('El padre de Elián exigió que el niño volviera.', 'p-'), [
    `p-elian-s-father person (father) "Elián's father": El padre de Elián/description`,
  ])
})

test('a title that starts inside a body already found gives a person mention after the body', () => {
  assert.deepEqual(people('Chile Police Superintendent Pedro Salas urged people to be alert.'), [
    'p-pedro-salas person (Police Superintendent) "Pedro Salas": Superintendent Pedro Salas/title',
  ])
})

test('a name after a title of given names is no surname; a lone given name opens one longer name', () => {
  const ids = (text: string) => actorsOfKind(text, 'p-').map((l) => l.split(':')[1]?.trim())
  assert.deepEqual(ids('Omar Faisal said the border was calm. Later, King Faisal arrived in Paris. Faisal said he hoped for peace. Omar said he would wait.'), [
    'Omar Faisal/name, Omar/name', 'King Faisal/title, Faisal/name',
  ])
  assert.deepEqual(actorsOfKindEs('Omar Faisal dijo que la frontera estaba en calma. El rey Faisal llegó a París. Faisal dijo que esperaba la paz.', 'p-').length, 2)
})

test('a name in a list joined by "and" acts with the last name when that one is a verb\'s subject', () => {
  const ids = (lines: string[]) => lines.map((l) => l.split(' ')[0])
  assert.deepEqual(ids(actorsOfKind('Ana Ruiz and Tom Berg said the talks would fail.', 'p-')), ['p-ana-ruiz', 'p-tom-berg'])
  assert.deepEqual(ids(actorsOfKind('Ana Ruiz, Ed Lund and foreign minister Tom Berg announced plans to travel.', 'p-')), ['p-ana-ruiz', 'p-ed-lund', 'p-tom-berg'])
  assert.deepEqual(ids(actorsOfKindEs('Tomás Berg llegó el lunes. Ana Ruiz y Tomás Berg dijeron que las conversaciones fracasarían.', 'p-')), ['p-tomas-berg', 'p-ana-ruiz'])
  // No verb after the list, or a list of other things: no one acts.
  assert.deepEqual(actorsOfKind('Ana Ruiz and Tom Berg met in the spring of that year.', 'p-'), [])
  assert.deepEqual(actorsOfKind('Ana Ruiz and the mayor said the talks would fail.', 'p-'), [])
  // A comma right after the coordinator ("and, …"): stepped over, never a loop that does not advance.
  assert.deepEqual(ids(actorsOfKind('Ana Ruiz and, Tom Berg said the talks would fail.', 'p-')), ['p-ana-ruiz', 'p-tom-berg'])
  assert.deepEqual(actorsOfKind('Ana Ruiz and, at last, the mayor said the talks would fail.', 'p-'), [])
})
