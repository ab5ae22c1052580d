// Turns the noun phrase an attribution names into a speaker, finds the people a stretch of text mentions,
// and resolves a bare surname to the full name mentioned earlier. Finding the phrase is speakers.ts's job.
// Decisions: a named speaker is the name alone, titles and roles dropped (`Defense Secretary Alan Ferris`
// → `Alan Ferris`, `Mr Pryce` → `Pryce`); an unnamed one is the phrase as written (`the minister`,
// `an official`, `the White House`). Not handled: telling people from places by gender or gazetteer.

import { NAME_SUFFIX_ABBREVIATIONS, PLACE_OR_TITLE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../parse/abbreviations.js';
import { CALENDAR_WORDS } from '../parse/calendar-words.js';
import { ARTICLES, DETERMINERS } from './determiners.js';
import { isCue } from './speakers.js';
import { FEMALE_NAMES, MALE_NAMES } from './given-names.js';
import { SENTENCE_ADVERBS } from './sentence-adverbs.js';
import { eachWordSpan, FULL_STOP, isWordCharAt, nextWordStart, wordEnd, wordHolding } from './word-spans.js';

/** Titles and roles written before a name, in full or abbreviated; the name starts after the last of them. */
const TITLES = new Set([
  ...TITLE_ABBREVIATIONS,
  ...PLACE_OR_TITLE_ABBREVIATIONS,
  ...(
    'President Vice Prime Minister Premier Secretary Senator Representative Delegate Congressman ' +
    'Congresswoman Governor Mayor Lieutenant Colonel Captain Admiral ' +
    'Sergeant Commander Miss Mx Professor Reverend Father ' +
    'Rabbi Imam Bishop Archbishop Cardinal Pope Judge Chairman Chairwoman Chancellor King Queen Prince ' +
    'Princess Duke Duchess Lord Lady Sir Dame Baroness Baron Leader Speaker Commissioner Director ' +
    'Deputy Attorney Ambassador Coach Manager Inspector Detective Superintendent Constable Sheriff ' +
    'Executive CEO Spokesman Spokeswoman Spokesperson Councillor Councilman Councilwoman President-elect ' +
    'Prosecutor Solicitor Counsel Advocate Editor Founder Chief Officer Agent Pastor Headteacher Headmaster ' +
    'Chair Mayor-elect Minister-President Treasurer Auditor Ombudsman Registrar Principal Provost Warden ' +
    'MP MEP MSP MLA AM TD QC KC CEO CFO COO CTO'
  ).split(' '),
]);
/** Roles written capitalized at a sentence's start before a name: `Nurse Clara Obi`, `Economist Helen Park`.
 * Words that are also common first names (Hunter, Taylor) are left out on purpose. */
const ROLES = new Set(
  (
    'Rival Fellow Former Longtime Nurse Teacher Farmer Collector Analyst Economist Singer Actor Actress Doctor Lawyer Driver Pilot Student ' +
    'Player Striker Goalkeeper Midfielder Defender Writer Author Novelist Poet Historian Scientist Researcher ' +
    'Engineer Designer Architect Artist Musician Composer Photographer Resident Neighbour Neighbor Witness ' +
    'Survivor Veteran Activist Campaigner Protester Volunteer Chef Owner Investor Trader Banker Broker ' +
    'Consultant Expert Critic Producer Presenter Journalist Reporter Columnist Blogger Lecturer Priest ' +
    'Entrepreneur Businessman Businesswoman Shopkeeper Manager Boss Skipper Chairman Campaigner Pensioner ' +
    'Officer Firefighter Paramedic Surgeon Psychologist Psychiatrist Lobbyist Strategist Pollster Diplomat ' +
    'Rapper Comedian Dancer Director Filmmaker Actor Athlete Sprinter Swimmer Cyclist Boxer Jockey Trainer ' +
    'Olympian Champion'
  ).split(' '),
);
/** Titles that are also ordinary words of names (General Motors): a title only before a two-word name. */
const WEAK_TITLES = new Set(['General', 'Chief', 'Justice', 'Major', 'Marshal']);

/** Capitalized words that open sentences but never names. */
const NOT_NAME_START = new Set([
  ...(
    'The A An But And Or So In On At As It He She They We I This That These Those When While After Before If ' +
    'Although Though Since Because For With From By Of To His Her Their Its Our My Your There Here Then Now ' +
    'Still Yet Meanwhile However Also Asked Speaking According Last Next Earlier Later Some Many Most All Both ' +
    'Each Other Another One Two Three Four Five Mr. Despite During Under Over Like Unlike Among Without Instead ' +
    'Even Only Just What Who Why How Where Which Whatever Whether Indeed Perhaps Such No Not Nor Every Any ' +
    'Watch Read See Click Listen Meet Follow Join Visit Share Email E-mail Note Please Log Sign Send Tell Look ' +
    'Today Yesterday Tonight Tomorrow'
  ).split(' '),
  // Sentence adverbs and connectives, capitalized as they open a sentence.
  ...[...SENTENCE_ADVERBS].map((w) => (w[0] as string).toUpperCase() + w.slice(1)),
]);

/** Words that make a capitalized run an organisation or a place rather than a person. */
const ORG_WORDS = new Set(
  (
    'Party Ministry House Council Commission Committee Association Bank Group Company Co Corp Corporation Inc ' +
    'Ltd Plc PLC University College School Department Office Agency Union News Times Post Telegraph Tribune ' +
    'Journal Street City County State States Kingdom Republic Court Cathedral Church Hospital Airport Club ' +
    'United Board Institute Foundation Fund Society Federation League Authority Service Services Network ' +
    'Organisation Organization Administration Government Parliament Senate Congress Assembly Police Army Navy ' +
    'Force Forces Reserve Exchange Market Markets Motors Airlines Airways Records Studios Pictures ' +
    'Entertainment Festival Awards Cup Championship Games Olympics Centre Center Square Road Avenue ' +
    'Island Islands Valley River Mountain Sea Ocean Coast North South East West Northern Southern Eastern ' +
    'Western Central Europe European America American Africa African Asia Asian Middle Day Year Week ' +
    'Christmas Easter Internet Web Google Microsoft Apple Labour Conservative Conservatives Democrat Democrats ' +
    'Democratic Republican Republicans Tory Tories Liberal Theatre Theater Museum Gallery Library Prize Show ' +
    'Magazine Radio Television TV Online Brothers Bros Hotel Stadium Arena Bay Beach Lake Port Fort ' +
    'Mount San Santa Los Las New Hong Kong Saudi Sri Puerto Bowl Station Base ' +
    // Departments a title names: `Secretary of Homeland Security Jeh Johnson`.
    'Security Defense Defence Health Treasury Energy Homeland Commerce Labor Education Transportation ' +
    'Interior Agriculture Affairs Veterans Housing'
  ).split(' '),
);

/** Lower-case words inside a name: de Gaulle, van Gogh, bin Laden. */
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'le', 'la', 'ter', 'dos', 'das']);
/** A lower-case prefix joined to a name: al-Rashid, el-Amin, bin-Saleh. */
const ARABIC_PREFIX = /^(?:al|el|ul|bin|ibn|abu|ad|as|ash|at|az)-\p{Lu}/u;
/** What follows a name without being it. */
/** Generational suffixes written after a name without a full stop: `Hal Ode III`. */
export const NUMERAL_SUFFIXES: readonly string[] = ['II', 'III', 'IV'];
const SUFFIXES = new Set([...NAME_SUFFIX_ABBREVIATIONS, ...[...NAME_SUFFIX_ABBREVIATIONS].map((s) => `${s}.`), ...NUMERAL_SUFFIXES]);

