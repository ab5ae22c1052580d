// End to end: spawns the built `lede` as a user would, with real pipes, files and exit statuses.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixture, LEDE_BIN } from '../helpers/paths.js';
import { tempFolder } from '../helpers/temp-folder.js';

const tmp = tempFolder('lede-e2e-');
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmp };

function lede(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [LEDE_BIN, ...args], { input: input ?? '', env: { ...ENV, ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a shell pipeline and returns lede's own exit status (the first command's). */
function pipeline(script: string) {
  const r = spawnSync('bash', ['-c', `${script}; echo "status=\${PIPESTATUS[0]}" >&2`], { env: { ...ENV, LEDE: `${process.execPath} ${LEDE_BIN}` }, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr };
}

/** The bundled article's slug: with no file named and stdin not a terminal, lede reads stdin. */
const SLUG = 'putin-xi-beijing-summit';

const pick = (r: { status: number | null; stdout: string; stderr: string }) => [r.status, r.stdout, r.stderr];

const write = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

/** A folder holding no article file: only a hidden one and a stylesheet. */
function emptyFolder(): string {
  const dir = join(tmp, 'no-articles');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.hidden.txt'), 'Hidden\n\nNot read.\n');
  writeFileSync(join(dir, 'style.css'), 'p { margin: 0 }\n');
  return dir;
}

describe('lede, spawned', () => {
  it('prints the bundled article named by its slug', () => {
    const r = lede([SLUG]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Putin Seeks Chinese Support Amid Ukraine Conflict in Beijing Summit\n/);
    assert.ok(r.stdout.includes('BEIJING, China: Russian President Vladimir Putin'));
    assert.equal(r.stdout.split('\n\n').length, 10, 'a header block and 9 paragraphs');
    assert.ok(!r.stdout.includes('\u001b'), 'no escape codes into a pipe');
  });

  it('prints whole sentences into grep: one paragraph per line', () => {
    const r = pipeline(`$LEDE ${SLUG} | grep "no limits"`);
    assert.match(r.stdout, /^The grand welcoming ceremony .* “no limits\.”\n$/);
  });

  it('reads the file named on the command line', () => {
    const r = lede([fixture('bbc-layout.txt')]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Lighthouse keepers return to island\n/);
  });

  it('reads stdin that is not a terminal, even empty: never the bundled article instead (was: the demo article)', () => {
    const hint = ' (nothing was piped in; name a file, or run lede on a terminal for the bundled article)';
    assert.deepEqual(pick(lede([], '')), [1, '', `lede: -: empty input${hint}\n`]);
    assert.deepEqual(pick(lede(['-'], '')), [1, '', `lede: -: empty input${hint}\n`]);
    const devNull = spawnSync(process.execPath, [LEDE_BIN], { stdio: ['ignore', 'pipe', 'pipe'], env: ENV, encoding: 'utf8' });
    assert.deepEqual(pick(devNull), [1, '', `lede: -: empty input${hint}\n`]);
    // A search of an empty input finds nothing, as grep's does: status 1, and -c counts 0.
    assert.deepEqual(pick(lede(['--grep', 'Putin', '-c'], '')), [1, '0\n', '']);
    assert.deepEqual(pick(lede(['--grep', 'Putin'], '')), [1, '', '']);
    // `find … | xargs lede --grep Putin -c` with no files found runs lede on xargs's /dev/null.
    const r = pipeline(`$LEDE --grep Putin -c < /dev/null`);
    assert.deepEqual([r.stdout, r.stderr], ['0\n', 'status=1\n']);
  });

  it('reads piped standard input, and - for standard input', () => {
    assert.match(lede([], 'Piped Headline\n\nThe body.\n').stdout, /^Piped Headline\n/);
    assert.match(lede(['-'], 'Dash Headline\n\nThe body.\n').stdout, /^Dash Headline\n/);
  });

  it('reads a pipe whose writer is slow (regression: EAGAIN once chalk touched process.stdin)', () => {
    const r = pipeline(`(sleep 0.5; printf 'Late Headline\\n\\nThe body.\\n') | $LEDE`);
    assert.equal(r.stdout, 'Late Headline\n2 words · 1 min read\n\nThe body.\n');
    assert.equal(r.stderr, 'status=0\n');
  });

  it('gives the JSON facts of the bundled article', () => {
    const a = JSON.parse(lede(['--json', 'putin-xi-beijing-summit']).stdout);
    assert.equal(a.date.iso, '2024-05-16');
    assert.equal(a.dateline.place, 'BEIJING, China');
    assert.equal(a.paragraphs.length, 9);
  });

  it('reads Latin-1, UTF-16 and CRLF files as the right characters', () => {
    const latin1 = write('latin1.txt', Buffer.from('Caf\u00e9 Society\r\n\r\nThe caf\u00e9 in Z\u00fcrich costs \u00a35.\r\n', 'latin1'));
    assert.equal(lede([latin1]).stdout, 'Café Society\n6 words · 1 min read\n\nThe café in Zürich costs £5.\n');
    const utf16 = write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Wide Headline\n\nBody “quoted”.\n', 'utf16le')]));
    assert.equal(lede([utf16]).stdout, 'Wide Headline\n2 words · 1 min read\n\nBody “quoted”.\n');
  });

  it('reports each bad input on one line and exits 1', () => {
    const cases: [string, RegExp][] = [
      [join(tmp, 'missing.txt'), /: no such file or bundled article$/],
      [emptyFolder(), /: no article files in this folder$/],
      [write('empty.txt', ''), /: empty input$/],
      [write('blank.txt', '  \n\n \t\n'), /: only white space, no text$/],
      [write('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 1, 2, 1, 0, 0, 0, 0, 0])), /: not text \(a binary file\)$/],
    ];
    for (const [path, why] of cases) {
      const r = lede([path]);
      assert.equal(r.status, 1, path);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.split('\n').length, 2, `one line: ${r.stderr}`);
      assert.ok(r.stderr.startsWith(`lede: ${path}: `), r.stderr);
      assert.match(r.stderr.trimEnd(), why);
    }
  });

  it('reports an unreadable file', { skip: process.getuid?.() === 0 ? 'root can read anything' : false }, () => {
    const p = write('secret.txt', 'text');
    chmodSync(p, 0o000);
    assert.equal(lede([p]).stderr, `lede: ${p}: permission denied\n`);
  });

  it('exits 2 on a usage error, with one line and no stack trace', () => {
    for (const args of [['--nope'], ['--format', 'html'], ['--width', '-1'], ['--color']]) {
      const r = lede(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^lede: [^\n]+\n$/);
      assert.ok(!r.stderr.includes('    at '), 'no stack trace');
    }
  });

  it('ends quietly with status 0 when the reader leaves early', () => {
    const big = write('big.txt', 'Big Headline\n\n' + 'A paragraph of words that repeats. '.repeat(40).concat('\n\n').repeat(3000));
    const r = pipeline(`$LEDE ${big} | head -1`);
    assert.equal(r.stdout, 'Big Headline\n');
    assert.equal(r.stderr, 'status=0\n');
  });

  it('writes the same through a shell pipe and into a file as through a socket (blocking writes to fd 1, each)', () => {
    // Node's spawn gives a socket, a shell a FIFO; both, and a file, take write/fd-sink.ts.
    const expected = lede([SLUG]).stdout;
    assert.ok(expected.length > 1000);
    assert.equal(pipeline(`$LEDE ${SLUG} | cat`).stdout, expected);
    const out = join(tmp, 'out.txt');
    assert.equal(pipeline(`$LEDE ${SLUG} > ${out}; cat ${out}`).stdout, expected);
  });

  it('exits 0 quietly when help or the version meets a reader that has left', () => {
    for (const flag of ['--help', '-V']) {
      // The reader is gone before lede writes: `exec 1>&-` in a subshell closes the pipe's read end first.
      const r = pipeline(`{ sleep 0.2; $LEDE ${flag}; } | (exec 0<&-; true)`);
      assert.equal(r.stderr, 'status=0\n', flag);
    }
  });

  it('styles output with --color always, and never with NO_COLOR', () => {
    assert.ok(lede(['--color', 'always', '--width', '60', SLUG]).stdout.includes('\u001b[1m'));
    assert.ok(!lede(['--format', 'terminal', SLUG], undefined, { NO_COLOR: '1' }).stdout.includes('\u001b'));
    assert.ok(lede(['--format', 'terminal', SLUG], undefined, { FORCE_COLOR: '1' }).stdout.includes('\u001b[1m'));
  });

  it('color never changes the layout: FORCE_COLOR and --color always style the plain view (was: the wrapped terminal view)', () => {
    const strip = (s: string) => s.replace(/\u001b\[[\d;]*m/g, '');
    const plain = lede([SLUG]).stdout;
    for (const [args, env] of [[['--color', 'always'], {}], [[], { FORCE_COLOR: '1' }], [[], { FORCE_COLOR: '3' }]] as const) {
      const r = lede([...args, SLUG], undefined, env);
      assert.ok(r.stdout.includes('\u001b['), 'colored');
      assert.equal(strip(r.stdout), plain, 'the plain layout: one paragraph a line, the date as written');
    }
    // An empty FORCE_COLOR does not force color.
    assert.equal(lede([SLUG], undefined, { FORCE_COLOR: '' }).stdout, plain);
    // A search's match is highlighted in the plain layout as grep --color=always does.
    assert.match(lede(['--grep', 'no limits', '--color', 'always', SLUG]).stdout, /¶\d+:\d+: .*\u001b\[1m\u001b\[31mno limits\u001b\[39m\u001b\[22m/);
  });
});

describe('lede on web pages, spawned', () => {
  it('reads a saved page as an article: headline, meta line, paragraphs, no markup', () => {
    const r = lede([fixture('page.html')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Harbour town votes to keep its lighthouse lit\n/);
    assert.ok(r.stdout.includes('By Mara Quillon and Tobias Renn'));
    assert.ok(r.stdout.includes('PORT ELLERY (Ledger) — Councillors in Port Ellery'));
    assert.ok(!/<\/?[a-z]+[ >]/.test(r.stdout), 'no tags in the output');
  });
  it('reads a page piped on standard input, as curl -s URL | lede gives it', () => {
    const r = lede(['--json'], readFileSync(fixture('page.html')));
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout) as { headline: string; date: { iso: string }; url: string };
    assert.equal(a.headline, 'Harbour town votes to keep its lighthouse lit');
    assert.equal(a.date.iso, '2031-03-14');
    assert.equal(a.url, 'https://ledger.example/news/2031/03/14/lighthouse-vote');
  });
  it('says so, with status 1, for a page with no article', () => {
    const r = lede([write('index.html', '<!doctype html><html><body><nav><a href="/">Home</a> <a href="/b">Sport</a></nav></body></html>')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^lede: .*index\.html: no article found in this page\n$/);
  });
});
