import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FURNITURE, furnitureReason, isFurnitureLine } from '../../../src/parse/text/furniture.js';

function classifies(lines: readonly string[], reason: string): void {
  for (const line of lines) {
    it(`classifies ${JSON.stringify(line)} as ${reason}`, () => {
      assert.equal(furnitureReason(line), reason);
    });
  }
}

describe('furnitureReason', () => {
  describe('recognises rows of share buttons', () => {
    classifies(
      [
        'icon-facebook icon-twitter icon-whatsapp',
        'icon-mail',
        'Share on Facebook Share on Twitter',
        'Facebook Twitter Email',
        'Facebook | Twitter | WhatsApp',
        'Share this article',
        'Share',
        'SHARE',
        'Share via Email',
      ],
      'share-icons',
    );
  });

  describe('recognises photo captions and credits', () => {
    classifies(
      [
        'Photo: AP',
        'Photograph: Jane Doe/Reuters',
        'Pictures: Jane Doe',
        '(Photo by Jane Doe/Getty Images)',
        '(Image courtesy of the family)',
        'Image caption The minister arrives at the summit',
        'Image copyright Getty Images',
        'Media caption Watch the launch',
        'Getty Images',
        'Credit: Reuters',
        'AFP via Getty Images',
        'Jane Doe/AFP/Getty Images',
        'AP Photo/Jane Doe',
        'EPA',
      ],
      'caption',
    );
  });

  describe('recognises other page furniture', () => {
    classifies(
      [
        'E-mail to a friend',
        'Email to a friend',
        'Watch the mayor describe the flood »',
        "Watch Dr. Patel explain the risks »",
        'See photos of the storm damage »',
        "Go inside the 'night shift' »",
        '1 Min Read',
        '5 min read',
        'Advertisement',
        'ADVERTISEMENT',
        'Comments are closed.',
        'Read more: Why the bridge fell',
        'Read more',
        'Read more about the bridge and its builders',
        'RELATED: Bridge reopens',
        'Related Articles',
        'Sign up for our morning newsletter',
        'Subscribe to our podcast',
        'Follow us on Twitter',
        'Follow Jane on Instagram',
        'Click here for the full list',
        'Copyright 2008 CNN. All rights reserved.This material may not be published.',
        '© 2021 Example News Ltd',
        'All rights reserved.',
        'Story highlights',
        'Skip to content',
        'iReport: Send us your photos',
        "Don't Miss",
        'LINK',
        'Most Popular',
      ],
      'furniture',
    );
  });

  it('judges a line after folding its whitespace', () => {
    assert.equal(furnitureReason('  E-mail   to a\tfriend  '), 'furniture');
  });

  describe('leaves real text alone', () => {
    const kept = [
      'Share prices rose sharply on Monday.',
      'Shares in the firm fell 5% after the warning.',
      'Facebook has bought a small photo start-up.',
      'Twitter and Facebook',
      'Email and instant messaging are used by most firms.',
      'Watch this space, the coach told reporters.',
      'Watch the skies',
      '"It was a joy to work with her," he said.  Watch the farewell speech »',
      'The judge said the case was closed.  See the timeline »',
      'Subscribers to the service rose to five million.',
      'Read more books, the minister urged parents.',
      'Related to that, the bank said rates would rise.',
      'Copyright law is changing across Europe.',
      'Photo finish decides the title race',
      'Weak dollar hits Reuters',
      'The photographs, by Jane Doe, show the flood.',
      'Advertisements for the product were banned.',
      'Following us on the road was a convoy of trucks.',
      'Follow the money, the inspector said.',
      'Sign up rates for the scheme were low, officials said.',
      'Clicking here and there, she found the file.',
      'Story time at the library has been cancelled.',
      'Most popular among voters was the tax cut.',
      'Her friend e-mailed the story to a reporter.',
      'Subscribe and save, the advert said, but readers were unimpressed by the offer and cancelled in large numbers over the months that followed.',
      '',
    ];
    for (const line of kept) {
      it(`keeps ${JSON.stringify(line)}`, () => {
        assert.equal(furnitureReason(line), null);
      });
    }
  });
});

describe('furnitureReason on section breaks', () => {
  it('takes a line with no letter or digit for a section break or rule', () => {
    for (const line of ['* * *', '---', '###', '• • •', '—', '~~~~']) assert.equal(furnitureReason(line), 'furniture', line);
  });
  it('keeps a line with any letter or digit', () => {
    for (const line of ['— 30 —', 'A.', '1']) assert.notEqual(furnitureReason(line), 'furniture', line);
  });
});

describe('furniture patterns behind a cheap guard', () => {
  it('match what they matched without it, Unicode case folding included (ſ for s, the Kelvin sign for k)', () => {
    for (const line of ['ſee also', 'lin\u212a', 'moſt popular', 'Follow uſ on Twitter']) assert.equal(furnitureReason(line), 'furniture', line);
  });
});

describe('isFurnitureLine', () => {
  it('decides as trying every FURNITURE pattern does (it tries only those for the line\'s first character)', () => {
    const opener = fc.constantFrom('e-mail', 'Email', '5', 'Advertisement', 'Sponsored', 'promoted', 'Paid', 'Ad', '— Advertisement', '* ad', 'Comments', 'READ MORE', 'Related', 'Sign up', 'Subscribe', 'Follow', 'Click here', 'Copyright', '©', '(c)', 'All rights reserved', 'This material may not be published, broadcast, rewritten or redistributed', 'This is a developing story', 'More to follow', 'Story Highlights', 'Skip to content', 'iReport', "Don't miss", 'Disclaimer', "Editor's note", 'Tags', 'Filed under', 'Have your say', 'Join the conversation', 'Leave a comment', 'Add a comment', 'Share', 'Links', 'Most read', 'Top stories', 'Trending now', 'More from Ζ', 'You may also like', 'Recommended', "Editor's picks", 'Also read', 'See also', 'ſee also', 'lin\u212a', 'The', 'x');
    const rest = fc.constantFrom('', ' ', ':', '.', ' us on Twitter', ' 2024 CNN', ' min read', ' to a friend', ' are closed', ' about it', ' newsletter', ' content', ' stories', ' popular', ' »', ' this story via e-mail', ': world, politics');
    const line = fc.tuple(opener, rest, rest).map((t) => t.join('').trim());
    fc.assert(
      fc.property(line, (text) => {
        assert.equal(isFurnitureLine(text), FURNITURE.some((entry) => entry.pattern.test(text)), text);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) * 10, seed: 5 },
    );
  });

  it('says the same for every opening character a pattern lists, and each pattern matches a line of its own', () => {
    for (const text of ['E-mail to a friend', '3 min read', 'Advertisement', '— Advertisement —', 'Have your say', 'More to follow', "Editor's note: x", 'Topics: a', 'Share this story via e-mail', 'Comments are closed', 'Read more:', 'Read more about it', 'Related stories', 'Sign up for our newsletter', 'Subscribe', 'Follow us on Twitter', 'Follow us', 'Click here', '© 2024 CNN', 'Copyright 2024. All rights reserved', 'All rights reserved.', 'This material may not be published, broadcast, rewritten, or redistributed.', 'Story Highlights', 'Skip to main content', 'iReport', "Don't miss", 'See also']) {
      assert.ok(isFurnitureLine(text), text);
    }
  });
});
