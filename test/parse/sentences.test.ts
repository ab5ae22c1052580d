// Behaviour of the sentence splitter on invented news prose: abbreviations, numbers, quotes and
// the sentence-final-abbreviation rule. Whitespace folding is the paragraph scanner's job.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sentencesOf, splitSentences } from '../../src/parse/sentences.js';

/** [behaviour, paragraph, expected sentences] */
const CASES: [string, string, string[]][] = [
  ['splits plain sentences at full stops', 'The ferry left at dawn. It reached the island by noon.', [
    'The ferry left at dawn.', 'It reached the island by noon.']],
  ['returns one sentence for text without a terminator', 'Storm warnings remain in place', [
    'Storm warnings remain in place']],
  ['returns nothing for empty text', '', []],
  ['does not split after Mr., Mrs. and Dr.', 'Mr. Okafor met Mrs. Lind and Dr. Baptiste. They talked.', [
    'Mr. Okafor met Mrs. Lind and Dr. Baptiste.', 'They talked.']],
  ['does not split after military and political titles', 'Gen. Ruiz briefed Sen. Holt, Rep. Amari and Gov. Pell on Monday.', [
    'Gen. Ruiz briefed Sen. Holt, Rep. Amari and Gov. Pell on Monday.']],
  ['does not split after a title even before an opener-like name', 'The award went to Dr. The Vinh last year.', [
    'The award went to Dr. The Vinh last year.']],
  ['does not split after St. before a saint\'s name', 'Crowds gathered in St. Peter\'s Square. Bells rang.', [
    'Crowds gathered in St. Peter\'s Square.', 'Bells rang.']],
  ['splits after St. meaning street when a sentence opener follows', 'The shop is on Elm St. The owner is away.', [
    'The shop is on Elm St.', 'The owner is away.']],
  ['does not split after a month abbreviation before a day', 'The vote is on Jan. 14 and the count on Sept. 3. Polls open early.', [
    'The vote is on Jan. 14 and the count on Sept. 3.', 'Polls open early.']],
  ['does not split inside U.S., U.K. or U.N. before a noun', 'U.S. and U.K. envoys met U.N. Secretary-General Amadi.', [
    'U.S. and U.K. envoys met U.N. Secretary-General Amadi.']],
  ['does not split after U.S. before a capitalized noun', 'The U.S. Navy confirmed the sighting.', [
    'The U.S. Navy confirmed the sighting.']],
  ['splits after a sentence-final U.S. when a common opener follows', 'Prices fell in the U.S. The next day they rose.', [
    'Prices fell in the U.S.', 'The next day they rose.']],
  ['splits after a sentence-final U.K. before a pronoun', 'She studied in the U.K. He stayed home.', [
    'She studied in the U.K.', 'He stayed home.']],
  ['does not split after p.m. before a weekday', 'The talks ended at 9 p.m. Tuesday in Geneva.', [
    'The talks ended at 9 p.m. Tuesday in Geneva.']],
  ['splits after a sentence-final a.m. before an opener', 'The alarm sounded at 4 a.m. By dawn the fire was out.', [
    'The alarm sounded at 4 a.m.', 'By dawn the fire was out.']],
  ['does not split after Inc. before a lowercase verb', 'Orbital Widgets Inc. said profits rose.', [
    'Orbital Widgets Inc. said profits rose.']],
  ['splits after a sentence-final Corp. before an opener', 'He joined Halvard Corp. It was his first job.', [
    'He joined Halvard Corp.', 'It was his first job.']],
  ['does not split after Ltd. or Co. before a capitalized name', 'Brenner Co. Chairman Ito praised Sato Ltd. Director Wren.', [
    'Brenner Co. Chairman Ito praised Sato Ltd. Director Wren.']],
  ['does not split after No. before a number', 'The song reached No. 5 in March. No. That is wrong.', [
    'The song reached No. 5 in March.', 'No.', 'That is wrong.']],
  ['does not split after vs.', 'It was Leeds vs. Hull again. Hull won.', [
    'It was Leeds vs. Hull again.', 'Hull won.']],
  ['splits after etc. only before a sentence opener', 'They sold pens, ink, etc. The rest went to charity. Cups, plates, etc. Kettle included.', [
    'They sold pens, ink, etc.', 'The rest went to charity.', 'Cups, plates, etc. Kettle included.']],
  ['does not split after an initial', 'John F. Kennedy and Harriet P. Lowe spoke.', [
    'John F. Kennedy and Harriet P. Lowe spoke.']],
  ['does not split inside dotted initials', 'J.K. Rowling and C.S. Lewis were cited.', [
    'J.K. Rowling and C.S. Lewis were cited.']],
  ['splits after a single capital letter ending a sentence before an opener', 'They chose plan B. The plan failed.', [
    'They chose plan B.', 'The plan failed.']],
  ['does not split inside decimals and money', 'Profits rose 2.5% to $1.13bn, or 3.14 times the target. Shares fell.', [
    'Profits rose 2.5% to $1.13bn, or 3.14 times the target.', 'Shares fell.']],
  ['splits before a sentence that opens with a number', 'Sales dipped in 2003. 2004 was better.', [
    'Sales dipped in 2003.', '2004 was better.']],
  ['splits at question and exclamation marks', 'Who pays? Nobody knows! The board meets today.', [
    'Who pays?', 'Nobody knows!', 'The board meets today.']],
  ['keeps ?! runs together', 'You call that a penalty?! The fans were furious.', [
    'You call that a penalty?!', 'The fans were furious.']],
  ['splits after a closing quote that ends a sentence', 'The minister described the deal as having “no limits.” The talks resume today.', [
    'The minister described the deal as having “no limits.”', 'The talks resume today.']],
  ['splits after straight closing quotes too', 'He called it "a disgrace." Officials declined to comment.', [
    'He called it "a disgrace."', 'Officials declined to comment.']],
  ['does not split after a quoted comma', '"Go," he said. "Now."', ['"Go," he said.', '"Now."']],
  ['does not split after a quoted exclamation followed by lowercase attribution', '"Run!" she shouted. They ran.', [
    '"Run!" she shouted.', 'They ran.']],
  ['does not split after a quoted question followed by a named attribution', '"Why now?" Mr. Ortega asked. Nobody answered.', [
    '"Why now?" Mr. Ortega asked.', 'Nobody answered.']],
  ['splits after a quoted question followed by a new sentence', '"Why now?" He asked the same question twice.', [
    '"Why now?"', 'He asked the same question twice.']],
  ['keeps a closing bracket with its sentence', 'The bridge reopened (after two years.) Traffic returned.', [
    'The bridge reopened (after two years.)', 'Traffic returned.']],
  ['splits after a parenthesized whole sentence', 'The mayor resigned. (He denies wrongdoing.) A vote follows.', [
    'The mayor resigned.', '(He denies wrongdoing.)', 'A vote follows.']],
  ['splits after an ellipsis before a sentence opener', 'We waited... Then the doors opened. I hoped… But no.', [
    'We waited...', 'Then the doors opened.', 'I hoped…', 'But no.']],
  ['does not split at an ellipsis marking an omission', 'The law "protects … Americans from harm," she said.', [
    'The law "protects … Americans from harm," she said.']],
  ['does not split before a lowercase word', 'The pH. value was normal. It rose later.', [
    'The pH. value was normal.', 'It rose later.']],
  ['treats camel-cased brands as capitalized sentence starts', 'Sales doubled. iPod demand drove them.', [
    'Sales doubled.', 'iPod demand drove them.']],
  ['does not split before a dash', 'She starred in Wham! - the band - in 1983.', [
    'She starred in Wham! - the band - in 1983.']],
  ['splits before an opening quote', 'He left. "We won," she said.', ['He left.', '"We won," she said.']],
  ['ends a sentence at a state abbreviation that is also a title, before a sentence opener', 'The plant is in Milford, Del. The mayor came to see it.', [
    'The plant is in Milford, Del.', 'The mayor came to see it.']],
  ['keeps a title abbreviation that is also a state with the name after it', 'Del. Ana Ruiz voted no. The bill passed.', [
    'Del. Ana Ruiz voted no.', 'The bill passed.']],
  ['does not split inside web addresses', 'Read more at example.com. Thanks.', ['Read more at example.com.', 'Thanks.']],
  [
    'finds each kind of terminator in order, however the kinds interleave',
    'Why? Now! Wait… Then. Go?! Stop... The end. Yes! No?',
    ['Why?', 'Now!', 'Wait…', 'Then.', 'Go?!', 'Stop...', 'The end.', 'Yes!', 'No?'],
  ],
];

describe('splitSentences', () => {
  for (const [behaviour, text, expected] of CASES) {
    it(behaviour, () => {
      assert.deepEqual(splitSentences(text), expected);
    });
  }

  it('gives the paragraph back when its sentences are joined with single spaces', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9$%.?!…"“”'’(),-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const out = splitSentences(text);
        assert.equal(out.join(' '), text);
        for (const s of out) assert.equal(s, s.trim());
      }),
    );
  });
});

describe('sentencesOf', () => {
  it('splits a prose paragraph as splitSentences does', () => {
    const text = 'Mr. Okafor met Dr. Baptiste. "Why?" Smith asked. They talked.';
    assert.deepEqual(sentencesOf({ text }), splitSentences(text));
  });

  it('gives a Markdown block its own sentences, not a split of its text', () => {
    // Table rows are one sentence each, though their text has no stops between them.
    assert.deepEqual(sentencesOf({ text: 'a b 1 2', sentences: ['a b', '1 2'] }), ['a b', '1 2']);
  });
});
