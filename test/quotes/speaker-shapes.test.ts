// Speaker attribution by shape, one invented sentence or short article per shape: cue verbs beyond the
// common ones in any tense, participles, name heads without their tags, dash and transcript credits,
// pronouns resolved to a person of the right gender, and `?` (null) when nothing fits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Paragraph } from '../../src/article.js';
import { findQuotes } from '../../src/quotes/find.js';
import { splitSentences } from '../../src/parse/sentences.js';

function article(...texts: string[]): Paragraph[] {
  return texts.map((text, k) => ({ number: k + 1, text, sentences: splitSentences(text) }));
}

/** The speakers of the direct quotes, in order. */
function speakers(...texts: string[]): Array<string | null> {
  return findQuotes(article(...texts)).map((q) => q.speaker);
}

describe('cue verbs by meaning, in any tense', () => {
  it('reads verbs of manner and judgement as cues', () => {
    assert.deepEqual(speakers('“Keep the lights on for me,” Nora Vale sings in the last verse.'), ['Nora Vale']);
    assert.deepEqual(speakers('“Nobody reads the fine print,” Tomas Reyes grumbled.'), ['Tomas Reyes']);
    assert.deepEqual(speakers('“Another week, another promise,” quipped Ada Brandt.'), ['Ada Brandt']);
    assert.deepEqual(speakers('Councillor Omar Diaz posted: “The vote is on Friday.”'), ['Omar Diaz']);
  });

  it('reads progressive and perfect forms', () => {
    assert.deepEqual(speakers('Pia Lund is claiming that the count was “a shambles from start to finish.”'), ['Pia Lund']);
    assert.deepEqual(speakers('He had said it before. Rafe Moss has been arguing for months that “the bridge will not hold.”'), ['Rafe Moss']);
  });

  it('never takes the one judged as the speaker', () => {
    assert.deepEqual(speakers('“It is a fine plan,” Ines Kohl praised Mayor Lars Berg.'), ['Ines Kohl']);
  });
});

describe('quotes inside reported clauses', () => {
  it('credits the main subject of a clause with an adjunct participle', () => {
    assert.deepEqual(speakers('Rival Mara Quinn had mocked the complaint, saying anyone who blames a microphone “is having a bad night.”'), ['Mara Quinn']);
  });

  it('credits the name a participle modifies', () => {
    assert.deepEqual(speakers('The advert shows footage of Colm Byrne asking, “Why are we not ahead?”'), ['Colm Byrne']);
  });
});

describe('name heads', () => {
  it('drops a party tag in parentheses or between commas', () => {
    assert.deepEqual(speakers('“It is a signal to every voter,” said Rep. Lena Ortiz (D-Ore.).'), ['Lena Ortiz']);
    assert.deepEqual(speakers('Sen. Abel Grant (R-Kan.) said he saw “no path forward.”'), ['Abel Grant']);
    assert.deepEqual(speakers('Majority Leader Hugo Stahl, R-Tenn., said: “The count is done.”'), ['Hugo Stahl']);
  });

  it('drops an age and a home town', () => {
    assert.deepEqual(speakers('Ruth Ellery, 61, of Dover, Del., said the trip was “worth every mile.”'), ['Ruth Ellery']);
    assert.deepEqual(speakers('“We came for our parents,” said Milo Hart, of Akron, Ohio.'), ['Milo Hart']);
  });
});

describe('credits by dash and label', () => {
  it('reads a dash credit after the closing mark, with any dash', () => {
    assert.deepEqual(speakers('“The rent doubled in a year.” ― Elsa Moreno'), ['Elsa Moreno']);
    assert.deepEqual(speakers('“Nobody asked us.”— Juan P. Ortega.'), ['Juan P. Ortega']);
    assert.deepEqual(speakers('“We waited six hours.” — Dana Fisk, a nurse'), ['Dana Fisk']);
  });

  it('reads transcript labels and keeps each turn apart', () => {
    const found = findQuotes(article('“HOLT: Will you take questions tonight?', '“RAMOS: I will take every one of them.', 'And I will answer them all.', '“Q: Even the hard ones?'));
    assert.deepEqual(
      found.map((q) => q.speaker),
      ['Holt', 'Ramos', null],
    );
  });

  it('carries a turn into a paragraph that runs on from it', () => {
    const found = findQuotes(article('“KERR: We will lower taxes for every family.', '“And we will start on the first day.', '“LAMB: Thank you.'));
    assert.deepEqual(
      found.map((q) => [q.text, q.speaker]),
      [
        ['KERR: We will lower taxes for every family. And we will start on the first day.', 'Kerr'],
        ['LAMB: Thank you.', 'Lamb'],
      ],
    );
  });
});