const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'to', 'on', 'by']);

/** The most capitalized words in a row that may still hold a person's name (titles and all). */
const MAX_NAME_RUN = 10;

/** A token of a phrase with the facts name-finding needs. */
interface Token {
  /** The word without a possessive ending or a sentence's full stop. */
  word: string;
  /** Offset in the phrase. */
  index: number;
  /** Offset just past the word, possessive ending included, full stop not. */
  end: number;
  possessive: boolean;
}

/** Splits a phrase into word tokens; a full stop stays only on initials and abbreviations. */
function tokenize(phrase: string): Token[] {
  const out: Token[] = [];
  eachWordSpan(phrase, (index, matchEnd) => out.push(toToken(phrase, index, matchEnd)));
  return out;
}

/** The token of the word found at `index`..`matchEnd` of `phrase`. */
function toToken(phrase: string, index: number, matchEnd: number): Token {
  let word = phrase.slice(index, matchEnd);
  let end = matchEnd;
  let possessive = false;
  // `Smith's` loses `'s`, `Jones'` its apostrophe; a word of two letters (`'s`) stays as it is.
  const last = word.charCodeAt(word.length - 1);
  const beforeLast = word.charCodeAt(word.length - 2);
  const possessiveLength = last === SMALL_S && isApostrophe(beforeLast) ? 2 : isApostrophe(last) && beforeLast === SMALL_S ? 1 : 0;
  if (possessiveLength > 0 && word.length > 2) {
    possessive = true;
    word = word.slice(0, -possessiveLength);
  }
  if (word.endsWith('.') && !/^\p{Lu}\.$|\.\p{L}/u.test(word) && !TITLES.has(word.slice(0, -1)) && !SUFFIXES.has(word)) {
    word = word.slice(0, -1);
    end -= 1;
  }
  return { word, index, end, possessive };
}

