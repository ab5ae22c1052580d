import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { InputError } from '../../../src/errors.js';
import { detectFormat, looksLikeHtml } from '../../../src/parse/detect.js';
import { parseArticle, prepareParse } from '../../../src/parse/index.js';
import { sentencesOf } from '../../../src/parse/sentences.js';
import { fixture } from '../../helpers/paths.js';

const PAGE = fixture('page.html');
const page = () => readFileSync(PAGE, 'utf8');

/** A page around some body markup. */
const wrap = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

/** An article's worth of prose, so that Readability takes the container. */
const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells how the ferry crews spent the long winter repairing nets and boats in the harbour sheds.</p>`).join('');

describe('detecting a web page', () => {
  it('takes .html, .htm and .xhtml files as pages', () => {
    for (const name of ['a.html', 'b.HTM', 'c.xhtml']) assert.equal(detectFormat(name, 'plain words'), 'html');
  });
  it('takes a doctype, <html>, <head> or <body> opening as a page, whatever the name', () => {
    for (const text of ['<!doctype html><p>x', '  <html lang="en">', '<head><title>x</title>', '<body>x', '<?xml version="1.0"?>\n<html>']) {
      assert.equal(detectFormat('-', text), 'html', text);
    }
  });
  it('takes markup-dense text that opens with a tag as a page', () => {
    assert.ok(looksLikeHtml('<div class="a"><p>One</p><p>Two</p><p>Three</p><a href="/x">x</a></div>'));
  });
  it('never takes a story that mentions tags in its prose for a page', () => {
    const story = 'Web editors still type <p> and <br> by hand.\n\nThe <div> element, she said, is overused.';
    assert.equal(detectFormat('-', story), 'text');
    assert.equal(detectFormat('-', '<p> is a tag, and this line is a story about it.\n\nMore prose follows here.'), 'text');
  });
});

describe('parseArticle on a web page', () => {
  before(() => prepareParse(PAGE, page()));

  it('reads the headline from JSON-LD, not the <title> with its site name', () => {
    assert.equal(parseArticle(PAGE, page()).headline, 'Harbour town votes to keep its lighthouse lit');
  });
  it('reads the date and the byline from JSON-LD', () => {
    const a = parseArticle(PAGE, page());
    assert.equal(a.date?.iso, '2031-03-14');
    assert.equal(a.byline?.name, 'Mara Quillon and Tobias Renn');
  });
  it('takes the canonical link as the url', () => assert.equal(parseArticle(PAGE, page()).url, 'https://ledger.example/news/2031/03/14/lighthouse-vote'));
  it('reads the dateline off the lead', () => {
    const a = parseArticle(PAGE, page());
    assert.deepEqual(a.dateline, { raw: 'PORT ELLERY (Ledger) —', place: 'PORT ELLERY', agency: 'Ledger' });
    assert.match(a.paragraphs[0]!.text, /^Councillors in Port Ellery voted/);
  });
  it('makes paragraphs of block elements, splitting at <br><br>', () => {
    const texts = parseArticle(PAGE, page()).paragraphs.map((p) => p.text);
    assert.ok(texts.includes('The keeper\u2019s cottage will become a small museum.'.replace('\u2019', "'")), texts.join('\n'));
    assert.ok(texts.some((t) => t.startsWith('Fishing crews had petitioned') && t.endsWith('guided in by radio.')));
  });
  it('keeps subheadings, lists and block quotes as blocks', () => {
    const a = parseArticle(PAGE, page());
    const kinds = a.paragraphs.filter((p) => p.block).map((p) => [p.block!.kind, p.block!.lines]);
    assert.deepEqual(kinds, [
      ['heading', ['What it costs']],
      ['list', ['- Lamp and power: 12,000', '- Painting and repairs: 18,000', '- Keeper: 10,000']],
      ['quote', ['We will light it every night, as our grandparents did.']],
    ]);
    for (const p of a.paragraphs) assert.equal(sentencesOf(p).join(' '), p.text);
  });
  it('keeps links as words (url), resolved against the page', () => {
    const p = parseArticle(PAGE, page()).paragraphs.find((x) => x.text.includes('town hall'))!;
    assert.ok(p.text.includes('town hall (https://ledger.example/tags/town-hall)'), p.text);
    assert.deepEqual(p.links?.map((l) => [l.label, l.url]), [['town hall', 'https://ledger.example/tags/town-hall']]);
  });
  it('leaves out navigation, share rows, newsletter boxes, related links and the footer', () => {
    const text = parseArticle(PAGE, page()).paragraphs.map((p) => p.text).join('\n');
    for (const furniture of ['Share on', 'Sign up', 'Sea wall breached', 'All rights reserved', 'Sport']) assert.ok(!text.includes(furniture), furniture);
  });
  it('puts the caption in removed as a caption, and the share row and newsletter box as furniture', () => {
    const removed = parseArticle(PAGE, page()).removed;
    assert.ok(removed.some((r) => r.reason === 'caption' && r.text.includes('The lamp room at dusk')), JSON.stringify(removed));
    assert.ok(removed.some((r) => r.reason === 'furniture' && r.text.includes('Share on Facebook')));
    assert.ok(removed.some((r) => r.reason === 'furniture' && r.text.includes('morning briefing')));
  });
  it('keeps every word of the article text (the body words are counted)', () => {
    const a = parseArticle(PAGE, page());
    assert.ok(a.words > 150 && a.words < 260, String(a.words));
  });
});

describe('page metadata sources', () => {
  before(() => prepareParse('x.html', ''));
  const parse = (html: string, url?: string) => parseArticle('x.html', html, url ? { url } : {});

  it('falls back to og:title, then the h1, then the <title> without its site', () => {
    assert.equal(parse(wrap(`<h1>From the heading</h1>${PROSE}`, '<meta property="og:title" content="From Open Graph">')).headline, 'From Open Graph');
    assert.equal(parse(wrap(`<h1>From the heading</h1>${PROSE}`, '<title>From the title | Site</title>')).headline, 'From the heading');
    assert.equal(parse(wrap(PROSE, '<title>Ferry crews mend their nets | The Harbour Post</title>')).headline, 'Ferry crews mend their nets');
  });
  it('reads article:published_time, then <time datetime>, then a date in the URL', () => {
    assert.equal(parse(wrap(PROSE, '<meta property="article:published_time" content="2030-01-02T03:04:05Z">')).date?.iso, '2030-01-02');
    assert.equal(parse(wrap(`<article><time datetime="2030-02-03">3 Feb</time>${PROSE}</article>`)).date?.iso, '2030-02-03');
    assert.equal(parse(wrap(PROSE), 'https://news.example/2030/04/05/ferries').date?.iso, '2030-04-05');
  });
  it('reads meta author, and never takes "By" alone or a date as a byline', () => {
    assert.equal(parse(wrap(PROSE, '<meta name="author" content="Ada Wren">')).byline?.name, 'Ada Wren');
    assert.equal(parse(wrap(`<div class="byline">By</div>${PROSE}`)).byline, null);
    assert.equal(parse(wrap(`<div class="byline">March 3, 2030</div>${PROSE}`)).byline, null);
  });
  it('takes the address read as the url when the page names none', () => {
    assert.equal(parse(wrap(PROSE), 'https://news.example/ferries').url, 'https://news.example/ferries');
  });
});

describe('pages that are not articles', () => {
  before(() => prepareParse('x.html', ''));
  it('says no article was found rather than succeeding empty', () => {
    assert.throws(() => parseArticle('x.html', wrap('<nav><a href="/">Home</a></nav>')), (e) => e instanceof InputError && /no article found in this page/.test(e.message));
  });
});
