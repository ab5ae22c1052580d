// Property tests: for any text the parser never throws and keeps every word somewhere, and every
// rendered terminal line fits the width unless a single word is wider. Seeded, so CI is repeatable;
// FC_RUNS raises the number of runs locally.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import stringWidth from 'string-width';
import type { Article } from '../../src/article.js';
import { InputError } from '../../src/errors.js';
import { detectFormat } from '../../src/parse/detect.js';
import { HIGHLIGHT_MARKER } from '../../src/parse/text/highlights.js';
import { parseArticle } from '../../src/parse/index.js';
import { sentencesOf } from '../../src/parse/sentences.js';
import { loadParser } from '../../src/parse/lazy-parsers.js';
import { loadMarkdownBlocks } from '../../src/render/markdown-blocks.js';
import { renderPlain, renderTerminal } from '../../src/render/terminal.js';
import { loadStyles } from '../../src/render/theme.js';
import { loadWideText } from '../../src/render/wide-text.js';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const SEED = Number(process.env.FC_SEED ?? 20261127);
const params = { numRuns: RUNS, seed: SEED };

const tokens = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

function fields(a: Article): string[] {
  return [a.headline ?? '', a.standfirst ?? '', a.date?.raw ?? '', a.dateline?.raw ?? '', a.byline?.raw ?? '', ...a.paragraphs.map((p) => p.text), ...a.highlights, ...a.removed.map((r) => r.text)];
}

function sortedTokens(texts: string[]): string[] {
  return texts.flatMap(tokens).sort();
}

/** Article-like text: lines of words, headlines, datelines, dates, furniture, blank lines. */
const articleText = fc
  .array(
    fc.oneof(
      fc.constant(''),
      fc.constantFrom('By Jane Doe', 'Thu May 16 2024', 'June 26, 2024 7:09AM PDT', 'icon-facebook icon-twitter', 'E-mail to a friend', 'Advertisement', 'WASHINGTON (CNN) -- The', 'LONDON — Ministers', '@highlight', 'Watch this »'),
      // Web copy: labels, metadata lines, credits, captions, relative times, tail furniture.
      fc.constantFrom(
        'World', 'Breaking', 'Menu', 'AFP | Paris | Updated: 09-04-2021 10:20 IST | Created: 08-04-2021 10:20 IST',
        'April 9, 2021 / 6:45 AM / 3 years ago', 'Maria Keller Reuters', 'Reuters Staff', 'By Jo Marsh Tuesday 21 Jun 2022, 9:14 AM',
        'Crowds on the pier. Picture: Jo Marsh', 'Photo: Jo Marsh', 'Most Read', '2 days ago', 'Source: AAP', '- AFP',
        'Sign up for our newsletter', 'More to follow…', 'Jo Marsh', 'Jo is a reporter covering the port.', 'harbour_ferry_0412_98765',
        'Ferry strike ends after two weeks of talks', 'Singapore, Dec 9 Fifty people', 'Published', 'By',
      ),
      fc.array(fc.oneof(fc.constantFrom('the', 'Mr.', 'U.S.', '“quoted”', 'said', '—', 'BEIJING,', '(AP)', '--', 'Putin’s', '2.5%', '北京', '🎉', 'e\u0301'), fc.string({ minLength: 1, maxLength: 12 })), { maxLength: 40 }).map((ws) => ws.join(' ')),
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.join('\n'));

// fast-check's default strings are printable ASCII only: 'binary' units bring controls, ESC, C1 and the rest.
const controlHeavy = fc.string({ unit: 'binary-ascii', maxLength: 300 });
const anyText = fc.oneof(articleText, controlHeavy, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));


// Wide text (CJK, emoji) and Markdown are read by modules the CLI loads on demand; load them as it would.
before(() => Promise.all([loadWideText(), loadParser('markdown'), loadParser('json'), loadMarkdownBlocks(), loadStyles()]));

/** Parses as the CLI does; JSON that is not an article is an input error, and the only one. */
function parseOrInputError(text: string): Article | null {
  try {
    return parseArticle('p', text);
  } catch (err) {
    if (err instanceof InputError && detectFormat('p', text) === 'json') return null;
    throw err;
  }
}

