import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseMarkdown } from '../../../src/parse/markdown/markdown.js';
import { sentencesOf } from '../../../src/parse/sentences.js';
import { fixture } from '../../helpers/paths.js';

describe('parseMarkdown on a clipped article', () => {
  const draft = () => parseMarkdown(readFileSync(fixture('clipped-article.md'), 'utf8'));

  it('fills headline, date, byline and URL from the front matter', () => {
    const d = draft();
    assert.equal(d.headline, 'Harbour Town Launches Electric Ferry Line');
    assert.deepEqual(d.date, { raw: '2024-05-16', iso: '2024-05-16' });
    assert.deepEqual(d.byline, { raw: 'Mira Okafor', name: 'Mira Okafor' });
    assert.equal(d.url, 'https://news.example.org/2024/05/harbour-ferry');
  });

  it('keeps the front-matter lines no field took in removed, with their line numbers', () => {
    assert.deepEqual(
      draft().removed.filter((r) => r.reason === 'front-matter').map((r) => [r.line, r.text]),
      [[7, 'created: 2024-05-20'], [8, 'description: "The first battery ferry on the coast carries its first passengers."'], [9, 'tags:'], [10, '- "clippings"']],
    );
  });

  it('takes out a # heading that repeats the title, and an image on its own', () => {
    assert.deepEqual(
      draft().removed.filter((r) => r.reason !== 'front-matter').map((r) => [r.line, r.reason]),
      [[13, 'repeated-headline'], [15, 'markup']],
    );
  });

  it('takes the dateline off the lead', () => {
    const d = draft();
    assert.deepEqual(d.dateline, { raw: 'PORTHAVEN (Coastal Wire) —', place: 'PORTHAVEN', agency: 'Coastal Wire' });
    assert.match(d.paragraphs[0]!.text, /^The first battery-powered/);
  });

  it('keeps lists, quotes, subheadings, tables and code as blocks, in order', () => {
    assert.deepEqual(draft().paragraphs.map((p) => p.block?.kind ?? 'prose'), ['prose', 'prose', 'prose', 'list', 'quote', 'heading', 'table', 'prose', 'code', 'prose']);
  });

  it('writes a link in the text as words (url) and records where it stands', () => {
    const p = draft().paragraphs[1]!;
    assert.match(p.text, /with Bayline Ferries \(https:\/\/bayline\.example\.com\), replaces/);
    const link = p.links![0]!;
    assert.equal(p.text.slice(link.start, link.end), 'Bayline Ferries (https://bayline.example.com)');
    assert.deepEqual([link.label, link.url], ['Bayline Ferries', 'https://bayline.example.com']);
  });

  it('reads a list as its items: one unit each, - item lines, the Markdown source kept', () => {
    const list = draft().paragraphs[3]!;
    assert.deepEqual(list.sentences, [
      'Fuel costs that rose by half in two years',
      'Noise complaints from homes along the harbour wall',
      'A national grant that paid for the charging dock (https://grants.example.gov/dock)',
    ]);
    assert.equal(list.block!.lines[1], '- Noise complaints from homes along the harbour wall');
    assert.match(list.block!.markdown, /^- Fuel costs[\s\S]*\[the charging dock\]\(https:\/\/grants\.example\.gov\/dock\)$/);
  });

  it('reads a table as rows: tab-separated lines, the header first, each row a unit', () => {
    const table = draft().paragraphs[6]!;
    assert.deepEqual(table.block!.lines, ['Route\tCrossings a day\tFare', 'Porthaven to Eastmoor\t18\t£3.50', 'Eastmoor to Porthaven\t18\t£3.50']);
    assert.deepEqual(table.sentences, ['Route Crossings a day Fare', 'Porthaven to Eastmoor 18 £3.50', 'Eastmoor to Porthaven 18 £3.50']);
  });

  it('keeps every paragraph’s sentences joining back to its text', () => {
    for (const p of draft().paragraphs) assert.equal(sentencesOf(p).join(' '), p.text);
  });
});

