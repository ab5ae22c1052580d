// Text copied out of web pages: the header zone and the tail zone read line by line. Invented
// articles in the layouts the issue lists; none is corpus text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../../src/parse/index.js';

const parse = (text: string) => parseArticle('x', text);
const reasons = (text: string) => parse(text).removed.map((r) => [r.text, r.reason]);

describe('web copy: the header zone', () => {
  const packed = [
    'Court Orders Release of Flood Inquiry Report',
    '',
    'Judge says the ministry must publish within 30 days',
    'By Staff Writers and Wire Services',
    'Posted March 3, 2025 4:12 PM CST',
    'Court Orders Release of Flood Inquiry Report',
    'Residents wade through a street in Valencia on Feb. 28.   (Jo Marsh/AP Photo)',
    '',
    'A judge on Monday ordered the ministry to publish the report within a month.',
    '',
    'The ministry said it would comply.',
  ].join('\n');

  it('takes apart a header packed into lines: headline, standfirst, byline, date, repeat, caption', () => {
    const a = parse(packed);
    assert.equal(a.headline, 'Court Orders Release of Flood Inquiry Report');
    assert.equal(a.standfirst, 'Judge says the ministry must publish within 30 days');
    assert.equal(a.byline?.name, 'Staff Writers and Wire Services');
    assert.equal(a.date?.iso, '2025-03-03');
    assert.match(a.paragraphs[0]!.text, /^A judge on Monday/);
    assert.equal(a.paragraphs.length, 2);
    assert.ok(a.removed.some((r) => r.reason === 'repeated-headline' && r.line === 6));
    assert.ok(a.removed.some((r) => r.reason === 'caption' && r.text.startsWith('Residents wade')));
  });

  it('never takes a relative time for the date; the line keeps it in removed', () => {
    const a = parse('Port strike ends after two-week standoff\nApril 9, 2021 / 6:45 AM / 3 years ago\n\nDock workers went back on Monday.');
    assert.equal(a.headline, 'Port strike ends after two-week standoff');
    assert.equal(a.date?.iso, '2021-04-09');
    assert.deepEqual(reasons('Port Strike Ends\n3 hours ago\n\nDock workers went back on Monday.'), [['3 hours ago', 'metadata']]);
    assert.equal(parse('Port Strike Ends\n3 hours ago\n\nDock workers went back on Monday.').date, null);
  });

  it('splits a metadata line into its parts: agency byline, published date', () => {
    const a = parse('Port strike ends after two-week standoff\n\nAFP | Paris | Updated: 09-04-2021 10:20 IST | Created: 09-04-2021 10:20 IST\n\nDock workers went back on Monday.');
    assert.equal(a.byline?.name, 'AFP');
    assert.equal(a.date?.iso, '2021-04-09');
    assert.equal(a.paragraphs.length, 1);
  });

  it('reads a name with its agency, then the dateline of the lead under it', () => {
    const a = parse('Port strike ends after two-week standoff\n\nMaria Keller Reuters\nBERLIN, April 9 (Reuters) - Dock workers ended a two-week strike on Monday.');
    assert.equal(a.byline?.name, 'Maria Keller');
    assert.equal(a.dateline?.place, 'BERLIN');
    assert.match(a.paragraphs[0]!.text, /^Dock workers/);
  });

  it('does not take furniture above the headline (a kicker, a menu line) for the headline', () => {
    const a = parse('Menu\n\nWorld\n\nBreaking\n\nFerry strike ends after two weeks of talks\n\nThe ferry strike ended on Monday.');
    assert.equal(a.headline, 'Ferry strike ends after two weeks of talks');
    assert.deepEqual(a.removed.map((r) => r.reason), ['label', 'label', 'label']);
  });

  it('takes a headline with a full stop, and one run straight into the body', () => {
    assert.equal(parse('Harbour reopens to ships.\nThe harbour reopened to ships on Monday after a week.').headline, null);
    const a = parse('Ferry strike ends after two weeks of talks\nThe ferry strike ended on Monday.\n\nUnions agreed a deal.');
    assert.equal(a.headline, 'Ferry strike ends after two weeks of talks');
  });

  it('a dek that the body repeats is the standfirst; the repeat stays a paragraph', () => {
    const a = parse('Harbour reopens after storm\nShips may enter the harbour again, the port said.\nPORTVILLE: Ships may enter the harbour again, the port said on Monday.\nShips may enter the harbour again, the port said.\nThe storm closed it for a week.');
    assert.equal(a.standfirst, 'Ships may enter the harbour again, the port said.');
    assert.equal(a.dateline?.place, 'PORTVILLE');
    assert.equal(a.paragraphs.length, 3);
  });

  it('reads one paragraph a line, even when the lines are short', () => {
    const a = parse('Harbour Reopens\nThe harbour reopened on Monday.\nShips queued all day.\nOfficials were pleased.');
    assert.equal(a.headline, 'Harbour Reopens');
    assert.equal(a.paragraphs.length, 3);
  });

  it('reads datelines in the forms wire services print', () => {
    const lead = (t: string) => parse(`Shootings in the county\n\nBy Jo Marsh\n\n${t}`).dateline?.place ?? null;
    assert.equal(lead('TUSTIN, Calif., Feb. 19 (UPI) -- Four people were hurt.'), 'TUSTIN, Calif.');
    assert.equal(lead('Singapore, Dec 9 (IANS) Fifty people were evacuated.'), 'Singapore');
    assert.equal(lead('Singapore, Dec 9 Fifty people were evacuated.'), 'Singapore');
    assert.equal(lead('Portville: Ferry Company staff returned to work on Monday morning.'), 'Portville');
  });

  it('a stray line break inside a sentence does not start a paragraph', () => {
    const a = parse('Harbour Reopens\n\nShe said the diversion came "a bit late \nfor the people who live there."\n\nThe road opened again.');
    assert.equal(a.paragraphs.length, 2);
  });
});