const SMALL_S = 0x73;

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** Whether the word found at `start`..`end` of `text` can be a name word (isNameWord), told from the text
 * alone: one that opens with an ASCII character other than a capital needs a hyphen after its prefix (`al-`). */
function mayBeNameWord(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return true;
  return (start + 2 < end && text.charCodeAt(start + 2) === HYPHEN) || (start + 3 < end && text.charCodeAt(start + 3) === HYPHEN);
}

const HYPHEN = 0x2d;

/** Whether `word` is written as part of a name: capitalized, or an initial. */
function isNameWord(word: string): boolean {
  // Asked of every word of every paragraph: ASCII is told by its code, the rest by the patterns.
  const c = word.charCodeAt(0);
  const named = c >= 0x41 && c <= 0x5a ? true : c < 0x80 ? (word[2] === '-' || word[3] === '-') && ARABIC_PREFIX.test(word) : /^\p{Lu}/u.test(word) || ARABIC_PREFIX.test(word);
  return named && !CALENDAR_WORDS.has(word.charCodeAt(word.length - 1) === FULL_STOP ? word.slice(0, -1) : word);
}


/** The word without a final full stop. */
function bare(word: string): string {
  return word.charCodeAt(word.length - 1) === FULL_STOP ? word.slice(0, -1) : word;
}

function isTitle(tokens: Token[], i: number): boolean {
  const w = bare(tokens[i]?.word ?? '');
  if (TITLES.has(w) || ROLES.has(w)) return true;
  // "Secretary General Kofi Annan", "Attorney General John Doe": a weak title needs a name of two words after it.
  return WEAK_TITLES.has(w) && tokens.length - i - 1 >= 2;
}

/** Drops titles and roles before a name: everything up to the last title. Null when only titles remain. */
function stripTitles(tokens: Token[]): Token[] | null {
  if (tokens.length === 1 && isTitle(tokens, 0)) return null;
  let last = -1;
  // The last word is the name itself even when it is also a title word: `Mr Bishop`.
  for (let i = 0; i < tokens.length - 1; i++) if (isTitle(tokens, i)) last = i;
  return tokens.slice(last + 1);
}

/** The index where the run of name words that ends `tokens` starts. */
function nameRunStart(tokens: Token[]): number {
  let i = tokens.length;
  while (i > 0) {
    const t = tokens[i - 1] as Token;
    const isParticle = PARTICLES.has(t.word) && i < tokens.length;
    // `Studio 54 Records`, `Radio 4`: a number inside or closing a name of a body.
    const isNumberInName = /^\d+$/u.test(t.word) && isNameWord(tokens[i - 2]?.word ?? '');
    if (!(isNameWord(t.word) || isParticle || isNumberInName) || (t.possessive && i < tokens.length)) break;
    i--;
  }
  while (i < tokens.length && (NOT_NAME_START.has(tokens[i]?.word ?? '') || PARTICLES.has(tokens[i]?.word ?? ''))) i++;
  return i;
}