describe('pronouns', () => {
  it('never resolves he or she to an organisation', () => {
    assert.deepEqual(
      speakers('Mayor Tom Reddy spoke on Friday.', 'He notes that the Transit Commission announced a delay on Friday.', 'He says, “Working that line is harder than it looks.”'),
      ['Tom Reddy'],
    );
  });

  it('takes a person of the matching gender, looking back past another speaker', () => {
    assert.deepEqual(
      speakers('“We are ready,” said Linda Park, the coach.', '“So are we,” said Mr. Ivo Strand.', 'Later she added, “The team has never been fitter.”'),
      ['Linda Park', 'Ivo Strand', 'Linda Park'],
    );
  });

  it('keeps a kinship description as its own referent', () => {
    assert.deepEqual(speakers('His father said he was at work when the call came.', '“We just want to thank everyone,” he said.'), ['his father']);
  });

  it('leaves he unresolved when only a body has been named', () => {
    assert.deepEqual(speakers('The Harbour Authority announced the closure on Monday.', '“It will be hard for everyone,” he said.'), [null]);
  });
});

describe('more cue shapes', () => {
  it('reads `put it` as a cue', () => {
    assert.deepEqual(speakers('As Ms. Ilse Varga put it, the plan is “a bridge to nowhere.”'), ['Ilse Varga']);
  });

  it('takes the name after an opening prepositional phrase', () => {
    assert.deepEqual(speakers('In a radio interview Omar Faye declared “the port will open in May.”'), ['Omar Faye']);
  });

  it('keeps a titled surname before `of the` body', () => {
    assert.deepEqual(speakers('“We took the cheaper road,” Mr. Arlo Tench of the River Trust said.', '“It was fine,” Mr. Tench of the River Trust said.'), ['Arlo Tench', 'Arlo Tench']);
  });

  it('does not read a noun in -s as a cue', () => {
    assert.deepEqual(speakers('Nadia Rosen says Victor Lamb’s late-night tweets were “strange, even by his standards.”'), ['Nadia Rosen']);
  });

  it('prefers a named speaker to `it` inside what they said', () => {
    assert.deepEqual(speakers('Mayor Ines Dahl, opening the hall on Friday, said it would tell a story of “hope and of struggle.”'), ['Ines Dahl']);
  });
});

describe('the narrative between quotes', () => {
  it('follows the subject of a main clause past an opening phrase', () => {
    assert.deepEqual(
      speakers('In an interview with the host Rusty Vale, Hamid Ode made it clear he had doubts.', '“It was demoralizing,” he told the host.'),
      ['Hamid Ode'],
    );
  });

  it('follows a sentence whose only quote is a title', () => {
    assert.deepEqual(
      speakers('Mr. Victor Lamb spoke first.', 'In his book “Save It All,” Mr. Pavel Kühn suggested keeping a list.', '“I don’t judge anyone,” he said.'),
      ['Pavel Kühn'],
    );
  });

  it('takes the last person the sentence before named when it was not about the one in focus', () => {
    assert.deepEqual(
      speakers('Mr. Victor Lamb spoke first.', 'That is something that worries Henry Osei, head of the caucus.', '“Nobody paints murals of us,” he said.'),
      ['Henry Osei'],
    );
  });
});

describe('subjects in longer shapes', () => {
  it('credits the one who went on about a quoted phrase, not the one nodding after', () => {
    assert.deepEqual(speakers('As Rolf Amsel went on about “how rigged the count is,” Lena Vos nodded.'), ['Rolf Amsel']);
  });

  it('reads a name, an appositive, then a verb and a participle cue', () => {
    assert.deepEqual(speakers('Dara Finch, a former party chairman, poked at the debate, tweeting, “Notice the sniffing all night.”'), ['Dara Finch']);
  });

  it('joins two descriptions of one person', () => {
    assert.deepEqual(speakers('The former governor and current party nominee said she wanted “a fair count.”'), ['the former governor and current party nominee']);
  });

  it('finds the person after a title that names a department', () => {
    assert.deepEqual(speakers('Secretary of State Anya Brook said the talks were “going nowhere.”'), ['Anya Brook']);
    assert.deepEqual(speakers('Secretary of Homeland Security Rui Mendes said: “We are ready.”'), ['Rui Mendes']);
  });
});

describe('subordinate clauses and modifying participles', () => {
  it('does not take the subject of an opening subordinate clause as the one in focus', () => {
    assert.deepEqual(
      speakers(
        'While Omar Haddad had a dozen painters making portraits of him, none came to paint the mayor, which worries Henry Osei, head of the caucus.',
        '“Nobody paints murals of us,” he said.',
      ),
      ['Henry Osei'],
    );
  });
});

