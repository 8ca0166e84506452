import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rendered } from './testing.js'

type Cases = [text: string, want: string[]][]
const renderAll = (cases: Cases) => { for (const [text, want] of cases) assert.deepEqual(rendered(text), want) }

test('a speaker before a reporting verb, with the that-clause as content', () => {
  assert.deepEqual(rendered('The Freedonian ministry denied that its troops were in Sylvania.'), [
    'The Freedonian ministry —denied→ «that its troops were in Sylvania» · denies',
  ])
})

test('content fronted before the speaker and cue; the closing occasion joins the cue', () => {
  assert.deepEqual(rendered('The war is over, the minister said on Monday.'), ['the minister —said on Monday→ «The war is over» · asserts'])
})

test('a parenthetical cue takes the whole sentence around it as content', () => {
  assert.deepEqual(rendered('Acts of protest, the minister said, are acts of patriotism.'), [
    'the minister —said→ «Acts of protest, the minister said, are acts of patriotism» · asserts',
  ])
})

test('a title, initials and a parenthesis stay inside the speaker', () => {
  assert.deepEqual(rendered('Rep. Ana Ruiz (D-Fr.) said the vote was rigged.'), ['Rep. Ana Ruiz (D-Fr.) —said→ «the vote was rigged» · asserts'])
})

test('an apposition with a clause belongs to the speaker', () => {
  assert.deepEqual(rendered('Officials, who spoke on condition of anonymity, said the bridge had fallen.'), [
    'Officials, who spoke on condition of anonymity —said→ «the bridge had fallen» · asserts',
  ])
})

test('a quoted verb phrase inside reported speech makes it mixed', () => {
  assert.deepEqual(rendered('The minister insisted that his party “would win every seat in the land.”'), [
    'The minister —insisted→ «that his party “would win every seat in the land.”» · asserts · mixed',
  ])
})

test('a Penn Treebank quotation fragment inside reported speech makes it mixed too', () => {
  assert.deepEqual(rendered("The mayor said the bridge ``will reopen before winter'' despite the floods."), [
    "The mayor —said→ «the bridge ``will reopen before winter'' despite the floods» · asserts · mixed",
  ])
})

test('content before a speaker told an audience that closes the sentence', () => {
  assert.deepEqual(rendered('Few of the 300 workers came back, a senior official told Reuters.'), [
    'a senior official —told→ «Few of the 300 workers came back» · asserts',
  ])
  assert.deepEqual(rendered('The minister told reporters.'), [])
})

test('a phrase on what or where, a colon and a closing quotation: the quotation is the content', () => {
  const cases: Cases = [
    ['He also said of the harbour: "There are no ships at the moment."', [
      'He —also said of the harbour:→ «"There are no ships at the moment."» · denies · direct']],
    ['Her aunt said from her home in Tarn, Kestria: "I would like him to face the court."', [
      'Her aunt —said from her home in Tarn, Kestria:→ «"I would like him to face the court."» · asserts · direct']],
    ['He declined to discuss the plan, but said: "The king would travel."', [
      'He —declined→ «to discuss the plan» · asserts', 'He —said:→ «"The king would travel."» · asserts · direct']],
  ]
  renderAll(cases)
})

test('a possessive time word after a shared cue opens the content; past a long relative clause the name speaks', () => {
  const cases: Cases = [
    ["Police would not reveal the evidence but said last month's find was a breakthrough.", [
      "Police —said→ «last month's find was a breakthrough» · asserts"]],
    ["Tomas Vela, who lives in Ms. Ruiz' apartment building at 12 Elm Ave., said the machines were removed.", [
      'Tomas Vela —said→ «the machines were removed» · asserts']],
  ]
  renderAll(cases)
})

test('three coordinated speakers, the first and the last with a title in lower case', () => {
  renderAll([
    ['Meanwhile, foreign minister Ana Ruiz, Berg and defense secretary Tomas Vela announced a trip to Tarn.', [
      'foreign minister Ana Ruiz, Berg and defense secretary Tomas Vela —announced→ «a trip to Tarn» · asserts']],
    ['Police arrested Ana Ruiz and then released her, officials said.', [
      'officials —said→ «Police arrested Ana Ruiz and then released her» · asserts']],
  ])
})