describe('parseMarkdown', () => {
  it('takes the first # heading for the headline when there is no title', () => {
    const d = parseMarkdown('Kicker line\n\n# The Real Headline\n\nBody text here.\n');
    assert.equal(d.headline, 'The Real Headline');
    assert.deepEqual(d.paragraphs.map((p) => p.text), ['Kicker line', 'Body text here.']);
  });

  it('keeps a # heading that differs from the title as a heading block', () => {
    const d = parseMarkdown('---\ntitle: Site Title\n---\n\n# Another Heading\n\nBody.\n');
    assert.equal(d.headline, 'Site Title');
    assert.equal(d.paragraphs[0]!.block?.kind, 'heading');
  });

  it('keeps the words of a link in the headline, not its URL', () => {
    assert.equal(parseMarkdown('# Read [the plan](https://example.com)\n\nBody.\n').headline, 'Read the plan');
  });

  it('writes a bare URL once', () => {
    const p = parseMarkdown('See <https://example.com/a> now.\n').paragraphs[0]!;
    assert.equal(p.text, 'See https://example.com/a now.');
    assert.deepEqual(p.links, [{ start: 4, end: 25, label: 'https://example.com/a', url: 'https://example.com/a' }]);
  });

  it('drops inline styling and tags but keeps their words, decoding character references', () => {
    const p = parseMarkdown('A **bold** and *em* `code` <span>tagged</span> &amp; Q&#38;A.\n').paragraphs[0]!;
    assert.equal(p.text, 'A bold and em code tagged & Q&A.');
  });

  it('folds soft line breaks and hard breaks to spaces', () => {
    assert.equal(parseMarkdown('one\ntwo  \nthree\n').paragraphs[0]!.text, 'one two three');
  });

  it('takes a date line and a byline at the top when the front matter has none', () => {
    const d = parseMarkdown('# Headline\n\nMay 16, 2024\n\n*By Jane Doe*\n\nThe body begins here.\n');
    assert.deepEqual(d.date, { raw: 'May 16, 2024', iso: '2024-05-16' });
    assert.equal(d.byline?.name, 'Jane Doe');
    assert.deepEqual(d.paragraphs.map((p) => p.text), ['The body begins here.']);
  });

  it('moves the lead’s links with the text when its dateline is taken off', () => {
    const d = parseMarkdown('# H\n\nLONDON (Reuters) — Ministers met [the union](https://u.example) on Monday to talk.\n');
    const p = d.paragraphs[0]!;
    assert.equal(d.dateline?.raw, 'LONDON (Reuters) —');
    assert.equal(p.text.slice(p.links![0]!.start, p.links![0]!.end), 'the union (https://u.example)');
  });

  it('numbers an ordered list from its start and marks tasks', () => {
    const p = parseMarkdown('3. three\n4. four\n\n- [x] done\n- [ ] open\n').paragraphs;
    assert.deepEqual(p[0]!.block!.lines, ['3. three', '4. four']);
    assert.deepEqual(p[1]!.block!.lines, ['- [x] done', '- [ ] open']);
  });

  it('indents a nested list under its item', () => {
    const p = parseMarkdown('- outer\n  - inner\n').paragraphs[0]!;
    assert.deepEqual(p.block!.lines, ['- outer', '  - inner']);
    assert.deepEqual(p.sentences, ['outer', 'inner']);
  });

  it('keeps code lines as written, indentation and all', () => {
    const p = parseMarkdown('```js\nif (x) {\n  go();\n}\n```\n').paragraphs[0]!;
    assert.deepEqual(p.block!.lines, ['if (x) {', '  go();', '}']);
    assert.equal(p.text, 'if (x) { go(); }');
  });

  it('lists HTML blocks and link definitions in removed as markup', () => {
    const d = parseMarkdown('Text [ref][1].\n\n<div class="ad">Advert</div>\n\n[1]: https://example.com\n');
    assert.deepEqual(d.removed.map((r) => [r.line, r.text, r.reason]), [
      [3, '<div class="ad">Advert</div>', 'markup'],
      [5, '[1]: https://example.com', 'markup'],
    ]);
    assert.equal(d.paragraphs[0]!.text, 'Text ref (https://example.com).');
  });

  it('takes furniture lines out of the paragraphs', () => {
    const d = parseMarkdown('# H\n\nAdvertisement\n\nBody text.\n');
    assert.deepEqual(d.removed.map((r) => [r.text, r.reason]), [['Advertisement', 'furniture']]);
  });

  it('leaves a source that is not a URL in removed', () => {
    const d = parseMarkdown('---\ntitle: T\nsource: Reuters\n---\nBody.\n');
    assert.equal(d.url, null);
    assert.deepEqual(d.removed.map((r) => r.text), ['source: Reuters']);
  });

  it('joins several authors into one byline', () => {
    assert.equal(parseMarkdown('---\nauthor: [Jane Doe, John Roe, Mary Major]\n---\nBody.\n').byline?.name, 'Jane Doe, John Roe and Mary Major');
  });
});
