// What users of grep, bat and jq expect without reading the manual (issue 12): patterns that look
// like flags, option combinations that would be ignored, article separators, the version line.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runLede } from './helpers/fake-proc.js';
import { fixture } from './helpers/paths.js';
import { tempFolder } from './helpers/temp-folder.js';

const SLUG = 'putin-xi-beijing-summit';
const TWO = 'Second Headline\n\nBEIJING, China: Putin spoke. Then he left.\n';

describe('a pattern that looks like a flag', () => {
  it('is an error that says so when it is one of lede’s options (was: a search for -i, then “putin” not a file)', async () => {
    const r = await runLede(['--grep', '-i', 'putin']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, "lede: --grep -i: the pattern is lede's own option -i; give the pattern after --grep (--grep putin -i), or search for '-i' with -e '-i'\n");
  });

  it('is searched with -e, as grep does, and --grep= keeps it a pattern', async () => {
    const e = await runLede(['-e', 'Putin', '-c', SLUG]);
    assert.deepEqual([e.status, e.stdout], [0, (await runLede(['--grep', 'Putin', '-c', SLUG])).stdout]);
    assert.equal((await runLede(['-e', '-ceremony', '-c', SLUG])).status, 1);
    assert.equal((await runLede(['--grep=-i', '-c', SLUG])).status, 1);
    assert.equal((await runLede(['-e', 'x', '--grep', 'y'])).status, 2);
  });
});

describe('options that would be ignored together', () => {
  for (const [args, message] of [
    [['--list', '--grep', 'x'], 'lede: --list: does not combine with --grep; it only lists the bundled articles\n'],
    [['--list', '--summary'], 'lede: --list: does not combine with --summary; it only lists the bundled articles\n'],
    [['--list', '-f', 'markdown'], 'lede: --list: prints a table or JSON, not Markdown\n'],
    [['--summary', '--quotes'], 'lede: --quotes: does not combine with --summary; list the quotes of the whole article, or read its summary\n'],
    [['-n', '--grep', 'x'], "lede: -n: does not apply to --grep, which gives each sentence's ¶ address\n"],
    [['-n', '--json'], 'lede: -n: only applies to the terminal and plain views, not json\n'],
    [['--width', '60', '-f', 'markdown'], 'lede: --width: only applies to the terminal and plain views, not markdown\n'],
  ] as const) {
    it(`are an error: ${args.join(' ')}`, async () => {
      const r = await runLede([...args]);
      assert.deepEqual([r.status, r.stderr, r.stdout], [2, message, '']);
    });
  }

  it('combine as documented: --section with --grep searches the picked paragraphs', async () => {
    const r = await runLede(['-s', '2', '--grep', 'Putin', SLUG]);
    assert.match(r.stdout, /^¶2:/);
  });
});

describe('several articles', () => {
  it('are separated on a terminal by a rule with each file’s name (was: run together)', async () => {
    const r = await runLede(['--color', 'never', '-P', SLUG, '-'], { stdin: TWO, stdoutIsTTY: true, columns: 40, env: {} });
    const rules = r.stdout.split('\n').filter((l) => l.startsWith('──'));
    assert.deepEqual(rules, [`── ${SLUG} ${'─'.repeat(40 - SLUG.length - 4)}`, `── - ${'─'.repeat(40 - 5)}`]);
    assert.match(r.stdout, /\n\n── - ─+\nSecond Headline\n/);
  });

  it('keep the plain output as it was: a blank line between, no rule', async () => {
    const r = await runLede([SLUG, '-'], { stdin: TWO });
    assert.ok(!r.stdout.includes('──'));
    assert.match(r.stdout, /\n\nSecond Headline\n/);
  });
});

describe('the version', () => {
  it('is printed as rg and bat print theirs: name and version (was: 0.1.0 alone)', async () => {
    assert.match((await runLede(['-V'])).stdout, /^lede \d+\.\d+\.\d+\n$/);
  });
});

