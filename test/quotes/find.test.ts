// Behaviour of the quote scanner over whole articles: marks, joins, kinds, addresses and speakers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Paragraph, Quote } from '../../src/article.js';
import { findQuotes } from '../../src/quotes/find.js';
import { splitSentences } from '../../src/parse/sentences.js';

/** Paragraphs numbered from 1, sentences from splitSentences. */
function article(...texts: string[]): Paragraph[] {
  return texts.map((text, k) => ({ number: k + 1, text, sentences: splitSentences(text) }));
}

/** Each quote as [text, speaker]. */
function said(quotes: Quote[]): Array<[string, string | null]> {
  return quotes.map((q) => [q.text, q.speaker]);
}

describe('findQuotes', () => {
  it('returns a direct quote with its text, speaker, cue and address', () => {
    assert.deepEqual(findQuotes(article('It rained. "We will rebuild," said Mayor Ana Ruiz.')), [
      { text: 'We will rebuild,', speaker: 'Ana Ruiz', cue: 'said', paragraph: 1, sentence: 2, kind: 'direct' },
    ]);
  });

  it('numbers paragraphs from Paragraph.number and sentences from Paragraph.sentences', () => {
    const paragraphs: Paragraph[] = [
      { number: 7, text: 'First. Second, "third part here," he said.', sentences: ['First.', 'Second, "third part here," he said.'] },
    ];
    const [q] = findQuotes(paragraphs);
    assert.equal(q?.paragraph, 7);
    assert.equal(q?.sentence, 2);
  });

  it('finds quotes in every kind of mark', () => {
    const quotes = findQuotes(
      article(
        '“Curly double,” said Ana Ruiz.',
        '‘Curly single,’ said Ana Ruiz.',
        '"Straight double," said Ana Ruiz.',
        "'Straight single,' said Ana Ruiz.",
        'Ana Ruiz said: «\u00a0In guillemets\u00a0».',
        'Ana Ruiz said: „In German marks“.',
      ),
    );
    assert.deepEqual(
      quotes.map((q) => q.text),
      ['Curly double,', 'Curly single,', 'Straight double,', 'Straight single,', 'In guillemets', 'In German marks'],
    );
  });

  it('never lets an apostrophe or an inch mark open or close a quote', () => {
    const quotes = findQuotes(article('Jones\' car and the horses\' hay from the \'90s sat by a 12" record.', '"It was rock ’n’ roll," said Ana Ruiz.'));
    assert.deepEqual(said(quotes), [['It was rock ’n’ roll,', 'Ana Ruiz']]);
  });

  it('joins a quote continued into the next paragraph, with one speaker', () => {
    const quotes = findQuotes(article('Fire chief Dana Wells said: "We called the families.', '"Then we went back in."'));
    assert.deepEqual(said(quotes), [['We called the families. Then we went back in.', 'Dana Wells']]);
  });

  it('ends an unclosed quote at its paragraph and never swallows the next', () => {
    const quotes = findQuotes(article('Senator Hal Brooks said "we will fight this.', 'The bill passed.', '"Good day," said Rep. Omar Lind.'));
    assert.deepEqual(said(quotes), [
      ['we will fight this.', 'Hal Brooks'],
      ['Good day,', 'Omar Lind'],
    ]);
  });

  it('joins the parts of a split quote with an ellipsis and one speaker', () => {
    const quotes = findQuotes(article('"Prices will rise," said economist Raj Patel, "and wages will not."'));
    assert.deepEqual(said(quotes), [['Prices will rise, … and wages will not.', 'Raj Patel']]);
  });

  it('credits a partial quote to the subject of its sentence cue', () => {
    const quotes = findQuotes(article('The ties, which both parties have described as having “no limits,” grew.'));
    assert.deepEqual(said(quotes), [['no limits,', 'both parties']]);
  });

  it('gives a pronoun the speaker of the quote before', () => {
    const quotes = findQuotes(article('"Water is rising," said Tomas Berg, a farmer.', '"We never saw this," he added.'));
    assert.deepEqual(said(quotes), [
      ['Water is rising,', 'Tomas Berg'],
      ['We never saw this,', 'Tomas Berg'],
    ]);
  });

  it('gives a quote-only paragraph the speaker of the quote before', () => {
    const quotes = findQuotes(article('"A close race," said manager Leah Quinn.', '"Nobody expected this margin."'));
    assert.equal(quotes[1]?.speaker, 'Leah Quinn');
    assert.equal(quotes[1]?.cue, null);
  });

  it('gives a pronoun the one person named just before when no quote came first', () => {
    const quotes = findQuotes(article('Retired teacher Martin Cole lives here.', '"Nobody asked us," he said.'));
    assert.equal(quotes[0]?.speaker, 'Martin Cole');
  });

  it('matches he and she to the gender a title tells', () => {
    const quotes = findQuotes(
      article('"The cuts are cruel," said Ms Ada Kerr.', 'Her remarks were criticised by Mr Neil Grant.', '"She has no idea," he said.'),
    );
    assert.equal(quotes[1]?.speaker, 'Neil Grant');
  });

  it('gives a pronoun the person named before it in its own sentence', () => {
    const quotes = findQuotes(article('"Jobs first," said Kim Soto.', 'Mr Holt praised the plan, which he said was "the best deal in years."'));
    assert.equal(quotes[1]?.speaker, 'Holt');
  });

  it('takes the subject pronoun, not a later one in the clause', () => {
    const quotes = findQuotes(article('Lawyer Omar Reyes questioned the witness.', 'Then he asked Mr Lee if he had seen "a signed contract for it."'));
    assert.equal(quotes[0]?.speaker, 'Omar Reyes');
  });

  it('keeps the focus through sentences about he, however far back the person was named', () => {
    const quotes = findQuotes(article('Mr Lee Park, the mayor, spoke first.', 'He arrived late.', 'It rained.', 'He sat down.', 'He left early.', '"We will win," he said.'));
    assert.equal(quotes[0]?.speaker, 'Lee Park');
  });

  it('reads a sentence that named someone long before with the people known when it was passed', () => {
    // `Park` was no surname of a known person when named; `Lee Park`, named later, does not rename him.
    const quotes = findQuotes(article('Park arrived at noon.', 'It rained.', 'It rained on Lee Park and his wife.', 'He left early.', '"We will win," he said.'));
    assert.equal(quotes[0]?.speaker, 'Park');
  });

  it('resolves a surname to the full name mentioned earlier', () => {
    const quotes = findQuotes(article('President George W. Bush met troops.', '"We will finish the job," Bush said.'));
    assert.equal(quotes[0]?.speaker, 'George W. Bush');
  });

  it('keeps a description in the attributing clause as written', () => {
    assert.equal(findQuotes(article('"We will review it," the minister said.'))[0]?.speaker, 'the minister');
  });

  it('returns null when the speaker is unclear', () => {
    assert.equal(findQuotes(article('"We knew it would happen," they said.'))[0]?.speaker, null);
    assert.equal(findQuotes(article('Crowds gathered.', '"We want justice for all," one banner read.'))[0]?.speaker, null);
  });

  it('leaves out scare quotes and titles by default', () => {
    const paragraphs = article('Critics attacked the so-called "woke" agenda.', 'She starred in the film "The Long Night Home" last year.');
    assert.deepEqual(findQuotes(paragraphs), []);
  });

  it('includes scare quotes and titles, without speakers, with all', () => {
    const paragraphs = article('Critics attacked the so-called "woke" agenda.', 'She starred in the film "The Long Night Home" last year.');
    assert.deepEqual(
      findQuotes(paragraphs, { all: true }).map((q) => [q.text, q.kind, q.speaker]),
      [
        ['woke', 'scare', null],
        ['The Long Night Home', 'title', null],
      ],
    );
  });

  it('keeps a one-word quote with a cue as a direct quote', () => {
    const quotes = findQuotes(article('Transport Secretary Lena Moss called the delay "unacceptable."'));
    assert.deepEqual(said(quotes), [['unacceptable.', 'Lena Moss']]);
  });

  it('returns nothing for an article without quotes', () => {
    assert.deepEqual(findQuotes(article('Nothing was said.', 'Nothing at all.')), []);
    assert.deepEqual(findQuotes([]), []);
  });
});

