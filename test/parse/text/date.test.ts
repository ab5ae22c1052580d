import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BARE_DATE_PATTERNS, DATE_LINE_PATTERNS, parseDateLine } from '../../../src/parse/text/date.js';

describe('parseDateLine', () => {
  describe('reads the calendar day of a line that is only a date', () => {
    const cases: [string, string][] = [
      ['Thu May 16 2024', '2024-05-16'],
      ['June 26, 2024 7:09AM PDT', '2024-06-26'],
      ['Posted May 20, 2024', '2024-05-20'],
      ['25 May 2024', '2024-05-25'],
      ['2015-05-12', '2015-05-12'],
      ['Date created : 2015-05-12', '2015-05-12'],
      ['Updated 2:15 PM EST, Tue January 20, 2009', '2009-01-20'],
      ['Monday, 3 June 2024', '2024-06-03'],
      ['Sept. 4, 2023', '2023-09-04'],
      ['Jan 5th, 2021', '2021-01-05'],
      ['2024/05/16', '2024-05-16'],
      ['May 16, 2024 at 10:00 a.m.', '2024-05-16'],
      ['2024-05-16T10:00:00Z', '2024-05-16'],
      ['2024-05-16T23:30:00+02:00', '2024-05-16'],
      ['2024-05-16 08:15', '2024-05-16'],
      ['Published: 12:00 GMT, 16 May 2024', '2024-05-16'],
      ['Published 9 March 2011', '2011-03-09'],
      ['Updated: 1 February 2020', '2020-02-01'],
      ['Last updated 7 Dec 2019 14:05 GMT', '2019-12-07'],
      ['Date: 2 Aug 2022', '2022-08-02'],
      ['Posted on October 1, 2018', '2018-10-01'],
      ['May 16, 2024 10:30 a.m. ET', '2024-05-16'],
      ['16 May 2024 | 14:05 GMT', '2024-05-16'],
      ['Friday 22nd of November 2019', '2019-11-22'],
      ['Wed., Nov. 8, 2017, 6 p.m. EST', '2017-11-08'],
      ['December 31, 1999 11:59 PM', '1999-12-31'],
    ];
    for (const [line, iso] of cases) {
      it(`reads ${JSON.stringify(line)} as ${iso}`, () => {
        assert.deepEqual(parseDateLine(line), { raw: line, iso });
      });
    }
  });

  it('keeps the raw text trimmed but otherwise as written', () => {
    assert.deepEqual(parseDateLine('   Posted  May 20, 2024.  '), { raw: 'Posted  May 20, 2024.', iso: '2024-05-20' });
  });

  it('reads month names in any letter case', () => {
    assert.equal(parseDateLine('THU MAY 16 2024')?.iso, '2024-05-16');
    assert.equal(parseDateLine('3 jUnE 2024')?.iso, '2024-06-03');
  });

  it('accepts trailing punctuation after the date', () => {
    assert.equal(parseDateLine('May 16, 2024.')?.iso, '2024-05-16');
    assert.equal(parseDateLine('16 May 2024,')?.iso, '2024-05-16');
  });

  it('still reads the longest date line, every optional part written out, and any trailing punctuation', () => {
    const longest = 'first published on 10:00:00 a. m. aest+10:00 on wednesday., 12th of september., 2024 - at 10:00:00 a. m. aest+10:00';
    assert.equal(parseDateLine(longest)?.iso, '2024-09-12');
    assert.equal(parseDateLine(`${longest} ${'. , ; : '.repeat(40)}`)?.iso, '2024-09-12');
    assert.equal(parseDateLine('Posted: 2024-05-12 10:00:00.123456789012345678901234567890+01:00')?.iso, '2024-05-12');
  });

  it('gives up at once on a paragraph with a year in it (forty runs of words and more)', () => {
    assert.equal(parseDateLine(`${'In 2024 the council met again. '.repeat(8)}May 16, 2024`), null);
  });

  describe('reads all-numeric dates day first when both readings are possible', () => {
    it('reads 11-12-2020 as 11 December, not 12 November', () => {
      assert.equal(parseDateLine('11-12-2020')?.iso, '2020-12-11');
    });

    it('reads 05/06/2024 as 5 June', () => {
      assert.equal(parseDateLine('05/06/2024')?.iso, '2024-06-05');
    });

    it('reads month first when the first number cannot be a day of the second', () => {
      assert.equal(parseDateLine('12-25-2020')?.iso, '2020-12-25');
    });

    it('reads day first when the first number is above 12', () => {
      assert.equal(parseDateLine('25.12.2020')?.iso, '2020-12-25');
    });

    it('rejects a numeric date that is invalid both ways', () => {
      assert.equal(parseDateLine('31-31-2020'), null);
    });
  });

  describe('checks the calendar', () => {
    it('rejects the 30th of February', () => {
      assert.equal(parseDateLine('Feb 30 2024'), null);
    });

    it('accepts the 29th of February in a leap year', () => {
      assert.equal(parseDateLine('Feb 29 2024')?.iso, '2024-02-29');
    });

    it('rejects the 29th of February in a common year', () => {
      assert.equal(parseDateLine('29 February 2023'), null);
    });

    it('rejects the 31st of a 30-day month', () => {
      assert.equal(parseDateLine('April 31, 2024'), null);
    });

    it('rejects a month 13 in an ISO date', () => {
      assert.equal(parseDateLine('2024-13-01'), null);
    });

    it('rejects years far outside news history', () => {
      assert.equal(parseDateLine('May 16, 1066'), null);
    });
  });

  describe('rejects lines that are not only a full date', () => {
    const rejected = [
      'Aug. 20',
      'SEOUL, Aug. 20',
      'May 2024',
      'On May 16 2024 the president said',
      'The vote was held on 16 May 2024.',
      '2024',
      '10:00 a.m.',
      '7:09AM PDT',
      'Posted',
      'Updated 3 hours ago',
      '16/05/24',
      'Mayday 16 2024',
      'Thursday',
      '1,234,567',
      '',
      '   ',
    ];
    for (const line of rejected) {
      it(`rejects ${JSON.stringify(line)}`, () => {
        assert.equal(parseDateLine(line), null);
      });
    }
  });
});