function joinWords(tokens: Token[]): string {
  return tokens.map((t) => t.word).join(' ');
}

/** Whether a phrase of name words (titles already gone) names a person rather than a body or place. */
function looksPersonal(tokens: Token[]): boolean {
  return tokens.every((t) => !ORG_WORDS.has(bare(t.word)) && hasPersonalShape(t.word));
}

/** A word with a small letter (`Smith`, `McVey`), or an initial: not an acronym (`NATO`, `BBC`). */
const PERSONAL_SHAPE = /\p{Ll}|^\p{Lu}\.?$/u;

function hasPersonalShape(word: string): boolean {
  // Most name words have a small ASCII letter second: the pattern runs only for the others.
  const c = word.charCodeAt(1);
  return (c >= 0x61 && c <= 0x7a) || PERSONAL_SHAPE.test(word);
}

/** Lower-cases a determiner that opened a sentence: `The minister` → `the minister`. */
function lowerDeterminer(phrase: string): string {
  const first = /^\p{Lu}\p{Ll}*(?= )/u.exec(phrase)?.[0];
  return first && DETERMINERS.has(first.toLowerCase()) ? first.toLowerCase() + phrase.slice(first.length) : phrase;
}

/** Cleans the noun phrase an attribution names into a speaker; null when nothing speaker-like is left.
 * Two names joined by `and` stay together: `authors Mia Holm and Jonas Berg` → `Mia Holm and Jonas Berg`. */
export function speakerName(phrase: string): string | null {
  // A quick test first for what the pair pattern needs, which backtracks over the whole phrase.
  const pair = /\sand\s/u.test(phrase) ? /^(.*\p{Lu}[\p{L}'’.-]*)\s+and\s+(\p{Lu}.*)$/u.exec(phrase.trim()) : null;
  if (pair) {
    const first = singleSpeakerName(pair[1] as string);
    const second = singleSpeakerName(pair[2] as string);
    if (first && second && /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second)) return `${first} and ${second}`;
  }
  return singleSpeakerName(phrase);
}

/** Titles that name a body after `of`: `Secretary of State`, `Minister for Health`, `Director of the FBI`. */
const TITLE_OF = /\b(?:Secretary|Minister|Director|Chairman|Chairwoman|Chair|Head|Governor|Mayor|Commissioner|Chief|President|Speaker|Leader|Ambassador|Administrator)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.\s-]{0,80})$/u;

/** A quick test for what TITLE_OF needs, which tries every start of the phrase. */
const TITLE_OF_HINT = /\s(?:of|for)\s/u;

/** A quick test for what the `of` pattern below needs, which tries every start of the phrase. */
const OF_BODY_HINT = /\s(?:of|from|at)\s/u;

