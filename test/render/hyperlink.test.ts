import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hyperlink, safeUrl } from '../../src/render/hyperlink.js';

describe('safeUrl', () => {
  it('keeps a plain absolute URL as it is', () => assert.equal(safeUrl('https://example.com/a?b=1#c'), 'https://example.com/a?b=1#c'));
  it('percent-encodes spaces and characters beyond ASCII', () => assert.equal(safeUrl('https://example.com/a b/café'), 'https://example.com/a%20b/caf%C3%A9'));
  it('refuses a URL holding a control character', () => {
    for (const c of ['\u001b', '\u0007', '\u009c', '\u007f', '\n']) assert.equal(safeUrl(`https://example.com/${c}x`), null, JSON.stringify(c));
  });
  it('refuses a URL with no scheme, which a terminal cannot open', () => assert.equal(safeUrl('/local/path'), null));
  it('refuses a URL too long for terminals', () => assert.equal(safeUrl('https://example.com/' + 'x'.repeat(3000)), null));
  it('refuses a lone surrogate', () => assert.equal(safeUrl('https://example.com/\ud800'), null));
});

describe('hyperlink', () => {
  it('wraps the text in OSC 8 sequences ended by BEL', () => assert.equal(hyperlink('https://e.com', 'words'), '\u001b]8;;https://e.com\u0007words\u001b]8;;\u0007'));
  it('is null for an unsafe URL', () => assert.equal(hyperlink('https://e.com/\u001b', 'words'), null));
});

describe('safeUrl schemes', () => {
  it('links only http, https and mailto; file: and handler schemes stay text', () => {
    assert.equal(safeUrl('mailto:desk@example.com'), 'mailto:desk@example.com');
    for (const url of ['file:///etc/passwd', 'ms-msdt:/id', 'javascript:alert(1)', 'ssh://host']) assert.equal(safeUrl(url), null, url);
  });
});