// An ASCII line is lowercased and matched case-sensitively (cheaper to compile than the `i`
// flag): right only while the patterns hold no uppercase letter and match as the flag would.
describe('the lowercase date-line patterns', () => {
  const params = { numRuns: Number(process.env.FC_RUNS ?? 300), seed: 16 };

  it('are written without uppercase letters (escapes like \\s aside)', () => {
    for (const source of DATE_LINE_PATTERNS) assert.equal(source.replace(/\\./g, '').match(/[A-Z]/), null, source);
  });

  it('match a line without its time as the whole-line patterns do, where they match at all', () => {
    const pick = (...xs: string[]) => fc.constantFrom(...xs);
    const time = pick('10:30', '10:30 pm', '2:15 p.m. est', '9am', '12 am gmt+1', '7:09am pdt');
    const weekday = pick('tue', 'thursday', 'sat.', 'mon');
    const sep = pick(' ', ', ', ' | ', ' at ', ',', '');
    const core = fc.oneof(
      fc.tuple(pick('may', 'sept.', 'december', 'jan'), pick(' ', '  '), pick('16', '3rd', '1'), pick(', ', ' ', ','), pick('2024', '1999')).map((t) => t.join('')),
      fc.tuple(pick('16', '3rd', '25', '12'), pick(' ', ' of '), pick('may', 'june', 'apr'), pick(', ', ' '), pick('2024', '2019')).map((t) => t.join('')),
      pick('2015-05-12', '2024/05/16', '16/05/2024', '11-12-2020', '12.11.2020'),
    );
    const line = fc
      .tuple(fc.option(fc.tuple(time, sep), { freq: 2 }), fc.option(fc.tuple(weekday, sep)), core, fc.option(fc.tuple(sep, time), { freq: 2 }), fc.option(pick('x', ' 10', ':', ''), { freq: 2 }))
      .map(([a, b, c, d, e]) => [a?.join('') ?? '', b?.join('') ?? '', c, d?.join('') ?? '', e ?? ''].join(''));
    const pairs = BARE_DATE_PATTERNS.map((p, k) => [new RegExp(p), new RegExp(DATE_LINE_PATTERNS[k]!)] as const);
    let bareMatches = 0;
    fc.assert(
      fc.property(line, (text) => {
        for (const [bare, whole] of pairs) {
          const first = bare.exec(text);
          if (first) bareMatches++;
          if (first) assert.deepEqual(first.slice(), whole.exec(text)?.slice());
        }
      }),
      params,
    );
    assert.ok(bareMatches > params.numRuns / 20, `only ${bareMatches} lines matched a bare pattern`);
  });

  it('match an ASCII line lowercased exactly as they match it case-insensitively', () => {
    const token = fc.constantFrom('May', 'SEPT.', 'tue', 'Thursday', 'at', 'AT', '10:30', 'PM', 'p.m.', 'EST', 'GMT+1', 'Z', '16', '3rd', 'of', '2024', '2015-05-12', '16/05/2024', ',', ' ', '  ', '|', 'x');
    const line = fc.array(fc.oneof(token, fc.string({ unit: fc.constantFrom('a', 'M', 'p', '.', ':', '1', '9', ' ', ','), maxLength: 4 })), { maxLength: 10 }).map((t) => t.join(''));
    const pairs = DATE_LINE_PATTERNS.map((p) => [new RegExp(p, 'i'), new RegExp(p, '')] as const);
    fc.assert(
      fc.property(line, (text) => {
        for (const [anyCase, lowercase] of pairs) {
          const a = anyCase.exec(text)?.map((g) => g?.toLowerCase()) ?? null;
          assert.deepEqual(lowercase.exec(text.toLowerCase())?.slice() ?? null, a);
        }
      }),
      params,
    );
  });
});