describe('a CNN story’s highlights', () => {
  const story = fixture('cnn-layout-story.txt');
  it('are shown under the meta line as a short list, in the reading views (was: never shown)', async () => {
    const plain = (await runLede([story])).stdout;
    assert.match(plain, /^SPRINGFIELD, Illinois · 58 words · 1 min read\n\n• Council votes to rebuild the old river bridge\n• Work to begin in the spring, mayor says\n\nSPRINGFIELD, Illinois \(CNN\) -- The city council/);
    const terminal = (await runLede(['-P', '--color', 'never', story], { stdoutIsTTY: true, columns: 60 })).stdout;
    assert.match(terminal, /1 min read\n\n• Council votes to rebuild the old river bridge\n• Work to begin/);
  });

  it('are a list in Markdown, after the meta line', async () => {
    const md = (await runLede(['-f', 'markdown', story])).stdout;
    assert.match(md, /^\*SPRINGFIELD, Illinois · 58 words · 1 min read\*\n\n- Council votes to rebuild the old river bridge\n- Work to begin in the spring, mayor says\n\n\*\*SPRINGFIELD/);
  });

  it('are not repeated in a summary, whose sentences stand in their place', async () => {
    assert.ok(!(await runLede(['--summary', '1', story])).stdout.includes('•'));
  });
});

describe('help', () => {
  const help = async (columns?: number) => (await runLede(['--help'], { stdoutIsTTY: columns !== undefined, columns })).stdout;

  it('is wrapped to a narrow terminal at words, continuation lines under their description (was: mar/kdown, indent lost)', async () => {
    for (const width of [40, 60, 72]) {
      const lines = (await help(width)).split('\n');
      assert.deepEqual(lines.filter((l) => l.length > width), [], `${width}: no line too long`);
      const words = (await help()).split(/\s+/).filter(Boolean);
      assert.deepEqual((await help(width)).split(/\s+/).filter(Boolean), words, `${width}: no word broken or lost`);
    }
    const at60 = (await help(60)).split('\n');
    const format = at60.findIndex((l) => l.startsWith('  -f, --format <format>'));
    assert.equal(at60[format + 1], `${' '.repeat(29)}markdown, json`);
    const summary = at60.findIndex((l) => l.startsWith('  --summary [size]'));
    assert.match(at60[summary + 1]!, /^ {29}a count/);
  });

  it('is at most 80 columns on a wide terminal and into a pipe', async () => {
    for (const h of [await help(200), await help()]) {
      assert.deepEqual(h.split('\n').filter((l) => l.length > 80), []);
      assert.match(h, /\n {2}--summary \[size\] {11}the most informative sentences: a count \(3\) or a\n {29}share like 20%\n/);
    }
  });
});

describe('lede reads what lede writes', () => {
  type Json = Record<string, unknown> & { date: { iso: string } | null };
  const json = async (args: string[], stdin?: string) => {
    const r = await runLede(['--json', ...args], stdin === undefined ? {} : { stdin });
    assert.equal(r.stderr, '');
    const parsed = JSON.parse(r.stdout) as Json;
    delete parsed.source;
    return parsed;
  };
  const inputs = [SLUG, fixture('cnn-layout-story.txt'), fixture('round-trip.txt')];

  it('its --json gives back the same article, every field (was: not an article extractor’s output)', async () => {
    for (const input of inputs) {
      const written = (await runLede(['--json', input])).stdout;
      assert.deepEqual(await json(['-'], written), await json([input]), input);
      // Read as a file named .json too, in the reading view.
      const dir = tempFolder('lede-round-');
      writeFileSync(join(dir, 'a.json'), written);
      assert.equal((await runLede([join(dir, 'a.json')])).stdout, (await runLede([input])).stdout, input);
    }
  });

  it('its Markdown gives back the headline, standfirst, date, dateline, byline, highlights and paragraphs (was: the meta line a paragraph, the date lost)', async () => {
    for (const input of inputs) {
      const md = (await runLede(['-f', 'markdown', input])).stdout;
      const back = await json(['-'], md);
      const original = await json([input]);
      for (const key of ['headline', 'standfirst', 'dateline', 'byline', 'paragraphs', 'highlights', 'words', 'url']) assert.deepEqual(back[key], original[key], `${input}: ${key}`);
      // The date comes back as the day; Markdown writes it in words (`Thursday, May 16, 2024`).
      assert.equal(back.date?.iso, original.date?.iso, `${input}: date`);
    }
  });
});
