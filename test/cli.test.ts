import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { BUNDLED_ARTICLE, fixture } from './helpers/paths.js';
import { runLede } from './helpers/fake-proc.js';

describe('lede in-process', () => {
  it('prints the bundled article, plain, with no argument and no pipe', async () => {
    const r = await runLede([]);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^Putin Seeks Chinese Support Amid Ukraine Conflict in Beijing Summit\nThu May 16 2024 · /);
    assert.ok(r.stdout.includes('\n\nBEIJING, China: Russian President'));
    assert.ok(!r.stdout.includes('icon-'));
  });

  it('keeps every word of the bundled article but the share icons, in plain output', async () => {
    const r = await runLede([]);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    const out = new Set(words(r.stdout));
    const missing = words(readFileSync(BUNDLED_ARTICLE, 'utf8')).filter((w) => !w.startsWith('icon-') && !out.has(w));
    assert.deepEqual(missing, []);
  });

  it('reads piped standard input when no file is named', async () => {
    const r = await runLede([], { stdin: 'Piped Headline\n\nPiped body.\n' });
    assert.equal(r.stdout, 'Piped Headline\n2 words · 1 min read\n\nPiped body.\n');
  });

  it('reads several files in turn, one JSON object a line with --json', async () => {
    const r = await runLede(['--json', fixture('bbc-layout.txt'), fixture('hard-wrapped.txt')]);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.deepEqual(lines.map((l) => JSON.parse(l).headline), ['Lighthouse keepers return to island', 'Orchard Growers Warn of Poor Harvest']);
  });

  it('goes on past a bad file, reports it, and exits 1', async () => {
    const r = await runLede([fixture('no-such-file.txt'), fixture('bbc-layout.txt')]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `lede: ${fixture('no-such-file.txt')}: no such file or bundled article\n`);
    assert.match(r.stdout, /^Lighthouse keepers/);
  });

  it('styles the output on a terminal, wrapped to its width', async () => {
    const r = await runLede(['-P'], { stdoutIsTTY: true, columns: 50 });
    assert.ok(r.stdout.startsWith('\u001b[1m'));
    assert.ok(r.stdout.split('\n').every((l) => l.replace(/\u001b\[\d+m/g, '').length <= 50));
  });

  it('loads wide-character support on demand for CJK text on a terminal', async () => {
    const r = await runLede(['--width', '20', '--format', 'terminal'], { stdin: '北京峰会\n\n北京会谈的消息传出后，市场反应平稳，分析人士认为双方关系将继续加深。\n' });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.split('\n').every((l) => [...l].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) <= 20));
  });

  it('exits 2 with one line for an unknown option, with commander’s suggestion', async () => {
    const r = await runLede(['--colour', 'never']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, "lede: --colour: unknown option (did you mean --color?)\n");
    assert.equal(r.stdout, '');
  });

  it('exits 2 for a bad value', async () => {
    const r = await runLede(['--width', 'wide']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, "lede: --width: expected a whole number, got 'wide'\n");
  });

  it('lists the bundled articles', async () => {
    const r = await runLede(['--list']);
    assert.equal(r.stdout, 'putin-xi-beijing-summit  2024-05-16  Putin Seeks Chinese Support Amid Ukraine Conflict in Beijing Summit\n');
    const j = await runLede(['--list', '--json']);
    assert.deepEqual(JSON.parse(j.stdout), [
      { slug: 'putin-xi-beijing-summit', headline: 'Putin Seeks Chinese Support Amid Ukraine Conflict in Beijing Summit', date: '2024-05-16' },
    ]);
  });

  it('prints help and version on stdout with status 0', async () => {
    const h = await runLede(['--help']);
    assert.equal(h.status, 0);
    assert.match(h.stdout, /Usage: lede/);
    const v = await runLede(['--version']);
    assert.equal(v.status, 0);
    assert.match(v.stdout, /^lede \d+\.\d+\.\d+\n$/);
  });

  it('shows the three uses and the option groups in help, in lines of at most 80 columns', async () => {
    const h = (await runLede(['--help'])).stdout;
    assert.match(h, /^Usage: lede \[options\] \[file\|folder\|slug\|-\]\.\.\.\n {7}command \| lede .*\n {7}lede --grep <pattern> .*\n {7}lede completion bash\|zsh\|fish\n/);
    const headings = h.split('\n').filter((l) => /^[A-Z][a-z ]+:$/.test(l));
    assert.deepEqual(headings, ['Arguments:', 'Output:', 'Reading less:', 'Searching:', 'Articles:', 'Other:', 'Read:', 'Pipe:', 'Grep:']);
    assert.deepEqual(h.split('\n').filter((l) => l.length > 80), []);
  });

  it('writes a completion script that names every option help shows', async () => {
    const help = (await runLede(['--help'])).stdout;
    const flags = help.match(/(?<=^ {2}|^ {2}-\w, )--?[\w-]+/gm) ?? [];
    assert.ok(flags.length > 20);
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await runLede(['completion', shell]);
      assert.equal(r.status, 0);
      const script = shell === 'fish' ? r.stdout.replace(/ -s (\w)/g, ' -$1').replace(/ -l (\w[\w-]*)/g, ' --$1') : r.stdout;
      for (const flag of flags) assert.ok(script.includes(flag), `${shell}: ${flag}`);
    }
  });
});

describe('options with an optional value', () => {
  it('leaves a file after --summary or --quotes to be a file (regression: commander took it as the value)', async () => {
    const s = await runLede(['--summary', fixture('bbc-layout.txt')]);
    assert.equal(s.status, 0, s.stderr);
    assert.match(s.stdout, /^Lighthouse keepers/);
    const q = await runLede(['--quotes', fixture('bbc-layout.txt')]);
    assert.equal(q.stdout, '“It was hard, but we loved it,” — Gray, ¶3:1\n');
  });
  it('still takes a size or a kind that looks like one', async () => {
    assert.equal((await runLede(['--summary', '1', '-s', 'headline'])).status, 0);
    assert.equal((await runLede(['--quotes', 'all', fixture('bbc-layout.txt')])).status, 0);
  });
});
