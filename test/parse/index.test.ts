import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import { parseArticle, prepareParse } from '../../src/parse/index.js';
import { sentencesOf } from '../../src/parse/sentences.js';
import { BUNDLED_ARTICLE, fixture } from '../helpers/paths.js';

const parseFile = (path: string) => parseArticle(path, readFileSync(path, 'utf8'));

describe('parseArticle on the bundled article', () => {
  const a = parseFile(BUNDLED_ARTICLE);

  it('finds the headline', () => assert.equal(a.headline, 'Putin Seeks Chinese Support Amid Ukraine Conflict in Beijing Summit'));
  it('finds the date', () => assert.deepEqual(a.date, { raw: 'Thu May 16 2024', iso: '2024-05-16' }));
  it('finds the dateline and takes it off the lead', () => {
    assert.deepEqual(a.dateline, { raw: 'BEIJING, China:', place: 'BEIJING, China', agency: null });
    assert.match(a.paragraphs[0]!.text, /^Russian President Vladimir Putin/);
  });
  it('finds 9 paragraphs, numbered from 1', () => assert.deepEqual(a.paragraphs.map((p) => p.number), [1, 2, 3, 4, 5, 6, 7, 8, 9]));
  it('removes both share-icon rows and keeps them in removed', () => {
    assert.deepEqual(a.removed.map((r) => [r.line, r.reason]), [[4, 'share-icons'], [24, 'share-icons']]);
    assert.ok(a.paragraphs.every((p) => !p.text.includes('icon-')));
  });
  it('counts words of the body and a reading time', () => {
    assert.equal(a.words, 383);
    assert.equal(a.readingMinutes, 2);
  });
  it('splits paragraphs into sentences that join back to the text', () => {
    for (const p of a.paragraphs) assert.equal(sentencesOf(p).join(' '), p.text);
  });
});

describe('parseArticle on other layouts', () => {
  it('reads a BBC-style title, blank line, paragraphs', () => {
    const a = parseFile(fixture('bbc-layout.txt'));
    assert.equal(a.headline, 'Lighthouse keepers return to island');
    assert.equal(a.paragraphs.length, 3);
    assert.equal(a.dateline, null);
    assert.equal(a.date, null);
  });

  it('reads a CNN story: dateline, furniture, highlights, no headline', () => {
    const a = parseFile(fixture('cnn-layout-story.txt'));
    assert.equal(a.headline, null);
    assert.equal(a.dateline?.agency, 'CNN');
    assert.match(a.paragraphs[0]!.text, /^The city council voted/);
    assert.equal(a.paragraphs.length, 3);
    assert.deepEqual(a.highlights, ['Council votes to rebuild the old river bridge', 'Work to begin in the spring, mayor says']);
    assert.deepEqual(a.removed.map((r) => r.text), ['E-mail to a friend', 'Watch the council meeting »']);
  });

  it('takes a line of white space as a paragraph break, not furniture, with furniture run onto a paragraph around it', () => {
    const a = parseArticle('t', 'A Headline Here\n\nThe first paragraph ends here.  Watch the speech »\n \t\u00a0\nThe second paragraph ends here.\n');
    assert.deepEqual(a.paragraphs.map((p) => p.text), ['The first paragraph ends here.', 'The second paragraph ends here.']);
    assert.deepEqual(a.removed.map((r) => [r.line, r.text, r.reason]), [[3, 'Watch the speech »', 'furniture']]);
  });

  it('reads one paragraph per line with no blank lines', () => {
    const a = parseFile(fixture('line-per-paragraph.txt'));
    assert.equal(a.headline, 'Harbour Festival Draws Record Crowds');
    assert.equal(a.paragraphs.length, 3);
  });

  it('joins hard-wrapped paragraphs', () => {
    const a = parseFile(fixture('hard-wrapped.txt'));
    assert.equal(a.headline, 'Orchard Growers Warn of Poor Harvest');
    assert.equal(a.paragraphs.length, 2);
    assert.match(a.paragraphs[0]!.text, /cut this year's crop/);
  });

  it('drops a headline repeated as the first paragraph into removed', () => {
    const a = parseArticle('x', 'Big News Today\n\nBig News Today\n\nThe body.');
    assert.deepEqual(a.paragraphs.map((p) => p.text), ['The body.']);
    assert.equal(a.removed[0]?.reason, 'repeated-headline');
  });

  it('reads a text that is only a headline', () => {
    const a = parseArticle('x', 'Only a headline here\n');
    assert.equal(a.headline, 'Only a headline here');
    assert.deepEqual(a.paragraphs, []);
    assert.equal(a.words, 0);
  });

  it('keeps every paragraph of a text that is only prose', () => {
    const a = parseArticle('x', 'First sentence here.\n\nSecond one.');
    assert.equal(a.headline, null);
    assert.equal(a.paragraphs.length, 2);
  });
});

describe('parseArticle at scale', () => {
  it('handles more lines in one block than the call stack has room for (regression: Math.max(...lines))', () => {
    const a = parseArticle('x', 'Headline\n' + 'A line of text that is a paragraph of its own here.\n'.repeat(200_000));
    assert.equal(a.paragraphs.length, 200_000);
  });
});

describe('parseArticle by input format', () => {
  // As the CLI does: prepareParse loads the Markdown and JSON parsers an input needs.
  before(() => Promise.all([prepareParse('x.md', ''), prepareParse('x.json', '')]));

  it('reads a Markdown file after prepareParse, keeping its blocks', async () => {
    const text = readFileSync(fixture('clipped-article.md'), 'utf8');
    await prepareParse('clipped-article.md', text);
    const a = parseArticle('clipped-article.md', text);
    assert.equal(a.headline, 'Harbour Town Launches Electric Ferry Line');
    assert.equal(a.url, 'https://news.example.org/2024/05/harbour-ferry');
    assert.deepEqual(a.paragraphs.map((p) => p.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal(a.paragraphs[3]!.block?.kind, 'list');
  });

  it('reads Markdown on standard input, told by its front matter', async () => {
    const text = '---\ntitle: Piped Title\n---\n\nPiped body.\n';
    await prepareParse('-', text);
    assert.equal(parseArticle('-', text).headline, 'Piped Title');
  });

  it('reads an extractor’s JSON from a file or standard input', () => {
    const json = readFileSync(fixture('trafilatura.json'), 'utf8');
    assert.equal(parseArticle('t.json', json).headline, 'Library Extends Opening Hours for Exam Season');
    assert.equal(parseArticle('-', json).paragraphs.length, 3);
  });

  it('refuses JSON that is not an article extractor’s output', () => {
    assert.throws(() => parseArticle('x.json', '{"name": "lede"}'), (err) => err instanceof InputError && err.message === "x.json: JSON, but not an article extractor's output (no title or text)");
    assert.throws(() => parseArticle('-', '{"name": "lede"}'), InputError);
  });

  it('refuses a .json file that is not JSON', () => {
    assert.throws(() => parseArticle('x.json', 'Headline\n\nBody.'), (err) => err instanceof InputError && /^x\.json: not valid JSON \(/.test(err.message));
  });

  it('reads text in braces that is not JSON as article text', () => {
    const a = parseArticle('-', '{Editor’s note: a story.\n\nThe body.}');
    assert.deepEqual(a.paragraphs.map((p) => p.text), ['{Editor’s note: a story.', 'The body.}']);
  });

  it('gives article text no url', () => assert.equal('url' in parseFile(BUNDLED_ARTICLE), false));
});
