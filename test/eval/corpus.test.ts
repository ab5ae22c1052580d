// The evaluation's corpus loader on invented files in a temporary directory: layouts, references,
// decoding. It never reads ../shared/corpus.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFiles, decode, highlights, loadArticle, splitGluedSummary, standInParse } from '../../eval/corpus.js';

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

describe('standInParse', () => {
  it('reads a .story as paragraphs without a headline, stopping at the first highlight', () => {
    const parsed = standInParse(STORY);
    assert.equal(parsed.headline, null);
    assert.deepEqual(parsed.paragraphs.map((p) => p.sentences), [
      ['HARBOURTON (CNN) -- The harbour bridge will close for repairs.', 'Ferries will run instead.'],
      ['Engineers found rust in March.'],
    ]);
  });

  it('takes line 1 of a BBC article as its headline', () => {
    const parsed = standInParse(BBC_ARTICLE);
    assert.equal(parsed.headline, 'Bridge shuts for repairs');
    assert.deepEqual(parsed.paragraphs.map((p) => p.sentences), [
      ['The bridge shut on Monday.', 'Ferries ran.'],
      ['Rust was found.'],
    ]);
  });
});

describe('highlights', () => {
  it('returns the line after each @highlight marker', () => {
    assert.deepEqual(highlights(STORY), ['Harbour bridge to close for repairs', 'Ferries to replace it']);
  });
});

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

describe('decode', () => {
  it('reads UTF-8', () => {
    assert.equal(decode(Buffer.from('café £5', 'utf8')), 'café £5');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // 0xE9 = é and 0xA3 = £ in Latin-1 / Windows-1252; 0x93 0x94 are curly quotes in 1252 only
    assert.equal(decode(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35, 0x20, 0x93, 0x94])), 'café £5 “”');
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

  it('uses a story\'s highlights as the reference', () => {
    assert.deepEqual(loadArticle(join(root, 'cnn', 'a.story')).reference, [
      'Harbour bridge to close for repairs',
      'Ferries to replace it',
    ]);
  });
});
