import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors.js';
import { parseSectionList, selectSections } from '../../src/select/sections.js';
import { makeArticle } from '../helpers/articles.js';
import { runLede } from '../helpers/fake-proc.js';

const nine = makeArticle(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
const view = (list: string) => selectSections(nine, parseSectionList(list)).view;

function usage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof UsageError);
    return e.message;
  }
  assert.fail('expected a UsageError');
}

describe('parseSectionList and selectSections', () => {
  it('keeps names and numbers in the order given', () => assert.deepEqual(view('3,headline,1'), [3, 'headline', 1]));
  it('expands a closed range', () => assert.deepEqual(view('2-4'), [2, 3, 4]));
  it('expands an open range to the last paragraph', () => assert.deepEqual(view('7-'), [7, 8, 9]));
  it('counts -1 from the end', () => assert.deepEqual(view('-1'), [9]));
  it('makes lead paragraph 1 and body every paragraph', () => {
    assert.deepEqual(view('lead'), [1]);
    assert.deepEqual(view('body'), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('keeps only the named paragraphs, with their numbers', () => {
    const a = selectSections(nine, parseSectionList('8,2'));
    assert.deepEqual(a.paragraphs.map((p) => p.number), [2, 8]);
  });
  it('names the valid range for a paragraph outside the article', () => {
    assert.equal(usage(() => view('12')), '--section 12: paragraphs are 1-9');
    assert.equal(usage(() => view('5-10')), '--section 5-10: paragraphs are 1-9');
    assert.equal(usage(() => view('-10')), '--section -10: paragraphs are 1-9');
  });
  it('says so when there are no paragraphs at all', () => {
    assert.equal(usage(() => selectSections(makeArticle([]), parseSectionList('lead'))), '--section lead: the article has no paragraphs');
  });
  it('names the valid names for an unknown one', () => {
    assert.match(usage(() => parseSectionList('title')), /^--section title: not a section; use headline, standfirst, date, dateline, byline, meta, lead, body, highlights, removed, or paragraph numbers/);
  });
  it('refuses zero, backwards ranges and empty items', () => {
    assert.match(usage(() => parseSectionList('0')), /not a section/);
    assert.equal(usage(() => parseSectionList('4-2')), '--section 4-2: a range must run from low to high');
    assert.match(usage(() => parseSectionList('1,,2')), /^--section '': not a section/);
  });
});

describe('--section through the CLI', () => {
  it('prints exactly the headline line', async () => {
    assert.equal((await runLede(['-s', 'headline'])).stdout, 'Putin Seeks Chinese Support Amid Ukraine Conflict in Beijing Summit\n');
  });
  it('prints exactly paragraph 2', async () => {
    const r = await runLede(['-s', '2']);
    assert.match(r.stdout, /^This visit marks Putin’s first trip abroad [^\n]*sanctions\.\n$/);
  });
  it('prints the lead with its dateline, then the last paragraph', async () => {
    const r = await runLede(['-s', 'lead,-1']);
    assert.match(r.stdout, /^BEIJING, China: Russian President[^\n]*\n\nAs Putin concludes[^\n]*\n$/);
  });
  it('prints the date as written, plain', async () => {
    assert.equal((await runLede(['-s', 'date'])).stdout, 'Thu May 16 2024\n');
  });
  it('gives JSON with only the keys named, in order', async () => {
    const r = await runLede(['-s', 'dateline,2,headline', '--json']);
    assert.deepEqual(Object.keys(JSON.parse(r.stdout)), ['source', 'dateline', 'paragraphs', 'headline']);
  });
  it('gives Markdown for the parts named', async () => {
    const r = await runLede(['-s', 'headline,meta', '--format', 'markdown']);
    assert.equal(r.stdout, '# Putin Seeks Chinese Support Amid Ukraine Conflict in Beijing Summit\n\n*Thursday, May 16, 2024 · BEIJING, China · 383 words · 2 min read*\n');
  });
  it('numbers picked paragraphs with --numbers', async () => {
    const r = await runLede(['-s', '3', '--numbers', '--width', '60']);
    assert.match(r.stdout, /^3 {2}The grand welcoming/);
  });
  it('exits 2 for a paragraph outside the article', async () => {
    const r = await runLede(['-s', '12']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'lede: putin-xi-beijing-summit: --section 12: paragraphs are 1-9\n');
  });
  it('names the file a paragraph is outside of, with several files (was: no name)', async () => {
    const r = await runLede(['-s', '3', '-', 'putin-xi-beijing-summit'], { stdin: 'Short\n\nOne.\n\nTwo.\n' });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'lede: -: --section 3: paragraphs are 1-2\n');
    assert.match(r.stdout, /^¶?.*Xi/);
  });
  it('works on several files, each in turn', async () => {
    const r = await runLede(['-s', 'headline', 'putin-xi-beijing-summit', 'putin-xi-beijing-summit']);
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 2);
  });
});

describe('--summary through the CLI', () => {
  it('prints the headline, the meta line and 3 sentences, the lead with its dateline', async () => {
    const r = await runLede(['--summary']);
    const blocks = r.stdout.trimEnd().split('\n\n');
    assert.equal(blocks[0], 'Putin Seeks Chinese Support Amid Ukraine Conflict in Beijing Summit\nThu May 16 2024 · BEIJING, China · 383 words · 2 min read');
    assert.equal(blocks.length, 4);
    assert.match(blocks[1]!, /^BEIJING, China: Russian President/);
  });
  it('takes a count or a percentage', async () => {
    assert.equal((await runLede(['--summary', '5'])).stdout.trimEnd().split('\n\n').length, 6);
    const all = await runLede(['--summary', '100%', '--json']);
    assert.equal(JSON.parse(all.stdout).summary.length, 15, 'every sentence of the 9 paragraphs');
  });
  it('gives a summary array of { text, paragraph, sentence } with --json', async () => {
    const s = JSON.parse((await runLede(['--summary', '--json'])).stdout).summary;
    assert.deepEqual(Object.keys(s[0]), ['text', 'paragraph', 'sentence']);
    assert.deepEqual(s.map((x: { paragraph: number }) => x.paragraph), [1, 2, 3]);
  });
  it('summarizes only the picked paragraphs with --section', async () => {
    const r = await runLede(['--summary', '2', '-s', 'headline,5-', '--numbers', '--width', '0']);
    const blocks = r.stdout.trimEnd().split('\n\n');
    assert.equal(blocks[0], 'Putin Seeks Chinese Support Amid Ukraine Conflict in Beijing Summit');
    assert.ok(blocks.slice(1).every((b) => /^[5-9] {2}/.test(b)), r.stdout);
  });
  it('refuses a size that is not a count or a percentage', async () => {
    for (const bad of ['0', '--summary=x', '101%', '2.5']) {
      const r = await runLede(bad.startsWith('--') ? [bad] : ['--summary', bad]);
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /^lede: --summary: expected a number of sentences/);
    }
  });
});
