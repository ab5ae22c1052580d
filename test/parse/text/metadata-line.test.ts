// Header lines that pack several facts, and the credit lines papers print: invented examples.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMetadataLine } from '../../../src/parse/text/metadata-line.js';
import { parseCreditLine } from '../../../src/parse/text/byline.js';

describe('parseMetadataLine', () => {
  it('reads each part of a pipe-joined line; the created date is the published one', () => {
    const m = parseMetadataLine('AFP | Paris | Updated: 09-04-2021 10:20 IST | Created: 08-04-2021 10:20 IST');
    assert.equal(m?.date?.iso, '2021-04-08');
    assert.equal(m?.byline?.name, 'AFP');
    assert.deepEqual(m?.rest, ['Paris', 'Updated: 09-04-2021 10:20 IST']);
  });

  it('takes the date of a slash-joined line and never the relative time', () => {
    const m = parseMetadataLine('April 9, 2021 / 6:45 AM / 3 years ago');
    assert.equal(m?.date?.iso, '2021-04-09');
    assert.deepEqual(m?.rest, ['6:45 AM', '3 years ago']);
  });

  it('reads a byline and a date joined by dashes, or run together', () => {
    assert.equal(parseMetadataLine('By Harbourlive - 02 January 2018 - 08:53')?.byline?.name, 'Harbourlive');
    const run = parseMetadataLine('By Jo Marsh Tuesday 21 Jun 2022, 9:14 AM');
    assert.equal(run?.byline?.name, 'Jo Marsh');
    assert.equal(run?.date?.iso, '2022-06-21');
  });

  it('takes the published of two labelled dates on one line', () => {
    assert.equal(parseMetadataLine('Published time: 9 Sep, 2019 03:32 Edited time: 10 Sep, 2019 04:06')?.date?.iso, '2019-09-09');
    assert.equal(parseMetadataLine('IANS| Last Updated: Saturday, September 23, 2017 - 09:30')?.date?.iso, '2017-09-23');
  });

  it('is not a line of labels alone, nor prose with a bar in it', () => {
    assert.equal(parseMetadataLine('Paris | London'), null);
    assert.equal(parseMetadataLine('The strike ended | workers went home on Monday'), null);
  });
});

describe('parseCreditLine', () => {
  const name = (line: string) => parseCreditLine(line)?.name ?? null;
  it('reads bylines as papers print them', () => {
    assert.equal(name('Maria Keller Reuters'), 'Maria Keller');
    assert.equal(name('Reuters Staff'), 'Reuters Staff');
    assert.equal(name('By: Jo Marsh, Harbour Correspondent'), 'Jo Marsh');
    assert.equal(name('by Nicole Pierre'), 'Nicole Pierre');
    assert.equal(name('Written by Jo Marsh'), 'Jo Marsh');
    assert.equal(name('Author: Jo Marsh'), 'Jo Marsh');
    assert.equal(name('Jo Marsh | Reuters'), 'Jo Marsh');
    assert.equal(name('The Associated Press'), 'The Associated Press');
    assert.equal(name('By Harbourlive'), 'Harbourlive');
    assert.equal(name('By Staff Writers and Wire Services'), 'Staff Writers and Wire Services');
  });

  it('is not a label pair or a sentence opening with By', () => {
    assert.equal(name('New Zealand|Crime'), null);
    assert.equal(name('By the end of the year, prices rose.'), null);
    assert.equal(name('Harbour reopens'), null);
  });
});
