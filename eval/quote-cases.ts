// Invented cases for the quote evaluation, one or more per rule of the quote scanner. Every text here is
// made up for the purpose; none comes from the corpus.

import type { ExpectedQuote } from './quote-scores.js';

/** Paragraphs of an invented article and the direct quotes in it. */
export interface QuoteCase {
  name: string;
  paragraphs: string[];
  expected: ExpectedQuote[];
}

/** The cases, grouped by the rule they exercise. */
export const QUOTE_CASES: QuoteCase[] = [
  // Marks.
  {
    name: 'curly double quotes',
    paragraphs: ['“We will rebuild the bridge by spring,” said Mayor Ana Ruiz.'],
    expected: [{ text: 'We will rebuild the bridge by spring,', speaker: 'Ana Ruiz' }],
  },
  {
    name: 'curly single quotes, British style',
    paragraphs: ['‘The pitch was a disgrace today,’ the Rovers manager Tom Hale said.'],
    expected: [{ text: 'The pitch was a disgrace today,', speaker: 'Tom Hale' }],
  },
  {
    name: 'straight double quotes',
    paragraphs: ['"Sales fell sharply in the fourth quarter," the company said in a statement.'],
    expected: [{ text: 'Sales fell sharply in the fourth quarter,', speaker: 'the company' }],
  },
  {
    name: 'straight single quotes',
    paragraphs: ["'We have no plans to sell the brand,' a company spokeswoman said."],
    expected: [{ text: 'We have no plans to sell the brand,', speaker: 'a company spokeswoman' }],
  },
  {
    name: 'guillemets with French no-break spaces',
    paragraphs: ['The mayor of the town said: «\u00a0We will not give in to threats\u00a0».'],
    expected: [{ text: 'We will not give in to threats', speaker: 'the mayor of the town' }],
  },
  {
    name: 'German low-high quotes',
    paragraphs: ['„We can manage this together“, said Chancellor Eva Brandt.'],
    expected: [{ text: 'We can manage this together', speaker: 'Eva Brandt' }],
  },
  {
    name: 'apostrophes inside a quote never close it',
    paragraphs: ['“We don’t play rock ’n’ roll like they did in the ’90s,” said singer Lena Marsh.'],
    expected: [{ text: 'We don’t play rock ’n’ roll like they did in the ’90s,', speaker: 'Lena Marsh' }],
  },
  {
    name: 'plural possessives inside a single-quoted quote',
    paragraphs: ["'The Joneses' dog ate the horses' hay again,' said farmer Bill Tate."],
    expected: [{ text: "The Joneses' dog ate the horses' hay again,", speaker: 'Bill Tate' }],
  },
  {
    name: 'possessives outside quotes open nothing',
    paragraphs: ["Jones' car was found near the Smiths' farm on Tuesday.", '"It was a shock to everyone," said neighbour Rosa Lind.'],
    expected: [{ text: 'It was a shock to everyone,', speaker: 'Rosa Lind' }],
  },
  {
    name: 'inch marks open nothing',
    paragraphs: ['Collector Sam Ortiz showed off a 12" record from 1979 and a 7" single.', '"It sounds warmer than any download," he said.'],
    expected: [{ text: 'It sounds warmer than any download,', speaker: 'Sam Ortiz' }],
  },
  {
    name: 'feet and inches inside a quote',
    paragraphs: ['"He is 6\'2" and still growing," said coach Mia Torres.'],
    expected: [{ text: 'He is 6\'2" and still growing,', speaker: 'Mia Torres' }],
  },
  {
    name: 'nested quotes stay inside the outer quote',
    paragraphs: ['"They kept shouting \'go home,\' so we did," said student Ivo Brandt.'],
    expected: [{ text: "They kept shouting 'go home,' so we did,", speaker: 'Ivo Brandt' }],
  },

  // Continued and unclosed quotes.
  {
    name: 'a quote continued into the next paragraph is one quote',
    paragraphs: [
      '"The first thing we did was call the families," said fire chief Dana Wells. "We told them everything we knew.',
      '"Then we went back in and searched the building floor by floor."',
    ],
    expected: [
      { text: 'The first thing we did was call the families,', speaker: 'Dana Wells' },
      { text: 'We told them everything we knew. Then we went back in and searched the building floor by floor.', speaker: 'Dana Wells' },
    ],
  },
  {
    name: 'paragraphs run together in one block stay one quote',
    paragraphs: [
      'Health Minister Grace Nolan visited the ward on Friday.',
      'She told the radio station: "We are doing everything we can. "The next week will be crucial for the hospital."',
    ],
    expected: [{ text: 'We are doing everything we can. The next week will be crucial for the hospital.', speaker: 'Grace Nolan' }],
  },
  {
    name: 'an unclosed quote ends at its paragraph',
    paragraphs: [
      'Senator Hal Brooks said "we will fight this bill to the very end.',
      'Later that day the bill passed without debate.',
      '"It is a good day for the country," said Rep. Omar Lind.',
    ],
    expected: [
      { text: 'we will fight this bill to the very end.', speaker: 'Hal Brooks' },
      { text: 'It is a good day for the country,', speaker: 'Omar Lind' },
    ],
  },

  // Split quotes.
  {
    name: 'a split quote is one quote joined with an ellipsis',
    paragraphs: ['Nurse Clara Obi has worked at the clinic for twenty years.', '"We are not leaving," she said, "until the last patient is safe."'],
    expected: [{ text: 'We are not leaving, … until the last patient is safe.', speaker: 'Clara Obi' }],
  },
  {
    name: 'a split quote with an inverted cue',
    paragraphs: ['"Prices will rise," said economist Raj Patel, "and wages will not keep up."'],
    expected: [{ text: 'Prices will rise, … and wages will not keep up.', speaker: 'Raj Patel' }],
  },
  {
    name: 'a second quote after a full stop is not a split quote',
    paragraphs: ['"We won the match," said coach Mia Torres. "The referee had a fine game too."'],
    expected: [
      { text: 'We won the match,', speaker: 'Mia Torres' },
      { text: 'The referee had a fine game too.', speaker: 'Mia Torres' },
    ],
  },
  {
    name: 'a participle cue shares the subject of the cue before it',
    paragraphs: ['Union leader Dev Shah addressed the strikers at the gate.', '"We will not go back," he said, adding: "Not for this offer, not for any offer."'],
    expected: [
      { text: 'We will not go back,', speaker: 'Dev Shah' },
      { text: 'Not for this offer, not for any offer.', speaker: 'Dev Shah' },
    ],
  },

  // Partial quotes.
  {
    name: 'a partial quote takes the subject of the sentence cue',
    paragraphs: ['The two leaders have described their partnership as having "no limits at all."'],
    expected: [{ text: 'no limits at all.', speaker: 'the two leaders' }],
  },
  {
    name: 'a partial quote inside a relative clause',
    paragraphs: ['The treaty, which both governments have called "historic," takes effect in May.'],
    expected: [{ text: 'historic,', speaker: 'both governments' }],
  },
  {
    name: 'a partial quote with the cue at the end of the sentence',
    paragraphs: ['There is "no realistic chance" of a deal this year, a senior diplomat said on Monday.'],
    expected: [{ text: 'no realistic chance', speaker: 'a senior diplomat' }],
  },
  {
    name: 'a partial quote after a named subject',
    paragraphs: ['Finance Minister Jon Meyer said the new port was "in the national interest" and would stay so.'],
    expected: [{ text: 'in the national interest', speaker: 'Jon Meyer' }],
  },
  {
    name: 'two partial quotes in one sentence share its cue',
    paragraphs: ['Opposition leader Kay Morgan called the budget "a fraud" and "an insult to working families."'],
    expected: [
      { text: 'a fraud', speaker: 'Kay Morgan' },
      { text: 'an insult to working families.', speaker: 'Kay Morgan' },
    ],
  },

  // Speakers.
  {
    name: 'an inverted cue drops the appositive',
    paragraphs: ['"Demand has collapsed in every region," said Jane Doe, an analyst at Northgate Securities.'],
    expected: [{ text: 'Demand has collapsed in every region,', speaker: 'Jane Doe' }],
  },
  {
    name: 'an appositive between name and cue is skipped',
    paragraphs: ['"We found nothing unusual," Peter Varga, head of the inquiry, said in a statement.'],
    expected: [{ text: 'We found nothing unusual,', speaker: 'Peter Varga' }],
  },
  {
    name: 'a description after the quote is kept as written',
    paragraphs: ['"We will review the decision carefully," the minister said.'],
    expected: [{ text: 'We will review the decision carefully,', speaker: 'the minister' }],
  },
  {
    name: 'told reporters: the recipient is never the speaker',
    paragraphs: ['"There will be no delay to the project," Governor Alan Reyes told reporters.'],
    expected: [{ text: 'There will be no delay to the project,', speaker: 'Alan Reyes' }],
  },
  {
    name: 'told a named outlet: the outlet is never the speaker',
    paragraphs: ['"Privacy is the product we sell," the company\'s founder told The Verge.'],
    expected: [{ text: 'Privacy is the product we sell,', speaker: "the company's founder" }],
  },
  {
    name: 'told a named person: the person told is never the speaker',
    paragraphs: ['"We need more help in the valley," the mayor told Governor Ruth Bell.'],
    expected: [{ text: 'We need more help in the valley,', speaker: 'the mayor' }],
  },
  {
    name: 'a pronoun takes the speaker of the quote before',
    paragraphs: ['"The water is rising fast," said Tomas Berg, a local farmer.', '"We have never seen anything like it," he added.'],
    expected: [
      { text: 'The water is rising fast,', speaker: 'Tomas Berg' },
      { text: 'We have never seen anything like it,', speaker: 'Tomas Berg' },
    ],
  },
  {
    name: 'a quote-only paragraph takes the speaker of the quote before',
    paragraphs: ['"We expected a close race," said campaign manager Leah Quinn.', '"Nobody expected a margin like this one."'],
    expected: [
      { text: 'We expected a close race,', speaker: 'Leah Quinn' },
      { text: 'Nobody expected a margin like this one.', speaker: 'Leah Quinn' },
    ],
  },
  {
    name: 'a pronoun with no quote before takes the one person named',
    paragraphs: ['Retired teacher Martin Cole has lived on the street for forty years.', '"Nobody asked us about the new road," he said.'],
    expected: [{ text: 'Nobody asked us about the new road,', speaker: 'Martin Cole' }],
  },
  {
    name: 'a pronoun follows a new person named between quotes',
    paragraphs: [
      '"The cuts are reckless and cruel," said Ms Ada Kerr.',
      'Her remarks angered Transport Secretary Neil Grant.',
      '"She has no idea what the railway costs," he said.',
    ],
    expected: [
      { text: 'The cuts are reckless and cruel,', speaker: 'Ada Kerr' },
      { text: 'She has no idea what the railway costs,', speaker: 'Neil Grant' },
    ],
  },
  {
    name: 'a colon introduction with a description',
    paragraphs: ['The minister said: "We have to act now, before the winter."'],
    expected: [{ text: 'We have to act now, before the winter.', speaker: 'the minister' }],
  },
  {
    name: 'a colon introduction with a name and a recipient',
    paragraphs: ['Finance Minister Ruth Adler told parliament: "The budget is balanced for the first time."'],
    expected: [{ text: 'The budget is balanced for the first time.', speaker: 'Ruth Adler' }],
  },
  {
    name: 'a dash credit',
    paragraphs: ['"The city belongs to everyone who lives in it." — Commissioner Leo Stark'],
    expected: [{ text: 'The city belongs to everyone who lives in it.', speaker: 'Leo Stark' }],
  },
  {
    name: 'according to after the quote',
    paragraphs: ['"The tests were inconclusive," according to Dr. Mina Sato.'],
    expected: [{ text: 'The tests were inconclusive,', speaker: 'Mina Sato' }],
  },
  {
    name: 'according to before the quote',
    paragraphs: ['According to police spokesman Ian Fry, "the driver fled on foot."'],
    expected: [{ text: 'the driver fled on foot.', speaker: 'Ian Fry' }],
  },
  {
    name: 'a question answered by an inverted cue',
    paragraphs: ['"Why now, after ten years?" asked Senator Paul Vance.'],
    expected: [{ text: 'Why now, after ten years?', speaker: 'Paul Vance' }],
  },
  {
    name: 'two speakers in one paragraph',
    paragraphs: ['"We deserved to win today," said coach Mia Torres. "They simply played better," conceded rival coach Ken Sato.'],
    expected: [
      { text: 'We deserved to win today,', speaker: 'Mia Torres' },
      { text: 'They simply played better,', speaker: 'Ken Sato' },
    ],
  },
  {
    name: 'a passive cue credits its agent',
    paragraphs: ['The plan was called "a recipe for disaster" by opposition leader Sam Hill.'],
    expected: [{ text: 'a recipe for disaster', speaker: 'Sam Hill' }],
  },
  {
    name: 'quoted as saying',
    paragraphs: ['The local paper quoted Chief Inspector Rob Lane as saying: "The scene is now secure."'],
    expected: [{ text: 'The scene is now secure.', speaker: 'Rob Lane' }],
  },
  {
    name: 'the comma outside the marks, British style',
    paragraphs: ['"We are delighted with the result", said chairman Peter Lowe.'],
    expected: [{ text: 'We are delighted with the result', speaker: 'Peter Lowe' }],
  },
  {
    name: 'a present-tense inverted cue',
    paragraphs: ['"Nobody reads the manual anyway," says designer Nia Cole.'],
    expected: [{ text: 'Nobody reads the manual anyway,', speaker: 'Nia Cole' }],
  },

  {
    name: 'a short credit sentence after a closed quote',
    paragraphs: ['"We will appeal the ruling." The club\'s lawyer Ana Vidal said.'],
    expected: [{ text: 'We will appeal the ruling.', speaker: 'Ana Vidal' }],
  },
  {
    name: 'an inverted cue with a company role before the name',
    paragraphs: ['"Orders are down by half since the summer," said Nordwind chief executive Lars Berg.'],
    expected: [{ text: 'Orders are down by half since the summer,', speaker: 'Lars Berg' }],
  },
  {
    name: "a pronoun takes the person named earlier in its own sentence",
    paragraphs: ['"We are worried about the jobs," said union leader Kim Soto.', 'Mr Holt praised the plan, which he said was "the best deal in years."'],
    expected: [
      { text: 'We are worried about the jobs,', speaker: 'Kim Soto' },
      { text: 'the best deal in years.', speaker: 'Holt' },
    ],
  },
  {
    name: 'the subject pronoun, not a later one, is the speaker',
    paragraphs: [
      'Defence lawyer Omar Reyes questioned the witness on Tuesday.',
      'During cross-examination, he asked Mr Lee if he had ever seen "a signed contract for the land."',
    ],
    expected: [{ text: 'a signed contract for the land.', speaker: 'Omar Reyes' }],
  },
  {
    name: 'a described speaker inverted after a comma',
    paragraphs: ['A "housing emergency" is looming in the capital, say the tenants\' unions.'],
    expected: [{ text: 'housing emergency', speaker: "the tenants' unions" }],
  },
  {
    name: 'two speakers joined by and',
    paragraphs: ['"The data are clear on this point," wrote researchers Mia Holm and Jonas Berg.'],
    expected: [{ text: 'The data are clear on this point,', speaker: 'Mia Holm and Jonas Berg' }],
  },
  {
    name: 'told to: whoever was told is not the speaker',
    paragraphs: ['Residents were told to "stay indoors until further notice."'],
    expected: [{ text: 'stay indoors until further notice.', speaker: null }],
  },

  // Names.
  {
    name: 'a surname resolves to the full name mentioned earlier',
    paragraphs: ['President George W. Bush met the troops on Friday.', '"We will finish the job we started," Bush said.'],
    expected: [{ text: 'We will finish the job we started,', speaker: 'George W. Bush' }],
  },
  {
    name: 'a titled surname resolves to the full name',
    paragraphs: ['Economist Helen Park, who advises the central bank, expects rates to hold.', '"There is no case for a cut," Ms Park said.'],
    expected: [{ text: 'There is no case for a cut,', speaker: 'Helen Park' }],
  },
  {
    name: 'an ambiguous surname stays as written',
    paragraphs: ['Tom Reed and his sister Anna Reed run the bakery on Mill Street.', '"Bread is our whole life," Reed said.'],
    expected: [{ text: 'Bread is our whole life,', speaker: 'Reed' }],
  },
  {
    name: 'titles in the attributing clause are dropped',
    paragraphs: ['"We will not raise taxes this year," said Prime Minister Carla Dunn.'],
    expected: [{ text: 'We will not raise taxes this year,', speaker: 'Carla Dunn' }],
  },

  // Not quotes by default.
  {
    name: 'a scare quote is not a quote',
    paragraphs: ['Critics attacked the so-called "woke" agenda in schools.'],
    expected: [],
  },
  {
    name: 'two words in quotes with no cue are scare quotes',
    paragraphs: ['The plan would create "smart corridors" across the region by 2030.'],
    expected: [],
  },
  {
    name: 'a film title is not a quote',
    paragraphs: ['She starred in the film "The Long Night Home" last year.'],
    expected: [],
  },
  {
    name: 'a title with no cue is not a quote',
    paragraphs: ['Tickets for "A Winter\'s Tale" sold out within an hour.'],
    expected: [],
  },
  {
    name: 'a title before a cue is still a title',
    paragraphs: ['In his memoir, "Roads Without Maps," he described leaving home at sixteen.'],
    expected: [],
  },

  // Unclear speakers.
  {
    name: 'an unclear speaker is null',
    paragraphs: ['Protesters gathered outside the court on Tuesday.', '"Justice delayed is justice denied," one banner read.'],
    expected: [{ text: 'Justice delayed is justice denied,', speaker: null }],
  },
  {
    name: 'a pronoun with nobody to refer to is null',
    paragraphs: ['"We knew it would happen one day," they said.'],
    expected: [{ text: 'We knew it would happen one day,', speaker: null }],
  },
];
