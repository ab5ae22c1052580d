import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { InputError } from '../../../src/errors.js';
import { htmlToText, isExtractorOutput, parseExtractorJson } from '../../../src/parse/json/extractor-json.js';
import { fixture } from '../../helpers/paths.js';

const read = (name: string): unknown => JSON.parse(readFileSync(fixture(name), 'utf8'));

describe('parseExtractorJson on trafilatura --json output', () => {
  const d = () => parseExtractorJson('t.json', read('trafilatura.json'));

  it('reads title, author, date and source URL', () => {
    assert.equal(d().headline, 'Library Extends Opening Hours for Exam Season');
    assert.deepEqual(d().byline, { raw: 'Tomas Lindqvist', name: 'Tomas Lindqvist' });
    assert.deepEqual(d().date, { raw: '2024-03-04', iso: '2024-03-04' });
    assert.equal(d().url, 'https://citynews.example.net/library-hours');
  });

  it('reads `text` one paragraph a line', () => {
    assert.equal(d().paragraphs.length, 3);
    assert.match(d().paragraphs[2]!.text, /^"We heard them," said head librarian/);
  });
});

describe('parseExtractorJson on readable --json output', () => {
  const d = () => parseExtractorJson('r.json', read('readable.json'));

  it('reads title, byline and published time', () => {
    assert.equal(d().headline, 'Rail Bridge Reopens After Storm Repairs');
    assert.deepEqual(d().byline, { raw: 'By Helen Marsh', name: 'Helen Marsh' });
    assert.deepEqual(d().date, { raw: '2024-02-10T09:30:00.000Z', iso: '2024-02-10' });
    assert.equal(d().url, null);
  });

  it('takes the paragraphs from the HTML content, not the run-together textContent', () => {
    assert.deepEqual(d().paragraphs.map((p) => p.text.slice(0, 20)), ['The rail bridge over', 'Engineers worked thr', '“It is good to have ']);
  });

  it('falls back to textContent when there is no content', () => {
    const p = parseExtractorJson('r.json', { title: 'T', textContent: 'One.\n\nTwo.' }).paragraphs;
    assert.deepEqual(p.map((x) => x.text), ['One.', 'Two.']);
  });
});

describe('parseExtractorJson', () => {
  it('takes the dateline off the lead', () => {
    const d = parseExtractorJson('x.json', { title: 'T', text: 'LONDON (Reuters) - Ministers met on Monday to agree a plan.' });
    assert.equal(d.dateline?.raw, 'LONDON (Reuters) -');
  });

  it('refuses JSON that is not an extractor’s output, as an input error', () => {
    for (const value of [{ name: 'x' }, [1, 2], 'text', null, { title: '  ' }]) {
      assert.throws(
        () => parseExtractorJson('x.json', value),
        (err) => err instanceof InputError && err.message === "x.json: JSON, but not an article extractor's output (no title or text)",
      );
    }
  });

  it('recognizes an object with a title or a text', () => {
    assert.equal(isExtractorOutput({ title: 'T' }), true);
    assert.equal(isExtractorOutput({ raw_text: 'Body.' }), true);
    assert.equal(isExtractorOutput({ hostname: 'example.com' }), false);
  });
});

describe('htmlToText', () => {
  it('breaks paragraphs at block tags and drops the other tags', () => {
    assert.equal(htmlToText('<p>One <b>bold</b>\nline.</p><p>Two</p>').split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean).join('|'), 'One bold line.|Two');
  });

  it('drops scripts, styles and comments, and decodes references', () => {
    assert.equal(htmlToText('<script>x()</script><style>p{}</style><!-- c -->A &amp; B').trim(), 'A & B');
  });
});