describe('findQuotes on arbitrary text', () => {
  const pieces = ['said', 'he', 'Ana Ruiz', 'the minister', ',', '.', ' ', ' ', '"', "'", '“', '”', '‘', '’', '«', '»', '„', 'don’t', "Jones'", '6\'2"', '—', ':', 'We', 'win', '?'];
  const paragraph = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((ps) => ps.join(' ').replace(/\s+/gu, ' ').trim());

  it('never throws and quotes only words the paragraph holds', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (texts) => {
        const paragraphs = article(...texts);
        for (const q of findQuotes(paragraphs, { all: true })) {
          assert.ok(q.paragraph >= 1 && q.paragraph <= texts.length);
          assert.ok(q.sentence >= 1);
          for (const word of q.text.split(/\s+/u).filter((w) => w !== '…')) {
            assert.ok(texts.some((t) => t.includes(word)), `${word} not in ${JSON.stringify(texts)}`);
          }
        }
      }),
    );
  });
});

describe('pronouns and first names', () => {
  it('does not give he to a speaker whose first name says she (review: a wrong name is worse than none)', () => {
    const quotes = findQuotes(article('"We will win," said Jane Doe. "I do not know," he told reporters.'));
    assert.deepEqual(quotes.map((q) => q.speaker), ['Jane Doe', null]);
  });

  it('still carries she to her', () => {
    const quotes = findQuotes(article('"We will win," said Jane Doe. "I do not know," she told reporters.'));
    assert.deepEqual(quotes.map((q) => q.speaker), ['Jane Doe', 'Jane Doe']);
  });
});
