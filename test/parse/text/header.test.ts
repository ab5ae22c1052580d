import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindOf, looksLikeHeadline, scanHeader } from '../../../src/parse/text/header.js';
import { toLines } from '../../../src/parse/lines.js';

const scan = (text: string, linePerParagraph = false) => scanHeader(toLines(text), new Set(), linePerParagraph);

describe('scanHeader', () => {
  it('takes a first line followed by a blank line as the headline', () => {
    const h = scan('Markets Rally on Rate Hopes\n\nStocks rose on Monday.');
    assert.equal(h.headline, 'Markets Rally on Rate Hopes');
    assert.deepEqual([...h.used], [1]);
  });

  it('does not take a lead paragraph ending in a full stop as the headline', () => {
    assert.equal(scan('Stocks rose on Monday after the bank spoke.\n\nMore text.').headline, null);
  });

  it('does not take a first line that runs straight into the next line of its block', () => {
    assert.equal(scan('Stocks rose on Monday after the bank\nspoke about rates.\n\nMore.').headline, null);
  });

  it('reads a date line under the headline', () => {
    const h = scan('Markets Rally\n\nThu May 16 2024\n\nStocks rose.');
    assert.equal(h.date?.iso, '2024-05-16');
    assert.deepEqual([...h.used].sort(), [1, 3]);
  });

  it('reads a date line above the headline', () => {
    const h = scan('May 16, 2024\nMarkets Rally\n\nStocks rose.');
    assert.equal(h.headline, 'Markets Rally');
    assert.equal(h.date?.raw, 'May 16, 2024');
  });

  it('reads a byline line', () => {
    const h = scan('Markets Rally\nBy Jane Doe\n\nStocks rose.');
    assert.equal(h.headline, 'Markets Rally');
    assert.equal(h.byline?.name, 'Jane Doe');
  });

  it('removes a repeated headline and records it', () => {
    const h = scan('Markets Rally\n\nMarkets Rally\n\nStocks rose.');
    assert.deepEqual(h.removed, [{ line: 3, text: 'Markets Rally', reason: 'repeated-headline' }]);
  });

  it('reads a date at the very end of the article', () => {
    const h = scan('Markets Rally\n\nStocks rose.\n\nMay 16, 2024\n');
    assert.equal(h.date?.iso, '2024-05-16');
    assert.ok(h.used.has(5));
  });

  it('takes the first line as headline in a one-paragraph-a-line text', () => {
    assert.equal(scan('Markets Rally\nStocks rose.\nBonds fell.', true).headline, 'Markets Rally');
  });

  it('keeps a second date line as removed, not lost', () => {
    const h = scan('Markets Rally\nMay 16, 2024\nMay 17, 2024\n\nStocks rose.');
    assert.deepEqual(h.removed.map((r) => r.reason), ['duplicate-date']);
  });
});

describe("scanHeader over a long zone (each line's key and count worked out once)", () => {
  const body = Array.from({ length: 18 }, (_, i) => `Paragraph ${i + 1} of the report said the council would meet again in spring.`);
  const headline = 'Council Sets Its Budget for Spring';
  const standfirst = 'Council tax bills will rise by three per cent from April';
  it('finds the standfirst repeated far down the zone, past the first paragraphs', () => {
    const h = scan([headline, standfirst, ...body, `${standfirst}.`].join('\n\n'));
    assert.equal(h.headline, headline);
    assert.equal(h.standfirst, standfirst);
    assert.equal(scan([headline, standfirst, ...body].join('\n\n')).standfirst, null);
  });
  it("takes a picture's words printed twice under the headline as a caption", () => {
    const caption = 'The council chamber on a quiet morning in March';
    const h = scan([headline, `${caption}\n${caption}`, ...body].join('\n\n'));
    assert.deepEqual(h.removed.map((r) => [r.line, r.reason]), [[3, 'caption'], [4, 'caption']]);
  });
});

describe('looksLikeHeadline', () => {
  it('accepts a question', () => assert.equal(looksLikeHeadline('Is This the End of Cash?'), true));
  it('rejects prose ending in a colon', () => assert.equal(looksLikeHeadline('He said:'), false));
  it('rejects a very long line', () => assert.equal(looksLikeHeadline('word '.repeat(40)), false));
  it('rejects a line with no letters', () => assert.equal(looksLikeHeadline('***'), false));
});

describe('kindOf on a long line that ends a sentence', () => {
  const notice = (stem: string) => `Parts of this page may set a ${stem} on your device, and all rights reserved by the publisher apply to each of them.`;
  it('a notice holds a stem in any case and a boilerplate phrase', () => {
    assert.equal(kindOf(notice('COOKIE')), 'notice');
    assert.equal(kindOf(notice('marker')), 'prose');
  });
  it('a stem written with the Kelvin sign, which lowercases to k, still counts', () => assert.equal(kindOf(notice('coo\u212aie')), 'notice'));
});
