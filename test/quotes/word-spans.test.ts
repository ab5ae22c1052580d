// The word scanner finds exactly what its regular expression matches, on words of every shape.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { eachWordSpan, wordHolding, WORD_PATTERN } from '../../src/quotes/word-spans.js';

function scanned(text: string): string[] {
  const out: string[] = [];
  eachWordSpan(text, (start, end) => out.push(`${start}:${text.slice(start, end)}`));
  return out;
}

function matched(text: string): string[] {
  return [...text.matchAll(WORD_PATTERN)].map((m) => `${m.index}:${m[0]}`);
}

/** Texts of up to 23 characters of word characters, joiners, spaces, masks and characters outside the BMP. */
const wordyText = fc.array(fc.constantFrom('a', 'B', 's', '1', 'é', "'", '’', '.', '-', ' ', ',', '\uE000', '𝐀', '😀'), { maxLength: 23 }).map((cs) => cs.join(''));

describe('eachWordSpan', () => {
  it('finds initials, possessives, hyphenated and dotted words as the pattern does', () => {
    const text = "U.S.'s Jo Lin's plan, the horses' owners, al-Rashid, e-mail-, end. ’90s rock 'n' roll o’Neil’s 3.14 $1.13bn -";
    assert.deepEqual(scanned(text), matched(text));
    assert.ok(scanned(text).includes("0:U.S.'s"));
  });

  it('reads letters beyond ASCII and outside the Basic Multilingual Plane, and stops at marks and masks', () => {
    const text = 'Zoë Müller-Łukasz said \uE000\uE000 “Ελλάδα” 𝐀𝐁 x𝐀y 😀a 日本語 ١٢٣ \uD800 z\uDC00z';
    assert.deepEqual(scanned(text), matched(text));
  });

  it('agrees with the pattern on random text of word characters and joiners', () => {
    fc.assert(
      fc.property(wordyText, (text) => assert.deepEqual(scanned(text), matched(text), JSON.stringify(text))),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('wordHolding', () => {
  it('finds the word that holds each offset, read from the last break before it, as eachWordSpan does', () => {
    fc.assert(
      fc.property(wordyText, (text) => {
        const holding = new Array<number>(text.length).fill(-1);
        eachWordSpan(text, (start, end) => holding.fill(start, start, end));
        // From the text's start, and from the end of each word.
        const froms = [0];
        eachWordSpan(text, (_, end) => froms.push(end));
        for (const from of froms) {
          for (let i = from; i < text.length; i++) assert.equal(wordHolding(text, i, from), holding[i], JSON.stringify([text, i, from]));
        }
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('tells a word inside joined runs from one after a stop without a space', () => {
    assert.equal(wordHolding('U.S. Army', 2, 0), 0);
    assert.equal(wordHolding('an..Ode', 4, 0), 4);
    assert.equal(wordHolding('al-Rashid said', 3, 0), 0);
    assert.equal(wordHolding("U.S.'sX", 6, 0), 6);
  });
});
