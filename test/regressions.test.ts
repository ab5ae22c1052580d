// Regression tests named after the bugs a review found; each pins the behaviour that was wrong.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { screenRows } from '../src/write/paging.js';
import { runLede } from './helpers/fake-proc.js';
import { fixture } from './helpers/paths.js';
import { tempFolder } from './helpers/temp-folder.js';

describe('regressions', () => {
  it('summarizes an article of 150,000 sentences (was: Maximum call stack size exceeded)', async () => {
    const { summarize } = await import('../src/select/summary.js');
    const { makeArticle } = await import('./helpers/articles.js');
    const paragraphs = Array.from({ length: 50_000 }, (_, i) => `Alpha beta gamma ${i}. Delta epsilon zeta ${i % 97}. Eta theta iota.`);
    assert.equal(summarize(makeArticle(paragraphs), { count: 3 }).summary?.length, 3);
  });

  it('help and the version into a pipe the reader left exit 0 quietly (was: a stack trace, exit 1)', async () => {
    const stdoutError = Object.assign(new Error('EPIPE: broken pipe, write'), { code: 'EPIPE' });
    for (const flag of ['--help', '-V']) {
      const r = await runLede([flag], { stdoutError });
      assert.equal(r.status, 0, flag);
      assert.equal(r.stderr, '', flag);
    }
  });

  it('summarizes an article of 150,000 sentences (was: Maximum call stack size exceeded)', async () => {
    const { summarize } = await import('../src/select/summary.js');
    const { makeArticle } = await import('./helpers/articles.js');
    const paragraphs = Array.from({ length: 50_000 }, (_, i) => `Alpha beta gamma ${i}. Delta epsilon zeta ${i % 97}. Eta theta iota.`);
    assert.equal(summarize(makeArticle(paragraphs), { count: 3 }).summary?.length, 3);
  });

  it('help and the version into a pipe the reader left exit 0 quietly (was: a stack trace, exit 1)', async () => {
    const { main } = await import('../src/cli.js');
    for (const flag of ['--help', '-V']) {
      let stderr = '';
      const status = await main({
        argv: ['node', 'lede', flag],
        env: {},
        stdin: { isTTY: () => Promise.resolve(true), read: () => Promise.resolve(new Uint8Array()) },
        stdout: {
          isTTY: false,
          columns: undefined,
          write: () => {
            throw Object.assign(new Error('EPIPE: broken pipe, write'), { code: 'EPIPE' });
          },
        },
        stderr: { write: (s: string) => (stderr += s) },
        page: () => Promise.resolve({ kind: 'done' }),
      });
      assert.equal(status, 0, flag);
      assert.equal(stderr, '', flag);
    }
  });

  it('a long article is written page by page as the reader takes it (was: every page queued for a slow pipe)', async () => {
    const paragraph = '“We have no limits,” said Sen. Jane Doe, who chairs the panel. '.repeat(8).trim();
    const text = `A Long Article\n\n${Array.from({ length: 400 }, () => paragraph).join('\n\n')}\n`;
    // drained is asked for after each page: asked again while a wait is pending, a page went out early.
    let pending = false;
    let pagesWhilePending = 0;
    let waits = 0;
    const drained = async () => {
      waits++;
      pending = true;
      await new Promise((resolve) => setTimeout(resolve, 1));
      pending = false;
    };
    const whole = await runLede(['--format', 'plain'], { stdin: text });
    const r = await runLede(['--format', 'plain'], {
      stdin: text,
      drained: () => {
        if (pending) pagesWhilePending++;
        return drained();
      },
    });
    assert.equal(r.stdout, whole.stdout);
    assert.ok(waits > 1, `waited ${waits} times`);
    assert.equal(pagesWhilePending, 0);
  });

  it('grep within a section prints the hits, not the section (was: -s 2 printed all of paragraph 2)', async () => {
    const r = await runLede(['--grep', 'Putin', '-s', '2']);
    assert.match(r.stdout, /^¶2:1: This visit marks Putin’s first trip/);
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
  });

  it('an empty or zero-width pattern matches every sentence, as in grep (was: nothing, exit 1)', async () => {
    for (const p of ['', '^']) {
      const r = await runLede(['--grep', p, '-c']);
      // 15 sentences, the headline, the date and the dateline.
      assert.deepEqual([r.status, r.stdout], [0, '18\n'], p);
    }
  });

  it('--grep refuses --summary, and -C with --quotes (were silently ignored)', async () => {
    assert.equal((await runLede(['--grep', 'x', '--summary'])).status, 2);
    assert.equal((await runLede(['--grep', 'x', '--quotes', '-C', '1'])).status, 2);
  });

  it('--quotes --grep --json prints JSON only, no stray summary line', async () => {
    const r = await runLede(['--quotes', '--grep', 'limits', '--json']);
    assert.deepEqual(JSON.parse(r.stdout).quotes.length, 1);
  });

  it('--grep --json prints nothing for an article without a match, as ripgrep (was: begin/end)', async () => {
    const r = await runLede(['--grep', 'zebra', '--json']);
    assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).type), ['summary']);
    assert.equal(r.status, 1);
  });

  it('-c with --json is a JSON object a line (was: a bare number)', async () => {
    const r = await runLede(['--grep', 'Putin', '-c', '--json']);
    assert.deepEqual(JSON.parse(r.stdout), { source: 'putin-xi-beijing-summit', count: 9 });
  });

  it('the most severe failure decides the status with several files, in any order', async () => {
    const a = await runLede(['-s', '5', fixture('bbc-layout.txt'), 'missing.txt']);
    const b = await runLede(['-s', '5', 'missing.txt', fixture('bbc-layout.txt')]);
    assert.equal(a.status, 2);
    assert.equal(b.status, 2);
  });

  it('says 1 word, not 1 words', async () => {
    assert.match((await runLede([], { stdin: 'T\n\nHello.\n' })).stdout, /^T\n1 word · 1 min read\n/);
  });

  it('a CNN story with only highlights, or a bare dateline, prints them (were: nothing)', async () => {
    assert.equal((await runLede([], { stdin: '@highlight\n\nOne point\n' })).stdout, '• One point\n');
    assert.match((await runLede([], { stdin: 'Headline\n\nWASHINGTON (CNN) --\n' })).stdout, /\n\nWASHINGTON \(CNN\) --\n$/);
  });

  it('the meta line gives the byline as written (was: By Jane Doe for By Jane Doe, Reuters)', async () => {
    const r = await runLede([], { stdin: 'Rates Held\nBy Jane Doe, Reuters\n\nThe bank held rates.\n' });
    assert.match(r.stdout, /^Rates Held\nBy Jane Doe, Reuters · 4 words/);
  });

  it('counts screen rows, not newlines, to decide on paging (was: long unwrapped lines never paged)', () => {
    assert.equal(screenRows('x'.repeat(200) + '\nshort\n', 80), 4);
    assert.equal(screenRows('\u001b[1mbold\u001b[22m\n', 80), 1);
    assert.equal(screenRows('', 80), 0);
  });

  it('pages long unwrapped Markdown on a terminal', async () => {
    const r = await runLede(['--format', 'markdown'], { stdoutIsTTY: true, columns: 80, rows: 24 });
    assert.ok(r.paged);
  });

  it('shows control characters in a file name in -c output (was: sent raw)', async () => {
    const r = await runLede(['--grep', 'x', '-c', 'no\u001b]0;x\u0007.txt', 'putin-xi-beijing-summit']);
    assert.ok(!r.stdout.includes('\u001b') && !r.stderr.includes('\u001b'));
    assert.match(r.stderr, /no\^\[\]0;x\^G\.txt/);
  });

  it('a search on an empty pipe finds nothing, as grep does, and never searches the bundled article (was: -q said yes)', async () => {
    const r = await runLede(['--grep', 'Putin', '-q'], { stdin: '' });
    assert.deepEqual([r.status, r.stderr], [1, '']);
  });

  it('a pager that exits non-zero is reported and the text printed (was: lost, status 0)', async () => {
    const r = await runLede(['--paging', 'always', '-s', 'headline'], { stdoutIsTTY: true, pagerResult: { kind: 'failed', why: 'it exited with status 1' } });
    assert.match(r.stderr, /^lede: warning: pager 'less' failed \(it exited with status 1\); printing directly\n$/);
    assert.match(r.stdout, /Putin Seeks/);
  });

  it('--list with files, and -P with --paging always, are usage errors (were silently ignored)', async () => {
    assert.equal((await runLede(['--list', 'x.txt'])).status, 2);
    assert.equal((await runLede(['-P', '--paging', 'always'])).status, 2);
  });

  it('a Markdown file of empty front matter is "no article text" (was: nothing printed, status 0)', async () => {
    const path = join(tempFolder('lede-reg-'), 'empty.md');
    writeFileSync(path, '---\n---\n');
    const r = await runLede([path]);
    assert.deepEqual([r.status, r.stderr], [1, `lede: ${path}: no article text\n`]);
  });

  it('string literals in a code block are not quotations', async () => {
    const r = await runLede(['--quotes'], { stdin: '# Code Story\n\nThe team said it worked.\n\n```\nprint("hello there my friend")\n```\n' });
    assert.equal(r.stdout, '');
  });

  it('a clipper title over the page H1 keeps the lead and its dateline (was: the H1 became the lead)', async () => {
    const dir = tempFolder('lede-reg-');
    const path = join(dir, 'clip.md');
    writeFileSync(path, '---\ntitle: "Putin meets Xi | Reuters"\n---\n\n# Putin meets Xi\n\nBEIJING, May 16 (Reuters) - Putin arrived.\n');
    const a = JSON.parse((await runLede(['--json', path])).stdout);
    assert.equal(a.headline, 'Putin meets Xi | Reuters');
    assert.equal(a.dateline.raw, 'BEIJING, May 16 (Reuters) -');
    assert.deepEqual(a.paragraphs.map((p: { text: string }) => p.text), ['Putin arrived.']);
    assert.ok(a.removed.some((r: { reason: string }) => r.reason === 'repeated-headline'));
  });

  it('an H1 after the first paragraph is a section, not the headline (was: lifted out of the body)', async () => {
    const dir = tempFolder('lede-reg-');
    const path = join(dir, 'late.md');
    writeFileSync(path, 'Intro paragraph.\n\n# Part one\n\nText.\n');
    const a = JSON.parse((await runLede(['--json', path])).stdout);
    assert.equal(a.headline, null);
    assert.deepEqual(a.paragraphs.map((p: { text: string }) => p.text), ['Intro paragraph.', 'Part one', 'Text.']);
  });
});

