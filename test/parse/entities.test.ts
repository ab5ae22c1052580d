import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEntities } from '../../src/parse/entities.js';

describe('decodeEntities', () => {
  it('decodes the named references articles use', () => assert.equal(decodeEntities('Q&amp;A &ldquo;now&rdquo; &mdash; &lt;b&gt;'), 'Q&A “now” — <b>'));
  it('decodes decimal and hex references', () => assert.equal(decodeEntities('it&#8217;s &#x2014; &#X41;'), 'it’s — A'));
  it('leaves unknown names and invalid code points as written', () => assert.equal(decodeEntities('&bogus; &#0; &#xD800; AT&T'), '&bogus; &#0; &#xD800; AT&T'));
});
