// Invented stories: a hedged admission after a denial, figures 14 and 45, two ministers named Rojas and a lone "Rojas".
export const QUEUE_STORIES = [
  { text: 'The Danish government denied on 9 February that Danish soldiers were in Sweden.', published: '2032-02-10', outlet: 'North Desk' },
  { text: 'The Danish government said on Thursday that 14 Danish soldiers were reportedly killed in Sweden on 9 February.', published: '2032-02-14', outlet: 'North Desk' },
  { text: 'The Red Cross said on Friday that 45 Danish soldiers were killed in Sweden on 9 February.', published: '2032-02-15', outlet: 'Relief Wire' },
  { text: 'Chilean Defence Minister Marta Rojas said on Tuesday that the border was calm.', published: '2030-03-05', outlet: 'Andes Daily' },
  { text: 'Chilean Interior Minister Pedro Rojas said on Tuesday that the police were ready.', published: '2030-03-05', outlet: 'Andes Daily' },
  { text: 'Mr Rojas said on Wednesday that the talks with Bolivia would resume in May.', published: '2030-03-06', outlet: 'Lake Courier' },
]
