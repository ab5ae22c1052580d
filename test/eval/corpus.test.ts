// The evaluation's corpus loader on invented files in a temporary directory: layouts and references,
// read through lede's own parser. It never reads ../shared/corpus.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFiles, loadArticle, splitGluedSummary } from '../../eval/corpus.js';

const STORY = [
  'HARBOURTON (CNN) -- The harbour bridge will close for repairs. Ferries will run instead.',
  '',
  'Engineers found rust in March.',
  '',
  '@highlight',
  '',
  'Harbour bridge to close for repairs',
  '',
  '@highlight',
  '',
  'Ferries to replace it',
].join('\n');

const BBC_ARTICLE = 'Bridge shuts for repairs\n\nThe bridge shut on Monday. Ferries ran.\n\nRust was found.\n';

describe('splitGluedSummary', () => {
  it('splits sentences glued without a space, but not decimals', () => {
    assert.deepEqual(splitGluedSummary('Sales rose 2.5% to $1.1bn.Profits fell.Shares were flat.'), [
      'Sales rose 2.5% to $1.1bn.',
      'Profits fell.',
      'Shares were flat.',
    ]);
  });

  it('keeps a closing quote with its sentence and an opening quote with the next', () => {
    assert.deepEqual(splitGluedSummary('He said "we won."The rest left."It is over," she said.'), [
      'He said "we won."',
      'The rest left.',
      '"It is over," she said.',
    ]);
  });
});

describe('loadArticle and corpusFiles', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'lede-corpus-'));
    mkdirSync(join(root, 'cnn'));
    mkdirSync(join(root, 'bbc', 'articles', 'tech'), { recursive: true });
    mkdirSync(join(root, 'bbc', 'summaries', 'tech'), { recursive: true });
    writeFileSync(join(root, 'cnn', 'b.story'), STORY);
    writeFileSync(join(root, 'cnn', 'a.story'), STORY);
    writeFileSync(join(root, 'bbc', 'articles', 'tech', '001.txt'), BBC_ARTICLE);
    writeFileSync(join(root, 'bbc', 'summaries', 'tech', '001.txt'), 'The bridge shut on Monday.Rust was found.');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('lists CNN stories and BBC articles in sorted order', () => {
    const files = corpusFiles(root);
    assert.deepEqual(files.cnn, [join(root, 'cnn', 'a.story'), join(root, 'cnn', 'b.story')]);
    assert.deepEqual(files.bbc, [join(root, 'bbc', 'articles', 'tech', '001.txt')]);
  });

  it('pairs a BBC article with its summary file as the reference', () => {
    const loaded = loadArticle(join(root, 'bbc', 'articles', 'tech', '001.txt'));
    assert.equal(loaded.headline, 'Bridge shuts for repairs');
    assert.deepEqual(loaded.reference, ['The bridge shut on Monday.', 'Rust was found.']);
    assert.equal(loaded.paragraphs.length, 2);
  });

  it('reads a story through the real parser: its dateline is off the lead', () => {
    assert.deepEqual(loadArticle(join(root, 'cnn', 'a.story')).paragraphs[0], ['The harbour bridge will close for repairs.', 'Ferries will run instead.']);
  });

  it('uses a story\'s highlights as the reference', () => {
    assert.deepEqual(loadArticle(join(root, 'cnn', 'a.story')).reference, [
      'Harbour bridge to close for repairs',
      'Ferries to replace it',
    ]);
  });
});
