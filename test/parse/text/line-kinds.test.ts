// One line of a page's header or tail, judged by its shape: invented examples of each class.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  endsSentence,
  couldOpenOneKey,
  hasAtMostWords,
  keyHead,
  lineKey,
  mayEndWithCredit,
  wordCountUpTo,
  wordCount,
  isCaptionWithCredit,
  isImageName,
  isListHeading,
  isMenuOrIcons,
  isReadingTime,
  isRelativeTime,
  isShortLabel,
  isTitleLike,
} from '../../../src/parse/text/line-kinds.js';

describe('line kinds', () => {
  it('a title: short, no closing stop, no sentence inside; a question may be one', () => {
    assert.equal(isTitleLike('Ferry strike ends after two weeks of talks'), true);
    assert.equal(isTitleLike('Will the harbour ever reopen?'), true);
    assert.equal(isTitleLike('The ferry strike ended on Monday.'), false);
    assert.equal(isTitleLike('Your browser is old. Update it here'), false);
    assert.equal(isTitleLike('He said:'), false);
  });

  it('a relative time is never a date', () => {
    for (const t of ['3 years ago', 'an hour ago', '2 days ago', '45 mins ago', 'Just now', '2 DAYS AGO', 'JUST NOW']) assert.equal(isRelativeTime(t), true, t);
    assert.equal(isRelativeTime('3 years ago the harbour closed'), false);
  });

  it('a reading-time note', () => {
    for (const t of ['1 Min Read', '5 minute read', 'Quick Read', 'Reading time: 4 minutes']) assert.equal(isReadingTime(t), true, t);
    assert.equal(isReadingTime('Read the full report'), false);
  });

  it('an image file name or asset code', () => {
    assert.equal(isImageName('harbour_ferry_0412_wire_98765'), true);
    assert.equal(isImageName('Img 1024x768 0042p00 Xyz'), true);
    assert.equal(isImageName('Ferry sails at 10'), false);
  });

  it('a menu, icon row, hashtag banner, weather reading or label pair is page furniture', () => {
    assert.equal(isMenuOrIcons('HomeNewsSport WeatherTravel MoneyLife Culture'), true);
    assert.equal(isMenuOrIcons('premium_icon Subscribe Today'), true);
    assert.equal(isMenuOrIcons('#Local news matters to us'), true);
    assert.equal(isMenuOrIcons('21.5 C'), true);
    assert.equal(isMenuOrIcons('World|Europe'), true);
    assert.equal(isMenuOrIcons('Your region:LEEDS'), true);
    assert.equal(isMenuOrIcons('Profile: Jane Doe'), false);
    assert.equal(isMenuOrIcons('Sites such as eDonkey and LokiTorrent were shut.'), false);
  });

  it('a section label or kicker is a few words with no stop', () => {
    for (const t of ['World', 'Breaking', 'West Midlands', 'Open in App']) assert.equal(isShortLabel(t), true, t);
    assert.equal(isShortLabel('Ferry strike ends after two weeks'), false);
  });

  it('a caption by the credit it ends with', () => {
    assert.equal(isCaptionWithCredit('Crowds on the pier at dawn. Picture: Jo Marsh'), true);
    assert.equal(isCaptionWithCredit('The ferry at the quay (Image: Harbour Wire)'), true);
    assert.equal(isCaptionWithCredit('Crowds wait at the gate. (Harbour TV)'), true);
    assert.equal(isCaptionWithCredit('The pier at dawn. THE HARBOUR PRESS/Jo Marsh'), true);
    assert.equal(isCaptionWithCredit('Residents wade through a street on Feb. 28. (Jo Marsh/AP Photo)'), true);
    assert.equal(isCaptionWithCredit('The mayor unveiled the plan (VIDEO)'), false);
    const long = 'The council said on Monday that the eight bills, which were given a fast hearing, would go to the mayor for her signature and take effect next spring. (HNA)';
    assert.equal(isCaptionWithCredit(long), false);
  });

  it('a list of other stories opens with a heading', () => {
    for (const t of ['Most Read', 'Related posts', 'Trending Now', 'Previous story', 'Top Stories']) assert.equal(isListHeading(t), true, t);
    assert.equal(isListHeading('Most residents stayed'), false);
  });
});