describe('shapes added for text nobody tuned for', () => {
  it('reads a cue verb that opens its sentence, the speaker after it', () => {
    assert.deepEqual(speakers('Said Ingrid Falk: “We will not sell the farm.”'), ['Ingrid Falk']);
    assert.deepEqual(speakers('Added Mr. Okafor, “Nobody asked the tenants.”'), ['Okafor']);
  });

  it('keeps a name suffix after an initial inside one sentence', () => {
    assert.deepEqual(speakers('“The count is wrong,” Marcus T. Hale II, a lawyer for the tenants, said on Friday.'), ['Marcus T. Hale II']);
  });

  it('does not take a sentence adverb and `I` for a name', () => {
    assert.deepEqual(speakers('Nonetheless, I tell it because I saw it.', '“Nobody listened,” she said.'), [null]);
  });

  it('credits the main subject with a participle after a comma, not the subject of a that-clause', () => {
    assert.deepEqual(speakers('Lena Ortiz told the crowd that she believes the plan can pass, saying that “the numbers add up” in the council.'), ['Lena Ortiz']);
  });

  it('gives a quote opening a sentence without a cue the speaker of the paragraph’s last quote', () => {
    assert.deepEqual(speakers('“This is not right,” Vera Stone said. “You went on air to blame the clerks” for the losses.'), ['Vera Stone', 'Vera Stone']);
  });

  it('does not read `without saying` as a cue', () => {
    assert.deepEqual(speakers('“We met twice,” Dana Reyes said.', 'It goes without saying that the rule is “a blunt tool for a delicate job.”'), ['Dana Reyes', null]);
  });
});

describe('titles of programmes and songs in a sentence with a cue', () => {
  it('takes a title-cased quote after a possessive, a title noun before it or a programme noun after it for a title', () => {
    assert.deepEqual(speakers('Dale Brook said on NBC’s “Sunday Roundtable” that the plan was dead.'), []);
    assert.deepEqual(speakers('Iris Bell said during the broadcast of “Morning Edition Live,” that taxes would rise.'), []);
    assert.deepEqual(speakers('Ana Cruz sang the anthem “We Shall Rise Again,” and said the fight was not over.'), []);
    assert.deepEqual(speakers('Tom Webb told callers to his “Straight Talk Tonight” radio program that he was leaving.'), []);
  });

  it('keeps a title-cased slogan spoken after a preposition as a quote', () => {
    assert.deepEqual(speakers('In his speech, Rob Haines proclaimed a goal of “Peace Through Trade.”'), ['Rob Haines']);
  });
});

describe('speakers of quotes without a cue, and pronouns in a clause of saying', () => {
  it('credits a person named as the main subject with a quoted phrase of three words or more', () => {
    assert.deepEqual(speakers('Nell Ames has gone after the mayor as a “clerk who never reads a budget.”'), ['Nell Ames']);
  });

  it('leaves the quote `?` when the main clause is passive or its verb does not put words in the subject’s mouth', () => {
    assert.deepEqual(speakers('Lena Park is known as “a patient, careful negotiator.”'), [null]);
    assert.deepEqual(speakers('Omar Tate has been dogged by “doubts about his expenses.”'), [null]);
    assert.deepEqual(speakers('Mira Holt has been accused of “ignoring her own district.”'), [null]);
    assert.deepEqual(speakers('Rory Dunn scored “the best try of the tournament.”'), [null]);
    assert.deepEqual(speakers('Edith Crane faces “hard questions about the budget.”'), [null]);
  });

  it('reads a passive with `get` as a passive: its agent speaks, never its subject', () => {
    assert.deepEqual(speakers('Mira Holt got branded “the senator from nowhere” last year.'), [null]);
    assert.deepEqual(speakers('Mira Holt got called “the senator from nowhere” by Ed Rowe.'), ['Ed Rowe']);
  });

  it('credits the subject of an active verb of calling, attacking or praising, in any tense', () => {
    assert.deepEqual(speakers('Lena Park mocked the plan as “a tax on waiting.”'), ['Lena Park']);
    assert.deepEqual(speakers('Lena Park is calling the plan “a tax on waiting.”'), ['Lena Park']);
    assert.deepEqual(speakers('Omar Tate dubbed the new road “a bridge to nowhere at all.”'), ['Omar Tate']);
  });

  it('leaves the quote `?` when the main subject is not a person', () => {
    assert.deepEqual(speakers('The committee has gone after the mayor as a “clerk who never reads a budget.”'), [null]);
  });

  it('resolves a pronoun to the subject of the cue its clause hangs from, a surname two people share included', () => {
    assert.deepEqual(
      speakers('Ruth Lowe and her brother Sam Lowe ran the shop for years.', 'Lowe says she regrets what she calls a “long and pointless quarrel.”'),
      ['Lowe'],
    );
  });

  it('resolves a pronoun to a kinship noun that is its clause’s subject', () => {
    assert.deepEqual(speakers('My aunt has mellowed with age, but even now she still says things like, “Nobody owes you a living.”'), ['my aunt']);
  });

  it('moves the narrative on past a sentence whose quotes were left `?`', () => {
    assert.deepEqual(
      speakers(
        '“The vote is lost,” said Carl Dunn.',
        'Speaker Hugh Marsh, despite his doubts about “clerks chasing fees,” thinks the families deserve a hearing.',
        '“I expect the bill will pass,” he said.',
      ),
      ['Carl Dunn', null, 'Hugh Marsh'],
    );
  });
});

