import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseArticle } from '../../src/parse/index.js';
import { sentencesOf } from '../../src/parse/sentences.js';
import { compilePattern } from '../../src/select/grep.js';
import { mayMatch, prefilterFor, requiredWords } from '../../src/select/prefilter.js';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const SEED = 15;

describe('requiredWords', () => {
  it('finds the words every match holds', () => {
    assert.deepEqual(requiredWords('said'), ['said']);
    assert.deepEqual(requiredWords('Putin|Kremlin'), ['Putin', 'Kremlin']);
    assert.deepEqual(requiredWords('(?:Vladimir )?Putin'), ['Putin']);
    assert.deepEqual(requiredWords('no limits'), ['limits']);
    assert.deepEqual(requiredWords('colou?r'), ['colo']);
    assert.deepEqual(requiredWords('^The\\.'), ['The.']);
    assert.deepEqual(requiredWords('said,? (he|she)'), ['said']);
    assert.deepEqual(requiredWords('(?<who>Xi|Putin) said'), ['said']);
    assert.deepEqual(requiredWords('go+al'), ['go']);
  });

  it('gives none when a branch or the whole can match without a word, or the pattern is not understood', () => {
    for (const source of ['', 'a|', '\\d+', '.*', '[A-Z]\\w+', 'x?', '(?=said)', '\\p{Lu}', '\\u0041', 'a{,2}']) assert.equal(requiredWords(source), null, source);
  });

  it('takes a plain-text pattern’s longest word, and keeps the case rule', () => {
    assert.deepEqual(prefilterFor({ pattern: 'no limits at all', ignoreCase: true, fixed: true, wordRegexp: false }), { words: ['limits'], ignoreCase: true });
    assert.equal(prefilterFor({ pattern: '  ', ignoreCase: false, fixed: true, wordRegexp: false }), null);
  });

  it('matches the words in any case with -i, as the pattern’s iu flags fold it', () => {
    const p = prefilterFor({ pattern: 'putin', ignoreCase: true, fixed: false, wordRegexp: false })!;
    assert.ok(mayMatch(p, 'PUTIN said'));
    assert.ok(!mayMatch(prefilterFor({ pattern: 'putin', ignoreCase: false, fixed: false, wordRegexp: false })!, 'PUTIN said'));
  });
});

/** Patterns over a small alphabet with the constructs the prefilter reads, so that matches are common. */
const pattern = fc.letrec((tie) => ({
  atom: fc.oneof(
    fc.constantFrom('a', 'b', 'c', ' ', '.', '\\.', '\\s', '\\w', '[ab]', '^', '$', '\\b'),
    tie('group').map((g) => g as string),
  ),
  piece: fc.tuple(tie('atom'), fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{0,1}', '+?')).map(([a, q]) => `${a as string}${q}`),
  seq: fc.array(tie('piece'), { minLength: 1, maxLength: 5 }).map((ps) => (ps as string[]).join('')),
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((ss) => (ss as string[]).join('|')),
  group: fc.tuple(fc.constantFrom('(', '(?:', '(?=', '(?!', '(?<=', '(?<!'), tie('alt')).map(([open, alt]) => `${open}${alt as string})`),
}));

describe('the prefilter is sound', () => {
  it('lets through every text the pattern matches', () => {
    fc.assert(
      fc.property(pattern.alt, fc.stringMatching(/^[abcAB .\n]{0,30}$/), fc.boolean(), (source, text, ignoreCase) => {
        let re: RegExp;
        try {
          re = compilePattern({ pattern: source, ignoreCase, fixed: false, wordRegexp: false });
        } catch {
          return;
        }
        const p = prefilterFor({ pattern: source, ignoreCase, fixed: false, wordRegexp: false });
        if (p && re.test(text)) assert.ok(mayMatch(p, text), `${source} matches ${JSON.stringify(text)}`);
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
  });

  it('holds for article text because every searched text’s words stand in the raw text as written', () => {
    const word = fc.constantFrom('said', 'Mr.', 'U.S.', '“We', 'won,”', 'the', 'talks', '—', 'Jan.', '2.5%', 'Putin', 'Advertisement', 'By', 'Jane', 'May', '16,', '2024', 'LONDON', '(Reuters)', '-', '@highlight', 'Updated');
    const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\n\n\n', '  \n')), { minLength: 1, maxLength: 10 }).map((ls) => ls.map(([l, sep]) => l + sep).join(''));
    fc.assert(
      fc.property(text, (raw) => {
        const article = parseArticle('x.txt', raw);
        const a = article;
        const parts = [a.headline, a.standfirst, a.date?.raw, a.byline?.raw, a.dateline?.raw, ...a.highlights];
        const searched = [...parts, ...a.paragraphs.flatMap((p) => sentencesOf(p))];
        for (const text of searched) {
          for (const w of (text ?? '').split(/\s+/u).filter(Boolean)) assert.ok(raw.includes(w), `${JSON.stringify(w)} not in the raw text`);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
