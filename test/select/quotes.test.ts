import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../src/parse/index.js';
import { compilePattern } from '../../src/select/grep.js';
import { grepQuotes, selectQuotes } from '../../src/select/quotes.js';
import { runLede } from '../helpers/fake-proc.js';

const article = parseArticle('t', 'Talks Resume\n\n“We will not give up,” said Jane Doe, an analyst at Example Bank.\n\nThe so-called “reset” failed, officials said. John Roe told reporters: “It is over.”\n');
const re = (p: string) => compilePattern({ pattern: p, ignoreCase: true, fixed: false, wordRegexp: false });

describe('selectQuotes and grepQuotes', () => {
  it('lists direct quotes with speakers, and a view of just them', () => {
    const a = selectQuotes(article, 'direct');
    assert.deepEqual(a.view, ['quotes']);
    assert.deepEqual(a.quotes!.map((q) => [q.text, q.speaker]), [['We will not give up,', 'Jane Doe'], ['It is over.', 'John Roe']]);
  });
  it('adds scare quotes with all', () => {
    assert.ok(selectQuotes(article, 'all').quotes!.some((q) => q.text === 'reset' && q.kind === 'scare'));
  });
  it('keeps the quotes whose words or speaker match', () => {
    assert.deepEqual(grepQuotes(selectQuotes(article, 'direct'), re('roe')).quotes!.map((q) => q.text), ['It is over.']);
    assert.deepEqual(grepQuotes(selectQuotes(article, 'direct'), re('give up')).quotes!.map((q) => q.speaker), ['Jane Doe']);
  });
});

describe('quotes in the headline', () => {
  const headed = parseArticle('t', 'Holm: Council “will not yield an inch” on Rents\n\nThe council met on Monday. “We will not yield,” said Ada Holm, its leader.\n');

  it('lists a headline quote first, addressed as the headline (paragraph and sentence 0), credited by the name before the colon', () => {
    assert.deepEqual(
      selectQuotes(headed, 'direct').quotes!.map((x) => [x.text, x.speaker, x.part, x.paragraph, x.sentence]),
      [
        ['will not yield an inch', 'Holm', 'headline', 0, 0],
        ['We will not yield,', 'Ada Holm', undefined, 1, 2],
      ],
    );
  });

  it('writes `headline` where a body quote has its ¶paragraph:sentence', async () => {
    const r = await runLede(['--quotes'], { stdin: 'Holm: Council “will not yield an inch” on Rents\n\nThe council met on Monday.\n' });
    assert.equal(r.stdout, '“will not yield an inch” — Holm, headline\n');
  });

  it('does not let the headline stand in for a pronoun of the body', () => {
    const a = parseArticle('t', 'Ruiz: “Nobody Asked Us”\n\n“We found out from the radio,” he said.\n');
    assert.deepEqual(selectQuotes(a, 'direct').quotes!.filter((q) => !q.part).map((q) => q.speaker), [null]);
  });
});

describe('--quotes through the CLI', () => {
  it('lists “no limits.” in the bundled article, one quote a line in plain output', async () => {
    const r = await runLede(['--quotes']);
    assert.equal(r.stdout, '“no limits.” — both parties, ¶3:2\n');
  });
  it('sets the attribution under the quote on a terminal', async () => {
    const r = await runLede(['--quotes', '--format', 'terminal', '--width', '60']);
    assert.equal(r.stdout, '“no limits.”\n  — both parties, ¶3:2\n');
  });
  it('gives a quotes array of { text, speaker, cue, paragraph, sentence, kind } with --json', async () => {
    const q = JSON.parse((await runLede(['--quotes', '--json'])).stdout).quotes;
    assert.deepEqual(q, [{ text: 'no limits.', speaker: 'both parties', cue: 'described', paragraph: 3, sentence: 2, kind: 'direct' }]);
  });
  it('answers "what did they say?" with --grep, exiting as grep does', async () => {
    const hit = await runLede(['--quotes', '--grep', 'both parties']);
    assert.deepEqual([hit.status, hit.stdout], [0, '“no limits.” — both parties, ¶3:2\n']);
    const miss = await runLede(['--quotes', '--grep', 'Xi']);
    assert.deepEqual([miss.status, miss.stdout], [1, '']);
  });
  it('refuses an unknown --quotes value', async () => {
    const r = await runLede(['--quotes=some']);
    assert.deepEqual([r.status, r.stderr], [2, "lede: --quotes: expected nothing or 'all', got 'some'\n"]);
  });
  it('renders quotes as Markdown block quotes', async () => {
    assert.equal((await runLede(['--quotes', '--format', 'markdown'])).stdout, '> “no limits.” — both parties, ¶3:2\n');
  });
});
