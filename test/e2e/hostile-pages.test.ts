// Hostile web pages, end to end: escapes and bidi controls in text and attributes never reach the
// terminal; a page of 100,000 nested elements and a 50 MB page end quickly, the first read, the
// second refused, neither with a stack trace.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LEDE_BIN } from '../helpers/paths.js';
import { tempFolder } from '../helpers/temp-folder.js';

const tmp = tempFolder('lede-hostile-');
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin' };

function lede(args: string[]) {
  const r = spawnSync(process.execPath, [LEDE_BIN, ...args], { env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const write = (name: string, content: string) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

const PROSE = 'The ferry crews worked through the night to mend the nets before the storm, the harbour master said on Tuesday.';

describe('hostile web pages', () => {
  it('shows escapes and bidi controls in text and attributes, never sends them', () => {
    const page = write(
      'escapes.html',
      `<!doctype html><html><head><title>T\u001b]0;owned\u0007</title><meta name="author" content="Eve \u001b[2J"></head><body><article>` +
        `<h1>Quay \u202eeulav\u202c news</h1>` +
        `<p>${PROSE} \u001b[31mred\u001b[0m and \u009b31m and \u2066isolated\u2069.</p>` +
        `<p>${PROSE} See <a href="https://x.example/\u001b]52;c;ZXZpbA==\u0007">the notes</a> and <a title="\u001b[5m" href="/y">more</a>.</p>` +
        `</article></body></html>`,
    );
    for (const format of ['plain', 'terminal', 'markdown']) {
      const r = lede([page, '--format', format, ...(format === 'markdown' ? [] : ['--color', 'never', '--width', '0'])]);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(!/[\u001b\u0007\u009b\u202a-\u202e\u2066-\u2069]/.test(r.stdout), `${format}: ${JSON.stringify(r.stdout)}`);
      assert.match(r.stdout, /\^\\?\[\\?\[31mred/, format);
    }
    const json = lede([page, '--json']);
    assert.ok(!/[\u001b\u0007\u009b]/.test(json.stdout), 'JSON escapes controls');
  });

  it('reads a page of 100,000 nested elements without overflowing the stack', () => {
    const page = write('deep.html', `<!doctype html><html><body>${'<div>'.repeat(100_000)}<p>${PROSE}</p>${'</div>'.repeat(100_000)}</body></html>`);
    const r = lede([page]);
    assert.equal(r.status, 0, r.stderr.slice(0, 500));
    assert.ok(r.stdout.includes('The ferry crews worked through the night'));
  });

  it('refuses a 50 MB page in one line, before building its DOM', () => {
    const page = write('big.html', `<!doctype html><html><body><article>${`<p>${PROSE}</p>\n`.repeat(430_000)}</article></body></html>`);
    const r = lede([page]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^lede: .*big\.html: too large for a web page \(\d+ Mi characters; the limit is 16 Mi\)\n$/);
  });
});
