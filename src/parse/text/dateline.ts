// Splits the dateline (`WASHINGTON (CNN) --`, `BEIJING, China:`) off the front of a lead paragraph.
// Which paragraph is the lead, and what to do with the dateline, is the parser's business.

import type { Dateline } from '../../article.js';
import { lazyRegExp } from '../lazy-regexp.js';
import { needsUnicode } from '../letters.js';

// Precision over recall: a sentence mistaken for a dateline loses words from the story, while a
// missed dateline only stays in the text. Not handled: mixed-case places followed by a dash and no
// agency (`London - The ...` reads like a sentence), and datelines after a byline in the same text.

/** Wire services and outlets whose parenthesised name may close a dateline with no dash after it. */
const KNOWN_AGENCIES: ReadonlySet<string> = new Set(
  [
    'CNN', 'AP', 'AFP', 'Reuters', 'Yonhap', 'Xinhua', 'Bloomberg', 'BBC', 'PA', 'dpa', 'DPA', 'Kyodo',
    'UPI', 'EFE', 'ANSA', 'Interfax', 'TASS', 'ITAR-TASS', 'IANS', 'PTI', 'ANI', 'Bernama', 'Anadolu',
    'CNN Student News', 'CNNMoney', 'CNN Money', 'Associated Press', 'The Associated Press',
    'Agence France-Presse', 'EW.com', 'CNET', 'Mashable', 'Health.com', 'Time.com', 'WIRED',
    'Rolling Stone', 'Variety', 'People', 'Fortune', 'Money', 'LifeWire', 'CNN Wire',
  ].map((a) => a.toLowerCase()),
);

/**
 * Words that open ordinary sentences or labels rather than name a place: `However:`, `Mr Smith:`,
 * `UPDATE:`. Compared case-insensitively against the first word of a would-be place.
 */
const NOT_A_PLACE: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'so', 'yet', 'if', 'in', 'on', 'at', 'as', 'by', 'for', 'from',
  'of', 'to', 'with', 'after', 'before', 'during', 'since', 'until', 'when', 'while', 'where', 'why',
  'what', 'who', 'how', 'however', 'meanwhile', 'also', 'still', 'now', 'then', 'here', 'there',
  'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'we', 'they', 'i', 'you', 'his', 'her',
  'our', 'their', 'my', 'your', 'one', 'some', 'many', 'most', 'all', 'no', 'not', 'yes', 'mr', 'mrs',
  'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'president',
  'minister', 'chancellor', 'senator', 'sen', 'rep', 'governor', 'gov', 'judge', 'chairman', 'chief',
  'spokesman', 'spokeswoman', 'note', 'update', 'updated', 'new', 'breaking', 'exclusive', 'analysis',
  'opinion', 'comment', 'review', 'correction', 'corrected', 'clarification', 'warning', 'editor', 'editors',
  'source', 'sources', 'photo', 'photos', 'video', 'videos', 'watch', 'read', 'related', 'see', 'listen',
  'quote', 'question', 'answer', 'q', 'interview', 'verdict', 'summary', 'background', 'timeline',
  'fact', 'facts', 'key', 'live', 'latest', 'statement', 'transcript', 'part', 'chapter', 'step',
  'profile', 'obituary', 'preview', 'feature', 'column', 'letter', 'letters', 'poll', 'quiz', 'explainer',
  'factbox', 'q&a',
  'tip', 'example', 'result', 'results', 'score', 'final', 'today', 'yesterday', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'first', 'second',
  'third', 'last', 'next', 'finally', 'plus', 'ok', 'okay', 'well', 'oh', 'dear', 'unidentified',
  'male', 'female', 'anchor', 'host', 'reporter', 'correspondent', 'voice',
]);

/** Words that make an all-caps opening a label or a person (`THE LATEST:`, `IN BRIEF:`, `MR SMITH:`). */
const CAPS_LABEL_WORDS: ReadonlySet<string> = new Set([
  'note', 'update', 'updates', 'updated', 'breaking', 'exclusive', 'analysis', 'opinion', 'comment',
  'review', 'correction', 'corrected', 'clarification', 'warning', 'editor', "editor's", 'editor’s',
  'photos', 'photo', 'video', 'watch', 'read', 'related', 'see', 'listen', 'latest', 'live', 'brief',
  'factbox', 'explainer', 'q&a', 'transcript', 'summary', 'timeline', 'profile', 'obituary', 'preview',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'rev', 'prof', 'said', 'says', 'unidentified',
  'male', 'female', 'anchor', 'reporter', 'correspondent', 'host',
]);

