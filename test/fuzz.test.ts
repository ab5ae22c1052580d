// Fuzzing the whole command in-process: generated articles in every input format (text, Markdown
// with front matter, extractor JSON with text or HTML) laced with controls, bidi characters, wide
// text and Markdown structure, run with the main options. For every run: no stack trace (main
// never throws), a documented status, no raw control or bidi character in what a terminal is sent,
// every word of the input kept in the JSON, and time within a generous linear bound.
// Seeded (FC_SEED) for repeatable CI; FC_RUNS=5000 (and FUZZ_SCALE=8 for longer inputs) runs more.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { runLede } from './helpers/fake-proc.js';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const SEED = Number(process.env.FC_SEED ?? 13);
/** Multiplies how many pieces an input is made of. */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/** The words inputs are made of; each must come out somewhere in the JSON. */
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'Kilo', 'LIMA', 'said', 'told', 'mike'];
/** Characters a terminal must never be sent raw: C0 (but tab and newline), DEL, C1, bidi controls. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** lede's own escapes: SGR styling and OSC 8 hyperlinks. */
const OWN_ESCAPES = /\u001b\[[\d;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

const word = fc.constantFrom(...WORDS);
/** Glue between words: spacing, punctuation, quotes, controls, bidi, wide and combining characters. */
const glue = fc.constantFrom(' ', ' ', ' ', '  ', '. ', ', ', '! ', '? ', ': ', ' — ', ' "', '" ', ' “', '” ', "'", '\t', '\u001b[31m', '\u001b]52;c;eA==\u0007', '\u009b', '\u0007', '\u0000', '\u202e', '\u2066', '\u2069', '\u202a', ' 中文 ', ' 😀 ', 'e\u0301 ', ' _', '_ ', ' *', '** ', ' `', '` ', ' ~~', ' [', '](http://x.example/y) ', ' |', '| ', '\u00a0');
const phrase = fc.array(fc.tuple(word, glue), { minLength: 1, maxLength: 12 * SCALE }).map((parts) => parts.map(([w, g]) => w + g).join('').trim());
/** Line openings: Markdown blocks and markers, article furniture. */
const opening = fc.constantFrom('', '', '', '# ', '## ', '> ', '> > ', '- ', '  - ', '1. ', '* ', '| ', 'By ', 'WASHINGTON (Wire) -- ', '@highlight\n', '```js extra\n', '    ', '---\n');
const line = fc.tuple(opening, phrase).map(([o, p]) => o + p);
const body = fc.array(fc.oneof(line, fc.constant(''), fc.constant('```'), fc.constant('|---|---|')), { minLength: 1, maxLength: 30 * SCALE }).map((lines) => lines.join('\n'));

const frontMatter = fc
  .array(fc.tuple(fc.constantFrom('title', 'author', 'date', 'tags', 'source', 'note'), phrase, fc.constantFrom('', ' # a comment', '\n  continued golf')), { minLength: 1, maxLength: 5 })
  .map((entries) => `---\n${entries.map(([k, v, tail]) => `${k}: ${v}${tail}`).join('\n')}\n---\n`);

/** An input in one of the formats, and its name (which decides nothing: lede sniffs the format). */
const input = fc.oneof(
  body.map((b) => `Headline ${b.split('\n')[0]}\n\n${b}\n`),
  fc.tuple(frontMatter, body).map(([fm, b]) => `${fm}\n${b}\n`),
  fc.tuple(phrase, body).map(([t, b]) => `# ${t}\n\n${b}\n`),
  fc.tuple(phrase, body).map(([t, b]) => JSON.stringify({ title: t, text: b })),
  fc.tuple(phrase, fc.array(phrase, { minLength: 1, maxLength: 8 })).map(([t, ps]) => JSON.stringify({ title: t, content: ps.map((p) => `<p>${p}</p>`).join('<br>') })),
);

const format = fc.constantFrom<string[]>(['-f', 'terminal', '--color', 'always', '--width', '60'], ['-f', 'terminal', '--color', 'always', '--width', '24', '-n'], ['-f', 'plain'], ['-f', 'plain', '--width', '40'], ['-f', 'markdown'], ['--json']);
const selection = fc.constantFrom<string[]>([], [], ['--summary'], ['--grep', 'alpha'], ['--grep', 'said', '-C', '1'], ['--grep', 'echo', '-c'], ['--quotes=all'], ['-s', 'headline,meta,1,removed'], ['-s', 'highlights,2-']);

/** The words of the input missing from the JSON (the words are ASCII letters, written as they are in JSON). */
function wordsLost(inputText: string, json: string): string[] {
  return WORDS.filter((w) => inputText.includes(w) && !json.includes(w));
}

describe('fuzzing the whole command', () => {
  it(`${RUNS} generated articles: no stack trace, nothing raw on a terminal, every word kept, linear time`, async () => {
    await fc.assert(
      fc.asyncProperty(input, format, selection, async (text, fmt, sel) => {
        const args = [...fmt, ...sel, '-'];
        const started = performance.now();
        const r = await runLede(args, { stdin: text });
        const elapsed = performance.now() - started;
        assert.ok([0, 1, 2].includes(r.status), `status ${r.status}: ${r.stderr}`);
        assert.ok(!r.stderr.includes('    at '), r.stderr);
        assert.ok(!UNSAFE.test(r.stderr), `raw control in stderr: ${JSON.stringify(r.stderr)}`);
        if (!fmt.includes('--json')) {
          const left = r.stdout.replace(OWN_ESCAPES, '');
          assert.ok(!UNSAFE.test(left), `raw control or bidi character: ${JSON.stringify(left.match(UNSAFE))}`);
        } else assert.ok(!UNSAFE.test(r.stdout), 'JSON escapes every control');
        // Generous: a few seconds on a busy machine, and a millisecond more per 100 characters.
        assert.ok(elapsed < 5000 + text.length / 100, `${elapsed.toFixed(0)} ms for ${text.length} characters`);
        if (sel.length === 0 && fmt.includes('--json')) {
          const lost = wordsLost(text, r.stdout);
          assert.deepEqual(lost, [], `words lost from ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('every word is kept in the JSON of every generated article', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const r = await runLede(['--json', '-'], { stdin: text });
        if (r.status !== 0) return; // a refused input (only markup, say) is reported, not lost
        assert.deepEqual(wordsLost(text, r.stdout), [], `words lost from ${JSON.stringify(text)}`);
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });
});
