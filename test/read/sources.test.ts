import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import { bundledArticles, bundledArticlesDir, DEFAULT_SLUG } from '../../src/read/bundled.js';
import { decodeText } from '../../src/read/decode.js';
import { defaultInputs, LARGE_FILE_BYTES, readFound, readSource, type ReadContext } from '../../src/read/sources.js';
import { BUNDLED_ARTICLE } from '../helpers/paths.js';
import { tempFolder } from '../helpers/temp-folder.js';

const dir = tempFolder('lede-sources-');
const ctx = (stdin = ''): ReadContext => ({ readStdin: () => Buffer.from(stdin), articlesDir: bundledArticlesDir() });

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof InputError, `expected InputError, got ${String(e)}`);
    return e.message;
  }
  assert.fail('expected an error');
}

describe('readSource', () => {
  it('reads a file by path', () => {
    const p = join(dir, 'story.txt');
    writeFileSync(p, 'Headline\n\nBody text.\n');
    assert.deepEqual(readSource(p, ctx()), { name: p, text: 'Headline\n\nBody text.\n' });
  });

  it('reads standard input for -', () => {
    assert.deepEqual(readSource('-', ctx('piped text')), { name: '-', text: 'piped text' });
  });

  it('opens a bundled article by slug', () => {
    const s = readSource(DEFAULT_SLUG, ctx());
    assert.equal(s.name, DEFAULT_SLUG);
    assert.match(s.text, /^Putin Seeks Chinese Support/);
  });

  it('says a missing file is neither a file nor a bundled article', () => {
    assert.equal(reason(() => readSource(join(dir, 'nope.txt'), ctx())), `${join(dir, 'nope.txt')}: no such file or bundled article`);
  });

  it('says a directory is a directory', () => {
    const d = join(dir, 'sub');
    mkdirSync(d, { recursive: true });
    assert.equal(reason(() => readSource(d, ctx())), `${d}: is a directory`);
  });

  it('refuses empty and whitespace-only input', () => {
    const empty = join(dir, 'empty.txt');
    const blank = join(dir, 'blank.txt');
    writeFileSync(empty, '');
    writeFileSync(blank, ' \n\t\n');
    assert.match(reason(() => readSource(empty, ctx())), /: empty input$/);
    assert.match(reason(() => readSource(blank, ctx())), /: only white space, no text$/);
    assert.match(reason(() => readSource('-', ctx(''))), /^-: empty input$/);
  });

  it('reads a large file as its bytes decode, UTF-8 or not', () => {
    const line = 'Prices rose in Zürich — “sharply,” traders said.\r\n';
    const utf8 = Buffer.from(line.repeat(Math.ceil(LARGE_FILE_BYTES / Buffer.byteLength(line))));
    const cp1252 = Buffer.concat([utf8, Buffer.from([0x93, 0x48, 0x69, 0x94])]);
    for (const [name, b] of [['large-utf8.txt', utf8], ['large-cp1252.txt', cp1252]] as const) {
      const path = join(dir, name);
      writeFileSync(path, b);
      assert.ok(b.length >= LARGE_FILE_BYTES);
      assert.equal(readSource(path, ctx()).text, decodeText(path, b), name);
    }
  });
});

describe('readFound', () => {
  it('reads each found file whole, however its length falls against the first read, one after another', () => {
    // Bytes around the first read's 64 KiB, with text that differs at both ends; a short file after a
    // long one; a two-byte character split across the first read's end.
    const ascii = (n: number, i: number) => `S${i} `.padEnd(n - 4, 'x') + ` E${i}`;
    const texts = [10, 65535, 65536, 65537, 200_000, 9].map(ascii);
    texts.push(`${'y'.repeat(65535)}é and on.`);
    texts.forEach((t, i) => writeFileSync(join(dir, `found-${i}.txt`), t));
    texts.forEach((t, i) => assert.deepEqual(readFound(join(dir, `found-${i}.txt`)), { name: join(dir, `found-${i}.txt`), text: t }));
  });
  it('passes over a found file that is not text, and reads one in Windows-1252 after a UTF-8 one', () => {
    writeFileSync(join(dir, 'found.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    assert.equal(readFound(join(dir, 'found.bin')), null);
    writeFileSync(join(dir, 'found-1252.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    assert.equal(readFound(join(dir, 'found-1252.txt'))?.text, 'Café.');
  });
});

describe('bundled articles', () => {
  it('lists the bundled article under its slug', () => {
    assert.equal(bundledArticles().get(DEFAULT_SLUG), BUNDLED_ARTICLE);
  });

  it('reads the bundled article only when stdin is a terminal; any other stdin is the input', () => {
    assert.deepEqual(defaultInputs(true), [DEFAULT_SLUG]);
    assert.deepEqual(defaultInputs(false), ['-']);
  });
});
