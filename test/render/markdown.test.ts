import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexer, type Token, type Tokens } from 'marked';
import { escapeMarkdown, renderMarkdown } from '../../src/render/markdown.js';
import { blockParagraph, linkedParagraph, makeArticle } from '../helpers/articles.js';

const opts = { width: 0, color: 0 as const, numbers: false, withFileNames: false, compact: false, hyperlinks: false };

/** The text a Markdown reader would show for an inline token list. */
function shown(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      if ('tokens' in t && t.tokens && t.type !== 'escape') return shown(t.tokens);
      if (t.type === 'escape' || t.type === 'text') return (t as Tokens.Text).text;
      return t.raw;
    })
    .join('');
}

const TRICKY = [
  '# not a heading',
  '> not a quote',
  '- not a list',
  '+ not a list either',
  '1. not an ordered list',
  '2) nor this',
  'stars *are not* emphasis and _neither_ are __these__',
  'code `ticks` and <b>tags</b> and [links](http://x) stay text',
  'a | pipe | table | row',
  '~~not struck~~ and a back\\slash',
  '---',
  '=== under',
  'AT&T and &amp; stay as written',
  '![not an image](x.png)',
];

describe('markdown view', () => {
  it('escapes article text so lexing gives the same paragraphs back', () => {
    const out = renderMarkdown(makeArticle(TRICKY, { headline: null, date: null, words: 0 }), opts);
    const paragraphs = new Lexer().lex(out).filter((t): t is Tokens.Paragraph => t.type === 'paragraph');
    assert.deepEqual(paragraphs.map((p) => shown(p.tokens)), TRICKY);
  });

  it('starts with a level-one heading and an emphasized meta line', () => {
    const out = renderMarkdown(makeArticle(['Body.']), opts);
    assert.ok(out.startsWith('# A Headline\n\n*Thursday, May 16, 2024 · 1 word · 1 min read*\n\nBody.\n'));
  });

  it('puts the standfirst in italics between the headline and the meta line', () => {
    const out = renderMarkdown(makeArticle(['Body.'], { standfirst: 'Ferries *will* run' }), opts);
    assert.ok(out.startsWith('# A Headline\n\n*Ferries \\*will\\* run*\n\n*Thursday, May 16, 2024 · 1 word · 1 min read*\n\nBody.\n'), out);
  });

  it('sets the dateline in bold at the start of the lead', () => {
    const out = renderMarkdown(makeArticle(['Body.'], { dateline: { raw: '(CNN) --', place: null, agency: 'CNN' } }), opts);
    assert.match(out, /\n\n\*\*\\?\(CNN\\?\) --\*\* Body\.\n$/);
  });

  it('leaves ordinary prose unescaped', () => {
    assert.equal(escapeMarkdown('Putin’s visit, the “no limits” ties.'), 'Putin’s visit, the “no limits” ties.');
  });

  it('writes a Markdown block back as its source', () => {
    const list = blockParagraph(1, 'list', '- one **bold**\n- [two](https://x.example)', ['- one bold', '- two (https://x.example)']);
    const out = renderMarkdown({ ...makeArticle([]), paragraphs: [list] }, opts);
    assert.ok(out.endsWith('\n\n- one **bold**\n- [two](https://x.example)\n'));
  });

  it('writes a link as a Markdown link that lexes back to its words and URL', () => {
    const p = linkedParagraph(1, 'See ', 'the *plan*', 'https://x.example/a (b) <c>', ' now.');
    const out = renderMarkdown({ ...makeArticle([], { headline: null, date: null }), paragraphs: [p] }, opts);
    const link = (new Lexer().lex(out)[0] as Tokens.Paragraph).tokens.find((t): t is Tokens.Link => t.type === 'link')!;
    assert.equal(shown(link.tokens), 'the *plan*');
    assert.equal(decodeURI(link.href), 'https://x.example/a (b) <c>');
  });

  it('shows control characters in a block’s source', () => {
    const code = blockParagraph(1, 'code', '```\nx\u001b[2J\n```', ['x\u001b[2J']);
    assert.ok(!renderMarkdown({ ...makeArticle([]), paragraphs: [code] }, opts).includes('\u001b'));
  });
});
