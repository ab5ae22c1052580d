// Recognises the author line (`By Jane Doe, Reuters`), alone or run into the front of the lead.
// Which lines to try is the parser's business; a dateline after the byline is dateline.ts's.

import type { Byline } from '../../article.js';
import { splitDateline, startsSentence } from './dateline.js';
import { letterPattern } from '../letters.js';

// Patterns with letter classes: ASCII versions for ASCII text (parse/letters.ts).
/** A word of an affiliation that names it (`Reuters`, `9News`, `@jdoe`): it opens with a capital, a digit, `@` or `&`. */
const AFFILIATION_NAME_WORD = letterPattern(String.raw`^[\p{Lu}\d@&]`, 'u');
/** `Timeslive`, `9News`, `AT&T`: one word opening with a capital or a digit, as a one-word author is written. */
const ONE_WORD_NAME = letterPattern(String.raw`^[\p{Lu}\p{N}][\p{L}\p{N}.&'\u2019-]*$`, 'u');
/** ` in New York` ending a byline's body: the place (up to three capitalised words) is captured. */
const PLACE_AFTER_IN = letterPattern(String.raw`\s+in\s+(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2})$`, 'u');
const PREFIXED_NAME = letterPattern(String.raw`^(?:al|el|bin|ibn|abu)-\p{Lu}[\p{L}'\u2019-]*$`, 'u');
/** `J.`, `J.R.R.`: capital initials, each with its stop, and nothing else. */
const INITIALS_ONLY = letterPattern(String.raw`^(?:\p{Lu}\.)+$`, 'u');
/** `Jane`, `O'Brien`, `Smith-Jones`, `DOE`, `Jr.`: a capital, then letters, apostrophes and hyphens, perhaps a stop. */
const CAPITALISED_WORD = letterPattern(String.raw`^\p{Lu}[\p{L}'\u2019-]*\.?$`, 'u');
const ENDS_LETTER_OR_STOP = letterPattern(String.raw`\p{L}$|\.$`, 'u');
const OPENS_UPPER_THEN_LOWER = letterPattern(String.raw`^\p{Lu}\p{Ll}`, 'u');
const HAS_UPPER = letterPattern(String.raw`\p{Lu}`, 'u');
const HAS_LOWER = letterPattern(String.raw`\p{Ll}`, 'u');

// Precision over recall: a sentence such as `By the end of the year, ...` must never lose its
// words to the byline. Not handled: bylines without `By` (`Jane Doe, Associated Press`), single
// names (`By Madonna`), and all-caps names run straight into an all-caps dateline when the split
// between name and place is ambiguous (`By JANE DOE NEW YORK (AP)`).

/** Lowercase name particles: `Ursula von der Leyen`, `Riad al-Malki`, `Vincent van Gogh`. */
const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von',
  'ter', 'ten', 'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'abu', 'y', 'zu', 'af', 'av', 'st',
]);

/** Capitalised words that open phrases after `By` rather than names: `By The Way`, `By Christmas Day`. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'all', 'any', 'no', 'some', 'far', 'then', 'now', 'way', 'contrast', 'comparison', 'law', 'design',
  'default', 'definition', 'nature', 'chance', 'accident', 'mistake', 'night', 'day', 'noon', 'midnight',
  'morning', 'evening', 'afternoon', 'tonight', 'today', 'tomorrow', 'yesterday', 'week', 'weekend',
  'month', 'year', 'end', 'time', 'air', 'sea', 'land', 'road', 'rail', 'train', 'car', 'bus', 'hand',
  'mail', 'post', 'phone', 'email', 'order', 'request', 'appointment', 'invitation', 'popular', 'demand',
  'means', 'virtue', 'dint', 'proxy', 'force', 'heart', 'rights', 'mutual', 'consent', 'contract',
  'christmas', 'easter', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'to', 'of', 'with', 'from',
]);

/** Lowercase words an affiliation may hold: `Jane Doe, staff writer`, `Jane Doe, special to CNN`. */
const AFFILIATION_WORDS: ReadonlySet<string> = new Set([
  'of', 'for', 'the', 'at', 'to', 'on', 'and', 'in', 'special', 'staff', 'senior', 'writer', 'reporter',
  'correspondent', 'editor', 'contributor', 'contributing', 'columnist', 'news', 'political', 'business',
  'science', 'technology', 'health', 'sports', 'sport', 'chief', 'deputy', 'associate', 'international',
  'national', 'foreign', 'economics', 'diplomatic', 'legal', 'security', 'defence', 'defense', 'arts',
  'culture', 'entertainment', 'media', 'environment', 'education', 'producer', 'analyst', 'wire',
]);

