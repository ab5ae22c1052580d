// Judges the shape of one line at the top or bottom of a page's text: a section label, a relative
// time, an image file name, a caption with its credit, a title, prose. Which zone a line is in, and
// what a run of lines makes, is header.ts's and tail.ts's business.

import { letterPattern, needsUnicode } from '../letters.js';

// Patterns with letter classes: ASCII versions for ASCII text (parse/letters.ts). Those that belong
// with other constants (SENTENCE_INSIDE, FILE_TOKEN, GLUED, the credits) are declared beside them.
/** Any letter: the one pattern isTitleLike and isTitleWithStop both had a copy of. */
const HAS_LETTER = letterPattern(String.raw`\p{L}`, 'u');
/** A word as title case writes it: its first letter a capital, or a digit before that letter (`Energy`, `“Back`, `9News`). */
const TITLE_CASE_WORD = letterPattern(String.raw`^[^\p{L}]*(?:\p{Lu}|\p{N})`, 'u');
/** `#WorldCup`: a line opening with a hashtag. */
const OPENS_HASHTAG = letterPattern(String.raw`^#\p{L}`, 'u');
/** `News|Sport|Weather`: two or more runs of letters and spaces joined by bars, and nothing else. */
const LABELS_JOINED_BY_BARS = letterPattern(String.raw`^[\p{L} ]{2,30}\|[\p{L} ]{2,30}(?:\|[\p{L} ]{2,30})*$`, 'u');
/** `Your location:SYDNEY`: a label of letters and its value with no space after the colon. */
const LABEL_COLON_VALUE = letterPattern(String.raw`^[\p{L} ]{2,25}:\p{L}[\p{L} ]{0,25}$`, 'u');
/** `Filtered By: Topstories`: a two-word label and a one-word value. */
const TWO_WORD_LABEL_VALUE = letterPattern(String.raw`^\p{L}+ \p{L}+:\s*\p{L}+$`, 'u');

/** How a sentence ends: a stop, perhaps inside closing quotes or brackets. */
const STOPS = '.!?…';
const CLOSERS = '"”’\')]';

/** Whether the line ends as a sentence does (`…`, `.”` and `?)` included). */
export function endsSentence(text: string): boolean {
  // Read from the end (a pattern ending in `$` is tried from every stop of a paragraph).
  const t = text.trimEnd();
  let end = t.length;
  while (end > 0 && CLOSERS.includes(t.charAt(end - 1))) end--;
  return end > 0 && STOPS.includes(t.charAt(end - 1));
}

/** Words of a folded line, split at spaces (as many as `text.split(' ')` makes, without making them). */
export function wordCount(text: string): number {
  return wordCountUpTo(text, Infinity);
}

/** wordCount(text), or `max` when that is more: a long line's words are not all counted to compare them with a few. */
export function wordCountUpTo(text: string, max: number): number {
  if (text === '') return 0;
  let words = 1;
  for (let i = text.indexOf(' '); i >= 0 && words < max; i = text.indexOf(' ', i + 1)) words++;
  return Math.min(words, max);
}

/** Whether a folded line has at most `max` words (as wordCount counts them), reading no further than that. */
export function hasAtMostWords(text: string, max: number): boolean {
  return wordCountUpTo(text, max + 1) <= max;
}

/** A stop followed by a capital inside the line: two sentences, so prose, not a title. */
const SENTENCE_INSIDE = letterPattern(String.raw`\p{Ll}{2}[.!?]["\u201d\u2019]?\s+["\u201c\u2018]?\p{Lu}`, 'u');

/** Words a title or label line may hold at most. */
const TITLE_MAX_WORDS = 30;
const TITLE_MAX_CHARS = 250;

/**
 * Whether a line reads as a title (a headline, a label, a caption with no stop) rather than a
 * sentence of prose: short, with letters, not ending a sentence or a clause, no sentence inside.
 */
