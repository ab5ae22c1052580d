// Markdown articles and extractor JSON through the whole command, in-process: every view works
// on them, and JSON that is not an article is one line on stderr and status 1.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runLede } from './helpers/fake-proc.js';
import { fixture, REPO_ROOT } from './helpers/paths.js';

const MD = fixture('clipped-article.md');
const ESC = '\u001b';

describe('lede on a Markdown article', () => {
  it('prints it plain: headline and meta from the front matter, blocks as plain lines', async () => {
    const r = await runLede([MD]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Harbour Town Launches Electric Ferry Line\n2024-05-16 · PORTHAVEN · By Mira Okafor · 186 words · 1 min read\n\nPORTHAVEN \(Coastal Wire\) — The first/);
    assert.ok(r.stdout.includes('\n\n- Fuel costs that rose by half in two years\n- Noise complaints'));
    assert.ok(r.stdout.includes('\n\nRoute\tCrossings a day\tFare\nPorthaven to Eastmoor\t18\t£3.50\n'));
    assert.ok(r.stdout.includes('with Bayline Ferries (https://bayline.example.com), replaces'));
    assert.ok(!r.stdout.includes('**') && !r.stdout.includes(ESC));
  });

  it('prints it as JSON, with its url and each block’s kind', async () => {
    const j = JSON.parse((await runLede(['--json', MD])).stdout);
    assert.equal(j.url, 'https://news.example.org/2024/05/harbour-ferry');
    assert.deepEqual(
      j.paragraphs.filter((p: { kind?: string }) => p.kind).map((p: { number: number; kind: string }) => [p.number, p.kind]),
      [[4, 'list'], [5, 'quote'], [6, 'heading'], [7, 'table'], [9, 'code']],
    );
    assert.deepEqual([...new Set(j.removed.map((r: { reason: string }) => r.reason))], ['front-matter', 'repeated-headline', 'markup']);
  });

  it('prints it as Markdown, blocks as their source', async () => {
    const r = await runLede(['--format', 'markdown', MD]);
    assert.ok(r.stdout.includes('\n\n| Route | Crossings a day | Fare |\n|-------|'));
    assert.ok(r.stdout.includes('[Bayline Ferries](https://bayline.example.com)'));
  });

  it('summarizes it', async () => {
    const r = await runLede([MD, '--summary', '2']);
    assert.equal(r.status, 0, r.stderr);
    const body = r.stdout.split('\n\n').slice(1);
    assert.equal(body.length, 2);
    assert.match(body[0]!, /^PORTHAVEN \(Coastal Wire\) — The first battery-powered/);
  });

  it('picks sections, blocks included', async () => {
    const r = await runLede([MD, '-s', 'byline,4,-1']);
    assert.equal(
      r.stdout,
      'Mira Okafor\n\n- Fuel costs that rose by half in two years\n- Noise complaints from homes along the harbour wall\n- A national grant that paid for the charging dock (https://grants.example.gov/dock)\n\n' +
        'Mayor Anika Shah told reporters the line would run until midnight in summer. "People asked for late boats, and now they have them," she said.\n',
    );
  });

  it('finds its quotes and their speakers', async () => {
    const r = await runLede([MD, '--quotes']);
    assert.equal(r.stdout, '“This is the quietest crossing I have ever made,” — Jonas Reed, ¶2:2\n“People asked for late boats, and now they have them,” — Anika Shah, ¶10:2\n');
  });

  it('greps its sentences, a list item being one', async () => {
    const r = await runLede([MD, '--grep', 'harbour wall|£3']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '¶4:2: Noise complaints from homes along the harbour wall\n¶7:2: Porthaven to Eastmoor 18 £3.50\n¶7:3: Eastmoor to Porthaven 18 £3.50\n');
  });

  it('reads Markdown on standard input, told by its front matter', async () => {
    const r = await runLede(['--json'], { stdin: readFileSync(MD) });
    assert.equal(JSON.parse(r.stdout).headline, 'Harbour Town Launches Electric Ferry Line');
  });

  it('draws it on a terminal, with hyperlinks when the terminal shows them', async () => {
    const plain = await runLede([MD, '-s', '2'], { stdoutIsTTY: true, columns: 80, env: { TERM: 'xterm' } });
    assert.ok(plain.stdout.includes('Bayline Ferries\n(https://bayline.example.com)') && !plain.stdout.includes(`${ESC}]8;;`));
    const linked = await runLede([MD, '-s', '2'], { stdoutIsTTY: true, columns: 80, env: { TERM: 'xterm', TERM_PROGRAM: 'WezTerm' } });
    assert.ok(linked.stdout.includes(`${ESC}]8;;https://bayline.example.com\u0007${ESC}[4mBayline Ferries${ESC}[24m${ESC}]8;;\u0007`), JSON.stringify(linked.stdout));
  });
});

describe('lede on an extractor’s JSON', () => {
  it('reads trafilatura --json output', async () => {
    const r = await runLede([fixture('trafilatura.json')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Library Extends Opening Hours for Exam Season\n2024-03-04 · By Tomas Lindqvist · 39 words · 1 min read\n\nThe central library/);
  });

  it('reads readable --json output, from standard input too', async () => {
    const r = await runLede(['-s', 'headline,byline,3'], { stdin: readFileSync(fixture('readable.json')) });
    assert.equal(r.stdout, 'Rail Bridge Reopens After Storm Repairs\n\nBy Helen Marsh\n\n“It is good to have the trains back,” said Owen Price, who commutes across the bridge.\n');
  });

  it('refuses JSON that is not an extractor’s output: one line, status 1, the other files still read', async () => {
    const pkg = join(REPO_ROOT, 'package.json');
    const r = await runLede([pkg, fixture('trafilatura.json')]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `lede: ${pkg}: JSON, but not an article extractor's output (no title or text)\n`);
    assert.match(r.stdout, /^Library Extends/);
    const s = await runLede(['-', fixture('trafilatura.json')], { stdin: '{"name": "lede", "version": "0.1.0"}\n' });
    assert.equal(s.status, 1);
    assert.equal(s.stderr, "lede: -: JSON, but not an article extractor's output (no title or text)\n");
    assert.match(s.stdout, /^Library Extends/);
  });
});