describe('web copy: the tail zone', () => {
  const story = 'Harbour Reopens\n\nThe harbour reopened on Monday.\n\nShips queued all day.\n\n';

  it('takes out a list of other stories with its titles, teasers and times', () => {
    const a = parse(story + 'Most Read\n\nBridge to close for repairs\n\n2036 Views\n16 Mar 2021\n\nNew ferry route planned\n\nA second route is planned for the spring.');
    assert.equal(a.paragraphs.length, 2);
    assert.equal(a.date, null);
    // The heading is whole-line furniture already; everything under it is the list.
    assert.deepEqual(a.removed.map((r) => r.reason), ['furniture', 'related', 'related', 'related', 'related', 'related']);
  });

  it('a related item is found by its relative time when no heading opens the list', () => {
    const a = parse(story + 'Bridge to close for repairs\n\nThe bridge will close for a month from Monday.\nNews\n2 days ago');
    assert.equal(a.paragraphs.length, 2);
  });

  it('takes out prompts, source credits, boilerplate and an author box', () => {
    const a = parse(
      story +
        'More to follow…\n\nSource: Harbour Wire\n\nSign up for our newsletter\n\nDownload our apps\nHarbour News\nHarbour Radio\n\nJo Marsh\n\nJo is a reporter covering the port.',
    );
    assert.equal(a.paragraphs.length, 2);
    assert.equal(a.byline?.name, 'Jo Marsh');
    const why = Object.fromEntries(a.removed.map((r) => [r.text, r.reason]));
    assert.equal(why['More to follow…'], 'furniture');
    assert.equal(why['Source: Harbour Wire'], 'source');
    assert.equal(why['Harbour Radio'], 'promo');
    assert.equal(why['Jo is a reporter covering the port.'], 'author');
  });

  it('keeps a last paragraph that has no full stop', () => {
    assert.equal(parse(story + 'The mayor also attended the event').paragraphs.length, 3);
  });

  it('a caption over its credit line, after the lead, is a caption', () => {
    const a = parse(story + 'A crane lifts a container on the quay on Sunday 26th January.\n\nPhoto: Harbour Wire / Jo Marsh\n\nThe port expects more ships.');
    assert.equal(a.paragraphs.length, 3);
    assert.ok(a.removed.some((r) => r.reason === 'caption' && r.text.startsWith('A crane')));
  });
});