export function isTitleLike(text: string): boolean {
  if (text === '' || text.length > TITLE_MAX_CHARS || !hasAtMostWords(text, TITLE_MAX_WORDS)) return false;
  // A headline may ask or exclaim; a full stop ends prose (an ellipsis may end a teaser's title).
  if (/[:,;]$/.test(text) || (endsSentence(text) && !/(?:\.\.\.|…|[?!]["”’']?)$/.test(text))) return false;
  if (SENTENCE_INSIDE.test(text)) return false;
  return /[A-Za-z]/.test(text) || HAS_LETTER.test(text);
}

/** Short words a headline in title case leaves in lower case. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'with', 'from', 'into', 'over', 'than', 'vs']);

/**
 * Whether a line ending in a full stop is still a title: four to twenty words in title case (every
 * word but the minor ones capitalised), one sentence. `Graham Says Trump Could Back Clean Energy.`
 */
export function isTitleWithStop(text: string): boolean {
  // Counted by spaces first: most lines ending in a stop are longer prose.
  let spaces = 0;
  for (let i = text.indexOf(' '); i >= 0 && spaces <= 20; i = text.indexOf(' ', i + 1)) spaces++;
  if (spaces > 20) return false;
  if (!/\.$/.test(text) || /(?:\.\.\.|…)$/.test(text) || SENTENCE_INSIDE.test(text)) return false;
  const words = text.split(' ').filter((w) => HAS_LETTER.test(w));
  if (words.length < 4 || words.length > 20) return false;
  const major = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase().replace(needsUnicode(w) ? /[^\p{L}]/gu : /[^a-z]/g, '')));
  return major.length >= 3 && major.every((w) => TITLE_CASE_WORD.test(w));
}

/** Words that name a list or a widget of the page rather than the story: `Most Read`, `Top Stories`. */
const LIST_HEADING =
  /^(?:related|related (?:posts|stories|articles|news|content|links|topics|videos?|coverage)|more stories|more news|more from .{1,30}|top stories|latest news|latest stories|latest videos|latest|trending|trending now|trending stories|most read|most popular|most viewed|most shared|popular|popular stories|recommended|recommended stories|you may also like|you might also like|editor['’]?s picks|editors picks|previous story|next story|previous article|next article|just posted|also read|read next|further reading|in other news|more on this story|contact us|tags?|topics|categories|filed under)\s*:?$/i;

const LIST_OPENINGS = ['rel', 'more', 'top', 'lates', 'trend', 'most', 'popul', 'recom', 'you ', 'editor', 'previous', 'next', 'just', 'also', 'read', 'further', 'in other', 'contact', 'tag', 'topic', 'categor', 'filed'];

/** Whether the line is the heading of a list of other stories (related, trending, most read, …). */
export function isListHeading(text: string): boolean {
  // Short lines only, and one that opens as a heading does: the pattern is compiled only then.
  if (text.length > 40) return false;
  const t = text.toLowerCase();
  return LIST_OPENINGS.some((o) => t.startsWith(o)) && LIST_HEADING.test(text);
}

/** `3 years ago`, `1 hour ago`, `an hour ago`, `2 days ago`, `Just now`. */
const RELATIVE_TIME =
  /^(?:(?:updated|posted|published)\s+)?(?:about |around |over )?(?:\d+|an?|one|few|a few)\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago$|^just now$/i;

/** Whether the line is a relative time (`3 years ago`): never a publication date. */
export function isRelativeTime(text: string): boolean {
  // Only the end is lowercased: no character but A-Z lowercases to `a`, `g`, `o` or into `just now`.
  const end = text.slice(-3).toLowerCase();
  return (end === 'ago' || (end === 'now' && text.toLowerCase() === 'just now')) && RELATIVE_TIME.test(text);
}

/** `9:31 PM`, `08:53`, `12:20 IST`: a time of day alone. */
const TIME_ALONE = /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?$/i;

/** Whether the line (or a part of a metadata line) is a time of day and nothing else. */
export function isTimeAlone(text: string): boolean {
  return TIME_ALONE.test(text);
}

/** `1 Min Read`, `2 min read`, `Quick Read`, `5 minute read`, `Reading time: 3 minutes`. */
const READING_TIME = /^(?:\d+\s*(?:-|–)?\s*min(?:ute)?s?\.?\s+read|quick read|reading time:?\s*\d+\s*min(?:ute)?s?)$/i;

/** Whether the line is a reading-time note. */
export function isReadingTime(text: string): boolean {
  return /read/i.test(text) && READING_TIME.test(text);
}

/** A token that is a file or asset name: `pulver_b_110804`, `1280x960`, `photo.jpg`. */
const FILE_TOKEN = letterPattern(String.raw`^(?:[\p{L}\p{N}]+_[\p{L}\p{N}_]+|\d{2,5}x\d{2,5}|[\w-]+\.(?:jpe?g|png|gif|webp|svg|mp4))$`, 'iu');

/** Whether the line is an image's file name or asset code (`madeleine_pulver_b_110804_aap`). */
export function isImageName(text: string): boolean {
  // A file name has an underscore, a width by height or an extension.
  if (!text.includes('_') && !/\dx\d|\.[A-Za-z]{3,4}$/.test(text)) return false;
  const tokens = text.split(' ');
  if (tokens.length > 5 || endsSentence(text)) return false;
  return tokens.some((t) => FILE_TOKEN.test(t) && /\d/.test(t)) || (tokens.length === 1 && FILE_TOKEN.test(text));
}

/** Tokens of an icon sprite or a glued menu: `premium_icon`, `chevron-downicon`, `SolutionsLegal`. */
const ICON_TOKEN = /^[a-z]+_icon$|icon/i;
/** Words glued together without a space: lower case, then a capital (`SolutionsLegal`, `worldUK`, `sportF1`). */
const GLUED = letterPattern(String.raw`\p{Ll}{2,}\p{Lu}\p{Ll}|\p{Ll}{3,}\p{Lu}{2,}|\p{Ll}{2,}\p{Lu}\p{N}`, 'u');

/**
 * Whether the line is a site's menu, icon row or banner rather than a title: icon names, words
 * glued together by a copy that lost the spaces between menu items, a hashtag, a weather reading,
 * or `label|label` and `Label:Value` with no space.
 */
export function isMenuOrIcons(text: string): boolean {
  // Each form has a sign a cheap test finds; most lines have none and try no pattern.
  const icons = /icon/i.test(text);
  const mixedCase = /[a-z][A-Z]/.test(text) || needsUnicode(text);
  if (!icons && !mixedCase && !text.startsWith('#') && !text.includes('|') && !text.includes(':') && !/\d\s*°?\s*[CF]$/.test(text)) return false;
  const tokens = text.split(' ');
  if (tokens.filter((t) => ICON_TOKEN.test(t)).length >= Math.max(1, Math.ceil(tokens.length / 3)) && /_icon|icon[ -]/i.test(text + ' ')) return true;
  // Menu items glued together: two or more, a quarter of the line, and no sentence (`eDonkey` and
  // `LokiTorrent` in a paragraph are names).
  const glued = new Set(tokens.filter((t) => GLUED.test(t)));
  if (glued.size >= 2 && glued.size * 4 >= tokens.length && !endsSentence(text)) return true;
  if (OPENS_HASHTAG.test(text)) return true;
  if (/^-?\d+(?:\.\d+)?\s*°?\s*[CF]$/.test(text)) return true;
  if (LABELS_JOINED_BY_BARS.test(text)) return true;
  // `Your location:SYDNEY`, `Filtered By: Topstories`; not `Profile: David Miliband`.
  if (LABEL_COLON_VALUE.test(text) || TWO_WORD_LABEL_VALUE.test(text)) return true;
  return false;
}

/** Labels more than three words long that still say nothing about the story. */
const LONG_LABEL = /^(?:open in app|download (?:the|our) app|get the app|listen to (?:this|the) (?:article|story)|skip to (?:main )?content|loading content|subscriber only|premium content)$/i;

/** Whether the line is short enough, and shaped, to be a section label or kicker (`World`, `Tamil Nadu`). */
export function isShortLabel(text: string): boolean {
  if (LONG_LABEL.test(text.replace(/^\S+_icon\s+/i, ''))) return true;
  return wordCount(text) <= 3 && text.length <= 30 && isTitleLike(text);
}

/** A photo credit at the end of a caption: `… Picture: Jo Marsh`, `… (Image: PTI)`, `… | Photo Credit: X`. */
const TRAILING_CREDIT =
  /(?:\(\s*(?:file (?:photo|image|picture|pic)|(?:(?:image|photo|picture|pic|video)s?(?:\s*(?:credit|source))?\s*:[^()]{1,60}))\s*\)|(?:^|\s|\|)(?:picture|photo|image|pic|photo credit|image credit|images? source|credit)s?\s*:\s*[^.!?]{1,60})$/i;
/** A photo credit in parentheses after the stop ending a short caption: `… arrest. (9News)`. */
const PAREN_SOURCE = letterPattern(String.raw`[.!?]["\u201d\u2019]?\s*\(\s*[\p{L}\p{N}][\p{L}\p{N}.&' /-]{0,40}\)$`, 'u');
/** A photo credit in parentheses with a slash, ending the line: `(Jo Marsh/AP Photo)`. */
const SLASH_CREDIT = letterPattern(String.raw`\(\s*[\p{L}.' -]{1,40}\/[\p{L}.' -]{1,40}\)$`, 'u');
/** `… THE CANADIAN PRESS/Darryl Dyck`, `… AP Photo/Jo Marsh`, `… View image in full screen`. */
const AGENCY_SLASH_CREDIT = letterPattern(String.raw`(?:^|\s)(?:\p{Lu}[\p{Lu}&.'-]*\s+){0,3}(?:\p{Lu}[\p{Lu}&.'-]+|Photo|Images)\s*\/\s*\p{Lu}[\p{L}.'\u2019 -]{1,40}$|\b[Vv]iew (?:image|photo|picture) in full ?screen$|\b(?:[Ee]nlarge|[Ee]xpand) (?:this )?(?:image|photo)$`, 'u');
/** A caption ending in a credit holds at most this many words. */
const CAPTION_MAX_WORDS = 60;
const PAREN_CAPTION_MAX_WORDS = 20;

/** What every caption isCaptionWithCredit takes has: `)`, `:` or `/`, or `screen`, `image` or `photo` ending it. */
export function mayEndWithCredit(text: string): boolean {
  // The last six characters alone are tried for the words: a pattern ending in `$` is tried from every position of a line.
  return /[):/]/.test(text) || /(?:screen|image|photo)$/i.test(text.slice(-6));
}

/** Whether the line is a photo or video caption, by the credit it ends with. */
export function isCaptionWithCredit(text: string): boolean {
  // A credit ends the line with `)`, a `Label: Name` or `/Name`, or `full screen`, `image`, `photo`.
  if (!mayEndWithCredit(text)) return false;
  const words = wordCountUpTo(text, CAPTION_MAX_WORDS + 1);
  if (words > CAPTION_MAX_WORDS) return false;
  if (TRAILING_CREDIT.test(text) || SLASH_CREDIT.test(text) || AGENCY_SLASH_CREDIT.test(text)) return true;
  return words <= PAREN_CAPTION_MAX_WORDS && PAREN_SOURCE.test(text);
}

/** How many characters of a line keyHead reads. */
const KEY_HEAD_CHARS = 64;

/**
 * The key of the line's first characters, which opens lineKey(text) (is it, for a short line): most
 * lines are told apart by it without the key of the whole. Null when those characters need Unicode
 * classes (lowercasing `Σ` depends on what follows it).
 */
export function keyHead(text: string): string | null {
  const head = text.slice(0, KEY_HEAD_CHARS);
  // Text needing no Unicode classes lowercases, and loses its marks, character by character.
  return head.length === text.length || !needsUnicode(head) ? lineKey(head) : null;
}

/** Whether two openings of keys (keyHead's, or whole keys) could open one key: one opens the other; a null could open any. */
export function couldOpenOneKey(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

/** The key lines are compared by: lowercase letters and digits, single spaces. */
export function lineKey(text: string): string {
  // Text needing no Unicode classes lowercases character by character, its marks to themselves: they
  // are dropped first, and only what is left is lowercased.
  const kept = needsUnicode(text) ? text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '') : text.replace(/[^A-Za-z0-9 ]+/g, '').toLowerCase();
  // Only spaces are left: most lines have no two together to fold (a copy of the line saved).
  return (kept.includes('  ') ? kept.replace(/ {2,}/g, ' ') : kept).trim();
}
