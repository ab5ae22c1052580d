// Classifies a whole line as page furniture (share rows, photo credits, promos, boilerplate).
// Furniture run onto the end of a real paragraph (`... he said. E-mail to a friend`) is left to
// the parser: this scanner only judges lines that stand alone.

import type { RemovedReason } from '../../article.js';
import { lazyRegExp } from '../lazy-regexp.js';
import { wordCount } from './line-kinds.js';

// Precision over recall: dropping a real paragraph loses the story, keeping a promo only clutters
// it. Not handled: CNN's untagged related-story headlines (`Who was the captain of ...?`) and
// photo captions written as sentences, which read exactly like body text.

/** Words a row of share buttons is made of. */
const SHARE_WORDS: ReadonlySet<string> = new Set([
  'share', 'this', 'article', 'story', 'page', 'post', 'on', 'via', 'to', 'with', 'facebook', 'twitter', 'x',
  'whatsapp', 'email', 'e-mail', 'mail', 'linkedin', 'messenger', 'pinterest', 'reddit', 'tumblr',
  'print', 'copy', 'link', 'sms', 'flipboard', 'telegram', 'tweet', 'pin', 'save', 'comments', 'bluesky',
  'threads', 'instagram',
]);
const SHARE_NETWORKS: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'email', 'e-mail', 'linkedin', 'messenger', 'pinterest',
  'reddit', 'tumblr', 'flipboard', 'telegram', 'bluesky', 'threads', 'instagram',
]);

/** Photo agencies and picture desks that sign credit lines. */
const PHOTO_AGENCIES =
  '(?:Getty Images|Getty|AFP|AP|AP Photo|Associated Press|Reuters|EPA|EPA-EFE|PA|PA Media|PA Wire|Shutterstock|Alamy|Bloomberg|NurPhoto|SOPA Images|LightRocket|Sipa|Sipa USA|Xinhua|Anadolu|Anadolu Agency|Corbis|BBC|CNN|Rex Features|Rex|WireImage|FilmMagic|Redux|Polaris|Zuma|ZUMA Press|Pool|Handout)';
// Built on first use, which NAMES_AN_AGENCY (below) makes rare: the Unicode classes cost a few
// tenths of a millisecond to build.
const CREDIT_LINE = lazyRegExp(
  `^(?:(?:Credit|Credits|Photo credit|Picture credit)\\s*:\\s*)?(?:[\\p{L}.'’ -]{1,40}\\s*(?:/|\\bvia\\b)\\s*)*${PHOTO_AGENCIES}(?:\\s*(?:/|\\bvia\\b)\\s*[\\p{L}.'’ -]{1,40})*$`,
  'u',
);
/** An agency named anywhere in the line: what CREDIT_LINE needs, tested first because it is cheap. */
const NAMES_AN_AGENCY = new RegExp(PHOTO_AGENCIES);
const MAX_CREDIT_WORDS = 10;

/** Lines that are captions whatever follows their label. */
const CAPTION_LABELS =
  /^(?:image|media|video|photo|picture)s? (?:caption|copyright|source)\b|^(?:caption|credit|credits|photo credit|picture credit)\s*:|^(?:photo|photos|photograph|photographs|picture|pictures|image|images|pic|pics)\s*:/i;
/** `(Photo by Jane Doe/Getty Images)`: a credit in parentheses. */
const PAREN_CREDIT = /^\((?:photo|photos|photograph|picture|image|video)s?\s+(?:by|courtesy|credit)\b[^()]*\)$/i;

/**
 * A pattern tried only when a cheaper one, which every match of it also matches, has matched. The
 * guard takes the pattern's flags: with `iu`, `ſ` matches `s` and the Kelvin sign `k`.
 */
function guarded(opens: string, first: RegExp, pattern: () => RegExp): Opening {
  return { opens, pattern: { test: (text) => first.test(text) && pattern().test(text) } };
}

