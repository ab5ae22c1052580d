// Behaviour of attribution within one sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuoteSpans } from '../../src/quotes/marks.js';
import { maskQuotes } from '../../src/quotes/sentences.js';
import { attribute, clauseSubject, cueSubjects } from '../../src/quotes/speakers.js';

/** The phrase and cue credited with the `n`th quotation of a one-sentence text. */
function credit(text: string, n = 0): [string, string] | null {
  const spans = findQuoteSpans(text);
  const span = spans[n];
  assert.ok(span, `no quotation ${n} in ${text}`);
  const found = attribute(maskQuotes(text, spans), span.open, span.close);
  return found ? [found.phrase, found.cue] : null;
}

describe('attribute', () => {
  it('finds the subject of a cue after the quotation', () => {
    assert.deepEqual(credit('"Sales fell," the company said in a statement.'), ['the company', 'said']);
  });

  it('finds the speaker of an inverted cue without the appositive', () => {
    assert.deepEqual(credit('"Demand collapsed," said Jane Doe, an analyst at Northgate.'), ['Jane Doe', 'said']);
  });

  it('skips an appositive between the name and the cue', () => {
    assert.deepEqual(credit('"Nothing unusual," Peter Varga, head of the inquiry, said.'), ['Peter Varga', 'said']);
  });

  it('never takes the recipient of told', () => {
    assert.deepEqual(credit('"No delay," Governor Alan Reyes told reporters.'), ['Governor Alan Reyes', 'told']);
    assert.deepEqual(credit('"No comment," the mayor told CNN.'), ['the mayor', 'told']);
  });

  it('credits nobody when the quote was told to someone', () => {
    assert.equal(credit('Volunteers told to "keep the doors shut" waited outside.'), null);
  });

  it('finds the subject of a cue before the quotation, through a colon', () => {
    assert.deepEqual(credit('The minister said: "We act now."'), ['The minister', 'said']);
  });

  it('finds the subject of a partial quotation inside a relative clause', () => {
    assert.deepEqual(credit('The ties, which both parties have described as having "no limits," grew.'), ['both parties', 'described']);
  });

  it('stops a subject at a second determiner', () => {
    assert.deepEqual(credit('It was a levy the council claims was for "road repairs" only.'), ['the council', 'claims']);
  });

  it('reads according to on either side', () => {
    assert.deepEqual(credit('"Inconclusive," according to Dr. Mina Sato.'), ['Dr. Mina Sato', 'according to']);
    assert.deepEqual(credit('According to police spokesman Ian Fry, "he fled on foot."'), ['police spokesman Ian Fry', 'according to']);
  });

  it('reads a dash credit', () => {
    assert.deepEqual(credit('"The city belongs to everyone." — Commissioner Leo Stark'), ['Commissioner Leo Stark', '—']);
  });

  it('credits the agent of a passive cue', () => {
    assert.deepEqual(credit('The plan was called "a recipe for disaster" by opposition leader Sam Hill.'), ['opposition leader Sam Hill', 'called']);
  });

  it('reads quoted as saying', () => {
    assert.deepEqual(credit('"A hard winter," the paper quotes Dora Quist as saying.'), ['Dora Quist', 'as saying']);
  });

  it('returns a pronoun as such for the caller to resolve', () => {
    const spans = findQuoteSpans('"We tried," he said.');
    const found = attribute(maskQuotes('"We tried," he said.', spans), 0, (spans[0] as { close: number }).close);
    assert.deepEqual(found, { phrase: 'he', cue: 'said', pronoun: true });
  });

  it('lets a participle share the subject of the cue before it', () => {
    assert.deepEqual(credit('"We stay," he said, adding: "Not for this offer."', 1), ['he', 'said']);
  });

  it('reads an inverted cue after a comma and an adverbial', () => {
    assert.deepEqual(credit('Above all, said Ivo Marsh, because "nobody checks."'), ['Ivo Marsh', 'said']);
  });

  it('prefers a speech cue to a weak cue with a non-name subject', () => {
    assert.deepEqual(credit('He says evidence suggests there are "far too many" late trains.'), ['He', 'says']);
  });

  it('goes on past a role to the name after an inverted cue', () => {
    assert.deepEqual(credit('"Grim," said Nordwind chief executive Lars Berg.'), ['Nordwind chief executive Lars Berg', 'said']);
  });

  it('stops an inverted name at a following lower-case word', () => {
    assert.deepEqual(credit('"Grim," said Lars Berg yesterday.'), ['Lars Berg', 'said']);
  });

  it('inverts a described speaker after a comma', () => {
    assert.deepEqual(credit('A "housing emergency" looms, say the tenants\' unions.'), ["the tenants' unions", 'say']);
  });

  it('rejects verb phrases and prepositional phrases as speakers', () => {
    assert.equal(credit('The plea went unheard despite recent comments that the "moment has come" for a deal.'), null);
    assert.equal(credit('The shops sell kits, called "starter boxes" that include tools.'), null);
  });

  it('finds a cue word after punctuation, capitalized to open its sentence, or with a full stop', () => {
    assert.deepEqual(credit('"We will not sell," he--said.'), ['he', 'said']);
    assert.deepEqual(credit('“We will not sell.” —said Ingrid Falk.'), ['Ingrid Falk', 'said']);
    assert.deepEqual(credit('"Sales fell," the company said.'), ['the company', 'said']);
    assert.deepEqual(credit('Said Ingrid Falk: "We will not sell."'), ['Ingrid Falk', 'said']);
  });

  it('takes no word that only holds a cue for one: `unsaid`, `2said`, `Saidi`', () => {
    assert.equal(credit('"We will not sell," Holm left unsaid.'), null);
    assert.deepEqual(credit('"We will not sell," Saidi Holm wrote 2said.'), ['Saidi Holm', 'wrote']);
  });

  it('finds no cue in a sentence that has none', () => {
    assert.equal(credit('The plan would create "smart corridors" by 2030.'), null);
  });
});