test('a meeting or talks after "said after" are the occasion, not the content', () => {
  renderAll([
    ['Sister Ana Ruiz said after the meeting she thought the boy should stay in Tarn.', [
      'Sister Ana Ruiz —said after the meeting→ «she thought the boy should stay in Tarn» · asserts',
      'she —thought→ «the boy should stay in Tarn» · asserts']],
    ['The bridge will reopen, the minister said after the vote was counted.', ['the minister —said→ «The bridge will reopen» · asserts']],
  ])
})

test('two that-clauses joined by "and that" are two statements, each with its own polarity', () => {
  renderAll([
    ['Ana Ruiz, a shipping analyst, said there were no ships in the northern ports and that trade was falling.', [
      'Ana Ruiz, a shipping analyst —said→ «there were no ships in the northern ports» · denies',
      'Ana Ruiz, a shipping analyst —said→ «that trade was falling» · asserts']],
  ])
})

test('the cue keeps its auxiliaries, its particle and its medium', () => {
  assert.deepEqual(rendered('For years, farmers have complained about soldiers crossing their fields.'), [
    'farmers —have complained about→ «soldiers crossing their fields» · asserts',
  ])
  assert.deepEqual(rendered('The mayor said in a statement that the dam was safe.'), ['The mayor —said in a statement→ «that the dam was safe» · asserts'])
})

test('a phrase cue such as "provided a figure" leaves the "of" out', () => {
  assert.deepEqual(rendered('The government in Valdora provided a figure of 24 soldiers killed.'), [
    'The government in Valdora —provided a figure→ «24 soldiers killed» · asserts',
  ])
})

test('a participle after a comma shares the speaker of its clause', () => {
  assert.deepEqual(rendered('The envoy said the talks had failed, adding that the offer was an insult.'), [
    'The envoy —said→ «the talks had failed» · asserts',
    'The envoy —adding→ «that the offer was an insult» · asserts',
  ])
})

test('a chain of attribution: the cited source speaks, the channel is kept as the link', () => {
  assert.deepEqual(rendered('State TV, citing the ministry, said that the border was closed.'), [
    'State TV, citing the ministry —said→ «that the border was closed» · asserts',
  ])
})

test('a place inside the speaker’s apposition stays in the speaker', () => {
  assert.deepEqual(rendered('The border is closed, said Ana Ruiz, a professor at Valdora University.'), [
    'Ana Ruiz, a professor at Valdora University —said→ «The border is closed» · asserts',
  ])
})

test('the subject of a relative clause without "that" speaks, not the noun it describes', () => {
  assert.deepEqual(rendered('Freedonia accused Sylvania of shelling the port, a charge the government in Tarn flatly rejected.').slice(1), [
    'the government in Tarn —flatly rejected→ «Freedonia accused Sylvania of shelling the port» · denies',
  ])
  assert.deepEqual(rendered('The head of the delegation said the talks would resume.'), ['The head of the delegation —said→ «the talks would resume» · asserts'])
  assert.deepEqual(rendered('A spokesman for the army said the road was open.'), ['A spokesman for the army —said→ «the road was open» · asserts'])
})

test('a report in a relative clause between commas: the noun before it speaks, the clause bounds the content', () => {
  assert.deepEqual(rendered('The ministry, which said last week that the port was open, closed it on Monday.'), [
    'The ministry —said last week→ «that the port was open» · asserts',
  ])
  assert.deepEqual(rendered('The Freedonian army, which had said repeatedly that no civilians died, admitted on Monday that three were killed.')[0],
    'The Freedonian army —had said repeatedly→ «that no civilians died» · denies')
})

test('a speaker with a restrictive "who" clause is the whole noun phrase', () => {
  assert.deepEqual(rendered('A diplomat who attended the talks said they were tense.'), ['A diplomat who attended the talks —said→ «they were tense» · asserts'])
})

test('a report coordinated after another ends the first one’s content; a nested one stays inside', () => {
  assert.deepEqual(rendered('The mayor urged both sides to show restraint, and the governor said the roads were open.'), [
    'The mayor —urged→ «both sides to show restraint» · asserts',
    'the governor —said→ «the roads were open» · asserts',
  ])
  assert.deepEqual(rendered('The mayor said the governor told him the roads were open.')[0], 'The mayor —said→ «the governor told him the roads were open» · asserts')
})

test('a cue after its content takes the clause before it, past time, place and an adverbial clause', () => {
  assert.deepEqual(rendered('The bridge collapsed, officials said late Tuesday as rescuers searched the rubble.'), [
    'officials —said→ «The bridge collapsed» · asserts',
  ])
  assert.deepEqual(rendered('Two soldiers died, the army said in a statement broadcast on Sunday.'), [
    'the army —said in a statement broadcast on Sunday→ «Two soldiers died» · asserts',
  ])
  assert.deepEqual(rendered('The talks failed, a ministry spokesman said in Geneva.'), [
    'a ministry spokesman —said→ «The talks failed» · asserts',
  ])
})

