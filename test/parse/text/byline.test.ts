import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { authorByline, parseBylineLine, splitLeadByline } from '../../../src/parse/text/byline.js';

describe('parseBylineLine', () => {
  describe('reads the names from a byline line', () => {
    const cases: [string, string][] = [
      ['By Jane Doe', 'Jane Doe'],
      ['BY JANE DOE', 'JANE DOE'],
      ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
      ['By Jane Doe & John Roe', 'Jane Doe & John Roe'],
      ['By Jane Doe, Reuters', 'Jane Doe'],
      ['By Jane Doe, CNN', 'Jane Doe'],
      ['By Jane Doe | The Guardian', 'Jane Doe'],
      ['By Jane Doe - Associated Press', 'Jane Doe'],
      ['By Jane Doe in Paris', 'Jane Doe'],
      ['By Jane Doe, Reuters in New York', 'Jane Doe'],
      ['By Jane Doe and John Roe, Associated Press', 'Jane Doe and John Roe'],
      ['By Jane Doe, John Roe and Mary Major', 'Jane Doe, John Roe and Mary Major'],
      ['By Jane Doe, staff writer', 'Jane Doe'],
      ['By Jane Doe, Senior Political Correspondent', 'Jane Doe'],
      ['By Ursula von der Leyen', 'Ursula von der Leyen'],
      ['By Omar al-Rashid', 'Omar al-Rashid'],
      ["By Siobhan O'Neill", "Siobhan O'Neill"],
      ['By Anna Smith-Jones', 'Anna Smith-Jones'],
      ['By J.R. Hartley', 'J.R. Hartley'],
      ['By Jane Q. Doe Jr.', 'Jane Q. Doe Jr.'],
      ['By: Jane Doe', 'Jane Doe'],
      ['By Zoë Łukasik', 'Zoë Łukasik'],
    ];
    for (const [line, name] of cases) {
      it(`reads ${JSON.stringify(name)} from ${JSON.stringify(line)}`, () => {
        assert.deepEqual(parseBylineLine(line), { raw: line, name });
      });
    }
  });

  it('keeps the raw line trimmed', () => {
    assert.deepEqual(parseBylineLine('  By Jane Doe \n'), { raw: 'By Jane Doe', name: 'Jane Doe' });
  });

  describe('rejects sentences and lines that are not bylines', () => {
    const rejected = [
      'By the end of the year, prices had doubled.',
      'BY THE END OF THE YEAR',
      'By Christmas Day',
      'By Monday Morning',
      'By Popular Demand',
      'By The Way',
      'By Jane',
      'By Jane Doe.',
      'By Jane Doe, who wrote the report',
      'By Jane Doe; edited by John Roe',
      'By Jane Doe? Surely not',
      'By "Jane Doe"',
      "By Tony Blair's standards",
      'By far the largest',
      'Jane Doe, Associated Press',
      'Written by Jane Doe',
      'By Jane Doe, John Roe, Mary Major, Tim Poe and Ann Loe',
      'By Jane Doe Roe Moe Poe Loe Zoe',
      'By 2025 the plan will be done',
      'By',
      '',
    ];
    for (const line of rejected) {
      it(`rejects ${JSON.stringify(line)}`, () => {
        assert.equal(parseBylineLine(line), null);
      });
    }
  });
});

describe('splitLeadByline', () => {
  it('splits a byline run into an all-caps dateline', () => {
    assert.deepEqual(splitLeadByline('By Jane Doe WASHINGTON (AP) — The vote was close.'), {
      byline: { raw: 'By Jane Doe', name: 'Jane Doe' },
      rest: 'WASHINGTON (AP) — The vote was close.',
    });
  });

  it('splits two names run into a dateline', () => {
    assert.deepEqual(splitLeadByline('By Jane Doe and John Roe LONDON (Reuters) - Shares fell.'), {
      byline: { raw: 'By Jane Doe and John Roe', name: 'Jane Doe and John Roe' },
      rest: 'LONDON (Reuters) - Shares fell.',
    });
  });

  it('keeps a known agency between the names and the dateline in the byline', () => {
    assert.deepEqual(splitLeadByline('By Jane Doe Associated Press CAIRO — Crowds gathered.'), {
      byline: { raw: 'By Jane Doe Associated Press', name: 'Jane Doe' },
      rest: 'CAIRO — Crowds gathered.',
    });
  });

  it('splits an all-caps name followed by an agency and the lead', () => {
    assert.deepEqual(splitLeadByline('By JANE DOE Associated Press The vote was close.'), {
      byline: { raw: 'By JANE DOE Associated Press', name: 'JANE DOE' },
      rest: 'The vote was close.',
    });
  });

  it('splits an all-caps name from an all-caps dateline when only one split works', () => {
    assert.deepEqual(splitLeadByline('BY JANE DOE WASHINGTON (AP) — The vote was close.'), {
      byline: { raw: 'BY JANE DOE', name: 'JANE DOE' },
      rest: 'WASHINGTON (AP) — The vote was close.',
    });
  });

  describe('splits at a separator', () => {
    const cases: [string, string][] = [
      ['By Jane Doe | The vote was close.', 'The vote was close.'],
      ['By Jane Doe - The vote was close.', 'The vote was close.'],
      ['By Jane Doe — The vote was close.', 'The vote was close.'],
      ['By Jane Doe -- "We won," she said.', '"We won," she said.'],
      ['By Jane Doe\nThe vote was close.', 'The vote was close.'],
    ];
    for (const [paragraph, rest] of cases) {
      it(`splits ${JSON.stringify(paragraph)}`, () => {
        assert.deepEqual(splitLeadByline(paragraph), { byline: { raw: 'By Jane Doe', name: 'Jane Doe' }, rest });
      });
    }
  });

  describe('returns null when unsure', () => {
    const rejected = [
      'By Jane Doe The vote was close.',
      'By JANE DOE NEW YORK (AP) — Snow fell.',
      'By the time he arrived, WASHINGTON was asleep.',
      'By Monday Morning LONDON — the shops had opened.',
      'By Jane WASHINGTON (AP) — The vote was close.',
      'By Jane Doe - the vote was close.',
      'By Jane Doe',
      'By Jane Doe |',
      'By Jane Ann Mary Doe WASHINGTON (AP) — The vote.',
      'Jane Doe WASHINGTON (AP) — The vote was close.',
      'By Jane Doe San Francisco: The city voted to close the pier.',
      'by jane doe WASHINGTON (AP) — The vote.',
    ];
    for (const paragraph of rejected) {
      it(`returns null for ${JSON.stringify(paragraph)}`, () => {
        assert.equal(splitLeadByline(paragraph), null);
      });
    }
  });
});

describe('authorByline', () => {
  it('takes an author field as the names, as written', () => assert.deepEqual(authorByline(' Jane  Doe '), { raw: 'Jane Doe', name: 'Jane Doe' }));
  it('reads a field that opens with By as a byline line', () => assert.deepEqual(authorByline('By Jane Doe, Reuters'), { raw: 'By Jane Doe, Reuters', name: 'Jane Doe' }));
  it('takes off By even when the rest is not a name it knows', () => assert.deepEqual(authorByline('By staff'), { raw: 'By staff', name: 'staff' }));
  it('is null for an empty field', () => assert.equal(authorByline('  '), null));
});