describe('wrong names avoided', () => {
  it('does not take a heading for the person a pronoun means', () => {
    assert.deepEqual(speakers('A Bold, Costly Plan.', 'All of this, he admits, could be undone. “The next mayor may scrap it,” he said.'), [null]);
  });

  it('keeps a middle initial after a common given name inside the credit', () => {
    assert.deepEqual(speakers('“We were never asked.” ― Maria L. Ortega Ruiz.'), ['Maria L. Ortega Ruiz']);
  });

  it('reads a form in -s after a quantity, `of` and one word as a noun, not a cue', () => {
    assert.deepEqual(speakers('The Ledger rated 40% of Liberal claims as “mostly false or worse,” against 12% of Green claims.'), ['Ledger']);
  });

  it('keeps a cue in -s after `of` and a place in a title or a body’s name', () => {
    assert.deepEqual(speakers('The mayor of Linden says “the roads will be clear by noon.”'), ['the mayor of Linden']);
    assert.deepEqual(speakers('The Bank of Arland warns that “rates will stay high for a while.”'), ['the Bank of Arland']);
    assert.deepEqual(speakers('“We will rebuild the nave,” the Bishop of Westmarch says.'), ['the Bishop of Westmarch']);
  });
});

describe('nouns and phrasal verbs of saying', () => {
  it('credits the owner of a claim or statement with the quote it introduces', () => {
    assert.deepEqual(speakers('The paper checked Lina Park’s claim that there were “hundreds of empty flats” in the town.'), ['Lina Park']);
  });

  it('reads `points out` as a cue', () => {
    assert.deepEqual(speakers('“Fees went up twice,” the audit office said.', 'The audit office also points out that “nobody signed the second rise.”'), ['the audit office', 'the audit office']);
  });

  it('never lets `it` stand for one person', () => {
    assert.deepEqual(speakers('“We will appeal,” said Omar Vance.', 'It also notes that “the penalties are light.”'), ['Omar Vance', null]);
  });
});

describe('a heading set in quotes', () => {
  it('lists a title-cased quote standing alone as a paragraph as a title, not a quote of the last speaker', () => {
    assert.deepEqual(speakers('“We lost the vote,” said Ada Pine.', '‘Legend of the Valley.’', '“Nobody saw it coming,” she said.'), ['Ada Pine', 'Ada Pine']);
  });
});

describe('colon credits and obligations', () => {
  it('credits a name and a colon right before a quotation', () => {
    assert.deepEqual(speakers('Sen. Ada Holm: “The bill is dead and everyone knows it.”'), ['Ada Holm']);
  });

  it('does not take a run-in heading before a colon for a speaker', () => {
    assert.deepEqual(speakers('Rents Rise Again: Landlords blame “the cost of everything these days” for it.'), [null]);
  });

  it('does not credit a subject with what it needs or ought to do', () => {
    assert.deepEqual(speakers('Mara Voss needs to “stop talking about the past” before the vote.'), [null]);
  });
});

describe('a speaker named only after the quote', () => {
  it('credits the named subject of a cue in the next sentence of a paragraph that opens with a bare quote', () => {
    assert.deepEqual(
      speakers('“The plan is sound,” said Olaf Berg.', '“We will never sell.” Ana Ruiz, who has farmed the valley for 40 years, says the offer was an insult.'),
      ['Olaf Berg', 'Ana Ruiz'],
    );
  });

  it('keeps the last speaker when the next sentence names no one', () => {
    assert.deepEqual(speakers('“The plan is sound,” said Olaf Berg.', '“We will build it.” The work starts in May.'), ['Olaf Berg', 'Olaf Berg']);
  });
});
