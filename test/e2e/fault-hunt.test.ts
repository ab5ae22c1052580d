// Regressions from the fault hunt (issue 13), through the built `lede`: each names the class the
// example stands for. Crashes, terminal tricks, lost words, endless inputs and Ctrl-C.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LEDE_BIN } from '../helpers/paths.js';
import { tempFolder } from '../helpers/temp-folder.js';

const tmp = tempFolder('lede-fault-hunt-');
const file = (name: string, content: string) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

function lede(args: string[], cwd = tmp) {
  const r = spawnSync(process.execPath, [LEDE_BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  assert.ok(!r.stderr.includes('    at '), `no stack trace: ${r.stderr}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE = 'A Headline\n\nShe said it was fine. Nobody else spoke.\n';
/** Bidi embedding, override and isolate controls: they reorder what a terminal shows. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

describe('crashes', () => {
  it('--grep over several files into a pipe, file names of CJK, emoji, a bidi control or a newline', () => {
    const names = ['新闻.txt', 'note😀.txt', 'rl\u202eo.txt', 'two\nlines.txt', 'b.txt'];
    for (const name of names) file(name, ARTICLE);
    const r = lede(['--grep', 'said', ...names]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      '新闻.txt:¶1:1: She said it was fine.',
      'note😀.txt:¶1:1: She said it was fine.',
      'rl<U+202E>o.txt:¶1:1: She said it was fine.',
      'two^Jlines.txt:¶1:1: She said it was fine.',
      'b.txt:¶1:1: She said it was fine.',
    ]);
  });

  it('a file name with a newline or tab is printed one way everywhere: -l, -L, -c, hit prefixes and error lines', () => {
    const odd = file('tab\there\nnext.txt', ARTICLE);
    const other = file('plain.txt', 'A Headline\n\nNothing to see.\n');
    assert.equal(lede(['--grep', 'said', '-l', odd, other]).stdout, `${join(tmp, 'tab^Ihere^Jnext.txt')}\n`);
    assert.equal(lede(['--grep', 'said', '-L', other, odd]).stdout, `${join(tmp, 'plain.txt')}\n`);
    assert.equal(lede(['--grep', 'Nothing', '-L', odd, other]).stdout, `${join(tmp, 'tab^Ihere^Jnext.txt')}\n`);
    assert.equal(lede(['--grep', 'said', '-c', odd, other]).stdout, `${join(tmp, 'tab^Ihere^Jnext.txt')}:1\n${join(tmp, 'plain.txt')}:0\n`);
    assert.match(lede(['--grep', 'said', odd, other]).stdout, /tab\^Ihere\^Jnext\.txt:¶1:1: /);
    assert.equal(lede(['gone\tname\n.txt']).stderr, 'lede: gone^Iname^J.txt: no such file or bundled article\n');
  });

  it('Markdown with thousands of nested > or - markers: every view, bounded output, the word kept', () => {
    for (const marker of ['> ', '- ', '>', '1. ']) {
      const p = file('deep.md', `# Deep\n\nSome text first.\n\n${marker.repeat(5000)}bottom\n`);
      for (const args of [[], ['--json'], ['-f', 'markdown'], ['-f', 'terminal', '--color', 'always', '--width', '80']]) {
        const r = lede([...args, p]);
        assert.equal(r.status, 0, `${marker} ${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stdout, /bottom/);
        assert.ok(r.stdout.length < 40_000, `${marker} ${args.join(' ')}: ${r.stdout.length} characters`);
      }
    }
  });
});

describe('terminal safety: bidi controls', () => {
  const evil = () => file('bidi\u2067.txt', 'Access \u202elevel\u202c Title\n\nThe \u2066admin\u2069 check \u202dpasses\u202c here. It said so.\n');

  it('are shown as <U+202E> in every view, styled or plain, grep prefixes included', () => {
    const p = evil();
    const other = file('other.txt', ARTICLE);
    for (const args of [[], ['-f', 'terminal', '--color', 'always'], ['-f', 'markdown'], ['--grep', 'said', p, other], ['--grep', 'admin', '--color', 'always', p, other], ['--summary'], ['--quotes']]) {
      const r = lede(args.includes(p) ? args : [...args, p]);
      assert.ok(!BIDI.test(r.stdout), `${args.join(' ')}: ${JSON.stringify(r.stdout)}`);
    }
    assert.match(lede([p]).stdout, /Access <U\+202E>level<U\+202C> Title/);
    assert.match(lede(['--grep', 'admin', p, other]).stdout, /bidi<U\+2067>\.txt:¶1:1: The <U\+2066>admin<U\+2069>/m);
  });

  it('are shown in error messages', () => {
    const r = lede(['gone\u202e.txt']);
    assert.equal(r.stderr, 'lede: gone<U+202E>.txt: no such file or bundled article\n');
  });

  it('are escaped in JSON, and the text keeps them', () => {
    const json = lede(['--json', evil()]).stdout;
    assert.ok(!BIDI.test(json));
    assert.match(json, /\\u202e/);
    assert.equal(JSON.parse(json).headline, 'Access \u202elevel\u202c Title');
  });
});

describe('Markdown tables and code', () => {
  const table = () => file('table.md', '# Prices\n\nThe list follows.\n\n| item | price |\n|---|---|\n| tea | 2 | extra cell | zebrawood |\n');

  it('a row with more cells than its header keeps them in JSON, every view and --grep', () => {
    const p = table();
    assert.match(JSON.parse(lede(['--json', p]).stdout).paragraphs[1].text, /extra cell zebrawood/);
    for (const args of [[], ['-f', 'terminal', '--color', 'never', '--width', '80'], ['-f', 'markdown']]) assert.match(lede([...args, p]).stdout, /zebrawood/, args.join(' '));
    assert.equal(lede(['--grep', 'zebrawood', '-c', p]).stdout, '1\n');
  });

  it('a table squeezed to a narrow width writes every escape sequence whole and closed on its line', () => {
    const p = file(
      'wide.md',
      '# Wide\n\nText.\n\n| **Name of the thing** | *Description of it* | `code span here` |\n|---|---|---|\n' +
        '| **alpha beta gamma delta** | *epsilon zeta eta theta iota kappa* | [a link text](http://example.com/long/url) |\n' +
        '| averyveryverylongwordwithoutspaces | ~~struck words here~~ | plain |\n',
    );
    for (const width of [12, 20, 30, 40]) {
      const out = lede(['-f', 'terminal', '--color', 'always', '--width', String(width), p]).stdout;
      for (const line of out.split('\n')) {
        const left = line.replace(/\u001b\[[\d;]*m/g, '');
        assert.ok(!left.includes('\u001b'), `width ${width}, a cut escape: ${JSON.stringify(line)}`);
        assert.ok(!/\[\d+m/.test(left), `width ${width}, an escape's tail shown as text: ${JSON.stringify(line)}`);
      }
      if (width >= 40) assert.match(out, /epsilon/);
    }
  });

  it("a code fence's info string is kept: JSON info, and shown above the code", () => {
    const p = file('code.md', '# Code\n\nText.\n\n```js extra words\nlet x = 1;\n```\n');
    const json = JSON.parse(lede(['--json', p]).stdout);
    assert.equal(json.paragraphs[1].info, 'js extra words');
    for (const args of [[], ['-f', 'terminal', '--color', 'never'], ['-f', 'markdown']]) assert.match(lede([...args, p]).stdout, /js extra words\n(?: {2})?let x = 1;/, args.join(' '));
  });
});

