import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import { expandInputs, isArticleName, walkFolder } from '../../src/read/folders.js';
import { readFound } from '../../src/read/sources.js';
import { articleTree, newsroomTree, story } from '../helpers/article-tree.js';

const paths = (items: Iterable<{ path: string } | InputError>) => [...items].map((i) => (i instanceof InputError ? `error: ${i.message}` : i.path));

describe('walkFolder', () => {
  it('finds the files with article names in sorted path order, skipping hidden ones, links and other extensions', () => {
    const root = newsroomTree();
    assert.deepEqual(
      paths(walkFolder(root)).map((p) => p.slice(root.length + 1)),
      ['a-local/empty.txt', 'a-local/fair.story', 'a-local/notes', 'a-local/package.json', 'a-local/pic', 'b-world/kremlin.txt', 'b-world/zz-markets.md', 'c-wire.json'],
    );
  });

  it('sorts each folder’s names by code unit, files and folders together, so the order is the same on every machine', () => {
    const root = articleTree({ 'b.txt': 'x', 'B.txt': 'x', 'a/z.txt': 'x', 'a.txt': 'x', 'é.txt': 'x' });
    assert.deepEqual(paths(walkFolder(root)).map((p) => p.slice(root.length + 1)), ['B.txt', 'a/z.txt', 'a.txt', 'b.txt', 'é.txt']);
  });

  it('finds web pages saved as .html, .htm and .xhtml, in any case', () => {
    const root = articleTree({ 'a.html': 'x', 'b.htm': 'x', 'c.xhtml': 'x', 'd.XHTML': 'x', 'e.xml': 'x' });
    assert.deepEqual(paths(walkFolder(root)).map((p) => p.slice(root.length + 1)), ['a.html', 'b.htm', 'c.xhtml', 'd.XHTML']);
  });

  it('joins names as written: one slash after a folder given with a trailing slash', () => {
    const root = articleTree({ 'a.txt': 'x' });
    assert.deepEqual(paths(walkFolder(`${root}/`)), [`${root}/a.txt`]);
  });

  it('reports a folder it cannot list and goes on', { skip: process.getuid?.() === 0 ? 'root can list anything' : false }, () => {
    const root = articleTree({ 'a/x.txt': 'x', 'b.txt': 'x' });
    chmodSync(join(root, 'a'), 0o000);
    try {
      assert.deepEqual(paths(walkFolder(root)), [`error: ${root}/a: permission denied`, `${root}/b.txt`]);
    } finally {
      chmodSync(join(root, 'a'), 0o755);
    }
  });
});

describe('isArticleName', () => {
  it('takes article extensions in any case and names with no extension; passes over the rest and hidden files', () => {
    for (const name of ['a.txt', 'A.TXT', 'b.text', 'c.story', 'd.md', 'e.markdown', 'f.json', 'g.html', 'h.htm', 'README', 'notes']) assert.ok(isArticleName(name), name);
    for (const name of ['a.pdf', 'b.css', 'c.js', 'd.png', '.hidden.txt', '.env', 'e.txt.gz']) assert.ok(!isArticleName(name), name);
  });
});

describe('expandInputs', () => {
  it('keeps named inputs as they are, in order, and puts a folder’s articles in its place', () => {
    const root = articleTree({ 'x/1.txt': 'x', 'x/2.txt': 'x' });
    const items = [...expandInputs(['first.txt', join(root, 'x'), '-'])];
    assert.deepEqual(items, [
      { path: 'first.txt', found: false },
      { path: `${root}/x/1.txt`, found: true },
      { path: `${root}/x/2.txt`, found: true },
      { path: '-', found: false },
    ]);
  });

  it('says so when a folder holds no article file at all', () => {
    const root = articleTree({ '.hidden.txt': 'x', 'style.css': 'x' });
    assert.deepEqual(paths(expandInputs([root])), [`error: ${root}: no article files in this folder`]);
  });
});

describe('readFound', () => {
  it('passes over content that is not an article quietly, as null', () => {
    const root = newsroomTree();
    for (const name of ['a-local/empty.txt', 'a-local/pic']) assert.equal(readFound(join(root, name)), null, name);
    assert.equal(readFound(join(root, 'a-local/notes'))?.text, story('Council Notes', 'The council met and said little.'));
  });
});
