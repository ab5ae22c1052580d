import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lazyRegExp } from '../../src/parse/lazy-regexp.js';

describe('lazyRegExp', () => {
  it('builds the expression with its flags, once', () => {
    const re = lazyRegExp('^\\p{Lu}+$', 'u');
    const first = re();
    assert.equal(first.source, '^\\p{Lu}+$');
    assert.equal(first.flags, 'u');
    assert.ok(first.test('ÉTÉ'));
    assert.ok(!first.test('été'));
    assert.equal(re(), first);
  });

  it('throws a bad pattern when first used, not before', () => {
    const re = lazyRegExp('(', '');
    assert.throws(() => re(), SyntaxError);
  });
});