/** A furniture pattern and the characters (lowercase) a line it matches may open with. */
interface Opening {
  opens: string;
  pattern: { test: (text: string) => boolean };
}

/** A pattern and what a line it matches opens with. */
function on(opens: string, pattern: RegExp): Opening {
  return { opens, pattern };
}

/**
 * Whole-line boilerplate, matched case-insensitively against the line with whitespace folded, each
 * pattern with the characters (lowercase) a line it matches may open with: a line is tried only
 * against the patterns for its first character (FURNITURE_BY_OPENING), so a start compiles the
 * few a line's opening allows instead of every one (a pattern is compiled when first used).
 */
export const FURNITURE: readonly Opening[] = [
  on('e', /^e-?mail (?:this )?(?:story |article )?to a friend\.?$/i),
  on('0123456789', /^\d+\s*min(?:ute)?s?\.?\s+read$/i),
  on('asp', /^(?:advertisements?|sponsored|sponsored content|promoted|promoted stories|paid content|ad feature)$/i),
  on('-–—*•a', /^[-–—*•\s]*(?:advertisements?|ad)[-–—*•\s]*$/i),
  on('hjcla', /^(?:have your say|join the conversation|comments?|leave a comment|add a comment)$/i),
  on('tm', /^(?:this is a developing story|more to follow|this story (?:is developing|will be updated))\b.{0,80}$/i),
  on('de', /^(?:disclaimer|editor['’]?s note)\s*:/i),
  on('cft', /^(?:categories|category|filed under|tags|topics)\s*:.{0,120}$/i),
  on('s', /^share\b.{0,40}\b(?:e-?mail|link|friends?|family)\b.{0,120}$/i),
  on('c', /^comments? (?:are )?(?:now )?closed\.?$/i),
  on('r', /^read more\s*(?:[:»]|$)/i),
  on('r', /^read more (?:about|on|from|at|here|of)\b.*[^.!?]$/i),
  on('r', /^related\s*:|^related (?:articles|stories|content|topics|links|coverage|videos?|news|posts|reading)\s*:?$|^related$/i),
  on('s', /^sign up\b.*\b(?:newsletters?|inbox)\b/i),
  on('s', /^subscribe\b/i),
  // The two Unicode patterns cost a millisecond each to compile, and a tenth of that to build: a
  // plain test of the opening word comes first, and each is built (its literal evaluated) only
  // when that passes, so most articles never pay for them.
  guarded('f', /^follow /iu, () => /^follow (?:us|[\p{L}@._-]+(?: [\p{L}._-]+)?) on (?:twitter|facebook|instagram|x|linkedin|tiktok|youtube|threads|bluesky)\b/iu),
  on('f', /^follow us\b/i),
  on('c', /^click here\b/i),
  on('c©(', /^(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}\b/i),
  on('c', /^copyright\b.*\ball rights reserved\b/i),
  on('a', /^all rights reserved\.?$/i),
  on('t', /^this material may not be published, broadcast, rewritten,? or redistributed\.?$/i),
  on('s', /^story highlights$/i),
  on('s', /^skip to (?:main )?content$/i),
  on('i', /^i-?report(?:\.com|er)?\b/i),
  on('d', /^don['’]?t miss\s*:?$/i),
  guarded(
    'lmtyreas',
    /^(?:link|most|top|trending|more|you|recommended|editor|also|see)/iu,
    () => /^(?:link|links|most popular|most read|most viewed|most shared|top stories|trending|trending now|more on this story|more from \p{L}+|you may also like|recommended|recommended for you|editor['’]?s picks|also read|see also)\s*:?$/iu,
  ),
];

/** FURNITURE's patterns by the character a line opens with (see openingKey). */
const FURNITURE_BY_OPENING: ReadonlyMap<string, readonly Opening[]> = (() => {
  const byOpening = new Map<string, Opening[]>();
  for (const entry of FURNITURE) for (const c of entry.opens) byOpening.set(c, [...(byOpening.get(c) ?? []), entry]);
  return byOpening;
})();

/**
 * The key a line's patterns are found by: its first character in lowercase. With `iu`, `ſ` matches
 * `s` (the Kelvin sign's lowercase is `k` already); a key taking in more than a pattern matches only
 * means the pattern is tried and says no.
 */
function openingKey(text: string): string {
  const first = text.charAt(0);
  return first === 'ſ' ? 's' : first.toLowerCase().charAt(0);
}

/** Whether a FURNITURE pattern matches the line (trimmed, as furnitureReason has it). */
export function isFurnitureLine(text: string): boolean {
  return FURNITURE_BY_OPENING.get(openingKey(text))?.some((entry) => entry.pattern.test(text)) ?? false;
}

/** A short line ending in `»` is a link, e.g. `See photos of the rescue »`; any `Watch ... »` is one. */
const LINK_ARROW = /\s»$/;
/**
 * A sentence ends inside the line (`... told reporters.  Watch the speech »`): a paragraph with a
 * link run onto it, not a link. Two lowercase letters before the stop keep `Dr. Gupta` a link.
 */
const sentenceInside = (text: string) => /\p{Ll}{2}[.!?]["”’]?\s+\S/u.test(text);
const MAX_LINK_WORDS = 20;
/** Some furniture openers also start real sentences; beyond this length they are prose. */
const MAX_PROMO_WORDS = 20;
const PROMO = /^(?:subscribe|sign up|follow|click here|read more|i-?report)/i;

/** Most lines have an ASCII letter or digit: tested first, the Unicode class is rarely built. */
const hasLetterOrDigit = (text: string) => /[A-Za-z0-9]/.test(text) || /[\p{L}\p{N}]/u.test(text);

/** White space other than a space. */
const OTHER_SPACE = /[^\S ]/;

/** Lines longer than this are prose, unless a caption label or a copyright notice opens them. */
const LONG_LINE = 200;
/** The only furniture that can run long: captions with their label, copyright notices, `Watch … »` links. */
const LONG_FURNITURE_OPENER = /^\s*(?:image|media|video|photo|picture|caption|credit|copyright|©|\(c\)|watch\b)/i;

/** Classifies a whole line as share icons, a caption or credit, or other page furniture; null for text. */
export function furnitureReason(line: string): RemovedReason | null {
  // Every other rule needs a short line: skip the work for the paragraphs that make up most text.
  if (line.length > LONG_LINE && !LONG_FURNITURE_OPENER.test(line)) return null;
  const trimmed = line.trim();
  // Folded only when there is something to fold: a run of white space, or any but a space.
  const text = trimmed.includes('  ') || OTHER_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  if (text === '') return null;
  // A line with no letter or digit (`* * *`, `---`, `###`, `• • •`) is a section break or a rule.
  if (!hasLetterOrDigit(text)) return 'furniture';
  const words = wordCount(text);

  if (isShareRow(text)) return 'share-icons';
  if (isCaption(text, words)) return 'caption';
  if (PROMO.test(text) && words > MAX_PROMO_WORDS) return null;
  if (isFurnitureLine(text)) return 'furniture';
  if (text.endsWith('»') && !sentenceInside(text)) {
    if (/^watch\b/i.test(text) || (LINK_ARROW.test(text) && words <= MAX_LINK_WORDS)) return 'furniture';
  }
  return null;
}

/** The first token of a share row, between the separators its tokens are split at. */
const FIRST_TOKEN = /^[\s|·•/]*([^\s|·•/]+)/;

/** `icon-facebook icon-twitter`, `Share on Facebook Share on Twitter`, `Facebook Twitter Email`, `Share`. */
function isShareRow(text: string): boolean {
  // Every token is a share word or an icon's name: a first token that is neither rules the line out
  // before it is lower-cased and split (most lines open with a word of their own).
  const first = FIRST_TOKEN.exec(text)?.[1]?.toLowerCase();
  if (first !== undefined && !SHARE_WORDS.has(first.replace(/:$/, '')) && !/^icon-[a-z0-9-]+$/.test(first)) return false;
  const tokens = text
    .toLowerCase()
    .split(/[\s|·•/]+/)
    .filter((t) => t !== '');
  if (tokens.length > 0 && tokens.every((t) => /^icon-[a-z0-9-]+$/.test(t))) return true;
  if (!tokens.every((t) => SHARE_WORDS.has(t.replace(/:$/, '')))) return false;
  const networks = tokens.filter((t) => SHARE_NETWORKS.has(t)).length;
  return tokens[0] === 'share' || networks >= 2;
}

/** What a line CAPTION_LABELS matches opens with (lowercase): it is tried on no other. */
const CAPTION_OPENINGS: ReadonlySet<string> = new Set(['i', 'm', 'v', 'p', 'c']);

function isCaption(text: string, words: number): boolean {
  // Each pattern tried only on a line that opens as it must: most lines compile neither.
  if (CAPTION_OPENINGS.has(openingKey(text)) && CAPTION_LABELS.test(text)) return true;
  if (text.startsWith('(') && PAREN_CREDIT.test(text)) return true;
  return words <= MAX_CREDIT_WORDS && !/[.!?]$/.test(text) && NAMES_AN_AGENCY.test(text) && CREDIT_LINE().test(text);
}

/** Two or more spaces: where CNN's pages ran a link line onto the end of a paragraph. */
const RUN_ON_GAP = /\s{2,}(?=\S)/g;
/**
 * `… in September. E-mail to a friend`: the one piece of furniture that follows a single space.
 * The look-behind starts the space only where a run of white space starts: tried from every space
 * of a long run, `\s+…$` took a minute on a 256k-character line.
 */
const EMAIL_TAIL = /(?<!\s)\s+(E-?mail to a friend)\s*$/i;
/** The word an e-mail tail ends with: `rest` is trimmed, so it is the line's last six characters. */
const FRIEND = 'friend';

/**
 * Splits furniture run onto the end of a line (`…in September.  Watch Bush speak »`,
 * `…he said. E-mail to a friend`) from the text before it. Returns the text and the tails, last first.
 */
export function splitFurnitureTails(line: string): { rest: string; tails: { text: string; reason: RemovedReason }[] } {
  const tails: { text: string; reason: RemovedReason }[] = [];
  let rest = line.trimEnd();
  // The gaps are found once: each tail taken off shortens the line from the end, and the gaps
  // before it stay where they were (finding them again for each tail was quadratic).
  let gaps: number[] | null = null;
  for (;;) {
    // Cheap checks first: most lines end in neither an e-mail link nor a run-on gap. Only the
    // line's last word is looked at: a pattern tried over the whole line at each tail taken off
    // made a line of many run-on tails quadratic.
    const email = rest.slice(-FRIEND.length).toLowerCase() === FRIEND ? EMAIL_TAIL.exec(rest) : null;
    if (email && rest.length > email[0].length) {
      tails.push({ text: email[1]!, reason: 'furniture' });
      rest = rest.slice(0, email.index).trimEnd();
      continue;
    }
    if (!rest.includes('  ') && !rest.includes('\t')) break;
    // (Array.from, not map: map's array of one or more is of another kind than its empty one.)
    gaps ??= Array.from(rest.matchAll(RUN_ON_GAP), (m) => m.index);
    while (gaps.length && gaps.at(-1)! >= rest.length) gaps.pop();
    const last = gaps.pop();
    if (last === undefined) break;
    const tail = rest.slice(last).trim();
    const reason = furnitureReason(tail);
    if (!reason || rest.slice(0, last).trim() === '') break;
    tails.push({ text: tail, reason });
    rest = rest.slice(0, last).trimEnd();
  }
  return { rest, tails };
}
