// The malformed-input table of the README, row by row, through the built `lede`: every row has a
// documented outcome, one line on stderr for errors, never a stack trace, never a lost word.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LEDE_BIN } from '../helpers/paths.js';
import { tempFolder } from '../helpers/temp-folder.js';

const tmp = tempFolder('lede-malformed-');
const file = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

function lede(args: string[]) {
  const r = spawnSync(process.execPath, [LEDE_BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  assert.ok(!r.stderr.includes('    at '), `no stack trace: ${r.stderr}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function refused(path: string, why: string) {
  const r = lede([path]);
  assert.deepEqual([r.status, r.stdout, r.stderr], [1, '', `lede: ${path}: ${why}\n`]);
}

describe('malformed input', () => {
  it('a file over 256 MiB: refused before reading, not an out-of-memory crash', () => {
    const p = join(tmp, 'huge.txt');
    const fd = openSync(p, 'w');
    ftruncateSync(fd, 2 * 1024 ** 3); // sparse: no disk used
    closeSync(fd);
    const justOver = join(tmp, 'just-over.txt');
    const fd2 = openSync(justOver, 'w');
    ftruncateSync(fd2, 256 * 1024 ** 2 + 1);
    closeSync(fd2);
    refused(justOver, 'too large (256 MiB; the limit is 256 MiB)');
    refused(p, 'too large (2048 MiB; the limit is 256 MiB)');
  });

  it('binary files by signature or by control bytes', () => {
    refused(file('doc.pdf', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')), 'not text (a binary file)');
    refused(file('noise.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 31))), 'not text (a binary file)');
  });

  it('invalid UTF-8: the stray bytes are read as Windows-1252, never U+FFFD', () => {
    const r = lede([file('mixed.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' “menu” \u2014 '), Buffer.from([0x93, 0x41, 0x94])]))]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Café “menu” — “A”/);
    assert.ok(!r.stdout.includes('\ufffd'));
  });

  it('a single 10 MB line with no breaks: one paragraph, wrapped to the width', () => {
    const r = lede(['--format', 'terminal', '--color', 'never', '--width', '80', '-P', file('one-line.txt', 'word '.repeat(2_000_000))]);
    assert.equal(r.status, 0);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.every((l) => l.length <= 80));
    assert.equal(lines.join(' ').split(' ').filter((w) => w === 'word').length, 2_000_000);
  });

  it('only furniture lines: the lines taken out are shown, not nothing', () => {
    const r = lede([file('furniture.txt', 'icon-facebook icon-twitter\n\nAdvertisement\n\n1 Min Read\n')]);
    assert.deepEqual([r.status, r.stdout], [0, 'icon-facebook icon-twitter\nAdvertisement\n1 Min Read\n']);
  });

  it('only a headline', () => {
    assert.equal(lede([file('headline.txt', 'Just a Headline\n')]).stdout, 'Just a Headline\n');
  });

  it('NUL bytes in the middle of text are shown as ^@', () => {
    const r = lede([file('nul.txt', Buffer.from('Title\n\nbefore \u0000 after\n'))]);
    assert.match(r.stdout, /before \^@ after/);
  });

  it('escape sequences, C1 controls, BEL and backspace are shown, never sent, in every format', () => {
    const evil = file('evil.txt', 'Evil \u001b]0;pwned\u0007 Title\n\nClipboard \u001b]52;c;ZXZpbA==\u0007 and \u001b[2J clear, C1 \u00c2\u009b31m, bell \u0007, back\u0008space.\n');
    for (const args of [[], ['--format', 'terminal', '--color', 'always'], ['--format', 'markdown'], ['--grep', 'Clipboard', '--color', 'always'], ['--summary'], ['-s', 'headline,1']]) {
      const out = lede([...args, evil]).stdout.replace(/\u001b\[(?:1|2|3|22|23|31|36|39)m/g, '');
      assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(out), `${args.join(' ')}: ${JSON.stringify(out)}`);
      assert.ok(out.replace(/\\/g, '').includes('^[]52;c;ZXZpbA==^G'), args.join(' '));
    }
    const json = lede(['--json', evil]).stdout;
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(json));
    assert.match(JSON.parse(json).paragraphs[0].text, /\u001b\]52;c;/);
  });

  it('a file name with control characters is shown visibly in the error', () => {
    const r = lede([join(tmp, 'no\u001b[31mfile')]);
    assert.equal(r.stderr, `lede: ${join(tmp, 'no^[[31mfile')}: no such file or bundled article\n`);
  });

  it('a URL longer than the line is broken only because it must be, on a line of its own', () => {
    const url = 'https://example.com/' + 'a'.repeat(150);
    const r = lede(['--format', 'plain', '--width', '60', file('url.txt', `Links\n\nRead it at ${url} today.\n`)]);
    const body = r.stdout.split('\n\n')[1]!.trimEnd().split('\n');
    assert.equal(body[0], 'Read it at');
    assert.equal(body.join(''), `Read it at${url}today.`.replace('today.', ' today.'));
  });
});