describe('the line measures the header compares lines by', () => {
  // The pieces lines are made of: stops, closers, spaces of each kind, letters, digits, punctuation, beyond ASCII.
  // (`İ` and the Kelvin sign are the two characters beyond ASCII that lowercase to ASCII letters.)
  const piece = fc.constantFrom('.', '!', '?', '…', '"', '”', '’', "'", ')', ']', ' ', '  ', '\t', '\u00a0', 'a', 'B', '7', ',', '-', 'é', 'Σ', '£', 'İ', '\u212a');
  const line = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
  it('endsSentence reads the end as its pattern does: a stop, then closing quotes or brackets', () => {
    fc.assert(fc.property(line, (t) => endsSentence(t) === /[.!?…]["”’')\]]*$/.test(t.trimEnd())));
  });
  it("wordCount counts what split(' ') makes", () => {
    fc.assert(fc.property(line, (t) => wordCount(t) === (t === '' ? 0 : t.split(' ').length)));
  });
  it('wordCountUpTo is wordCount, or the limit when that is less', () => {
    fc.assert(fc.property(line, fc.integer({ min: 0, max: 6 }), (t, max) => wordCountUpTo(t, max) === Math.min(wordCount(t), max)));
  });
  it('mayEndWithCredit reads the words at the end as a whole-line pattern does', () => {
    const end = fc.constantFrom('', 'screen', 'SCREEN', 'Image', 'photo', 'photos', 'full', ')', ':', '/');
    fc.assert(fc.property(line, end, (t, e) => mayEndWithCredit(t + e) === (/[):/]/.test(t + e) || /(?:screen|image|photo)$/i.test(t + e))));
  });
  it('hasAtMostWords says whether wordCount is at most the limit', () => {
    fc.assert(fc.property(line, fc.integer({ min: 0, max: 6 }), (t, max) => hasAtMostWords(t, max) === wordCount(t) <= max));
  });
  it('lineKey keeps letters and digits, lower-cased, and single spaces', () => {
    assert.equal(lineKey('  Mr.  O’Brien —  said: “Yes!”  '), 'mr obrien said yes');
    assert.equal(lineKey('ΣΟΦΟΣ  Café'), 'σοφος café');
    fc.assert(fc.property(line, (t) => lineKey(t) === t.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim()));
  });

  // Lines longer than keyHead reads, with the characters whose lowercase depends on what follows (Σ) or grows (İ).
  const longPiece = fc.constantFrom('Ferry ', 'strike ', 'ΑΣ', 'Σ ', 'İ', '\u212a', '. ', '  ', ', ', '£', 'é', '7', 'x');
  const longLine = fc.array(longPiece, { maxLength: 40 }).map((p) => p.join(''));
  it("keyHead opens the line's key, or is null", () => {
    fc.assert(fc.property(longLine, (t) => { const head = keyHead(t); return head === null || lineKey(t).startsWith(head); }), { numRuns: 2000 });
    assert.equal(keyHead('Ferry strike ends after two weeks of talks between the union and the harbour board, officials said.'), 'ferry strike ends after two weeks of talks between the union and');
    assert.equal(keyHead(`${'Σ'.repeat(70)}`), null);
  });
  it('lines of one key have openings that could open one key', () => {
    fc.assert(fc.property(longLine, longLine, (a, b) => lineKey(a) !== lineKey(b) || couldOpenOneKey(keyHead(a), keyHead(b))));
    fc.assert(fc.property(longLine, (a) => couldOpenOneKey(keyHead(a), keyHead(`  ${a}.`))));
    assert.equal(couldOpenOneKey('ferry strike', 'ferry strike ends'), true);
    assert.equal(couldOpenOneKey('ferry strike', 'harbour'), false);
    assert.equal(couldOpenOneKey(null, 'harbour'), true);
  });
});
