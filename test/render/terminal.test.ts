import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import stringWidth from 'string-width';
import { renderPlain, renderTerminal } from '../../src/render/terminal.js';
import type { RenderOptions } from '../../src/render/options.js';
import { makeArticle } from '../helpers/articles.js';
import { loadWideText } from '../../src/render/wide-text.js';

const opts = (o: Partial<RenderOptions> = {}): RenderOptions => ({ width: 40, color: 0, numbers: false, withFileNames: false, compact: false, ...o });
const ESC = '\u001b';


// Wide text (CJK, emoji) is measured by modules the CLI loads on demand; load them as it would.
before(loadWideText);

describe('terminal view', () => {
  const a = makeArticle(['The quick brown fox jumps over the lazy dog again and again until the dog wakes up.'], {
    dateline: { raw: 'LONDON —', place: 'LONDON', agency: null },
  });

  it('wraps every line to the width, at words', () => {
    const out = renderTerminal(a, opts({ width: 30 }));
    for (const line of out.split('\n')) assert.ok(stringWidth(line) <= 30, line);
    assert.ok(out.split(/\s+/).every((w) => !w.includes('-') || w === '—' || w === '·'), 'no word was hyphen-broken');
  });

  it('styles the headline bold and the meta line dim when color is on', () => {
    const out = renderTerminal(a, opts({ color: 1 }));
    assert.ok(out.startsWith(`${ESC}[1mA Headline${ESC}[22m\n`));
    assert.ok(out.includes(`${ESC}[2mThursday, May 16, 2024 · LONDON`));
  });

  it('sets the dateline at the start of the lead', () => {
    assert.match(renderTerminal(a, opts({ width: 0 })), /\n\nLONDON — The quick brown fox/);
  });

  it('never writes an escape code with color off', () => {
    assert.ok(!renderTerminal(a, opts()).includes(ESC));
  });

  it('measures wide characters and emoji by their columns', () => {
    const cjk = makeArticle(['北京会谈的消息传出后，市场反应平稳，分析人士认为双方关系将继续加深。🎉🎉🎉 更多报道见后文。']);
    for (const line of renderTerminal(cjk, opts({ width: 20 })).split('\n')) assert.ok(stringWidth(line) <= 20, line);
  });

  it('breaks a word only when it is wider than the line', () => {
    const url = 'https://example.com/' + 'x'.repeat(60);
    const out = renderTerminal(makeArticle([`See ${url} now`], { headline: null, date: null, words: 0 }), opts({ width: 30 }));
    const lines = out.trimEnd().split('\n');
    assert.ok(lines.every((l) => stringWidth(l) <= 30));
    assert.equal(lines.join('').replace(/ /g, ''), `See${url}now`, 'every character kept, in order');
    assert.ok(lines.length <= 4, 'a short word is not broken');
  });

  it('shows paragraph numbers in a hanging gutter with --numbers', () => {
    const out = renderTerminal(makeArticle(['one two three four five six seven eight nine ten eleven twelve']), opts({ width: 24, numbers: true }));
    const body = out.trimEnd().split('\n\n')[1]!.split('\n');
    assert.match(body[0]!, /^1 {2}one/);
    assert.ok(body.slice(1).every((l) => l.startsWith('   ')));
  });

  it('shows control characters from the article visibly instead of sending them', () => {
    const evil = makeArticle([`Hi ${ESC}]52;c;ZXZpbA==\u0007 there \u009b31m`]);
    const out = renderTerminal(evil, opts({ color: 1, width: 0 }));
    assert.ok(out.includes('^[]52;c;ZXZpbA==^G'));
    assert.ok(out.includes('<U+009B>31m'));
    assert.ok(!out.includes('\u0007') && !out.includes('\u009b'));
  });
});

describe('plain view', () => {
  it('prints one paragraph per line with blank lines between, unwrapped, date as written', () => {
    const a = makeArticle(['First paragraph is long enough to wrap if we wrapped it at forty columns.', 'Second.']);
    assert.equal(
      renderPlain(a, opts({ width: 0 })),
      'A Headline\nThu May 16 2024 · 15 words · 1 min read\n\nFirst paragraph is long enough to wrap if we wrapped it at forty columns.\n\nSecond.\n',
    );
  });
});

describe('terminal view at scale', () => {
  it('renders more paragraphs than the call stack has room for (regression: Math.max(...numbers))', () => {
    const a = makeArticle(Array.from({ length: 200_000 }, () => 'Para.'));
    assert.ok(renderPlain(a, opts({ width: 0, numbers: true })).includes('200000  Para.'));
  });
});