test('a report whose content lies before it ends the content of the report it sits in', () => {
  assert.deepEqual(rendered('The ministry rejected any deal with the rebels, officials said.'), [
    'The ministry —rejected→ «any deal with the rebels» · denies',
    'officials —said→ «The ministry rejected any deal with the rebels» · asserts',
  ])
})

test('"ruled out" denies what it rules out, in every form', () => {
  assert.deepEqual(rendered('The minister ruled out a return to the talks.'), [
    'The minister —ruled out→ «a return to the talks» · denies',
  ])
  assert.deepEqual(rendered('The minister has ruled out that troops would be sent.'), [
    'The minister —has ruled out→ «that troops would be sent» · denies',
  ])
})

test('"has no plans to" denies, and "no" makes the cue word a noun', () => {
  assert.deepEqual(rendered('The army said it had no plans to withdraw.'), ['The army —said→ «it had no plans to withdraw» · denies'])
})

test('the audience after "told" and "warned" is neither cue nor content; a determiner alone opens no audience', () => {
  assert.deepEqual(rendered('Maria Lopez, head of the port authority, told reporters the cranes were idle.'), [
    'Maria Lopez, head of the port authority —told→ «the cranes were idle» · asserts',
  ])
  assert.deepEqual(rendered('The general warned the rebels that the truce was over.'), [
    'The general —warned the rebels→ «that the truce was over» · asserts',
  ])
})

test('an audience ending in an abbreviation keeps its last period: the content never opens on it', () => {
  const cases: [text: string, content: string][] = [
    ['Ana Lind told the U.N. the cranes were idle.', 'the cranes were idle'],
    ['Ana Lind told U.S. officials the cranes were idle.', 'the cranes were idle'],
    ['Ana Lind warned the E.U. that the cranes were idle.', 'that the cranes were idle'],
  ]
  for (const [text, content] of cases) {
    const [statement] = rendered(text)
    assert.match(statement ?? '', new RegExp(`«${content}» · asserts$`), text)
  }
})

test('a participle after a fronted participial phrase shares the main clause’s subject', () => {
  assert.deepEqual(rendered('Posing for photographers with Ruiz, Olsen pledged to stand with the council, warning the rebels that the threat was real.'), [
    'Olsen —pledged→ «to stand with the council» · asserts',
    'Olsen —warning the rebels→ «that the threat was real» · asserts',
  ])
})

test('a cue and colon closing a paragraph take the quotation that opens the next one', () => {
  assert.deepEqual(rendered('She said:\n\n"We have a plan for the river and we will see it through."\n\nThe crowd cheered.'), [
    'She —said:→ «"We have a plan for the river and we will see it through."» · asserts · direct',
  ])
})

test('a place or time after the audience of "told" is no content: the content lies before the cue or nowhere', () => {
  assert.deepEqual(rendered('The port was shut, Ana Lind told reporters in Lund.'), ['Ana Lind —told→ «The port was shut» · asserts'])
  assert.deepEqual(rendered('Ana Lind told reporters in Lund on Monday.'), [])
})

test('a wire dateline opening the sentence is no part of the content before the cue', () => {
  assert.deepEqual(rendered('KOLVAR, May 3 (Wire Service) - The port was shut on Friday, officials said.'), ['officials —said→ «The port was shut on Friday» · asserts'])
})

test('a naming verb reports its object when a quotation or "a" phrase names it', () => {
  assert.deepEqual(rendered('The union branded the new rota "reckless" in a letter.'), [
    'The union —branded→ «the new rota "reckless" in a letter» · asserts',
  ])
  // A quotation naming the object is the speaker's word for it, not scare quotes of the article's.
  assert.deepEqual(rendered('The rebels called it a “liberation” of the town.'), ['The rebels —called→ «it a “liberation” of the town» · asserts'])
})

test('placing the blame on someone reports whom the speaker blames', () => {
  assert.deepEqual(rendered('The mayor placed the blame on the port authority.'), ['The mayor —placed the blame on→ «the port authority» · asserts'])
  assert.deepEqual(rendered('Ruiz puts the blame on lax controls at the depot.'), ['Ruiz —puts the blame on→ «lax controls at the depot» · asserts'])
})

