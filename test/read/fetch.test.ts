// URL fetching against a loopback server (node:http on 127.0.0.1, port 0) serving the tests' own
// fixtures: never the network.

import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { InputError } from '../../src/errors.js';
import { fetchAll, fetchSource, formatOfType, MAX_REDIRECTS, type FetchContext } from '../../src/read/fetch.js';
import { MAX_PAGE_SIZE } from '../../src/page-limit.js';
import { proxiedFetch } from '../../src/read/proxy.js';

const PAGE = '<!doctype html><html><head><title>Quay</title></head><body><p>Café crews mend nets.</p></body></html>';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const seen: { url: string; userAgent: string | undefined }[] = [];
let server: Server;
let base = '';

/** Starts a loopback server on a free port. */
function listen(handler: Handler): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const s = createServer(handler);
    s.listen(0, '127.0.0.1', () => resolve({ server: s, url: `http://127.0.0.1:${(s.address() as AddressInfo).port}` }));
  });
}

const send = (status: number, headers: Record<string, string>, body: string | Buffer = ''): Handler => (_req, res) => {
  res.writeHead(status, headers);
  res.end(body);
};

before(async () => {
  routes.set('/page', send(200, { 'content-type': 'text/html; charset=utf-8' }, PAGE));
  for (let i = 0; i <= MAX_REDIRECTS + 1; i++) routes.set(`/hop/${i}`, send(302, { location: i === 0 ? '/page' : `/hop/${i - 1}` }));
  routes.set('/gzip', send(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }, gzipSync(PAGE)));
  routes.set('/deflate', send(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }, deflateSync(PAGE)));
  routes.set('/br', send(200, { 'content-type': 'text/html', 'content-encoding': 'br' }, brotliCompressSync(PAGE)));
  routes.set('/latin1', send(200, { 'content-type': 'text/html; charset=windows-1252' }, Buffer.from(PAGE, 'latin1')));
  routes.set('/sjis', send(200, { 'content-type': 'text/plain; charset=Shift_JIS' }, Buffer.from([0x93, 0xfa, 0x96, 0x7b])));
  routes.set('/meta-charset', send(200, { 'content-type': 'text/html' }, Buffer.from(`<html><head><meta charset="iso-8859-1"></head><body><p>caf\xe9</p></body></html>`, 'latin1')));
  routes.set('/missing', send(404, { 'content-type': 'text/html' }, 'gone'));
  routes.set('/pdf', send(200, { 'content-type': 'application/pdf' }, '%PDF-1.7'));
  routes.set('/to-file', send(301, { location: 'file:///etc/passwd' }));
  routes.set('/to-ftp', send(302, { location: 'ftp://127.0.0.1/x' }));
  routes.set('/plain', send(200, { 'content-type': 'text/plain' }, 'Headline\n\nA story.'));
  routes.set('/md', send(200, { 'content-type': 'text/markdown' }, '# Headline\n\nA story.'));
  routes.set('/json', send(200, { 'content-type': 'application/json' }, '{"title":"T","text":"A story."}'));
  routes.set('/huge-declared', send(200, { 'content-type': 'text/html', 'content-length': String(2 * 1024 ** 3) }));
  routes.set('/slow', () => {
    // Never answers: the timeout must end it.
  });
  routes.set('/endless', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (res.write(chunk));
    };
    res.on('drain', pump);
    res.on('close', () => res.off('drain', pump));
    pump();
  });
  const started = await listen((req, res) => {
    seen.push({ url: req.url ?? '', userAgent: req.headers['user-agent'] });
    (routes.get(req.url ?? '') ?? send(404, {}, ''))(req, res);
  });
  server = started.server;
  base = started.url;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const ctx = (extra: Partial<FetchContext> = {}): FetchContext => ({ timeoutSeconds: 5, userAgent: 'lede/test', fetch, ...extra });

/** The InputError message a fetch fails with. */
async function failure(path: string, extra: Partial<FetchContext> = {}): Promise<string> {
  try {
    await fetchSource(base + path, ctx(extra));
  } catch (err) {
    assert.ok(err instanceof InputError, String(err));
    return err.message;
  }
  assert.fail(`${path} did not fail`);
}

