import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../src/errors.js';
import { MAX_PAGE_SIZE } from '../src/page-limit.js';
import { parseArticle } from '../src/parse/index.js';

describe('MAX_PAGE_SIZE, the one limit for a web page', () => {
  it('is 16 MiB, as the README says for fetched bodies and pages read from files', () => assert.equal(MAX_PAGE_SIZE, 16 * 2 ** 20));

  it('is where the parser refuses a page: one character more is too large', () => {
    const page = `<html><body><p>${'x'.repeat(MAX_PAGE_SIZE)}</p></body></html>`;
    assert.throws(
      () => parseArticle('big.html', page, { format: 'html' }),
      (e: unknown) => e instanceof InputError && e.message === `big.html: too large for a web page (16 Mi characters; the limit is ${MAX_PAGE_SIZE / 2 ** 20} Mi)`,
    );
  });
});