test('a quotation opened inside reported speech runs to its close, past its own sentences and clauses', () => {
  renderAll([
    ['The senator described the plan as “a gamble, jumping ahead of the budget. Nobody has costed it.” The vote is on Monday.', [
      'The senator —described→ «the plan as “a gamble, jumping ahead of the budget. Nobody has costed it.”» · asserts · mixed',
    ]],
    ['The mayor said the works were “a mess — a real mess” and would end soon.', [
      'The mayor —said→ «the works were “a mess — a real mess” and would end soon» · asserts',
    ]],
  ])
})

test('a relative clause describing a speaker after the cue is part of the speaker, to the end of the sentence', () => {
  renderAll([
    ['“The port is open,” said Ana Ruiz, a lawyer at Berg & Co, who represents the city in the harbour cases.', [
      'Ana Ruiz, a lawyer at Berg & Co, who represents the city in the harbour cases —said→ «“The port is open,”» · asserts · direct',
    ]],
    ['Few dockers came back, said Tom Berg, a senior official with the port board that runs the docks.', [
      'Tom Berg, a senior official with the port board that runs the docks —said→ «Few dockers came back» · asserts',
    ]],
  ])
})

test('a relative clause between commas may run long before the cue; the name it describes speaks', () => {
  assert.deepEqual(rendered('Dr. Ana Ruiz, who as a young doctor was chief surgeon of the northern hospital and later ran the regional health board for a decade, said that the ward had closed.'), [
    'Dr. Ana Ruiz —said→ «that the ward had closed» · asserts',
  ])
})

test('a speaker after the cue keeps a parenthesis and the phrases of a description, not the occasion', () => {
  renderAll([
    ['“The port is open,” said Rep. Ana Ruiz (D-Fr.), head of the transport committee of the regional assembly.', [
      'Rep. Ana Ruiz (D-Fr.), head of the transport committee of the regional assembly —said→ «“The port is open,”» · asserts · direct',
    ]],
    ['“The port is open,” said Tom Berg, an expert on trade at the Valdora Institute.', [
      'Tom Berg, an expert on trade at the Valdora Institute —said→ «“The port is open,”» · asserts · direct',
    ]],
    ['“The port is open,” said Tom Berg, an aide to the mayor, in an interview.', ['Tom Berg, an aide to the mayor —said→ «“The port is open,”» · asserts · direct']],
    ['“The port is open,” said Tom Berg, on his first day in the job.', ['Tom Berg —said→ «“The port is open,”» · asserts · direct']],
  ])
})

test('a cue and colon closing a paragraph take the next paragraph whole when it is quoted as a block, without marks', () => {
  assert.deepEqual(rendered('The governor added:\n\nThe council knows nothing. The port stays closed.\n\nTrade fell in May.'), [
    'The governor —added:→ «The council knows nothing. The port stays closed» · asserts',
  ])
})

test('a phrase set off after the subject that is no noun phrase is an aside: the name alone speaks', () => {
  renderAll([
    ['Tom Berg, speaking in Lund, said the port was open.', ['Tom Berg —said→ «the port was open» · asserts']],
    ['Ana Ruiz, at the rally, said the port was open.', ['Ana Ruiz —said→ «the port was open» · asserts']],
    ['Ana Ruiz, like Berg, said the port was open.', ['Ana Ruiz —said→ «the port was open» · asserts']],
    ['Dock workers, including the crane crews, said the port was open.', ['Dock workers, including the crane crews —said→ «the port was open» · asserts']],
    ['Ana Ruiz, of Lund, said the port was open.', ['Ana Ruiz, of Lund —said→ «the port was open» · asserts']],
  ])
})

test('a long name with its parenthesis, a long description on an article, and dotted initials make a speaker', () => {
  renderAll([
    ['Rep. Ana W. Ruiz (D-N.Y.), chairman of the port committee, said members will help.', [
      'Rep. Ana W. Ruiz (D-N.Y.), chairman of the port committee —said→ «members will help» · asserts',
    ]],
    ['Tom Berg, an outside adviser to the port board on trade and budget issues and a professor at the Lund School of Law, said that the port was open.', [
      'Tom Berg, an outside adviser to the port board on trade and budget issues and a professor at the Lund School of Law —said→ «that the port was open» · asserts',
    ]],
    ['The S.E.C. said it was taking steps.', ['The S.E.C. —said→ «it was taking steps» · asserts']],
  ])
})
