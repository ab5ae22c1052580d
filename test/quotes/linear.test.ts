// Linear growth of the quote scanner on the inputs that once made it quadratic: many cue words with no
// subject before a quotation, long runs of letters or capitalized words next to a cue, many quotations in
// one sentence. Each input is timed at n and 8n; linear work grows about 8×, quadratic 64×. The bound is
// generous (24×: caches and the collector make small inputs uneven) and each time is the best of five after a warm-up run, so a busy machine does not fail it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes } from '../../src/quotes/find.js';
import { cueSubjects } from '../../src/quotes/speakers.js';
import { splitSentences } from '../../src/parse/sentences.js';

function paragraphs(...texts: string[]) {
  return texts.map((text, k) => ({ number: k + 1, text, sentences: splitSentences(text) }));
}

function best(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** The growth of findQuotes's time from an input of size n to one of size 8n. */
function growth(make: (n: number) => string[], n: number): number {
  const small = paragraphs(...make(n));
  const large = paragraphs(...make(8 * n));
  findQuotes(small);
  findQuotes(large);
  const a = best(() => findQuotes(small));
  const b = best(() => findQuotes(large));
  if (process.env.LEDE_SHOW_GROWTH) console.log(`${a.toFixed(1)} ms -> ${b.toFixed(1)} ms`);
  // Below a few tens of milliseconds the clock says more about a busy machine than about the code.
  return Math.max(b, FLOOR_MS) / Math.max(a, FLOOR_MS);
}

const BOUND = 24;
const FLOOR_MS = 20;

describe('findQuotes grows linearly', () => {
  const cases: Array<[string, (n: number) => string[], number?]> = [
    ['cue words with no subject', (n) => ['and said, '.repeat(n / 10) + '“we will go now,” she said.']],
    ['a run of letters before a cue', (n) => ['A'.repeat(n) + ' said “we go.”']],
    ['a run of letters after a cue', (n) => ['“We go,” said ' + 'a'.repeat(n)]],
    ['capitalized words after a cue', (n) => ['“We go,” said ' + 'Ab '.repeat(n / 3)]],
    ['capitalized words before who said', (n) => ['Ab '.repeat(n / 3) + ', who said “we go.”']],
    ['initials with full stops', (n) => ['a.'.repeat(n / 2) + ' said “we go.”']],
    ['many quotations in one sentence', (n) => [Array.from({ length: n / 20 }, (_, k) => `“part ${k}” and`).join(' ') + ' so on, she said.'], 4_000],
    ['many short sentences of quotes', (n) => [Array.from({ length: n / 30 }, (_, k) => `“We won ${k}.” He said.`).join(' ')], 4_000],
    ['pronoun quotes after sentences that name no one', (n) => [Array.from({ length: n / 40 }, (_, k) => 'It rained all day. '.repeat(5) + `“We won ${k},” she said.`).join(' ')]],
    ['pronoun quotes after sentences that name a body', (n) => [Array.from({ length: n / 40 }, (_, k) => 'The ministry said no. '.repeat(5) + `“We won ${k},” she said.`).join(' ')]],
    ['a focus kept through many sentences about he', (n) => ['Mr Lee Park spoke.', ...Array.from({ length: n / 40 }, (_, k) => 'He left the room. '.repeat(3) + `“We won ${k},” he said.`)]],
    ['stray single marks', (n) => ["it's ' a ".repeat(n / 9) + '“we go,” she said.']],
    // Symbols a name's capital test lets through, in no word: each was read to the next word or back to the last.
    ['a wall of emoji before a quote', (n) => ['😀'.repeat(n / 2), 'Jo Lin said: “We will win.”']],
    ['a wall of box-drawing lines before a quote', (n) => ['│ '.repeat(n / 2), 'Jo Lin said: “We will win.”']],
  ];
  for (const [name, make, n] of cases) {
    it(name, () => {
      const g = growth(make, n ?? 8_000);
      assert.ok(g < BOUND, `${name}: 8× the input took ${g.toFixed(1)}× the time`);
    });
  }
});

describe('cueSubjects grows linearly', () => {
  it('many cue words in a long run with no spaces', () => {
    // Each cue's window widened to the nearest spaces: with none, every cue read the whole text.
    const make = (n: number) => ('said,' + 'x_'.repeat(80)).repeat(n / 165);
    const small = make(16_000);
    const large = make(128_000);
    cueSubjects(small);
    const a = best(() => cueSubjects(small));
    const b = best(() => cueSubjects(large));
    const g = Math.max(b, FLOOR_MS) / Math.max(a, FLOOR_MS);
    assert.ok(g < BOUND, `8× the input took ${g.toFixed(1)}× the time`);
  });
});
