import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import stringWidth from 'string-width';
import { renderPlain, renderTerminal } from '../../src/render/terminal.js';
import type { RenderOptions } from '../../src/render/options.js';
import type { Paragraph } from '../../src/article.js';
import { loadMarkdownBlocks } from '../../src/render/markdown-blocks.js';
import { blockParagraph, linkedParagraph, makeArticle } from '../helpers/articles.js';
import { loadStyles } from '../../src/render/theme.js';
import { loadWideText } from '../../src/render/wide-text.js';

const opts = (o: Partial<RenderOptions> = {}): RenderOptions => ({ width: 40, color: 0, numbers: false, withFileNames: false, compact: false, hyperlinks: false, ...o });
const ESC = '\u001b';


// Wide text (CJK, emoji) is measured by modules the CLI loads on demand; load them as it would.
before(loadWideText);
before(loadStyles);

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

  it('sets the standfirst dim on its own line under the headline, the meta line under it', () => {
    const withDek = makeArticle(['Body text.'], { standfirst: 'Ferries will run every ten minutes' });
    const out = renderTerminal(withDek, opts({ color: 1, width: 80 }));
    assert.ok(out.startsWith(`${ESC}[1mA Headline${ESC}[22m\n${ESC}[2mFerries will run every ten minutes${ESC}[22m\n${ESC}[2mThursday`), out);
    assert.ok(renderPlain(withDek, opts({ width: 0 })).startsWith('A Headline\nFerries will run every ten minutes\nThu May 16 2024'));
  });

  it('prints nothing for a missing standfirst', () => {
    assert.ok(renderPlain(a, opts({ width: 0 })).startsWith('A Headline\nThu May 16 2024'));
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

/** An article whose paragraphs are the given ones, renumbered from 1. */
const withParagraphs = (...paragraphs: Paragraph[]) =>
  makeArticle([], { headline: null, date: null, words: 0, paragraphs: paragraphs.map((p, i) => ({ ...p, number: i + 1 })) });

const list = blockParagraph(1, 'list', '- Fuel costs rose\n- A grant paid for [the dock](https://x.example/dock)', ['- Fuel costs rose', '- A grant paid for the dock (https://x.example/dock)'], ['Fuel costs rose', 'A grant paid for the dock (https://x.example/dock)']);
const quote = blockParagraph(1, 'quote', '> We expect the ferry\n> to pay for itself.', ['We expect the ferry to pay for itself.']);
const table = blockParagraph(1, 'table', '| Route | Fare |\n|---|---|\n| North | £3.50 |', ['Route\tFare', 'North\t£3.50'], ['Route Fare', 'North £3.50']);
const code = blockParagraph(1, 'code', '```\nif (x) {\n  go();\n}\n```', ['if (x) {', '  go();', '}'], ['if (x) {', 'go();', '}']);
const linked = linkedParagraph(1, 'Run with ', 'Bayline Ferries', 'https://bayline.example.com', ', the council said.');

describe('plain view of a Markdown article', () => {
  it('prints a list one item a line, as `- item`, links as words (url)', () => {
    assert.equal(renderPlain(withParagraphs(list), opts({ width: 0 })), '- Fuel costs rose\n- A grant paid for the dock (https://x.example/dock)\n');
  });

  it('wraps a long item under its marker when a width is given', () => {
    assert.equal(renderPlain(withParagraphs(list), opts({ width: 30 })), '- Fuel costs rose\n- A grant paid for the dock\n  (https://x.example/dock)\n');
  });

  it('prints a quote’s text, a table as tab-separated rows and code as written', () => {
    assert.equal(renderPlain(withParagraphs(quote, table, code), opts({ width: 0 })), 'We expect the ferry to pay for itself.\n\nRoute\tFare\nNorth\t£3.50\n\nif (x) {\n  go();\n}\n');
  });

  it('numbers a block on its first line and indents the rest', () => {
    assert.equal(renderPlain(withParagraphs(code), opts({ width: 0, numbers: true })), '1  if (x) {\n     go();\n   }\n');
  });

  it('never draws with marked-terminal, so never needs it loaded', () => {
    assert.doesNotThrow(() => renderPlain(withParagraphs(list, quote, table, code), opts({ width: 80 })));
  });
});

describe('terminal view of a Markdown article', () => {
  before(loadMarkdownBlocks);

  it('draws a list with marked-terminal, bullets indented', () => {
    assert.equal(renderTerminal(withParagraphs(list), opts({ width: 80 })), '  * Fuel costs rose\n  * A grant paid for the dock (https://x.example/dock)\n');
  });

  it('fits a drawn list to the width, wrapped lines hanging under the item', () => {
    const out = renderTerminal(withParagraphs(list), opts({ width: 30 }));
    assert.ok(out.trimEnd().split('\n').every((l) => stringWidth(l) <= 30), out);
    assert.match(out, /\n {4}\(https/);
  });

  it('draws a quote in the quote style, indented', () => {
    assert.equal(renderTerminal(withParagraphs(quote), opts({ width: 80, color: 1 })), `${ESC}[3m  We expect the ferry to pay for itself.${ESC}[23m\n`);
  });

  it('draws a table in a box that fits the width, cells wrapped rather than cut', () => {
    const wide = blockParagraph(1, 'table', '| Route | Crossings a day |\n|---|---|\n| Porthaven to Eastmoor | 18 |', ['Route\tCrossings a day', 'Porthaven to Eastmoor\t18']);
    const out = renderTerminal(withParagraphs(wide), opts({ width: 28 }));
    const lines = out.trimEnd().split('\n');
    assert.ok(lines.every((l) => stringWidth(l) <= 28), out);
    assert.match(lines[0]!, /^┌─+┬─+┐$/);
    for (const word of ['Route', 'Crossings', 'Porthaven', 'Eastmoor', '18']) assert.ok(out.includes(word), word);
    // Narrower than its longest words: they are broken, never cut short with an ellipsis.
    const narrow = renderTerminal(withParagraphs(wide), opts({ width: 16 }));
    assert.ok(narrow.trimEnd().split('\n').every((l) => stringWidth(l) <= 16) && !narrow.includes('…'), narrow);
  });

  it('indents code and keeps its own indentation', () => {
    assert.equal(renderTerminal(withParagraphs(code), opts({ width: 80 })), '  if (x) {\n    go();\n  }\n');
  });

  it('expands tabs in code to the next stop of four, and cuts code lines at the width', () => {
    const tabbed = blockParagraph(1, 'code', '```\na\tb\n' + 'x'.repeat(30) + '\n```', ['a\tb', 'x'.repeat(30)]);
    assert.equal(renderTerminal(withParagraphs(tabbed), opts({ width: 22 })), `  a   b\n  ${'x'.repeat(20)}\n  ${'x'.repeat(10)}\n`);
  });

  it('writes no escape code at color level 0, hyperlinks off', () => {
    const out = renderTerminal(withParagraphs(list, quote, table, code, linked), opts({ width: 40, color: 0 }));
    assert.ok(!out.includes(ESC), JSON.stringify(out));
  });

  it('writes links as OSC 8 hyperlinks when the terminal shows them', () => {
    const out = renderTerminal(withParagraphs(linked), opts({ width: 0, color: 1, hyperlinks: true }));
    assert.equal(out, `Run with ${ESC}]8;;https://bayline.example.com\u0007${ESC}[4mBayline Ferries${ESC}[24m${ESC}]8;;\u0007, the council said.\n`);
    const inList = renderTerminal(withParagraphs(list), opts({ width: 0, color: 1, hyperlinks: true }));
    assert.ok(inList.includes(`${ESC}]8;;https://x.example/dock\u0007${ESC}[4mthe dock${ESC}[24m${ESC}]8;;\u0007`), JSON.stringify(inList));
  });

  it('keeps a hyperlink whole across a wrapped line, closing and reopening it', () => {
    const out = renderTerminal(withParagraphs(linked), opts({ width: 16, color: 1, hyperlinks: true }));
    const lines = out.trimEnd().split('\n');
    assert.ok(lines.every((l) => stringWidth(l) <= 16), out);
    for (const line of lines.filter((l) => l.includes(`${ESC}]8;;https`))) assert.ok(line.includes(`${ESC}]8;;\u0007`), `closed on its line: ${JSON.stringify(line)}`);
  });

  it('writes words (url) for a link whose URL holds a control character', () => {
    const evil = linkedParagraph(1, 'See ', 'this', `https://x.example/${ESC}]8;;https://evil.example\u0007`, '.');
    const out = renderTerminal(withParagraphs(evil), opts({ width: 0, color: 1, hyperlinks: true }));
    assert.equal(out, 'See this (https://x.example/^[]8;;https://evil.example^G).\n');
  });

  it('shows control characters in a block instead of sending them', () => {
    const evil = blockParagraph(1, 'code', `\`\`\`\nx${ESC}[2J\u009b\n\`\`\``, [`x${ESC}[2J\u009b`]);
    const out = renderTerminal(withParagraphs(evil), opts({ width: 80, color: 1 }));
    assert.ok(out.includes('x^[[2J<U+009B>') && !out.includes(`${ESC}[2J`), JSON.stringify(out));
  });

  it('draws a subheading in the headline style without marked-terminal', () => {
    const heading = blockParagraph(1, 'heading', '## Fares', ['Fares']);
    assert.equal(renderTerminal(withParagraphs(heading), opts({ width: 80, color: 1 })), `${ESC}[1mFares${ESC}[22m\n`);
  });
});
