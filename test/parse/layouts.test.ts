// Whole-parser tests over the layouts real articles come in, each a small hand-written fixture.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseArticle } from '../../src/parse/index.js';
import { fixture } from '../helpers/paths.js';

const parse = (name: string) => parseArticle(name, readFileSync(fixture(`layouts/${name}`), 'utf8'));

describe('layouts', () => {
  it('AP copy with a byline on its own line', () => {
    const a = parse('ap-byline-alone.txt');
    assert.equal(a.headline, 'Ferry Service Resumes After Storm');
    assert.equal(a.byline?.name, 'Jane Doe');
    assert.deepEqual(a.dateline, { raw: 'MOSCOW (AP) —', place: 'MOSCOW', agency: 'AP' });
    assert.match(a.paragraphs[0]!.text, /^Ferry crossings/);
    assert.equal(a.paragraphs.length, 2);
  });

  it('Reuters copy with the date above the headline and an Advertisement line', () => {
    const a = parse('reuters-date-first.txt');
    assert.equal(a.headline, 'Bank Holds Rates Steady as Inflation Cools');
    assert.equal(a.date?.iso, '2024-06-26');
    assert.equal(a.dateline?.place, 'WASHINGTON');
    assert.equal(a.dateline?.agency, 'Reuters');
    assert.equal(a.dateline?.raw, 'WASHINGTON, Dec 11 (Reuters) -');
    assert.equal(a.paragraphs.length, 3);
    assert.deepEqual(a.removed.map((r) => r.text), ['Advertisement']);
  });

  it('a partial date in a dateline is not the publication date', () => {
    const a = parse('yonhap-partial-date.txt');
    assert.equal(a.date, null);
    assert.equal(a.dateline?.raw, 'SEOUL, Aug. 20 (Yonhap) --');
    assert.equal(a.dateline?.agency, 'Yonhap');
  });

  it('web copy with read-time, read-more, comments furniture and the date at the end', () => {
    const a = parse('web-date-at-end.txt');
    assert.equal(a.headline, 'Museum Reopens Its Doors');
    assert.deepEqual(a.date, { raw: 'Date created : 2015-05-12', iso: '2015-05-12' });
    assert.deepEqual(a.dateline, { raw: 'LONDON —', place: 'LONDON', agency: null });
    assert.deepEqual(a.paragraphs.map((p) => p.text), [
      'The city museum reopened on Saturday after a two-year renovation that cost 12 million pounds.',
      'Visitors praised the new galleries.',
    ]);
    assert.equal(a.removed.length, 3);
  });

  it('a byline run into the lead before the dateline', () => {
    const a = parse('byline-run-in.txt');
    assert.equal(a.byline?.name, 'Jane Doe');
    assert.equal(a.dateline?.place, 'NEW YORK');
    assert.match(a.paragraphs[0]!.text, /^The city council approved/);
  });

  it('a Title Case place with a colon, and a Posted date', () => {
    const a = parse('colon-dateline.txt');
    assert.equal(a.date?.iso, '2024-05-20');
    assert.equal(a.dateline?.raw, 'San Francisco:');
    assert.equal(a.headline, 'Tech Firm Unveils Folding Phone');
  });

  it('an agency with no place', () => {
    const a = parse('agency-only.txt');
    assert.equal(a.headline, null);
    assert.deepEqual(a.dateline, { raw: '(CNN) --', place: null, agency: 'CNN' });
  });

  it('a repeated headline is removed, not kept twice', () => {
    const a = parse('repeated-headline.txt');
    assert.equal(a.headline, 'Rail Strike Called Off');
    assert.equal(a.date?.iso, '2024-05-25');
    assert.deepEqual(a.removed.map((r) => r.reason), ['repeated-headline']);
    assert.equal(a.paragraphs.length, 2);
  });
});
