import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ASCII_LETTERS, datelinePatterns, splitDateline, startsSentence, UNICODE_LETTERS } from '../../../src/parse/text/dateline.js';
import { NOT_LETTERS_OR_DIGITS } from '../../../src/parse/letters.js';

const params = { numRuns: Number(process.env.FC_RUNS ?? 300), seed: 27 };

describe('splitDateline', () => {
  describe('splits a wire dateline off the lead', () => {
    const cases: [string, string, string | null, string | null, string][] = [
      // paragraph, raw, place, agency, rest
      ['WASHINGTON (CNN) -- As the vote nears, senators hedge.', 'WASHINGTON (CNN) --', 'WASHINGTON', 'CNN', 'As the vote nears, senators hedge.'],
      ['MOSCOW (AP) — The ferry sailed late.', 'MOSCOW (AP) —', 'MOSCOW', 'AP', 'The ferry sailed late.'],
      ['WASHINGTON, Dec 11 (Reuters) - Lawmakers met.', 'WASHINGTON, Dec 11 (Reuters) -', 'WASHINGTON', 'Reuters', 'Lawmakers met.'],
      ['SEOUL, Aug. 20 (Yonhap) -- Rain closed schools.', 'SEOUL, Aug. 20 (Yonhap) --', 'SEOUL', 'Yonhap', 'Rain closed schools.'],
      ['LONDON — Buses ran late again.', 'LONDON —', 'LONDON', null, 'Buses ran late again.'],
      ['(CNN) -- The league fined the club.', '(CNN) --', null, 'CNN', 'The league fined the club.'],
      ['NEW YORK (CNN) -- Snow fell overnight.', 'NEW YORK (CNN) --', 'NEW YORK', 'CNN', 'Snow fell overnight.'],
      ['LOS ANGELES, California (CNN) -- A judge ruled.', 'LOS ANGELES, California (CNN) --', 'LOS ANGELES, California', 'CNN', 'A judge ruled.'],
      ['ATLANTA, Georgia (CNN) -- Storms hit.', 'ATLANTA, Georgia (CNN) --', 'ATLANTA, Georgia', 'CNN', 'Storms hit.'],
      ['UNITED NATIONS (AP) — Envoys met.', 'UNITED NATIONS (AP) —', 'UNITED NATIONS', 'AP', 'Envoys met.'],
      ['PARIS (AFP) - Strikes spread.', 'PARIS (AFP) -', 'PARIS', 'AFP', 'Strikes spread.'],
      ['ST. LOUIS, Missouri (AP) – Fans cheered.', 'ST. LOUIS, Missouri (AP) –', 'ST. LOUIS, Missouri', 'AP', 'Fans cheered.'],
      ['PORT-AU-PRINCE, Haiti (Reuters) -- Aid arrived.', 'PORT-AU-PRINCE, Haiti (Reuters) --', 'PORT-AU-PRINCE, Haiti', 'Reuters', 'Aid arrived.'],
      ['SÃO PAULO (AFP) - Markets rose.', 'SÃO PAULO (AFP) -', 'SÃO PAULO', 'AFP', 'Markets rose.'],
      ['THE HAGUE, Netherlands (AP) — Judges sat late.', 'THE HAGUE, Netherlands (AP) —', 'THE HAGUE, Netherlands', 'AP', 'Judges sat late.'],
      ['GENEVA, Switzerland (CNN Student News) -- Talks resume.', 'GENEVA, Switzerland (CNN Student News) --', 'GENEVA, Switzerland', 'CNN Student News', 'Talks resume.'],
    ];
    for (const [paragraph, raw, place, agency, rest] of cases) {
      it(`splits ${JSON.stringify(raw)}`, () => {
        assert.deepEqual(splitDateline(paragraph), { dateline: { raw, place, agency }, rest });
      });
    }
  });

  describe('splits a dateline ended by a colon when a sentence follows', () => {
    it('takes an all-caps place with a mixed-case region', () => {
      assert.deepEqual(splitDateline('BEIJING, China: Trade envoys from both sides met on Monday.'), {
        dateline: { raw: 'BEIJING, China:', place: 'BEIJING, China', agency: null },
        rest: 'Trade envoys from both sides met on Monday.',
      });
    });

    it('takes a short mixed-case place', () => {
      assert.deepEqual(splitDateline('San Francisco: The city council voted to close the pier.'), {
        dateline: { raw: 'San Francisco:', place: 'San Francisco', agency: null },
        rest: 'The city council voted to close the pier.',
      });
    });

    it('takes a mixed-case place with a particle and a region', () => {
      assert.equal(
        splitDateline('Rio de Janeiro, Brazil: Crowds filled the beach for the parade.')?.dateline.place,
        'Rio de Janeiro, Brazil',
      );
    });
  });

  describe('handles the agency closing the dateline with no dash', () => {
    it('splits `(CNN)` run straight into the lead', () => {
      assert.deepEqual(splitDateline('(CNN)Seven ships sailed at dawn.'), {
        dateline: { raw: '(CNN)', place: null, agency: 'CNN' },
        rest: 'Seven ships sailed at dawn.',
      });
    });

    it('splits a mixed-case place with a known agency and no dash', () => {
      assert.deepEqual(splitDateline('Lyon, France (CNN)The mayor resigned.'), {
        dateline: { raw: 'Lyon, France (CNN)', place: 'Lyon, France', agency: 'CNN' },
        rest: 'The mayor resigned.',
      });
    });

    it('keeps the spacing inside the raw dateline as written', () => {
      assert.deepEqual(splitDateline('(CNN)  -- The club appealed.'), {
        dateline: { raw: '(CNN)  --', place: null, agency: 'CNN' },
        rest: 'The club appealed.',
      });
    });
  });

  it('accepts a paragraph that is only a dateline, with an empty rest', () => {
    assert.deepEqual(splitDateline('NEW YORK (CNN) --'), {
      dateline: { raw: 'NEW YORK (CNN) --', place: 'NEW YORK', agency: 'CNN' },
      rest: '',
    });
  });

  it('ignores whitespace before the dateline', () => {
    assert.equal(splitDateline('  CAIRO (AP) — Crowds gathered.')?.dateline.raw, 'CAIRO (AP) —');
  });

  it('removes all whitespace between the dateline and the text, line breaks included', () => {
    assert.equal(splitDateline('TOKYO (Kyodo) --\n  Trains stopped.')?.rest, 'Trains stopped.');
  });

  describe('never takes an ordinary sentence opening', () => {
    const rejected = [
      'However, the minister said: The plan will go ahead next year.',
      'Mr Smith: The plan will go ahead next year, he said.',
      'In 2004 — a year of floods — the river rose.',
      'The company (Apple) - which makes phones - grew.',
      'He said: "We will win this fight."',
      'Shares in Acme rose - after a strong quarter.',
      "Editor's note: In our series, reporters share their notes.",
      'London - The capital woke up to snow on Monday.',
      'Jane Doe: We will fight this all the way to court.',
      'SMITH: I think that is right, and so does the committee.',
      'Arthur Penn: King of the western',
      'Profile: Jane Doe',
      'Harry Potter: The Goblet of Fire was the top seller.',
      'Arsenal: Lehmann, Lauren, Cole, Campbell, Toure, Vieira.',
      'UPDATE: The road has reopened after the crash.',
      'BREAKING: The vote has been delayed until Friday.',
      'THE LATEST: Roads reopen after the storm passes.',
      'IN BRIEF: Roads reopen after the storm passes.',
      'MR SMITH: The plan will go ahead next year.',
      '(Updated) - The road has reopened.',
      '(see below) - details follow.',
      'The Rev. Smith (Methodist) led the service.',
      'A (CNN) -- B',
      'I — for one — disagree.',
      'San Francisco: the city voted.',
      'Washington is quiet today.',
      'WASHINGTON is quiet today.',
      'Seven (7) people were hurt.',
      'Our friends (the Smiths) - who live next door - came.',
      '',
    ];
    for (const paragraph of rejected) {
      it(`rejects ${JSON.stringify(paragraph)}`, () => {
        assert.equal(splitDateline(paragraph), null);
      });
    }
  });
});