describe('parser properties', () => {
  it('never throws, for any text, but an input error for JSON that is not an article', () => {
    fc.assert(fc.property(anyText, (text) => void parseOrInputError(text)), params);
  });

  it('keeps every word of article text in exactly one field', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        // Markdown and JSON drop their syntax (keys, link definitions' labels) by design.
        fc.pre(detectFormat('p', text) === 'text');
        const a = parseArticle('p', text.replace(/\r\n?/g, '\n'));
        assert.deepEqual(sortedTokens(fields(a)), sortedTokens([text.replaceAll(HIGHLIGHT_MARKER, ' ')]));
      }),
      params,
    );
  });

  it('numbers paragraphs 1..n and keeps sentences joined to their text', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const a = parseArticle('p', text);
        a.paragraphs.forEach((p, i) => {
          assert.equal(p.number, i + 1);
          assert.equal(sentencesOf(p).join(' '), p.text);
        });
      }),
      params,
    );
  });
});

/** Markdown-like text: front matter, headings, lists, quotes, tables of up to three columns, code, links. */
const markdownText = fc
  .array(
    fc.oneof(
      fc.constant(''),
      fc.constantFrom('---', 'title: A Title', 'author: Jane Doe', '# A Headline', '## Section', '- an item', '  - nested', '1. first', '> quoted words', '```', '| a | b |', '|---|---|', '| 1 | 2 |', '<div>html</div>', '![img](x.png)', '[1]: https://example.com', 'See [a link](https://example.com/path).', '**bold** and *em*'),
      fc.array(fc.oneof(fc.constantFrom('the', 'said', 'word', 'Mr.', '“quoted”', 'https://example.com/a-long-url', '北京', '🎉'), fc.string({ minLength: 1, maxLength: 10 })), { maxLength: 25 }).map((ws) => ws.join(' ')),
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.join('\n'));

describe('Markdown parser properties', () => {
  it('never throws, and numbers paragraphs whose sentences join to their text', () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const a = parseArticle('p.md', text);
        a.paragraphs.forEach((p, i) => {
          assert.equal(p.number, i + 1);
          assert.equal(sentencesOf(p).join(' '), p.text);
          for (const link of p.links ?? []) assert.ok(p.text.slice(link.start, link.end).startsWith(link.label));
        });
      }),
      params,
    );
  });

  it('fits every terminal line of a Markdown article to the width unless one word is wider, with no escape code at level 0', () => {
    fc.assert(
      fc.property(markdownText, fc.integer({ min: 20, max: 120 }), fc.constantFrom(0, 1) as fc.Arbitrary<0 | 1>, fc.boolean(), (text, width, color, hyperlinks) => {
        const a = parseArticle('p.md', text);
        const out = renderTerminal(a, { width, color, numbers: false, withFileNames: false, compact: false, hyperlinks });
        if (color === 0 && !hyperlinks) assert.ok(!out.includes('\u001b'), JSON.stringify(out));
        const words = new Set(a.paragraphs.flatMap((p) => p.text.split(' ')).map((w) => stringWidth(w)));
        const widest = Math.max(0, ...words);
        for (const line of out.split('\n')) {
          const w = stringWidth(line);
          if (w > width && w > widest) assert.fail(`line of ${w} columns at width ${width}: ${JSON.stringify(line)}`);
        }
      }),
      params,
    );
  });
});

describe('renderer properties', () => {
  it('fits every terminal line to the width unless one word is wider', () => {
    fc.assert(
      fc.property(articleText, fc.integer({ min: 10, max: 120 }), fc.constantFrom(0, 1, 3) as fc.Arbitrary<0 | 1 | 3>, (text, width, color) => {
        const a = parseArticle('p', text);
        for (const line of renderTerminal(a, { width, color, numbers: false, withFileNames: false, compact: false, hyperlinks: false }).split('\n')) {
          const w = stringWidth(line);
          if (w > width) assert.fail(`line of ${w} columns at width ${width}: ${JSON.stringify(line)}`);
        }
      }),
      params,
    );
  });

  it('sanity: the control-heavy strings do hold control characters', () => {
    const samples = fc.sample(controlHeavy, { numRuns: 50, seed: SEED });
    assert.ok(samples.some((s) => /[\u0000-\u0008\u001b\u007f]/.test(s)));
  });

  it('writes no escape code but its own: plain output has none at all', () => {
    fc.assert(
      fc.property(fc.oneof(controlHeavy, fc.string({ unit: 'binary', maxLength: 300 })), fc.constantFrom(0, 40), (text, width) => {
        const out = renderPlain(parseArticle('p', text.replace(/\r\n?/g, '\n')), { width, color: 0, numbers: false, withFileNames: false, compact: false, hyperlinks: false });
        assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(out), JSON.stringify(out));
      }),
      params,
    );
  });
});