describe('front matter keeps every word', () => {
  it('a value with " #" and a continued value: the rest in removed or folded in, none lost', () => {
    const p = file('fm.md', '---\ntitle: A long headline\n  that goes on\nauthor: Lee Park # desk editor\n---\n\nBody text.\n');
    const json = JSON.parse(lede(['--json', p]).stdout);
    assert.equal(json.headline, 'A long headline that goes on');
    assert.equal(json.byline.name, 'Lee Park');
    assert.deepEqual(json.removed, [{ line: 4, text: '# desk editor', reason: 'front-matter' }]);
  });
});

describe('endless inputs', () => {
  for (const device of ['/dev/zero', '/dev/urandom']) {
    it(`${device} is read through the bounded reader and refused, not read until memory runs out`, () => {
      const r = lede([device]);
      assert.deepEqual([r.status, r.stderr], [1, `lede: ${device}: too large (over 256 MiB, the limit)\n`]);
    });
  }

  it('a FIFO with an endless writer likewise', { skip: spawnSync('sh', ['-c', 'command -v mkfifo']).status !== 0 && 'no mkfifo' }, () => {
    const fifo = join(tmp, 'endless.fifo');
    spawnSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `yes 'An endless line of words.' > '${fifo}'`], { stdio: 'ignore' });
    try {
      const r = lede([fifo]);
      assert.deepEqual([r.status, r.stderr], [1, `lede: ${fifo}: too large (over 256 MiB, the limit)\n`]);
    } finally {
      writer.kill();
    }
  });
});

describe('Ctrl-C', () => {
  /** Starts lede on work that takes long, sends SIGINT after `delay` ms; resolves how it ended and how soon. */
  function interrupt(args: string[], delay = 1500): Promise<{ code: number | null; signal: NodeJS.Signals | null; after: number; stdout: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [LEDE_BIN, ...args], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      let sent = 0;
      setTimeout(() => {
        sent = Date.now();
        child.kill('SIGINT');
      }, delay);
      // Never hang the suite: a lede that ignores the signal is killed later and fails the test.
      const stop = setTimeout(() => child.kill('SIGKILL'), delay + 5000);
      child.on('close', (code, signal) => {
        clearTimeout(stop);
        resolve({ code, signal, after: sent ? Date.now() - sent : -1, stdout });
      });
    });
  }

  // A user's catastrophic pattern on a long run of letters: work that would take minutes.
  const slowGrep = () => ['--grep', '(a+)+$', file('letters.txt', `Letters\n\n${'a'.repeat(40)}b. ${'a'.repeat(40)}b.\n`)];

  for (const [name, extra] of [
    ['a --grep search into a pipe', []],
    ['a --grep -q search', ['-q']],
    ['a --grep --json search', ['--json']],
    ['a styled --grep search', ['--color', 'always']],
  ] as const) {
    it(`stops ${name} within a fraction of a second, status 130 (a SIGINT death, as the shell counts it)`, async () => {
      const r = await interrupt([...slowGrep(), ...extra]);
      assert.ok(r.after >= 0 && r.after < 1500, `stopped ${r.after} ms after the signal`);
      assert.ok(r.signal === 'SIGINT' || r.code === 130, `ended with ${r.code} ${r.signal}`);
      assert.equal(r.stdout, '', 'nothing half written');
    });
  }
});
