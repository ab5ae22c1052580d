// Time grows in step with the input: each class of input that once took quadratic (or worse) time
// somewhere in the pipeline is run in-process at a size and at four times it, and the ratio of the
// best of three timings must stay well under the 16 a quadratic gives. Ratios, not times: the
// machine's speed and load cancel out. (`--quotes` is left to its own tests.)

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runLede } from './helpers/fake-proc.js';

/** Input grows 4×: linear time grows about 4×, quadratic 16×. Generous, for a busy machine. */
const GROWTH = 4;
const MAX_RATIO = 10;

async function bestOf3(args: string[], input: string): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const r = await runLede(args, { stdin: input });
    best = Math.min(best, performance.now() - started);
    assert.ok(!r.stderr.includes('    at '), r.stderr);
  }
  return best;
}

/** The time ratio between input(GROWTH × n) and input(n); measured again once if it looks super-linear. */
async function ratio(args: string[], input: (n: number) => string, n: number): Promise<number> {
  await runLede(args, { stdin: input(Math.ceil(n / 8)) }); // load the modules this input needs
  let r = Infinity;
  for (let attempt = 0; attempt < 2 && r >= MAX_RATIO; attempt++) {
    const small = await bestOf3(args, input(n));
    const large = await bestOf3(args, input(GROWTH * n));
    r = large / Math.max(small, 1);
  }
  return r;
}

const TERMINAL = ['-f', 'terminal', '--color', 'always', '--width', '80'];
const text = (line: string) => `A Headline\n\n${line}\n\nThe end of it.\n`;
const markdown = (body: string) => `# A Headline\n\nSome **text** first.\n\n${body}\n`;
const extractorHtml = (html: string) => JSON.stringify({ title: 'A Headline', content: `<p>Words.</p>${html}` });

/** Each class: the input at size n, the options, and n. */
const CLASSES: { name: string; input: (n: number) => string; args: string[]; n: number }[] = [
  { name: 'spaces before a line ending in "friend" (the e-mail-to-a-friend tail)', input: (n) => text(`word${' '.repeat(n)}x friend`), args: ['--json'], n: 16_000 },
  { name: 'run-on furniture tails (one search for gaps a line, the e-mail test on the last word only)', input: (n) => text(`Words here.${'  Advertisement'.repeat(n)}`), args: ['--json'], n: 8_000 },
  { name: "punctuation after a date line's year", input: (n) => `2024${' .'.repeat(n)}x\n\nBody text here.\n`, args: ['--json'], n: 8_000 },
  { name: 'a front-matter value with a long run of spaces (the comment pattern)', input: (n) => `---\ntitle: a${' '.repeat(n)}b\n---\n\nBody.\n`, args: ['--json'], n: 16_000 },
  { name: 'front-matter [[ runs (wiki links)', input: (n) => `---\nauthor: ${'[['.repeat(n)}x\n---\n\nBody.\n`, args: ['--json'], n: 8_000 },
  { name: 'Markdown [ runs (the link sign)', input: (n) => markdown('['.repeat(n)), args: ['--json'], n: 16_000 },
  { name: 'extractor HTML: <a runs with no >', input: (n) => extractorHtml('<a'.repeat(n)), args: ['--json'], n: 8_000 },
  { name: 'extractor HTML: <p runs with no > (block tags)', input: (n) => extractorHtml('<p'.repeat(n)), args: ['--json'], n: 8_000 },
  { name: 'extractor HTML: unclosed comments and scripts', input: (n) => extractorHtml('<!--<script>'.repeat(n)), args: ['--json'], n: 2_000 },
  { name: "Markdown _a_a_a… (marked's emphasis and e-mail scan), even for --json", input: (n) => markdown('_a'.repeat(n)), args: ['--json'], n: 4_000 },
  { name: 'Markdown *a*a*a… in the terminal view', input: (n) => markdown('*a'.repeat(n)), args: TERMINAL, n: 4_000 },
  { name: "blank lines inside a code block (the block's trailing white space)", input: (n) => markdown(`\`\`\`\ncode${'  \n'.repeat(n)}x\n\`\`\``), args: TERMINAL, n: 1_000 },
  { name: 'a wide table cell', input: (n) => markdown(`| a | b |\n|---|---|\n| ${'word '.repeat(n)}| x |`), args: TERMINAL, n: 2_000 },
  { name: 'a table of many columns', input: (n) => markdown(`|${' a |'.repeat(n)}\n|${'---|'.repeat(n)}\n|${' b |'.repeat(n)}`), args: TERMINAL, n: 500 },
  { name: 'CJK with no spaces past 65,536 characters (Intl.Segmenter)', input: (n) => text('中'.repeat(n)), args: TERMINAL, n: 20_000 },
  { name: 'emoji with no spaces, wrapped', input: (n) => text('😀'.repeat(n)), args: ['--width', '60'], n: 8_000 },
  { name: 'a long run of spaces, summarised and searched', input: (n) => text(`a${' '.repeat(n)}b. c${' .'.repeat(n)}`), args: ['--summary'], n: 16_000 },
  { name: 'a word of punctuation marks (a sentence-end look at a word)', input: (n) => text(`Word ${'!'.repeat(n)}x. Next one here.`), args: ['--summary'], n: 16_000 },
  { name: "blanks after a Markdown table's delimiter row (the Markdown sniff)", input: (n) => `# Title\n\n|---|---|${' '.repeat(n)}x\n`, args: ['--json'], n: 8_000 },
  { name: "digits after a * at a line's start (the sign of lede's own Markdown meta line)", input: (n) => `# Title\n\n*${'1'.repeat(n)}x\n`, args: ['--json'], n: 8_000 },
  { name: "a@a@a… alone on a line (the author's e-mail in an article's tail)", input: (n) => `A Headline\n\nBody text here. More.\n\n${'a@'.repeat(n)}x\n`, args: ['--json'], n: 4_000 },
  { name: 'nested block quotes', input: (n) => markdown(`${'> '.repeat(n)}bottom`), args: TERMINAL, n: 1_000 },
];

describe('time grows linearly with the input', () => {
  for (const c of CLASSES) {
    it(c.name, async () => {
      const r = await ratio(c.args, c.input, c.n);
      assert.ok(r < MAX_RATIO, `${GROWTH}× the input took ${r.toFixed(1)}× the time`);
    });
  }
});