describe('cueSubjects', () => {
  it('lists the subjects of the cues in a sentence without quotations', () => {
    assert.deepEqual(
      cueSubjects('Ms Varga said reforms should build on exams.').map((a) => a.phrase),
      ['Ms Varga'],
    );
  });
});

describe('cueSubjects in long sentences', () => {
  // A long sentence is cut into words only around its cue forms: what is found must not depend on that.
  const opening = 'The council, which met on a wet Tuesday evening in the old town hall after months of delay over the budget and the roads, ';
  const subjects = (text: string): string[] => cueSubjects(text).map((a) => a.phrase);

  it('finds a cue far into a sentence, and reads a partitive or a participle after `without` there as before', () => {
    assert.deepEqual(subjects(`${opening}heard that the mayor said the plan was dead.`), ['the mayor']);
    assert.deepEqual(subjects(`${opening}heard that most of her calls went unanswered.`), []);
    assert.deepEqual(subjects(`${opening}Holm said it goes without saying that Ruiz told reporters the plan was dead.`), ['Holm', 'Ruiz']);
  });

  it('finds cues past long words with no space to start reading from', () => {
    const long = 'x'.repeat(150);
    assert.deepEqual(subjects(`${long}-${long} and then Ms Varga said reforms should build on exams.`), ['Ms Varga']);
    assert.deepEqual(subjects(`Ms Varga said ${long}${long} and the mayor said no.`), ['Ms Varga', 'the mayor']);
  });
});

describe('clauseSubject', () => {
  it('skips a listed sentence adverb before the subject', () => {
    assert.equal(clauseSubject('Meanwhile, Rosa Pike mocked the plan'), 'Rosa Pike');
    assert.equal(clauseSubject('Frankly, the board wanted more'), 'the board');
  });

  it('reads a subject of many words, or a short sentence that has fewer than its reader looks at', () => {
    assert.equal(clauseSubject('Deputy Chief Executive Jo Ann Lin Marsh Holm resigned on Monday'), 'Deputy Chief Executive Jo Ann Lin Marsh Holm');
    assert.equal(clauseSubject('Deputy Chief Executive Jo Ann Lin Marsh Holm Pike resigned on Monday'), null);
    assert.equal(clauseSubject('Rosa Pike resigned'), 'Rosa Pike');
    assert.equal(clauseSubject('She resigned'), 'She');
  });

  it('does not take a name in -ly before a comma for a sentence adverb', () => {
    assert.equal(clauseSubject('Kelly, however, mocked the plan'), 'Kelly');
    assert.equal(clauseSubject('Donnelly, meanwhile, attacked the budget'), 'Donnelly');
  });
});
