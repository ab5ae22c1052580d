// The meta line's date in words: written by hand (no Intl formatter at start-up), so checked
// against what Intl.DateTimeFormat('en-US') writes for the same day.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dateInWords } from '../../src/render/meta.js';

const params = { numRuns: Number(process.env.FC_RUNS ?? 300), seed: 11 };
const intl = new Intl.DateTimeFormat('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

describe('dateInWords', () => {
  it('writes the bundled article’s date as Intl does', () => {
    assert.equal(dateInWords('2024-05-16'), 'Thursday, May 16, 2024');
  });

  it('writes leap days and year ends', () => {
    assert.equal(dateInWords('2000-02-29'), 'Tuesday, February 29, 2000');
    assert.equal(dateInWords('1999-12-31'), 'Friday, December 31, 1999');
  });

  it('agrees with Intl.DateTimeFormat for any day from 1000 to 9999', () => {
    const day = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        assert.equal(dateInWords(iso), intl.format(new Date(`${iso}T00:00:00Z`)));
      }),
      params,
    );
  });
});