// The parser uses ASCII letter classes for text with no letter beyond ASCII (they cost a tenth as
// much to compile); that is only right if they decide exactly as the Unicode ones do there.
describe('the ASCII dateline patterns', () => {
  const unicode = datelinePatterns(UNICODE_LETTERS);
  const ascii = datelinePatterns(ASCII_LETTERS);
  const nonLetters = [...NOT_LETTERS_OR_DIGITS].map((c) => String.fromCharCode(c));
  const token = fc.oneof(
    fc.constantFrom('WASHINGTON', 'ST. LOUIS', 'PORT-AU-PRINCE', "O'HARE", 'U.S.A.', 'San', 'Francisco', 'Rio', 'de', 'Janeiro', 'of', 'Spain'),
    fc.constantFrom('Jan', 'Sept.', 'December', '11', '2024', '(CNN)', '(Reuters)', '(', ')', ',', ', ', ' ', '  ', '\n', ':', '-', '--', '—', '–', 'The', 'x', 'Wx'),
    fc.constantFrom(...nonLetters),
    fc.string({ unit: fc.constantFrom('A', 'Z', 'a', 'z', '.', "'", '’', '-', ' ', ',', '(', ')', '—', ':', '1'), maxLength: 6 }),
  );
  const text = fc.array(token, { maxLength: 14 }).map((parts) => parts.join(''));

  it('match text of ASCII and those characters exactly as the Unicode patterns do', () => {
    const pairs = (['caps', 'title'] as const).map((k) => [new RegExp(unicode[k], 'u'), new RegExp(ascii[k], 'u')] as const);
    fc.assert(
      fc.property(text, (t) => {
        for (const [u, a] of pairs) assert.deepEqual(a.exec(t)?.slice() ?? null, u.exec(t)?.slice() ?? null);
      }),
      params,
    );
  });

  it('leave text with other letters to the Unicode patterns', () => {
    assert.deepEqual(splitDateline('ZÜRICH, Switzerland (Reuters) - Prices rose.')?.dateline, { raw: 'ZÜRICH, Switzerland (Reuters) -', place: 'ZÜRICH, Switzerland', agency: 'Reuters' });
    assert.deepEqual(splitDateline('PARIS, Île-de-France (AFP) — The vote.')?.dateline, { raw: 'PARIS, Île-de-France (AFP) —', place: 'PARIS, Île-de-France', agency: 'AFP' });
  });
});

describe('startsSentence', () => {
  it('takes a quote mark, a capital or a digit, in or beyond ASCII', () => {
    for (const text of ['The', '“We', '‘Tis', '"So', "'Twas", '2024 was', 'Émile', 'Ωmega', '\u{1d400}x']) assert.equal(startsSentence(text), /^["“‘'\p{Lu}\d]/u.test(text), text);
  });

  it('refuses lowercase, punctuation and empty text', () => {
    for (const text of ['the', 'élan', '— and', '', '(x)']) assert.equal(startsSentence(text), false, text);
  });
});
