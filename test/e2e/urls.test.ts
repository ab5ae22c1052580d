// End to end with URLs: the built `lede` fetching from a loopback server (never the network),
// spawned without blocking, so the server in this process can answer.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fixture, LEDE_BIN } from '../helpers/paths.js';

const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
let server: Server;
let base = '';

/** Runs lede and resolves with its status and output. */
function lede(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [LEDE_BIN, ...args], { env: ENV, encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

before(async () => {
  const page = readFileSync(fixture('page.html'));
  server = createServer((req, res) => {
    if (req.url === '/story') {
      // The first URL is the slower one: output must still come in argument order.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Ferry crews mend their nets\n\nBy Ada Wren\n\nThe crews worked through the night, said the harbour master.\n');
      }, 300);
      return;
    }
    if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('no');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

describe('lede URL, spawned against a loopback server', () => {
  it('reads a fetched page as an article', async () => {
    const r = await lede([`${base}/page`]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Harbour town votes to keep its lighthouse lit\n/);
    assert.equal(r.stderr, '', 'no progress note on a pipe');
  });
  it('prints several URLs and files in argument order, whichever arrives first', async () => {
    const r = await lede(['--json', `${base}/story`, `${base}/page`, fixture('page.html')]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; url: string; headline: string });
    assert.deepEqual(lines.map((a) => a.source), [`${base}/story`, `${base}/page`, fixture('page.html')]);
    assert.equal(lines[0]!.headline, 'Ferry crews mend their nets');
    assert.equal(lines[0]!.url, `${base}/story`, 'a text article fetched has the address as its url');
  });
  it('says an HTTP error in one line, status 1, and goes on with the other inputs', async () => {
    const r = await lede([`${base}/gone`, `${base}/page`]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `lede: ${base}/gone: HTTP 404 Not Found\n`);
    assert.match(r.stdout, /Harbour town votes/);
  });
  it('searches a fetched page with --grep and lists its quotes', async () => {
    const g = await lede(['--grep', 'seven to two', `${base}/page`]);
    assert.equal(g.status, 0, g.stderr);
    assert.match(g.stdout, /The vote was seven to two\./);
    const q = await lede(['--quotes', `${base}/page`]);
    assert.match(q.stdout, /A harbour without a light is a harbour that has given up/);
    assert.match(q.stdout, /Elsie Dunmore/);
  });
  it('refuses a --timeout that is not a number of seconds', async () => {
    const r = await lede(['--timeout', 'soon', `${base}/page`]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, "lede: --timeout: expected a number of seconds above 0, got 'soon'\n");
  });
});
