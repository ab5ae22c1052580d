import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toLines } from '../../../src/parse/lines.js';
import { isHardWrapped, isLinePerParagraph, scanParagraphs } from '../../../src/parse/text/paragraphs.js';

const paras = (text: string, skip: number[] = []) => scanParagraphs(toLines(text), new Set(skip)).map((p) => p.text);

describe('scanParagraphs', () => {
  it('separates paragraphs at blank lines', () => {
    assert.deepEqual(paras('One para.\n\nTwo para.\n'), ['One para.', 'Two para.']);
  });

  it('joins a hard-wrapped paragraph back into one line', () => {
    const text = [
      'The committee met on Tuesday to discuss the budget for the coming',
      'year, and members agreed that spending on roads should rise by a',
      'tenth.',
      '',
      'A second paragraph follows.',
    ].join('\n');
    assert.deepEqual(paras(text), [
      'The committee met on Tuesday to discuss the budget for the coming year, and members agreed that spending on roads should rise by a tenth.',
      'A second paragraph follows.',
    ]);
  });

  it('takes each long line as its own paragraph when there are no blank lines', () => {
    const long = (s: string) => s + ' filler words to make the line long enough to be prose.'.repeat(3);
    assert.deepEqual(paras(`${long('First.')}\n${long('Second.')}\n`), [long('First.'), long('Second.')]);
  });

  it('does not join a short line that starts a block to the long ones after it', () => {
    const text = 'Short line\nThis is a far longer line that goes on and on for quite a while so.\nAnd more.';
    assert.deepEqual(paras(text).length, 3);
  });

  it('treats skipped lines as paragraph breaks', () => {
    assert.deepEqual(paras('Alpha beta gamma.\nFURNITURE\nDelta epsilon.', [2]), ['Alpha beta gamma.', 'Delta epsilon.']);
  });

  it('folds tabs and runs of spaces but keeps no-break spaces', () => {
    assert.deepEqual(paras('a \t b  c\u00a0d'), ['a b c\u00a0d']);
  });
});

describe('isHardWrapped', () => {
  it('is false for a single line', () => {
    assert.equal(isHardWrapped(toLines('just one line')), false);
  });

  it('is false when a line is wider than a hand-wrapped text would be', () => {
    assert.equal(isHardWrapped(toLines('x'.repeat(120) + '\n' + 'y'.repeat(110))), false);
  });
});

describe('isLinePerParagraph', () => {
  it('is true for three or more lines with no blank line', () => {
    assert.equal(isLinePerParagraph(toLines('Headline here\n' + 'a'.repeat(150) + '\n' + 'b'.repeat(150))), true);
  });

  it('is false once blank lines separate paragraphs', () => {
    assert.equal(isLinePerParagraph(toLines('Headline\n\nOne.\n\nTwo.\n\nThree.')), false);
  });
});

describe('isHardWrapped with sentence ends', () => {
  it('takes lines of like length that each end a sentence as separate paragraphs', () => {
    assert.equal(isHardWrapped(toLines('The first short paragraph ends here today.\nThe second one ends here as well, look.\nAnd a third.')), false);
  });

  it('still joins a wrapped paragraph with one line that happens to end a sentence', () => {
    assert.equal(isHardWrapped(toLines('The committee met on Tuesday. Members agreed that\nspending on roads should rise by a tenth, and that\nthe money would come from the reserve.')), true);
  });
});

describe('scanParagraphs block edges', () => {
  it('joins a hard-wrapped block that runs to the last line, after one-line blocks and skipped lines', () => {
    const wrapped = [
      'The committee met on Tuesday to discuss the budget for the coming',
      'year, and members agreed that spending on roads should rise by a',
      'tenth.',
    ];
    const text = ['Alone.', '', 'FURNITURE', 'Also alone.', '', ...wrapped].join('\n');
    assert.deepEqual(paras(text, [3]), ['Alone.', 'Also alone.', wrapped.join(' ')]);
  });

  it('keeps the line number each paragraph starts on', () => {
    assert.deepEqual(scanParagraphs(toLines('\n\nOne.\n\nTwo.\nThree.'), new Set()).map((p) => p.line), [3, 5, 6]);
  });
});