/** The letter classes the dateline patterns are written with: Unicode, or their ASCII halves. */
interface LetterClasses {
  upper: string;
  lower: string;
  letter: string;
}
export const UNICODE_LETTERS: LetterClasses = { upper: '\\p{Lu}', lower: '\\p{Ll}', letter: '\\p{L}' };
export const ASCII_LETTERS: LetterClasses = { upper: 'A-Z', lower: 'a-z', letter: 'A-Za-z' };

/** Lowercase words allowed inside a mixed-case place name: `Rio de Janeiro`, `Port of Spain`. */
const PLACE_PARTICLE = '(?:de|da|do|dos|del|la|le|of|on|upon|am|im|an|sur|en)';
const MONTH_ABBR =
  '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\\.?';
const AGENCY = '\\(([^()\\n]{1,40})\\)';
const DASH = '(?:--|—|–|-)';
const SEPARATOR = `(?:\\s*(${DASH}|:)(?=\\s|$))?`;

/** The all-caps and mixed-case dateline patterns, written with the given letter classes. */
export function datelinePatterns({ upper, lower, letter }: LetterClasses): { caps: string; title: string } {
  // The lookahead stops `W` of `Washington` from passing for an all-caps word.
  const upperWord = `[${upper}][${upper}.'’-]*(?![${letter}])`;
  const titleWord = `[${upper}][${lower}${upper}.'’-]*`;
  /** An all-caps place: `WASHINGTON`, `ST. LOUIS`, `PORT-AU-PRINCE`. */
  const capsPlace = `${upperWord}(?: ${upperWord}){0,4}`;
  /** A mixed-case place of one to four words: `San Francisco`, `Rio de Janeiro`. */
  const titlePlace = `${titleWord}(?: (?:${PLACE_PARTICLE} )?${titleWord}){0,3}`;
  // What may follow the place after a comma: a region or a date without its year. An all-caps
  // region (`KYIV, UKRAINE`) is a titlePlace too: its words pass titleWord, and all that follows
  // the region is optional, so an all-caps alternative here would never be taken.
  // A date may also follow the region: `TUSTIN, Calif., Feb. 19 (UPI) --`.
  const day = `${MONTH_ABBR} \\d{1,2}(?:, \\d{4})?`;
  const region = `(?:${day}|${titlePlace}(?:, ${day})?)`;
  return {
    caps: `^(${capsPlace}(?:, ${region})?)(?:\\s*${AGENCY})?${SEPARATOR}`,
    title: `^(${titlePlace}(?:, ${region})?)(?:\\s*${AGENCY})?${SEPARATOR}`,
  };
}

// Each built on first use. The Unicode ones cost about a millisecond each to build and compile
// (their letter classes hold hundreds of ranges); the ASCII ones, a tenth of that.
const UNICODE_PATTERNS = datelinePatterns(UNICODE_LETTERS);
const ASCII_PATTERNS = datelinePatterns(ASCII_LETTERS);
const CAPS_DATELINE = { unicode: lazyRegExp(UNICODE_PATTERNS.caps, 'u'), ascii: lazyRegExp(ASCII_PATTERNS.caps, 'u') };
const TITLE_DATELINE = { unicode: lazyRegExp(UNICODE_PATTERNS.title, 'u'), ascii: lazyRegExp(ASCII_PATTERNS.title, 'u') };
const AGENCY_ONLY = lazyRegExp(`^${AGENCY}${SEPARATOR}`, 'u');

/** The pattern pair's match of the text: the ASCII pattern when it decides the same (`unicode` is needsUnicode(text)). */
function execDateline(pair: { unicode: () => RegExp; ascii: () => RegExp }, text: string, unicode: boolean): RegExpExecArray | null {
  return (unicode ? pair.unicode() : pair.ascii()).exec(text);
}