describe('fetching a URL (loopback server)', () => {
  it('fetches a page, names its format by content type, and sends a User-Agent naming lede', async () => {
    const f = await fetchSource(`${base}/page`, ctx());
    assert.equal(f.text, PAGE);
    assert.equal(f.format, 'html');
    assert.equal(f.url, `${base}/page`);
    assert.equal(seen.find((s) => s.url === '/page')?.userAgent, 'lede/test');
  });
  it('follows redirects and gives the final address as the url', async () => {
    const f = await fetchSource(`${base}/hop/3`, ctx());
    assert.equal(f.url, `${base}/page`);
    assert.equal(f.text, PAGE);
  });
  it(`follows at most ${MAX_REDIRECTS} redirects`, async () => {
    // /hop/n redirects n + 1 times.
    assert.equal((await fetchSource(`${base}/hop/${MAX_REDIRECTS - 1}`, ctx())).url, `${base}/page`);
    assert.match(await failure(`/hop/${MAX_REDIRECTS}`), /: too many redirects \(more than 10\)$/);
  });
  it('refuses a redirect to file: or ftp:', async () => {
    assert.match(await failure('/to-file'), /: refused: a redirect to a file: address$/);
    assert.match(await failure('/to-ftp'), /: refused: a redirect to a ftp: address$/);
  });
  it('decodes gzip, deflate and brotli bodies', async () => {
    for (const path of ['/gzip', '/deflate', '/br']) assert.equal((await fetchSource(base + path, ctx())).text, PAGE, path);
  });
  it('decodes by the charset given only in the Content-Type header', async () => {
    assert.ok((await fetchSource(`${base}/latin1`, ctx())).text.includes('Café'));
    assert.equal((await fetchSource(`${base}/sjis`, ctx())).text, '日本');
  });
  it('decodes by a <meta charset> when the header names none', async () => {
    assert.ok((await fetchSource(`${base}/meta-charset`, ctx())).text.includes('<p>café</p>'));
  });
  it('reports an HTTP error status', async () => assert.equal(await failure('/missing'), `${base}/missing: HTTP 404 Not Found`));
  it('refuses a content type that is not an article', async () => assert.equal(await failure('/pdf'), `${base}/pdf: not an article (application/pdf)`));
  it('takes text/plain, Markdown and JSON as their formats', async () => {
    assert.equal((await fetchSource(`${base}/plain`, ctx())).format, 'text');
    assert.equal((await fetchSource(`${base}/md`, ctx())).format, 'markdown');
    assert.equal((await fetchSource(`${base}/json`, ctx())).format, 'json');
    assert.equal(formatOfType(null), undefined, 'no type: the text decides');
  });
  it('gives up on a server that does not answer, after the timeout', async () => {
    assert.equal(await failure('/slow', { timeoutSeconds: 0.3 }), `${base}/slow: timed out after 0.3 s`);
  });
  it(`stops an endless body at ${MAX_PAGE_SIZE / 2 ** 20} MiB`, async () => {
    assert.match(await failure('/endless'), /: too large \(over 16 MiB, the limit for a page\)$/);
  });
  it('refuses a body declared larger than the cap before reading it', async () => {
    assert.match(await failure('/huge-declared'), /: too large \(2048 MiB; the limit for a page is 16 MiB\)$/);
  });
  it('says a refused connection could not be reached', async () => {
    const closed = await listen(() => {});
    await new Promise((resolve) => closed.server.close(resolve));
    await assert.rejects(fetchSource(`${closed.url}/x`, ctx()), (e: Error) => e instanceof InputError && /could not be reached \(connection refused/.test(e.message));
  });
  it('fetches several URLs at once and gives each its own result, failures included', async () => {
    const urls = [`${base}/plain`, `${base}/missing`, `${base}/md`];
    const get = fetchAll(urls, ctx());
    assert.equal((await get(urls[2]!)).format, 'markdown');
    await assert.rejects(get(urls[1]!), /HTTP 404/);
    assert.equal((await get(urls[0]!)).format, 'text');
  });
  it('reports progress to the callback and says when it is done', async () => {
    const calls: [number, boolean][] = [];
    await fetchSource(`${base}/page`, ctx({ progress: (_a, bytes, done) => calls.push([bytes, done]) }));
    assert.deepEqual(calls.at(-1), [0, true]);
    assert.ok(calls.some(([bytes]) => bytes === Buffer.byteLength(PAGE)));
  });
});

describe('fetching through a proxy (loopback)', () => {
  let proxy: { server: Server; url: string };
  const proxied: string[] = [];
  before(async () => {
    // A forward proxy: undici tunnels through CONNECT; a plain request's line holds the whole URL.
    proxy = await listen((req, res) => {
      proxied.push(req.url ?? '');
      const target = new URL(req.url ?? '');
      const out = httpRequest({ host: target.hostname, port: target.port, path: target.pathname, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      req.pipe(out);
    });
    proxy.server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
      proxied.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const up = connect(Number(port), host!, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        up.write(head);
        up.pipe(socket);
        socket.pipe(up);
      });
      up.on('error', () => socket.destroy());
      socket.on('error', () => up.destroy());
    });
  });
  after(() => {
    proxy.server.closeAllConnections();
    proxy.server.close();
  });

  it('goes through HTTP_PROXY when it is set', async () => {
    const f = await fetchSource(`${base}/page`, ctx({ fetch: await proxiedFetch({ HTTP_PROXY: proxy.url }) }));
    assert.equal(f.text, PAGE);
    assert.deepEqual(proxied, [base.replace('http://', '')]);
  });
  it('goes straight to a host NO_PROXY names', async () => {
    proxied.length = 0;
    await fetchSource(`${base}/page`, ctx({ fetch: await proxiedFetch({ http_proxy: proxy.url, NO_PROXY: '127.0.0.1' }) }));
    assert.deepEqual(proxied, []);
  });
  it('uses Node’s own fetch when no proxy is set', async () => assert.equal(await proxiedFetch({}), fetch));
});
