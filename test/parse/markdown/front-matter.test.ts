import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFrontMatter, scalar } from '../../../src/parse/markdown/front-matter.js';
import { toLines } from '../../../src/parse/lines.js';

const parse = (text: string) => parseFrontMatter(toLines(text));

describe('scalar', () => {
  it('takes off double quotes and their escapes', () => assert.equal(scalar('"Say \\"yes\\": now"'), 'Say "yes": now'));
  it("takes off single quotes, '' standing for one", () => assert.equal(scalar("'It''s here'"), "It's here"));
  it('drops a trailing comment from a plain value', () => assert.equal(scalar('2024-05-16 # the print date'), '2024-05-16'));
  it('keeps a # inside quotes', () => assert.equal(scalar('"Issue #4"'), 'Issue #4'));
  it('unwraps [[wiki links]]', () => assert.equal(scalar('"[[Jane Doe]]"'), 'Jane Doe'));
});

describe('parseFrontMatter', () => {
  it('reads key: value lines, keys lowercased, with their line numbers', () => {
    const fm = parse('---\nTitle: A headline\ndate: 2024-05-16\n---\nBody\n');
    assert.deepEqual(fm, {
      entries: [
        { key: 'title', value: 'A headline', lines: [{ number: 2, text: 'Title: A headline', folded: undefined }], unused: [] },
        { key: 'date', value: '2024-05-16', lines: [{ number: 3, text: 'date: 2024-05-16', folded: undefined }], unused: [] },
      ],
      closingLine: 4,
    });
  });

  it('reads a list of - items under a key, and a [flow, list]', () => {
    const fm = parse('---\nauthor:\n  - "[[Jane Doe]]"\n  - John Roe\ntags: [news, "a, b"]\n---\n');
    assert.deepEqual(fm?.entries.map((e) => [e.key, e.value, e.lines.length]), [
      ['author', ['Jane Doe', 'John Roe'], 3],
      ['tags', ['news', 'a, b'], 1],
    ]);
  });

  it('folds the lines of a > or | value into one', () => {
    const fm = parse('---\ndescription: >\n  A long\n  summary.\ntitle: T\n---\n');
    assert.deepEqual(fm?.entries.map((e) => [e.key, e.value]), [['description', 'A long summary.'], ['title', 'T']]);
  });

  it('keeps comment lines as entries with no key, so nothing is lost', () => {
    const fm = parse('---\n# clipped by hand\ntitle: T\n---\n');
    assert.deepEqual(fm?.entries.map((e) => [e.key, e.lines[0]!.text]), [['', '# clipped by hand'], ['title', 'title: T']]);
  });

  it('keeps a plain value\'s trailing # comment as unused, not lost (author: Lee Park # desk editor)', () => {
    const fm = parse('---\nauthor: Lee Park # desk editor\ntags:\n  - news # first\n---\n');
    assert.deepEqual(fm?.entries.map((e) => [e.key, e.value, e.unused]), [
      ['author', 'Lee Park', [{ line: 2, text: '# desk editor' }]],
      ['tags', ['news'], [{ line: 4, text: '# first' }]],
    ]);
  });

  it('folds a plain value continued on an indented line, as YAML does', () => {
    const fm = parse('---\ntitle: A long headline\n  that goes on\n---\n');
    assert.deepEqual(fm?.entries.map((e) => [e.key, e.value, e.unused]), [['title', 'A long headline that goes on', []]]);
  });

  it('keeps a line under a key that its value cannot take as unused', () => {
    const fm = parse('---\ntags:\n  - news\n  stray words\n---\n');
    assert.deepEqual(fm?.entries.map((e) => [e.key, e.value, e.unused]), [['tags', ['news'], [{ line: 4, text: 'stray words' }]]]);
  });

  it('is null when the text does not open with front matter', () => {
    assert.equal(parse('Title\n\n---\ntitle: T\n---\n'), null);
  });
});