/** Fewer words than this after a bare `Place:` is a headline or label, not a lead. */
const MIN_LEAD_WORDS = 4;
/**
 * Whether the text opens as a sentence does (a quote mark, a capital or a digit): what the lead
 * may open with when no dash or colon separates it from the dateline.
 */
export function startsSentence(text: string): boolean {
  // The ASCII class decides alike for an opening that needs no Unicode, and costs a tenth to build
  // and compile; the Unicode one is built only when a text needs it.
  return needsUnicode(text.charAt(0)) ? /^["“‘'\p{Lu}\d]/u.test(text) : /^["“‘'A-Z\d]/.test(text);
}

/** After `Name:` these open reported speech (`SMITH: I think`), so the name is a speaker, not a place. */
const STARTS_SPEECH = /^(?:["“‘']|(?:I|I'm|I’m|I've|I’ve|We|We're|We’re|My|Our|Let's|Let’s|Well|Yes|No|Thank|Thanks)\b)/u;

interface Candidate {
  place: string | null;
  agency: string | null;
  separator: string | null;
  /** Whether the place is written in capitals, as wire datelines are. */
  capsPlace: boolean;
  length: number;
}

/**
 * Splits a dateline off the front of a lead paragraph; null when the paragraph does not open with
 * one. `underHeader` says a news header (headline with a byline, date or standfirst) stands above
 * the lead: there `Agartala: Biplab Kumar Deb on Friday …` is a dateline, not a work's title.
 */
export function splitDateline(paragraph: string, underHeader = false): { dateline: Dateline; rest: string } | null {
  const text = paragraph.trimStart();
  // Both place patterns read the same text: it is scanned for characters beyond ASCII once.
  const unicode = needsUnicode(text);
  const candidate = agencyOnly(text) ?? capsPlace(text, unicode) ?? titlePlace(text, unicode);
  if (!candidate) return null;
  const raw = text.slice(0, candidate.length).trimEnd();
  const rest = text.slice(candidate.length).trimStart();
  if (!acceptsRest(candidate, rest, underHeader)) return null;
  return { dateline: { raw, place: candidate.place, agency: candidate.agency }, rest };
}

/** `(CNN) --` or `(CNN)The ...`: an agency alone. */
function agencyOnly(text: string): Candidate | null {
  const m = AGENCY_ONLY().exec(text);
  if (!m) return null;
  const agency = (m[1] ?? '').trim();
  const separator = m[2] ?? null;
  if (!(separator ? looksLikeAgency(agency) : isKnownAgency(agency))) return null;
  if (NOT_A_PLACE.has(agency.toLowerCase())) return null;
  return { place: null, agency, separator, capsPlace: false, length: m[0].length };
}

/** `WASHINGTON (CNN) --`, `BEIJING, China:`, `LONDON —`, `WASHINGTON, Dec 11 (Reuters) -`. */
function capsPlace(text: string, unicode: boolean): Candidate | null {
  const m = execDateline(CAPS_DATELINE, text, unicode);
  if (!m) return null;
  const fullPlace = m[1] ?? '';
  const agency = m[2]?.trim() ?? null;
  const separator = m[3] ?? null;
  const city = fullPlace.split(',')[0] ?? '';
  if (!isCapsPlace(city)) return null;
  if (agency !== null && !(separator ? looksLikeAgency(agency) : isKnownAgency(agency))) return null;
  if (agency === null && separator === null && !endsWithDay(fullPlace)) return null;
  return { place: placeOf(fullPlace), agency, separator, capsPlace: true, length: m[0].length };
}

/** `San Francisco:` or `Marseille, France (CNN)`: a mixed-case place needs a colon or a known agency. */
function titlePlace(text: string, unicode: boolean): Candidate | null {
  const m = execDateline(TITLE_DATELINE, text, unicode);
  if (!m) return null;
  const fullPlace = m[1] ?? '';
  const agency = m[2]?.trim() ?? null;
  const separator = m[3] ?? null;
  const words = (fullPlace.split(',')[0] ?? '').split(' ');
  if (words.some((w) => /['’]s?$/u.test(w))) return null;
  // `New York:` is a place, `New:` a label.
  const first = (words[0] ?? '').replace(/\.$/, '').toLowerCase();
  if (NOT_A_PLACE.has(first) && !(first === 'new' && words.length > 1)) return null;
  // `Singapore, Dec 9 Fifty people …`: a place and a day with the agency's tag lost in the copy.
  const dayOnly = agency === null && separator === null && endsWithDay(fullPlace);
  if (!dayOnly && (agency !== null ? !isKnownAgency(agency) : separator !== ':')) return null;
  return { place: placeOf(fullPlace), agency, separator, capsPlace: false, length: m[0].length };
}

/** A dateline must be followed by text that opens a sentence, unless a dash or agency marks it plainly. */
function acceptsRest(candidate: Candidate, rest: string, underHeader: boolean): boolean {
  if (rest === '') return candidate.separator !== ':' && (candidate.agency !== null || candidate.separator !== null);
  if (candidate.separator === ':' && candidate.agency === null) {
    if (!isProse(rest)) return false;
    // `Bridget Jones: The Edge of Reason ...` names a work; `Everton: Martyn, Hibbert, ...` a team.
    const oneWord = !/[\s,]/.test(candidate.place ?? '');
    if (!candidate.capsPlace && !(underHeader && oneWord) && /^\p{Lu}\S*\s+\p{Lu}/u.test(rest)) return false;
  }
  if (candidate.separator === ':' || candidate.separator === null) return startsSentence(rest);
  return true;
}

/**
 * After a bare `Place:` the lead must read as prose, not a headline (`Campbell: E-mail row`) or
 * reported speech (`SMITH: I think ...`) or a list (`ARSENAL: Lehmann, Lauren, ...`): a few words
 * ending in a full stop, not opening with `I`/`We` or a listed name.
 */
function isProse(rest: string): boolean {
  if (STARTS_SPEECH.test(rest) || /^\S+,\s/u.test(rest)) return false;
  return rest.split(/\s+/).length >= MIN_LEAD_WORDS && /[.!?]["”’')]?$/u.test(rest.trimEnd());
}

/** `WASHINGTON`, `NEW YORK`, `THE HAGUE`, but not `UPDATE`, `THE LATEST` or `MR SMITH`. */
function isCapsPlace(city: string): boolean {
  const letters = needsUnicode(city) ? city.replace(/[^\p{L}]/gu, '') : city.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2) return false;
  const words = city.toLowerCase().split(' ').map((w) => w.replace(/\.$/, ''));
  if (words.length === 1) return !NOT_A_PLACE.has(words[0] ?? '');
  return !words.some((w) => CAPS_LABEL_WORDS.has(w));
}

/** A day (and perhaps year) after the place's last comma: `, Dec 9`, `, Feb. 19, 2024`. Built on first use. */
const TRAILING_DAY = lazyRegExp(`, ${MONTH_ABBR} \\d{1,2}(?:, \\d{4})?$`, 'u');
/** A region that is a day instead: `Dec 9`. */
const LEADING_DAY = lazyRegExp(`^${MONTH_ABBR} \\d`, 'u');

/** Whether the place ends with a day (`Singapore, Dec 9`, `TUSTIN, Calif., Feb. 19`). */
function endsWithDay(fullPlace: string): boolean {
  return TRAILING_DAY().test(fullPlace);
}

function placeOf(withDay: string): string {
  // A date after the comma (`WASHINGTON, Dec 11`) belongs to the raw dateline, not the place.
  const fullPlace = withDay.replace(TRAILING_DAY(), '');
  const [city, region] = fullPlace.split(/, (.*)/su);
  if (region === undefined || LEADING_DAY().test(region)) return city ?? fullPlace;
  return fullPlace;
}

function isKnownAgency(agency: string): boolean {
  return KNOWN_AGENCIES.has(agency.toLowerCase()) || /^\p{Lu}{2,6}$/u.test(agency);
}

/** Up to three capitalised words, as in `Reuters`, `AP`, `CNN Student News`. */
function looksLikeAgency(agency: string): boolean {
  if (isKnownAgency(agency)) return true;
  const words = agency.split(/\s+/);
  return words.length <= 3 && words.every((w) => /^\p{Lu}[\p{L}.&'’-]*$/u.test(w));
}