/** Cleans a noun phrase naming one speaker. */
function singleSpeakerName(phrase: string): string | null {
  // `Secretary of State Ana M. Pell`: the person is the personal tail after the body the title names.
  const titleOf = TITLE_OF_HINT.test(phrase) ? TITLE_OF.exec(phrase.trim().slice(0, 160)) : null;
  if (titleOf) {
    const toks = tokenize(titleOf[1] as string);
    for (let k = 1; k <= toks.length - 2; k++) {
      if (toks.slice(k).every((t) => isNameWord(t.word)) && looksPersonal(toks.slice(k))) return joinWords(toks.slice(k));
    }
  }
  // "analyst Ines Moreau of Harbour Bank": the person, not the body after `of`.
  const of = OF_BODY_HINT.test(phrase) ? /^(.*?\p{Lu}[\p{L}'’.-]*)\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}/u.exec(phrase.trim().slice(0, 200)) : null;
  if (of) {
    const person = personNamed(of[1] as string, []);
    // `Mr. Lund of the Harbour Trust`: a titled surname is a person too.
    if (person && !person.possessive && (person.name.includes(' ') || /^(?:Mr|Mrs|Ms|Dr)\.?\s/u.test((of[1] as string).trim()))) return person.name;
  }
  const tokens = tokenize(phrase);
  if (tokens.length === 0) return null;
  const start = nameRunStart(tokens);
  if (start >= tokens.length) return lowerDeterminer(phrase.trim().replace(/[,.;:]+$/u, ''));
  let run = tokens.slice(start);
  const before = tokens[start - 1];
  const startsWithTitle = isTitle(run, 0);
  // "a spokesman for the Data Commissioner's Office": a body named after a preposition or inside a
  // possessive, not a person.
  const bodyNamed = tokens.slice(0, start).some((t) => PREPOSITIONS.has(t.word)) && /^\p{Ll}/u.test(tokens[0]?.word ?? '');
  const ofBody = before?.possessive === true && isNameWord(before.word) && !looksPersonal(run);
  if (((before && PREPOSITIONS.has(before.word)) || ofBody || bodyNamed) && !startsWithTitle) {
    // "a spokesman for Microsoft": the body is named, the speaker is not.
    return lowerDeterminer(phrase.trim().replace(/[,.;:]+$/u, ''));
  }
  if (before && ARTICLES.has(before.word.toLowerCase()) && start === 1 && !startsWithTitle && !looksPersonal(run)) {
    return `${before.word.toLowerCase()} ${joinWords(run)}`;
  }
  const stripped = stripTitles(run);
  if (!stripped) return lowerDeterminer(phrase.trim().replace(/[,.;:]+$/u, ''));
  run = stripped;
  // `Secretary of State Ana M. Pell`: a title's body before the name goes; the person is the tail.
  if (!looksPersonal(run)) {
    for (let k = 1; k <= run.length - 2; k++) {
      if (looksPersonal(run.slice(k)) && !ORG_WORDS.has(bare((run[k] as Token).word))) return joinWords(run.slice(k));
    }
  }
  return joinWords(run);
}

/** Titles that tell a person's gender, for matching `he` and `she`. */
const FEMALE_TITLES = new Set(['Ms', 'Mrs', 'Miss', 'Mme', 'Lady', 'Dame', 'Baroness', 'Queen', 'Princess', 'Duchess', 'Congresswoman', 'Chairwoman', 'Spokeswoman', 'Councilwoman', 'Sister']);
const MALE_TITLES = new Set(['Mr', 'Sir', 'Lord', 'King', 'Prince', 'Duke', 'Father', 'Fr', 'Congressman', 'Chairman', 'Spokesman', 'Councilman', 'Baron', 'Brother']);

/** A grammatical gender a title tells. */
export type Gender = 'female' | 'male';

/** A person a stretch of text mentions. */
export interface Mention {
  /** The name, titles dropped. */
  name: string;
  /** Offset of the mention in the text. */
  index: number;
  /** True for `Smith's`: a possessive is rarely the subject. */
  possessive: boolean;
  /** The gender the title before the name tells, if any. */
  gender: Gender | null;
}

/** The gender the titles among `words` tell, else a well-known first name; null when neither does. */
function genderOfTitles(words: readonly Token[]): Gender | null {
  for (const t of words) {
    const w = bare(t.word);
    if (FEMALE_TITLES.has(w)) return 'female';
    if (MALE_TITLES.has(w)) return 'male';
  }
  const first = words.length >= 2 ? bare((words[0] as Token).word) : '';
  if (FEMALE_NAMES.has(first)) return 'female';
  if (MALE_NAMES.has(first)) return 'male';
  return null;
}

/** What a reader of the people known may ask: whether a full name is one, and which end with a surname. */
export interface PeopleIndex {
  has(name: string): boolean;
  withSurname(surname: string): ReadonlySet<string>;
}

/** The full names of the people an article has mentioned so far, indexed by surname so that looking one
 * up costs the same however many there are. */
export class KnownPeople implements PeopleIndex {
  private readonly all = new Set<string>();
  private readonly bySurname = new Map<string, Set<string>>();

  constructor(names: readonly string[] = []) {
    for (const n of names) this.add(n);
  }

  add(name: string): void {
    if (this.all.has(name)) return;
    this.all.add(name);
    const last = surnameOf(name);
    if (last) this.bySurname.set(last, (this.bySurname.get(last) ?? new Set()).add(name));
  }

  has(name: string): boolean {
    return this.all.has(name);
  }

  /** The full names that end with `surname`. */
  withSurname(surname: string): ReadonlySet<string> {
    return this.bySurname.get(surname) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** People known to the caller: the article's index, or a plain list (tests, one-off calls). */
export type Known = KnownPeople | readonly string[];

/** The index to read `known` by. Read only: the empty one is shared. */
function asKnown(known: Known): PeopleIndex {
  if (known instanceof KnownPeople) return known;
  // Most plain lists are the empty default: one shared index serves them all, and the type keeps it unwritten.
  return known.length === 0 ? NO_ONE : new KnownPeople(known);
}

const NO_ONE: PeopleIndex = new KnownPeople();

/** Finds the people a text names, in order: titled names (Mr Pryce), names of two or more words that are
 * not organisations or places, and surnames of people in `known`. */
export function mentionedPeople(text: string, knownPeople: Known = []): Mention[] {
  const out: Mention[] = [];
  const surnames = asKnown(knownPeople);
  const length = text.length;
  // Only a word holding a capital can be a name word (`Ode`, `al-Rashid`): the scan jumps from capital to
  // capital and reads the words around them. `done` is where the words read so far end, `last` the last start.
  let done = 0;
  let last = -1;
  const capitals = CAPITALS;
  capitals.lastIndex = 0;
  // test, not exec: no match object is built, and the capital (one code unit) is just before lastIndex.
  while (capitals.test(text)) {
    const start = wordHolding(text, capitals.lastIndex - 1, done);
    if (start < 0) continue;
    const end = wordEnd(text, start);
    const first = mayBeNameWord(text, start, end) ? toToken(text, start, end) : null;
    if (!first || !isNameWord(first.word)) {
      last = start;
      done = end;
      capitals.lastIndex = end;
      continue;
    }
    const run: Token[] = [first];
    let runEnd = end;
    let next = nextWordStart(text, end);
    while (next < length) {
      const prev = run[run.length - 1] as Token;
      if (prev.possessive || !isSpaceBetween(text, prev.end, next)) break;
      const nextEnd = wordEnd(text, next);
      const t = toToken(text, next, nextEnd);
      if (!(isNameWord(t.word) || (PARTICLES.has(t.word) && nameStartsAt(text, nextWordStart(text, nextEnd))))) break;
      run.push(t);
      runEnd = nextEnd;
      next = nextWordStart(text, nextEnd);
    }
    // A run this long is a title or a shout in capitals, not a person's name.
    const mention = run.length > MAX_NAME_RUN ? null : personIn(run, surnames);
    const before = mention ? startOfWordBefore(text, start, done, last) : -1;
    if (mention && !(before >= 0 && namesBody(toToken(text, before, wordEnd(text, before)).word, run))) {
      const possessive = (run.at(-1) as Token).possessive;
      out.push({ name: mention, index: first.index, possessive, gender: genderOfTitles(run) });
    }
    last = (run[run.length - 1] as Token).index;
    done = runEnd;
    capitals.lastIndex = runEnd;
  }
  return out;
}

/** Every capital letter of the Basic Multilingual Plane (`\p{Lu}`) and the high half of every pair outside it,
 * in a plain class several times faster than `\p{Lu}`: past ASCII it is wide (most letters from U+00C0 on,
 * symbols, CJK), and mentionedPeople sorts what it finds by the word holding it. Global: mentionedPeople
 * resets it before each use. */
const CAPITALS = /[A-Z\u00C0-\u1FFF\u2100-\uDBFF\uFF21-\uFF3A]/g;

/** The start of the word before the one at `start`, looked for back to `done`; before that, `last`. */
function startOfWordBefore(text: string, start: number, done: number, last: number): number {
  for (let k = start - 1; k >= done; k--) if (isWordCharAt(text, k)) return wordHolding(text, k, done);
  return last;
}

const ONLY_SPACE = /^\s+$/u;

/** Whether `text` from `start` to `end` is all white space, and not empty; most often it is one space. */
function isSpaceBetween(text: string, start: number, end: number): boolean {
  return (end === start + 1 && text.charCodeAt(start) === SPACE) || ONLY_SPACE.test(text.slice(start, end));
}

const SPACE = 0x20;

/** "the Foreign Office", "Friends of the Earth": after `the` or `of`, a run names a body unless a title says otherwise. */
function namesBody(lead: string, run: Token[]): boolean {
  return (lead === 'the' || lead === 'of') && !isTitle(run, 0);
}

/** Whether a name word starts at `start` of `text` (a word's start, or the text's length). */
function nameStartsAt(text: string, start: number): boolean {
  if (start >= text.length) return false;
  const end = wordEnd(text, start);
  return mayBeNameWord(text, start, end) && isNameWord(toToken(text, start, end).word);
}

/** The person a run of name words stands for, if it names one. */
function personIn(run: Token[], surnames: PeopleIndex): string | null {
  // Most runs are one capitalized word, which names someone only as the surname of one known person.
  if (run.length === 1 && surnames.withSurname(bare((run[0] as Token).word)).size !== 1) return null;
  let k = 0;
  // `What Mr. Obama`: words that cannot start a name go, but a title among them stays to tell a person.
  // `Said Okafor:`: a cue verb opening a sentence is not part of the name after it.
  while (k < run.length && (NOT_NAME_START.has(run[k]?.word ?? '') || isCue((run[k] as Token).word.toLowerCase())) && !isTitle(run, k)) k++;
  const words = run.slice(k);
  if (words.length === 0) return null;
  const name = stripTitles(words);
  if (!name) return null;
  const hadTitle = name.length < words.length;
  if (name.length === 1) {
    const single = bare((name[0] as Token).word);
    const full = surnames.withSurname(single);
    if (full.size === 1) return [...full][0] as string;
    return hadTitle && looksPersonal(name) ? single : null;
  }
  if (!looksPersonal(name) || name.length > 4) return null;
  return joinWords(name);
}

/** The last word of a name, suffixes (Jr.) skipped; null for one-word names. */
function surnameOf(name: string): string | null {
  const words = name.split(' ').filter((w) => !SUFFIXES.has(w));
  return words.length >= 2 ? (words.at(-1) as string) : null;
}

/** Resolves a one-word name (`Smith`) to the one full name in `known` that ends with it; else returns it unchanged. */
export function resolveShortName(name: string, known: Known): string {
  if (name.includes(' ') || !/^\p{Lu}/u.test(name)) return name;
  const matches = asKnown(known).withSurname(name);
  return matches.size === 1 ? ([...matches][0] as string) : name;
}

/** Whether a speaker is a person a pronoun `he` or `she` may stand for: one person's name, not a body, a
 * place, a description or a plural (`Jo Lin`, `Lin`; not `the Commission`, `Republicans`, `R-Ga`). */
export function isPersonName(name: string, known: Known): boolean {
  if (!/^\p{Lu}/u.test(name) || /\s(?:and|&)\s/u.test(name)) return false;
  const tokens = tokenize(name);
  if (tokens.length === 0 || tokens.some((t) => t.possessive) || !tokens.every((t) => isNameWord(t.word) || PARTICLES.has(t.word))) return false;
  if (tokens.length === 1) {
    const w = bare((tokens[0] as Token).word);
    if (asKnown(known).withSurname(w).size > 0) return true;
    return !ORG_WORDS.has(w) && !NOT_NAME_START.has(w) && !/^\p{Lu}{2,}$|s$|-/u.test(w) && /\p{Ll}/u.test(w);
  }
  return looksPersonal(stripTitles(tokens) ?? tokens) && tokens.length <= 5;
}

/** The gender a well-known first name or a title tells, for a name as the scanner keeps it. */
export function genderOfName(name: string): Gender | null {
  return genderOfTitles(tokenize(name));
}

/** The person a speaker phrase names (`Mr Pryce` → `Pryce`, `Jane Doe, an analyst` → `Jane Doe`), or null for
 * bodies, places and descriptions (`the ministry`, `an official`). */
export function personNamed(phrase: string, known: Known): Mention | null {
  return mentionedPeople(phrase, known).find((m) => !m.possessive) ?? null;
}