/** Agencies that may stand between a byline and the lead with no punctuation: `By JANE DOE Associated Press`. */
const LEAD_AGENCY =
  /^\s+(?:The Associated Press|Associated Press|Agence France-Presse|Bloomberg News|Bloomberg|Reuters|AFP|CNN|AP)(?=\s)/;
const LEAD_AGENCY_WORDS: ReadonlySet<string> = new Set([
  'Associated', 'Press', 'Agence', 'France-Presse', 'Bloomberg', 'Reuters', 'AFP', 'CNN', 'AP',
]);
/** Two names of three words joined by `and`. */
const MAX_LEAD_NAME_TOKENS = 7;

/** More names than this on one line reads as a list in a sentence, not a byline. */
const MAX_NAMES = 4;
/** Words per name, particles included: `Jose Maria de la Cruz Lopez`. */
const MAX_NAME_WORDS = 6;
const MAX_AFFILIATION_WORDS = 6;

const BY = /^by:?\s+/i;
const NAME_SEPARATOR = /\s+(?:and|&)\s+|\s*,\s+(?:and\s+)?/i;

/** Returns the byline when the whole line is one: `By Jane Doe`, `By Jane Doe and John Roe, Reuters`. */
export function parseBylineLine(line: string): Byline | null {
  const trimmed = line.trim();
  // Most lines open otherwise: tested before the line is folded (folding keeps the opening `By `).
  if (!BY.test(trimmed)) return null;
  const folded = trimmed.replace(/\s+/g, ' ');
  const by = BY.exec(folded);
  if (!by) return null;
  const body = folded.slice(by[0].length);
  if (/["“”;!?]/.test(body) || /[.:]$/.test(body.replace(/\b(?:Jr|Sr)\.$/, ''))) return null;

  const name = namesOf(body);
  return name ? { raw: line.trim(), name } : null;
}

/**
 * A byline from an author field (Markdown front matter, an extractor's JSON): `By …` is read as a
 * byline line when it is one; anything else is taken as the names, as written. Null when empty.
 */
export function authorByline(value: string): Byline | null {
  const raw = value.trim().replace(/\s+/g, ' ');
  if (raw === '') return null;
  if (BY.test(raw)) return parseBylineLine(raw) ?? { raw, name: raw.replace(BY, '') };
  return { raw, name: raw };
}

/** Splits a byline run into the lead (`By Jane Doe WASHINGTON (AP) — The ...`); null when unsure. */
export function splitLeadByline(paragraph: string): { byline: Byline; rest: string } | null {
  const text = paragraph.trimStart();
  const by = /^(?:By|BY)\s+/.exec(text);
  if (!by) return null;
  const tokens = [...text.matchAll(/\S+/g)].slice(1);

  const found: { byline: Byline; rest: string }[] = [];
  // Try each way of ending the names; keep the ones a separator, an agency or a dateline confirms.
  for (let n = 2; n <= Math.min(tokens.length, MAX_LEAD_NAME_TOKENS); n++) {
    const last = tokens[n - 1];
    if (!last) break;
    const namesEnd = (last.index ?? 0) + last[0].length;
    const names = text.slice(by[0].length, namesEnd);
    if (!leadNamesOk(names)) continue;
    const end = leadBylineEnd(text, namesEnd, isAllCaps(names));
    if (end === null) continue;
    found.push({ byline: { raw: text.slice(0, end.byline), name: names }, rest: text.slice(end.rest) });
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The names part of a byline body, or null when the body does not read as names (+ affiliation). */
function namesOf(body: string): string | null {
  const { names, affiliations } = splitAffiliation(body);
  if (!affiliations.every(isAffiliation)) return null;
  const list = names.split(NAME_SEPARATOR);
  if (list.length > MAX_NAMES || !list.every(isName)) return null;
  return names;
}

/** Separates `Jane Doe and John Roe` from `, Reuters`, ` | The Guardian` and ` in Paris`. */
function splitAffiliation(body: string): { names: string; affiliations: string[] } {
  const affiliations: string[] = [];
  let rest = body;
  const bar = /\s+(?:\||-|—|–|--)\s+/.exec(rest);
  if (bar) {
    affiliations.push(rest.slice(bar.index + bar[0].length));
    rest = rest.slice(0, bar.index);
  }
  const inPlace = PLACE_AFTER_IN.exec(rest);
  if (inPlace) {
    affiliations.push(inPlace[1] ?? '');
    rest = rest.slice(0, inPlace.index);
  }

  const parts = rest.split(/\s*,\s+/);
  // `Jane Doe, John Roe and Mary Major` lists names; otherwise what follows the first comma is
  // an affiliation or title (`Jane Doe, Reuters`, `Jane Doe and John Roe, Associated Press`).
  let lastNamePart = 0;
  for (let i = 1; i < parts.length; i++) {
    if (/(?:^|\s)(?:and|&)\s/i.test(parts[i] ?? '')) lastNamePart = i;
  }
  affiliations.push(...parts.slice(lastNamePart + 1));
  return { names: parts.slice(0, lastNamePart + 1).join(', '), affiliations };
}

function isName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (!isNameWord(first) || !(isNameWord(last) || isPrefixedName(last))) return false;
  return words.every((w) => isNameWord(w) || PARTICLES.has(w) || isPrefixedName(w));
}

/** `al-Malki`, `el-Sisi`, `bin-Laden`: a lowercase particle joined to a capitalised name. */
function isPrefixedName(word: string): boolean {
  return PREFIXED_NAME.test(word);
}

/** `Jane`, `O'Brien`, `Smith-Jones`, `J.`, `J.R.R.`, `DOE`, `Jr.`, but not `The`, `Monday` or `Blair's`. */
function isNameWord(word: string): boolean {
  if (NOT_NAME_WORDS.has(word.toLowerCase()) || /['’]s$/iu.test(word)) return false;
  if (INITIALS_ONLY.test(word)) return true;
  // (CAPITALISED_WORD allows a stop only at the word's end: a word with one inside, `Doe.com`, is no name word.)
  return CAPITALISED_WORD.test(word) && ENDS_LETTER_OR_STOP.test(word);
}

function isAffiliation(affiliation: string): boolean {
  const words = affiliation.split(/[\s,]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_AFFILIATION_WORDS) return false;
  return words.every((w) => AFFILIATION_NAME_WORD.test(w) || AFFILIATION_WORDS.has(w.toLowerCase()));
}

/** Names run into a lead: 2-3 name words each, at most two people, one letter case throughout. */
function leadNamesOk(names: string): boolean {
  if (/[,;:|]/.test(names) || /\n/.test(names)) return false;
  const list = names.split(/\s+(?:and|&)\s+/i);
  if (list.length > 2) return false;
  const words = list.flatMap((n) => n.split(/\s+/));
  if (!list.every((n) => n.split(/\s+/).length >= 2 && n.split(/\s+/).length <= 3)) return false;
  if (!words.every((w) => isNameWord(w) && !LEAD_AGENCY_WORDS.has(w))) return false;
  return words.every((w) => isAllCaps(w)) || words.every((w) => !isAllCaps(w) || INITIALS_ONLY.test(w));
}

/**
 * Where a byline that ends at `namesEnd` stops and the lead starts, or null when nothing confirms
 * the split: a separator or line break, a known agency, or an all-caps dateline place.
 */
function leadBylineEnd(text: string, namesEnd: number, capsNames: boolean): { byline: number; rest: number } | null {
  const after = text.slice(namesEnd);
  const separator = /^(?:[ \t]*\n\s*|\s+(?:\||--|—|–|-)\s+)/.exec(after);
  if (separator) {
    const rest = namesEnd + separator[0].length;
    return startsSentence(text.slice(rest)) ? { byline: namesEnd, rest } : null;
  }

  let bylineEnd = namesEnd;
  const agency = LEAD_AGENCY.exec(after);
  if (agency) bylineEnd += agency[0].length;
  const rest = bylineEnd + (/^\s+/.exec(text.slice(bylineEnd))?.[0].length ?? 0);
  if (rest === bylineEnd || rest >= text.length) return null;

  // The lead opens with an all-caps dateline place: `By Jane Doe WASHINGTON (AP) — ...`.
  const place = splitDateline(text.slice(rest))?.dateline.place;
  if (place && isAllCaps(place.split(',')[0] ?? '')) return { byline: bylineEnd, rest };
  // An all-caps name, then an agency, then mixed case: `By JANE DOE Associated Press The ...`.
  if (capsNames && agency && OPENS_UPPER_THEN_LOWER.test(text.slice(rest))) return { byline: bylineEnd, rest };
  return null;
}

function isAllCaps(text: string): boolean {
  return HAS_UPPER.test(text) && !HAS_LOWER.test(text);
}

// Bylines as web pages print them, read only in the lines around the headline (header.ts): there a
// line's place says it is a credit, so forms that would be too loose inside the body are safe.

/** News agencies and syndication desks that stand in the byline's place. */
const AGENCY_NAMES =
  /^(?:the associated press|associated press|ap|reuters|afp|agence france-presse|ians|pti|ani|upi|aap|australian associated press|xinhua|bloomberg|bloomberg news|dpa|efe|kyodo|yonhap|nan|the canadian press|canadian press|press association|pa|pa media|press trust of india|indo-asian news service|united press international|cnn|bbc news|sky news|timeslive|anadolu|tass|ani news|wire services|news desk|wire staff)$/i;

/** Whether the text names a news agency or wire desk alone: `The Associated Press`, `IANS`, `AFP`. */
export function isAgencyName(text: string): boolean {
  return AGENCY_NAMES.test(text.trim());
}

/** `Reuters Staff`, `9News Staff`, `Staff Writers`, `Herald Staff Reporter`: a desk's credit. */
const STAFF_CREDIT = letterPattern(String.raw`^(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'\u2019-]*\s+){0,3}staff(?:\s+(?:writers?|reporters?|report|correspondent))?$|^staff (?:writers?|reporters?|correspondent)$`, 'iu');
/** How a credit line may open: `Written by`, `Author:`, `Story by`. */
const CREDIT_OPENING = /^(?:written by|words by|story by|posted by|reported by|author|authors|byline|by)\s*:?\s+/i;

/** How a credit line may open, for a cheap first test (CREDIT_OPENING decides). */
const CREDIT_OPENINGS = ['by', 'written', 'words', 'story', 'posted', 'reported', 'author', 'byline'];
/** The last words of agencies, desks and staff credits (AGENCY_NAMES and STAFF_CREDIT decide). */
const CREDIT_LAST_WORDS: ReadonlySet<string> = new Set([
  'press', 'ap', 'reuters', 'afp', 'presse', 'ians', 'pti', 'ani', 'upi', 'aap', 'xinhua', 'bloomberg', 'news', 'dpa',
  'efe', 'kyodo', 'yonhap', 'nan', 'association', 'pa', 'media', 'india', 'service', 'international', 'cnn', 'timeslive',
  'anadolu', 'tass', 'services', 'desk', 'staff', 'writer', 'writers', 'reporter', 'reporters', 'report', 'correspondent',
]);

/** Five, or fifteen, white-space separated words at the start of a trimmed text. */
const FIVE_WORDS = /^\S+\s+\S+\s+\S+\s+\S+\s+\S/;
const FIFTEEN_WORDS = /^\S+(?:\s+\S+){14}/;

/** A bare name as a page prints an author's: two to four capitalised name words, nothing else. */
export function isBareName(text: string): boolean {
  const t = text.trim();
  // Five words or more: no name (tested before splitting a paragraph into its words).
  if (FIVE_WORDS.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && !/[,;:]/.test(t) && isName(t) && !words.some((w) => isAgencyName(w));
}

/**
 * Reads a credit line in the header: whatever parseBylineLine reads, and `Written by Name`,
 * `Author: Name`, `by Name` (lower case), `By Timeslive` (one word), `Reuters Staff`, an agency
 * alone (`The Associated Press`, `IANS`), `Name | Agency`, `Name, Agency` and `Name Agency`
 * (`Maria Keller Reuters`). Null for anything else.
 */
export function parseCreditLine(line: string): Byline | null {
  // Quotes, a `!` or `?`, or fifteen words or more (a paragraph, mostly): no credit, told before folding.
  const trimmed = line.trim();
  if (/["“”!?]/.test(trimmed) || FIFTEEN_WORDS.test(trimmed)) return null;
  const raw = trimmed.replace(/\s+/g, ' ');
  if (raw === '' || raw.length > 120) return null;
  // Every form opens with a credit word, holds a separator, or ends with an agency or desk: a
  // line with none of these (most headlines) tries none of the patterns below.
  const lower = raw.toLowerCase();
  const lastWord = lower.slice(lower.lastIndexOf(' ') + 1).replace(/[.,;:]$/, '');
  if (!CREDIT_OPENINGS.some((o) => lower.startsWith(o)) && !/[|,]| [-–—] /.test(raw) && !CREDIT_LAST_WORDS.has(lastWord)) return null;
  const standard = parseBylineLine(raw);
  if (standard) return standard;
  const opening = CREDIT_OPENING.exec(raw);
  const body = (opening ? raw.slice(opening[0].length) : raw).replace(/[.,;:]$/, '');
  if (body === '') return null;
  if (isAgencyName(body) || STAFF_CREDIT.test(body)) return { raw, name: body };
  // `By Timeslive`: one capitalised word is a name only after a `By`.
  if (opening && ONE_WORD_NAME.test(body) && !NOT_NAME_WORDS.has(body.toLowerCase())) return { raw, name: body };
  if (opening) {
    const name = namesOf(body);
    if (name) return { raw, name };
  }
  // `Name | Agency`, `Name, Agency`, `Name - Agency`: the name, then an agency or outlet.
  const split = /^(.+?)(\s+\|\s+|\s*,\s+|\s[-–—]\s)(.+)$/.exec(body);
  if (split && isBareName(split[1]!) && (isAgencyName(split[3]!) || (split[2]!.includes(',') && isAffiliation(split[3]!)))) {
    return { raw, name: split[1]! };
  }
  // `Maria Keller Reuters`: a name with the agency after it, nothing between.
  const words = body.split(' ');
  for (let k = 1; k <= 3 && k < words.length - 1; k++) {
    const agency = words.slice(-k).join(' ');
    const name = words.slice(0, -k).join(' ');
    if (isAgencyName(agency) && isBareName(name)) return { raw, name };
  }
  return null;
}
