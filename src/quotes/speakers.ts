// Finds who one sentence credits with a quotation: the subject of a cue verb before or after it
// (`she said`, `said Jane Doe, an analyst`), `according to X`, a dash credit, `quotes X as saying`.
// It reads a masked sentence in which every quotation is blanked out, so words inside quotes never count.
// Pronouns are returned as such: resolving them, and quotes with no cue, is find.ts's job.

import { NAME_SUFFIX_ABBREVIATIONS, PLACE_OR_TITLE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../parse/abbreviations.js';
import { MONTHS, WEEKDAYS } from '../parse/calendar-words.js';
import { DETERMINERS } from './determiners.js';
import { SENTENCE_ADVERB_PATTERN, SENTENCE_ADVERBS } from './sentence-adverbs.js';
import { isSpaceCode, lastWordStart, lettersBeforeTrailingSpace, startsLower, startsUpper } from './letter-runs.js';
import { eachWordSpan, FULL_STOP, nextWordStart, wordEnd } from './word-spans.js';

/** The character that blanks out quotation text in a masked sentence. */
export const MASK = '\uE000';

/** What a sentence says about who spoke. */
export interface Attribution {
  /** The noun phrase naming the speaker as written, or a pronoun. */
  phrase: string;
  /** The attributing word or phrase: `said`, `according to`, `—` for a dash credit. */
  cue: string;
  /** True when `phrase` is a pronoun (he, she, they, it, we, I). */
  pronoun: boolean;
}

/** Finite and participle forms of the verbs that attribute speech or a characterisation in quotes. Base
 * forms that are mostly nouns (note, report, claim, state) are left out. */
const CUES = new Set(
  (
    'said says say saying told tells tell telling added adds add adding asked asks ask asking explained ' +
    'explains explain explaining warned warns warn warning noted notes noting insisted insists insist ' +
    'insisting wrote written writes write writing stated stating argued argues argue arguing claimed ' +
    'claims claiming declared declares declare declaring announced announces announce announcing replied ' +
    'replies replying continued continues recalled recalls recalling acknowledged acknowledges acknowledge ' +
    'acknowledging described describes describe describing admitted admits admit admitting suggested ' +
    'suggests suggest suggesting commented commenting remarked responded responds respond ' +
    'responding conceded concedes concede confirmed confirms confirm stressed stresses emphasised emphasises ' +
    'emphasized emphasizes maintained maintains maintain predicted predicts predict promised promises vowed ' +
    'vows pledged pledges urged urges urge called calls calling tweeted tweets chanted chanting shouted ' +
    'shouts shouting cried screamed whispered joked jokes quipped boasted complained complains complain ' +
    'protested agreed agrees agree observed reported reports countered counters concluded cautioned lamented ' +
    'mused testified alleges asserted asserts contended contends reckoned reckons labelled labeled branded ' +
    'hailed accused dismissed criticised criticized condemned denied denies pleaded begged demanded demands ' +
    'thundered snapped believes believed estimates estimated attacked claim pressed interjected retorted ' +
    'answered queried inquired enquired exclaimed recounted reiterated repeated confessed muttered murmured ' +
    'yelled roared proclaimed advised speculated elaborated questioned challenged wondered sighed laughed ' +
    // Verbs of saying and writing beyond the common ones, by meaning: manner of speech, judgement, report.
    'sings sang singing grumbled grumbles grumbling quips quipping mocked mocks mocking posted posting ' +
    'lauded lauds likened likens likening texted emailed e-mailed messaged scolded scolds scolding ' +
    'blasted blasts slammed slams touted touts bragged brags boasts boasting fumed fumes griped gripes ' +
    'lambasted lambastes ripped railed derided derides decried decries praised praises thanked ' +
    'opined opines chimed marveled marvelled recalled recounts reminded reminds conceding insists ' +
    'charged contending asserting alleged alleging swore swears sworn stated declaring ' +
    'announced informed informs assured assures reassured acknowledged affirmed affirms reaffirmed ' +
    'explained clarified clarifies corrected objected groused complaining lamenting ' +
    'taunted taunts teased teases snarked sneered scoffed scoffs joking hinted ' +
    'implored pleads pleading demanding warned warning cautioning predicting promising vowing pledging ' +
    'confided confides disclosed revealed reveals conveyed wrote writes penned reads ' +
    'summarized summarised summed concluded concludes observes observing notes remarking ' +
    'responded answering retorts replied replies interrupted interrupts countering ' +
    'intoned intones exhorted exhorts proposed proposes recommended recommends mentioned ' +
    'signaled signalled indicated indicates acknowledging tweeting testifying testifies ' +
    'griping grumbling muses musing wondering wonders recalling recounting reiterating repeats reiterates'
  ).split(' '),
);

/** Whether `word` is a cue verb form: `said`, `told`, `adds`, `insisting`. */
export function isCue(word: string): boolean {
  return CUES.has(word);
}

/** Cues whose object is a listener or the thing characterised, never the speaker: `told reporters`. */
const OBJECT_CUES = new Set([
  'told', 'tells', 'tell', 'telling', 'called', 'calls', 'calling', 'described', 'describes', 'describe',
  'describing', 'labelled', 'labeled', 'branded', 'hailed', 'accused', 'dismissed', 'criticised',
  'criticized', 'condemned', 'urged', 'urges', 'urge', 'begged', 'attacked',
  // Verbs of judging or addressing someone: their object is the one judged or addressed.
  'mocked', 'mocks', 'mocking', 'lauded', 'lauds', 'scolded', 'scolds', 'scolding', 'blasted', 'blasts',
  'slammed', 'slams', 'lambasted', 'lambastes', 'derided', 'derides', 'praised', 'praises', 'thanked',
  'taunted', 'taunts', 'teased', 'teases', 'reminded', 'reminds', 'informed', 'informs', 'assured',
  'assures', 'reassured', 'likened', 'likens', 'likening', 'ripped', 'implored', 'exhorted', 'exhorts',
  'touted', 'touts', 'decried', 'decries',
]);

/** Cues that, followed by `to`, make their subject the one who was asked: `told to`, `asked to`. */
const TOLD_TO = /^(?:told|tells?|telling|ask(?:ed|s|ing)?|urge[sd]?|begged)$/u;
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Forms of `get` that make a passive: `got called`, `gets accused of`. */
const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
/** Words that may sit between a subject and its cue: `has also said`, `will say`, `repeatedly called`. */
const AUXILIARIES = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does',
  'do', 'also', 'later', 'then', 'once', 'again', 'previously', 'earlier', 'recently', 'repeatedly',
  'already', 'not', 'never', 'just', 'often', 'still', 'even', 'further', 'first', 'simply', 'always',
  'yesterday', 'today', 'tonight', 'subsequently', 'reportedly', 'allegedly', 'apparently', 'quickly', 'now', 'long',
]);
/** Words that end a subject phrase when met walking back from the cue. */
const SUBJECT_BOUNDARY = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as', 'because', 'since', 'if', 'but',
  'or', 'so', 'than', 'then', 'after', 'before', 'although', 'though', 'until', 'unless', 'whether',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'what', 'how', 'why', 'to', 'it', 'this',
  'these', 'those', 'there', 'here', 'said', 'says', 'told', 'also', 'however', 'meanwhile', 'yet',
  'nor', 'once', 'instead', 'about', 'into', 'like', 'only', 'even', 'just',
]);
/** Words that end a speaker phrase written after its cue: `said Smith in a statement`. */
const INVERTED_BOUNDARY = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'who', 'which', 'as', 'adding',
  'referring', 'according', 'told', 'citing', 'speaking', 'yesterday', 'today', 'tonight', 'earlier',
  'later', 'last', 'this', 'and', 'but', 'with', 'that', 'said', 'says', 'from', 'outside', 'via',
  'over', 'about', 'because', 'since', 'if', 'recently', 'then',
]);
const PRONOUN_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'for', 'at', 'from', 'in', 'with', 'to', 'on', 'by', 'and', 'or', 'his', 'her',
  'their', 'its', 'our', 'my', 'your', 'some', 'any', 'no', 'one', 'that', 'this', 'as', 'into', 'but',
  'over', 'about', 'under', 'against', 'after', 'before', 'between', 'through', 'across', 'toward', 'towards',
  'onto', 'upon', 'than', 'via',
]);
/** Conjunctions, sentence adverbs and short time or manner phrases that may open a subject phrase. */
const LEADING_ADVERBIAL = new RegExp(
  `^(?:(?:and|but|so|or|${SENTENCE_ADVERB_PATTERN}|last\\s+\\w+|this\\s+\\w+|next\\s+\\w+|(?:on|in|at|by|during|early|late)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[A-Z]\\w+day|morning|afternoon|evening|night|week|weekend|month|year|statement|interview|speech|letter|\\d+\\w*))\\b[\\s,]*)+`,
  'iu',
);
const PARTICIPLE_CUE = /ing$/u;
/** Words that join a noun phrase to the one before it: `the head of the agency`, `a spokesman for the firm`. */
const NP_JOINERS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'by', 'and', 'around', 'across', 'near', 'within', 'among', 'throughout']);

/** A word of a masked sentence and where it starts. */
interface Word {
  text: string;
  index: number;
}

/** Whether a word written with a full stop keeps it: an initial, a title, `Jr.`, `St.`, a dotted `U.S.`. */
function keepsFullStop(word: string): boolean {
  const stem = word.slice(0, -1);
  return /^\p{Lu}$|\.\p{L}+$/u.test(stem) || TITLE_ABBREVIATIONS.has(stem) || PLACE_OR_TITLE_ABBREVIATIONS.has(stem) || NAME_SUFFIX_ABBREVIATIONS.has(stem) || stem === 'St';
}

/** The words of `text`, or of its part from `from` to `to` (each a space or an end of the text: the word
 * scanner starts afresh at a space, so the part's words are the text's own there). */
function words(text: string, from = 0, to = text.length): Word[] {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const out: Word[] = [];
  eachWordSpan(part, (start, end) => out.push(wordAt(part, start, end, from)));
  return out;
}

/** The word from `start` to `end` of `text`, placed `shift` further on: its full stop dropped unless the word keeps it. */
function wordAt(text: string, start: number, end: number, shift = 0): Word {
  const w = text.slice(start, end);
  return { text: text.charCodeAt(end - 1) === FULL_STOP && !keepsFullStop(w) ? w.slice(0, -1) : w, index: start + shift };
}

/** How far either side of a position `wordsAround` first reads. */
const WORD_WINDOW = 40;

/** The farthest either side of a position `wordsAround` reads before its caller takes the whole text's words. */
const MAX_WORD_REACH = 16 * WORD_WINDOW;

/** Words around `at` in `text`, `ws[k]` the first at or after it: at least `before` words before it and `after`
 * from it on, or all the text has on that side. Read from a space to a space, so only a window is scanned; null
 * when no such window lies within MAX_WORD_REACH (a text with few spaces), so that no cue reads far. */
function wordsAround(text: string, at: number, before: number, after: number): { ws: Word[]; k: number } | null {
  for (let reach = WORD_WINDOW; reach <= MAX_WORD_REACH; reach *= 2) {
    let from = Math.max(0, at - reach);
    const fromLimit = Math.max(0, at - 2 * reach);
    while (from > fromLimit && !isSpaceCode(text.charCodeAt(from))) from--;
    let to = Math.min(text.length, at + reach);
    const toLimit = Math.min(text.length, at + 2 * reach);
    while (to < toLimit && !isSpaceCode(text.charCodeAt(to))) to++;
    // No space near enough on a side: a wider reach is tried.
    if ((from > 0 && !isSpaceCode(text.charCodeAt(from))) || (to < text.length && !isSpaceCode(text.charCodeAt(to)))) continue;
    const ws = words(text, from, to);
    let k = 0;
    while (k < ws.length && (ws[k] as Word).index < at) k++;
    if ((k >= before || from === 0) && (ws.length - k >= after || to === text.length)) return { ws, k };
  }
  return null;
}

/** Words of a text read one at a time, as `words` would give them: for readers that mostly stop after a few. */
class WordReader {
  private readonly found: Word[] = [];
  private from = 0;

  constructor(private readonly text: string) {}

  /** The `k`th word, or undefined past the last. */
  at(k: number): Word | undefined {
    while (this.found.length <= k) {
      const start = nextWordStart(this.text, this.from);
      if (start >= this.text.length) break;
      const end = wordEnd(this.text, start);
      this.from = end;
      this.found.push(wordAt(this.text, start, end));
    }
    return this.found[k];
  }
}

/** A word before a cue form in -s that makes it a noun: a determiner, a possessive, a compound adjective. */
const NOUN_BEFORE_WORDS: ReadonlySet<string> = new Set([...DETERMINERS, 'these', 'those', 'many', 'several', 'some', 'any', 'no', 'new', 'recent', 'such', 'other']);
/** A possessive or a compound adjective before a cue form in -s, which also makes it a noun. */
const NOUN_BEFORE_SHAPE = /^(?:[\p{L}]+['’]s|[\p{Ll}]+-[\p{Ll}]+)$/u;

/** A word of quantity before `of` that makes a partitive: `40%`, `half`, `most`, `a share`. */
const QUANTITY =
  /^(?:[\d.,]+%?|percent|most|many|much|some|several|few|all|none|half|third|thirds|quarter|quarters|share|majority|minority|bulk|rest|part|portion|proportion|fraction|number|lot|lots|dozens|hundreds|thousands|millions|each|both|either|neither|any)$/iu;

const ACCORDING_TO = /\baccording to\b/giu;
const TALKED_VERBS = 'went on|goes on|talked|talks|spoke|speaks|ranted|rants|raved|raves';
const TALKED_ABOUT = new RegExp(`\\b(?:${TALKED_VERBS})\\s+(?:about|of)\\b`, 'gu');
/** Quick tests before the patterns above: without a `\b` to open them V8 looks for their words many times faster. */
const ACCORDING_TO_HINT = /according to/iu;
const TALKED_ABOUT_HINT = new RegExp(`(?:${TALKED_VERBS})\\s+(?:about|of)`, 'u');
const POINT_OUT_HINT = /point(?:s|ed)? out/u;

/** Cue forms, their first letter in either case (`Said`), with no ASCII letter or digit either side. Every cue
 * word starts where one of these matches starts: a word never follows a letter or digit, and the letters of a
 * match are one word's, so no match runs into the next word. (Without the `u` flag a case-blind pattern of plain
 * letters runs many times faster. It matches no letter outside ASCII, and misses no cue by that: cueWord takes a
 * word that is not a cue as written only by lowercasing it, and the one letter that lowercases to an ASCII one is
 * the Kelvin sign, to `k`; inside a word it fails cueWord's case test, and no cue starts with `k`.) */
const CUE_FORMS = new RegExp(`(?<![A-Za-z0-9])(?:${[...CUES].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z0-9])`, 'gi');

/** Where the matches of CUE_FORMS in `text` start. */
function cueFormStarts(text: string): number[] {
  const starts: number[] = [];
  CUE_FORMS.lastIndex = 0;
  for (let m = CUE_FORMS.exec(text); m; m = CUE_FORMS.exec(text)) starts.push(m.index);
  return starts;
}

/** The cue that the word `ws[k]` of `text` is, or null: a form in -s read as a noun (`his calls`), a participle
 * after `without`, a cue right before another (`reports said`) are none; a capitalized cue opening its sentence is. */
function cueWord(text: string, ws: Word[], k: number): Word | null {
  let w = ws[k] as Word;
  if (!CUES.has(w.text)) {
    // `Said Okafor: "…"`, `Added Ruiz, "…"`: a cue opening its sentence, followed by the speaker.
    // (The cheap tests first: most words are no cue in any case.)
    const lower = w.text.toLowerCase();
    if (lower === w.text || !CUES.has(lower) || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || !/^[\s\p{P}\uE000]*$/u.test(text.slice(0, w.index)) || !/^\s+\p{Lu}/u.test(text.slice(w.index + w.text.length))) return null;
    w = { text: lower, index: w.index };
  }
  // `It goes without saying: …`: a participle after `without` says nothing was said.
  if (PARTICIPLE_CUE.test(w.text) && ws[k - 1]?.text.toLowerCase() === 'without') return null;
  // `Trump’s late-night tweets`, `his calls`: a cue form in -s after a determiner or possessive is a noun.
  if (/[^s]s$/u.test(w.text) && k > 0 && (NOUN_BEFORE_WORDS.has((ws[k - 1] as Word).text) || NOUN_BEFORE_SHAPE.test((ws[k - 1] as Word).text))) return null;
  // `40% of Liberal claims`, `most of her calls`: in a partitive (a quantity, `of`, one word) a form in -s is
  // a noun; `The mayor of Linden says` and `one of them says` keep their cue.
  if (/[^s]s$/u.test(w.text) && k > 2 && (ws[k - 2] as Word).text === 'of' && QUANTITY.test((ws[k - 3] as Word).text) && !PRONOUN_WORDS.has((ws[k - 1] as Word).text.toLowerCase()) && !/^(?:them|us|those)$/u.test((ws[k - 1] as Word).text)) return null;
  if (CUES.has(ws[k + 1]?.text ?? '') && !/[,;:]/u.test(text.slice(w.index, ws[k + 1]?.index))) return null;
  return w;
}

/** The cue words of `text` with their positions, skipping a cue followed by another (`reports said`). */
function cuesIn(text: string): Word[] {
  // One pattern finds where cue forms are, far faster than looking each word up: only words starting there are
  // checked, and a long text is cut into words only around them (three words before, one after, are read).
  const starts = cueFormStarts(text);
  // (A cue with no window near, in a text with few spaces, takes the whole text's words too: read once, they
  // serve every cue after it, so many cues in a long run without spaces stay linear.)
  let whole = starts.length > 0 && text.length <= 3 * WORD_WINDOW * starts.length ? words(text) : null;
  const out: Word[] = [];
  let k = 0;
  for (const start of starts) {
    let ws = whole;
    const around = ws ? null : wordsAround(text, start, 3, 2);
    if (around) ({ ws, k } = around);
    else if (!ws) {
      ws = whole = words(text);
      k = 0;
    }
    if (!around) while (k < ws.length && (ws[k] as Word).index < start) k++;
    if (ws[k]?.index !== start) continue;
    const cue = cueWord(text, ws, k);
    if (cue) out.push(cue);
  }
  // Each phrase is looked for only when a quick test finds its words.
  if (ACCORDING_TO_HINT.test(text)) for (const m of text.matchAll(ACCORDING_TO)) out.push({ text: m[0].toLowerCase(), index: m.index });
  // `As Jo Lin put it, "…"`: a phrase of saying.
  if (text.includes('put it')) for (const m of text.matchAll(/\bput it\b/gu)) out.push({ text: 'put it', index: m.index });
  // `The report points out that "…"`: a phrasal verb of saying.
  if (POINT_OUT_HINT.test(text)) for (const m of text.matchAll(/\b(?:points|pointed|point) out\b/gu)) out.push({ text: m[0], index: m.index });
  // `as Smith went on about "…"`, `she spoke of "…"`: talking about something is saying it.
  if (TALKED_ABOUT_HINT.test(text)) for (const m of text.matchAll(TALKED_ABOUT)) out.push({ text: m[0], index: m.index });
  return out.sort((a, b) => a.index - b.index);
}

/** What ends a clause chunk: a comma, semicolon, colon, bracket, masked quote or dash. */
const CLAUSE_BREAK = new RegExp(`[,;:()\\[\\]${MASK}]|\\s[-–—―]+(?:\\s|$)|--|—|–|―`, 'u');

/** Splits text into clause chunks at commas, semicolons, colons, dashes, brackets and masked quotes. */
function chunks(text: string): string[] {
  return text.split(CLAUSE_BREAK);
}

/** Drops adverbs, auxiliaries and time phrases from the end of `text`: `Smith has also` → `Smith`. */
function stripTrailingAuxiliaries(text: string): string {
  let t = text.trimEnd();
  for (;;) {
    const start = lastWordStart(t);
    if (start < 0) return t;
    const last = t.slice(start);
    const w = last.toLowerCase();
    if (!AUXILIARIES.has(w) && !(w.endsWith('ly') && w.length > 4 && !startsUpper(last))) {
      const time = endsWithTimeWord(t) ? TRAILING_TIME.exec(t) : null;
      if (!time) return t;
      t = t.slice(0, time.index).trimEnd();
      continue;
    }
    t = t.slice(0, start).trimEnd();
  }
}

/** A time phrase ending a subject: `Smith on Tuesday`, `Smith last week`. */
const TRAILING_TIME = /\s(?:on|last|this)\s+(?:\p{Lu}\w+day|week|month|night|year)$|\s(?:late|early)\s+\p{Lu}\w+day$/u;
/** Whether a text ends with a word TRAILING_TIME can end with: a quick test before it reads the whole text. */
function endsWithTimeWord(t: string): boolean {
  return t.endsWith('day') || t.endsWith('week') || t.endsWith('month') || t.endsWith('night') || t.endsWith('year');
}

/** Whether a clause chunk is an adverbial or relative aside, never a subject: `however`, `who chairs it`, `speaking in Paris`. */
function isAdverbialAside(chunk: string): boolean {
  const c = chunk.trim();
  if (/^\d+$/u.test(c)) return true;
  if (/^(?:who|which|whose|whom|where|when|now|also|however|perhaps|though|too|speaking|writing|in|on|at|of|during|after|before|like|unlike|as|according|referring|citing|apparently|reportedly|meanwhile|then|still|for|with|by|from|earlier|later|last|this)\b/iu.test(c)) {
    return true;
  }
  return /^\p{Ll}+(?:ing|ed)\b/u.test(c);
}

/** Whether a clause chunk reads as an appositive: `an analyst at X`, `head of the agency`. */
function isAppositive(chunk: string): boolean {
  return startsLower(chunk.trim());
}

/** Whether a chunk is a name alone (Jane Doe), not a capitalized role (Amnesty's Director of Global Issues). */
function isPlainName(chunk: string): boolean {
  const ws = words(chunk.trim()).map((w) => w.text);
  return ws.length > 0 && ws.length <= 4 && ws.every((w) => startsUpper(w) && !/['’]s?$/u.test(w));
}

/** Whether a chunk ends with a capitalized name (Jane Doe, Mr Smith). */
function endsWithName(chunk: string): boolean {
  const ws = words(chunk.trim());
  const last = ws.at(-1)?.text ?? '';
  return startsUpper(last) && !PRONOUN_WORDS.has(last.toLowerCase());
}

/** A determiner and up to four words ending where an `and` starts: `the former governor ` before `and`. */
const DETERMINED_BEFORE = new RegExp(`\\b(?:${[...DETERMINERS].join('|')})\\s+(?:[\\p{L}-]+\\s+){0,4}$`, 'iu');

/** The subject phrase at the end of one clause chunk, walking back from its cue. */
function subjectOfChunk(chunk: string): string | null {
  const ws = words(chunk);
  const taken: Word[] = [];
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k] as Word;
    const lower = w.text.toLowerCase();
    if (PRONOUN_WORDS.has(lower)) {
      if (taken.length === 0) return w.text;
      break;
    }
    if (lower === 'and') {
      const right = taken[0]?.text ?? '';
      const left = ws[k - 1]?.text ?? '';
      if (startsUpper(right) && startsUpper(left)) {
        taken.unshift(w);
        continue;
      }
      // `the former governor and current nominee said`: two descriptions of one person, the first determined.
      if (startsLower(right) && startsLower(left) && !SUBJECT_BOUNDARY.has(left.toLowerCase()) && DETERMINED_BEFORE.test(chunk.slice(Math.max(0, w.index - 60), w.index))) {
        taken.unshift(w);
        continue;
      }
      break;
    }
    if (SUBJECT_BOUNDARY.has(lower) && !startsUpper(w.text)) break;
    if (CUES.has(w.text)) break;
    taken.unshift(w);
    if (taken.length > 10) return null;
    // A determiner opens the phrase unless a preposition joins it to more (`the head of the agency`):
    // `a levy the council claims` has the council as its subject.
    if (DETERMINERS.has(lower) && !NP_JOINERS.has(ws[k - 1]?.text.toLowerCase() ?? '')) break;
  }
  // `has been training in Spain and Ortiz said`: `and` joins names only when a name stands on its left.
  const and = taken.findIndex((w) => w.text === 'and');
  if (and > 0 && startsUpper(taken[and + 1]?.text ?? '') && taken.slice(0, and).some((w) => startsLower(w.text) && !PHRASE_OPENERS.has(w.text))) taken.splice(0, and + 1);
  if (taken.length === 0) return null;
  const first = taken[0] as Word;
  const rest = chunk.slice(first.index).trim();
  let phrase = rest.slice(LEADING_ADVERBIAL.exec(rest)?.[0].length ?? 0).trim();
  // `In a radio interview Holm declared`: after an opening prepositional phrase, the name is the subject.
  const tailName = PREPOSITION_START.test(new WordReader(phrase).at(0)?.text ?? '') ? /(?:^|\s)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)$/u.exec(phrase.slice(-80)) : null;
  if (tailName) phrase = tailName[1] as string;
  return validSubject(phrase) ? phrase : null;
}

/** Words a lower-case speaker phrase may open with: `the minister`, `several lawmakers`, `his father`. */
const PHRASE_OPENERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'two', 'three', 'four', 'five',
  'several', 'many', 'some', 'most', 'both', 'all', 'few', 'other', 'another', 'each', 'every', 'these',
  'those', 'this', 'no', 'no-one', 'nobody', 'everyone', 'someone',
]);
/** Lower-case speakers that need no determiner: `police said`, `people say`. */
const BARE_COLLECTIVES = new Set(['police', 'people', 'staff', 'management', 'media', 'press', 'government', 'parliament', 'congress']);
const PREPOSITION_START = /^(?:of|for|at|from|in|with|to|on|by|into|about|despite|during|after|before|since|until|without|within|among|against|amid|under|over|through|throughout|across|toward|towards|beyond|via|unlike|like|near)$/iu;

/** Whether a phrase can name a speaker: some words, not ending in a function word, not a preposition or verb
 * phrase. A lower-case phrase opens with a determiner, or is a short plural or collective (`local farmers`). */
function validSubject(phrase: string): boolean {
  const ws = words(phrase).map((w) => w.text);
  if (ws.length === 0 || ws.length > 10) return false;
  const last = (ws.at(-1) as string).toLowerCase();
  if (FUNCTION_WORDS.has(last) || /['’]s?$/u.test(last)) return false;
  if (PREPOSITION_START.test(ws[0] as string)) return false;
  if (ws.every((w) => /^\d/u.test(w))) return false;
  if (ws.some((w) => BE_FORMS.has(w.toLowerCase()))) return false;
  // `The Ledger rated 40% of Liberal (claims)`: a name and then a verb in the past is a clause, not a phrase.
  if (ws.some((w, k) => k > 0 && k < ws.length - 1 && startsUpper(ws[k - 1] as string) && /^\p{Ll}+ed$/u.test(w))) return false;
  const first = ws[0] as string;
  if (/^\p{Lu}|^\d/u.test(first) || PHRASE_OPENERS.has(first.toLowerCase()) || PRONOUN_WORDS.has(first.toLowerCase())) return true;
  if (ws.some((w) => startsUpper(w)) && startsUpper(ws.at(-1) as string)) return true;
  // `local farmers`, `crowds`, `police`: short, plural or collective, not opening with a verb form.
  return ws.length <= 3 && !/(?:ed|ing|ly)$/u.test(first) && (/s$/u.test(last) || BARE_COLLECTIVES.has(last));
}

/** The subject of a cue from the text before it. The clause right before the cue holds it (`which both
 * parties have described`); past a comma, asides are skipped back to a name: `Jane Doe, an analyst, said`. */
function subjectBefore(left: string): string | null {
  const parts = chunks(stripTrailingAuxiliaries(left));
  const adjacent = stripTrailingAuxiliaries(parts.at(-1) ?? '').trim();
  if (adjacent !== '') {
    if (/^(?:who|which)$/u.test(adjacent)) {
      const before = parts.slice(0, -1).filter((p) => p.trim() !== '');
      return before.length > 0 ? antecedent(before.at(-1) as string) : null;
    }
    return subjectOfChunk(adjacent);
  }
  let fallback: string | null = null;
  for (let k = parts.length - 2; k >= 0; k--) {
    const part = stripTrailingAuxiliaries(parts[k] as string).trim();
    if (part === '') continue;
    const prev = k > 0 ? (parts[k - 1] as string) : null;
    if (prev !== null && isAdverbialAside(part)) continue;
    if (prev !== null && (isAppositive(part) || !isPlainName(part)) && endsWithName(prev)) {
      fallback ??= subjectOfChunk(part);
      continue;
    }
    return subjectOfChunk(part) ?? fallback;
  }
  return fallback;
}

/** The name a relative pronoun points back to: the capitalized words ending the chunk before it. */
function antecedent(chunk: string): string | null {
  const m = /((?:\p{Lu}[\p{L}'’.-]*(?:\s+|$))+)$/u.exec(chunk.trim());
  return m ? (m[1] as string).trim() : null;
}

/** The speaker phrase written after its cue: `said Jane Doe, an analyst at X` → `Jane Doe`. */
function speakerAfter(right: string): string | null {
  const stripped = right.replace(/^\s*(?:also|later|then|today|yesterday|on\s+\p{Lu}\w+day|last\s+\w+)?\s*/u, '');
  const parts = chunks(stripped.replace(/[.!?]\s*$/u, ''));
  const head = cutInverted(parts[0] ?? '');
  if (!head) return null;
  const next = cutInverted(parts[1] ?? '');
  // "said Hale's sister, Mary Hale": the role first, the name in apposition.
  if (!endsWithName(head) && next && /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+|$)){2,4}$/u.test(next)) return next;
  return head;
}

/** Cuts an inverted speaker phrase at the first word that cannot belong to it. */
function cutInverted(text: string): string | null {
  const ws = words(text);
  const kept: Word[] = [];
  for (const w of ws) {
    const lower = w.text.toLowerCase();
    // `wrote authors Mia Holm and Jonas Berg`: `and` between names joins them.
    const joinsNames = lower === 'and' && startsUpper(kept.at(-1)?.text ?? '') && startsUpper(ws[ws.indexOf(w) + 1]?.text ?? '');
    if (INVERTED_BOUNDARY.has(lower) && kept.length > 0 && w.text === lower && !joinsNames) break;
    const nameSoFar = kept.every((k) => startsUpper(k.text) || k.text === 'and');
    // `said Smith yesterday` ends at the name; `said Nordwind chief executive Lars Berg` goes on to one.
    const nameFollows = ws.slice(ws.indexOf(w) + 1).some((n) => startsUpper(n.text));
    if (kept.length > 0 && startsUpper(kept.at(-1)?.text ?? '') && startsLower(w.text) && !['of', 'for', 'de', 'van', 'von', 'bin', 'al'].includes(w.text) && !joinsNames && nameSoFar && !nameFollows) break;
    kept.push(w);
    if (kept.length > 10) return null;
  }
  if (kept.length === 0) return null;
  const first = kept[0] as Word;
  const last = kept.at(-1) as Word;
  const phrase = text.slice(first.index, last.index + last.text.length).replace(/[.\s\-–—]+$/u, '');
  // A lower-case phrase is a description (`the minister`, `police`) or a role before a name (`economist Raj Patel`).
  const describes = /^(?:a|an|the|his|her|their|its|one|two|three|several|many|some|police|officials|analysts|experts|critics|witnesses|residents|sources|observers|he|she|they|it|we)\b/u;
  if (startsLower(phrase) && !describes.test(phrase) && !/\p{Lu}[\p{L}'’.-]*$/u.test(phrase)) return null;
  return validSubject(phrase) || PRONOUN_WORDS.has(phrase.toLowerCase()) ? phrase : null;
}

function attribution(phrase: string, cue: string): Attribution {
  return { phrase, cue, pronoun: PRONOUN_WORDS.has(phrase.toLowerCase()) };
}

/** The agent of a passive cue: `was called "…" by an official` → `an official`. */
function passiveAgent(after: string): string | null {
  const m = /^[\s,\p{L}\p{N}'’-]*?\bby\s+([^,.;:]+)/u.exec(after.replaceAll(MASK, ''));
  return m ? cutInverted(m[1] as string) : null;
}

/** Whether `…, said Ivo Marsh, …` is inverted: a comma right before the cue, no name before that comma,
 * and a capitalized name right after the cue. (`Jane Doe, an analyst, said` has its name before.) */
function invertsAfterComma(clause: string, right: string): boolean {
  const named = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*(?:\s*[,.;:]|\s+(?:in|on|at|who|of)\b|\s*$)/u;
  // `…, say the tenants' unions.`: a short described speaker closing the sentence.
  const described = /^\s+(?:the|a|an)\s+(?![^,.;:]*\b(?:would|will|was|is|were|are|had|has|have|could|can|should|might|may|must)\b)[^,.;:]{1,40}(?:[,.;:]|$)/u;
  if (/,\s*$/u.test(clause) && described.test(right) && !chunks(clause).some((c) => endsWithName(c))) return true;
  if (!named.test(right) || CALENDAR_WORD.test(right)) return false;
  // `shops that sell kits said Mr Lund.`: a name closing the sentence after the cue.
  if (!/,\s*$/u.test(clause)) return !endsWithName(clause) && clause.trim() !== '';
  return !chunks(clause).some((c) => endsWithName(c));
}

/** A weekday or month opening the text after a space: `said Tuesday` is not a name after the cue. */
const CALENDAR_WORD = new RegExp(`^\\s+(?:${[...WEEKDAYS, ...MONTHS].join('|')})\\b`, 'u');

/** A form of `be` (or `have been`) right before a cue in -ing: `is saying`, `He’s claiming`, `had been arguing`. */
const PROGRESSIVE = /(?:\b(?:is|are|was|were|been|be)|['’](?:s|re))(?:\s+(?:also|still|now|again|not|just|repeatedly|already))?\s*$/u;
/** Words that may open a sentence before its subject: `But`, `On Tuesday,`. */
const SENTENCE_OPENER = new RegExp(`^\\s*(?:(?:and|but|so|${SENTENCE_ADVERB_PATTERN})\\b[\\s,]*)*`, 'iu');

/** The subject of a sentence's main clause, when it opens with one: a name, a pronoun or a determined noun
 * phrase followed by its verb (`Rival Jo Lin had mocked the plan, saying …` → `Rival Jo Lin`). */
function mainSubject(text: string): string | null {
  return mainClause(text)?.subject ?? null;
}

/** A main clause's subject and where its verb (or first auxiliary) starts in `text`. */
interface MainClause {
  subject: string;
  verb: number;
}

/** A name, an appositive between commas, then a lower-case word: `Dean, a former party chairman, poked`. */
const APPOSITIVE_OPENING = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*),\s+(?:a|an|the|who|whose)\s[^,\uE000]{1,120},\s+(\p{Ll}+)/du;

/** The subject and verb of a sentence's main clause, when it opens with a subject (see mainSubject). */
function mainClause(text: string): MainClause | null {
  // `Dean, a former party chairman, poked at …`: a name, an appositive, then the verb.
  const appositive = text.includes(',') ? APPOSITIVE_OPENING.exec(text.slice(0, 240)) : null;
  if (appositive && isVerbLike(appositive[2] as string) && validSubject(appositive[1] as string)) {
    return { subject: appositive[1] as string, verb: appositive.indices?.[2]?.[0] ?? 0 };
  }
  // The opener blanked out (a replace with a function is many times slower than building the text).
  const skip = SENTENCE_OPENER.exec(text)?.[0].length ?? 0;
  const opened = skip === 0 ? text.slice(0, 200) : `${' '.repeat(Math.min(skip, 200))}${text.slice(skip, 200)}`;
  // Most sentences show within a word or two that they do not open with a subject: read words only as needed.
  const ws = new WordReader(opened);
  // The subject's last word: a sentence adverb set off by commas after it (`Kelly, however, mocked`) is not.
  let last: Word | null = null;
  for (let k = 0; k <= 8; k++) {
    const word = ws.at(k);
    if (!word) break;
    const w = word.text;
    const lower = w.toLowerCase();
    if (k > 0 && PRONOUN_WORDS.has(lower)) return null;
    if (k > 0 && SENTENCE_ADVERBS.has(lower) && /,\s*$/u.test(opened.slice(0, word.index)) && /^,/u.test(opened.slice(word.index + w.length))) continue;
    if (k === 0) {
      if (PRONOUN_WORDS.has(lower)) {
        const next = ws.at(1);
        return isVerbLike(next?.text ?? '') ? { subject: w, verb: (next as Word).index } : null;
      }
      if (!startsUpper(w) && !DETERMINERS.has(lower)) return null;
      last = word;
      continue;
    }
    if (startsUpper(w) || (k > 0 && startsLower(w) && !isVerbLike(w) && !FUNCTION_WORDS.has(lower) && k < 4 && DETERMINERS.has((ws.at(0) as Word).text.toLowerCase()))) {
      last = word;
      continue;
    }
    if (!isVerbLike(w) || !last) return null;
    const first = ws.at(0) as Word;
    const phrase = text.slice(first.index, last.index + last.text.length);
    // `Sanders: Clinton needs …`: a colon ends a label or a run-in heading, never inside a subject.
    return validSubject(phrase) && !phrase.includes(':') ? { subject: phrase, verb: word.index } : null;
  }
  return null;
}

/** Verbs beyond the cues whose subject casts someone or something in words of its own: `has gone after the
 * mayor as "…"`, `referred to it as "…"`, `dubbed him "…"`, `rated the claim "…"`. */
const STANCE_VERB =
  /^(?:(?:gone|went|goes|go|going)\s+after|(?:took|takes|take|taking)\s+aim|(?:referred|refers|refer|referring)\s+to|(?:compared|compares|characterized|characterised|characterizes|characterises|portrayed|portrays|painted|paints|cast|casts|framed|frames|dubbed|dubs|nicknamed|ridiculed|ridicules|denounced|denounces|disparaged|disparages|excoriated|excoriates|chided|chides|berated|berates|rebuked|rebukes|faulted|faults|invoked|invokes|echoed|echoes|coined|coins|rated|rates|graded|grades)\b)/u;

/** Whether a main clause's predicate puts words in its subject's mouth: an active cue or a verb of calling,
 * attacking or praising (`mocked the plan as "…"`, `has gone after the mayor as "…"`, `is calling it "…"`).
 * A passive or a copula (`is known as "…"`, `has been accused of "…"`, `got dogged by "…"`) and any other
 * verb (`scored "…"`, `faces "…"`) do not: the words quoted are then someone else's, or no one's. */
function introducesWords(predicate: string): boolean {
  const ws = words(predicate.slice(0, 160));
  let k = 0;
  while (k < ws.length && AUXILIARIES.has((ws[k] as Word).text.toLowerCase())) k++;
  const verb = ws[k];
  if (!verb) return false;
  if (BE_FORMS.has(verb.text) || GET_FORMS.has(verb.text)) {
    // Only a progressive of such a verb (`is calling`, `had been mocking`) keeps the subject the speaker.
    let j = k + 1;
    while (j < ws.length && (AUXILIARIES.has((ws[j] as Word).text) || BE_FORMS.has((ws[j] as Word).text))) j++;
    const next = ws[j];
    return next !== undefined && PARTICIPLE_CUE.test(next.text) && (CUES.has(next.text) || STANCE_VERB.test(predicate.slice(next.index)));
  }
  return CUES.has(verb.text) || STANCE_VERB.test(predicate.slice(verb.index));
}

/** The subject of a sentence's main clause, past an opening phrase or subordinate clause, when its verb puts
 * words in its mouth (introducesWords): who said a quotation the sentence gives with no cue. */
export function stanceSubject(masked: string): string | null {
  const skip = openingClauseLength(masked);
  const text = masked.slice(skip, skip + 240);
  const main = mainClause(text);
  return main && introducesWords(text.slice(main.verb)) ? main.subject : null;
}

/** Whether `word` is a personal pronoun: `he`, `They`, `I`. */
export function isPronoun(word: string): boolean {
  return PRONOUN_WORDS.has(word.toLowerCase());
}

/** Opening phrases and subordinate clauses a sentence's subject follows: `In an interview with X, `. */
const OPENING_CLAUSE = /^\s*(?:(?:in|on|at|during|after|before|with|for|since|despite|as|while|when|like|unlike|under|although|though|because|if|once|until|following|asked|speaking|according)\b[^,\uE000]{0,160},\s*)+/iu;

/** The subject of a sentence's main clause, past an opening phrase or subordinate clause. */
export function clauseSubject(masked: string): string | null {
  const skip = openingClauseLength(masked);
  return mainSubject(masked.slice(skip, skip + 240));
}

/** How many characters of a sentence an opening phrase or subordinate clause takes: where its main clause starts. */
export function openingClauseLength(masked: string): number {
  return OPENING_CLAUSE.exec(masked.slice(0, 400))?.[0].length ?? 0;
}

/** Past forms of common verbs that do not end in -ed: `Ham made it clear`, `She took the stage`. */
const IRREGULAR_PAST = new Set(
  ('made took gave went came got had did saw knew thought felt left kept met ran spoke won lost held brought ' +
    'bought sent spent built began became stood sat put set let led heard found meant paid sold struck drew ' +
    'chose rose fell flew grew threw wore broke caught fought taught sought stole hid bit shook sang').split(' '),
);

/** Whether a lower-case word reads as a finite verb or an auxiliary: `mocked`, `has`, `unleashed`, `says`. */
function isVerbLike(word: string): boolean {
  const w = word.toLowerCase();
  if (!startsLower(word)) return false;
  return AUXILIARIES.has(w) || BE_FORMS.has(w) || CUES.has(w) || IRREGULAR_PAST.has(w) || /(?:ed|es)$/u.test(w) || (/[^s]s$/u.test(w) && !FUNCTION_WORDS.has(w));
}

/** Who a participle cue credits (`…, saying`, `Ana Ruiz asking, "…"`): the name it modifies, else for an
 * adjunct after a comma the main clause's subject, else the subject of a finite cue before it. */
function participleSpeaker(region: string, cue: Word, after: string): Attribution | null {
  const left = region.slice(0, cue.index);
  const clause = left.slice(left.lastIndexOf(MASK) + 1);
  // `footage of Ana Ruiz asking`, `Holm saying at the rally`: the name right before the participle.
  const tail = /(?:^|\s)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*$/u.exec(clause.slice(-80));
  if (tail && !/,\s*$/u.test(clause)) {
    const name = tail[1] as string;
    if (validSubject(name) && !PRONOUN_WORDS.has(name.toLowerCase()) && !CALENDAR_WORD.test(` ${name}`)) return attribution(name, cue.text);
  }
  // `Holm told the crowd that she backs X, saying "…"`: after a comma the participle modifies the
  // main clause, so its subject speaks, not the subject of a cue inside a that-clause.
  if (/,\s*$/u.test(clause)) {
    const main = mainSubject(clause);
    if (main && !PRONOUN_WORDS.has(main.toLowerCase())) return attribution(main, cue.text);
  }
  const finite = cuesIn(left.slice(-400)).filter((c) => !PARTICIPLE_CUE.test(c.text)).at(-1);
  const viaFinite = finite ? speakerOfCue(left.slice(-400), finite, after) : null;
  if (viaFinite && !/^(?:who|which|that)$/iu.test(viaFinite.phrase)) return viaFinite;
  // After a comma the participle is an adjunct of the main clause; without one, only a verb that is all
  // speech (`tweets … saying`) reaches back to it: `artists writing songs` are not quoting anyone.
  if (/,\s*$/u.test(clause) || (/\s$/u.test(clause) && /^(?:saying|asking|telling|declaring|claiming|arguing|insisting|warning|noting|adding)$/u.test(cue.text))) {
    const main = mainSubject(clause);
    if (main) return attribution(main, cue.text);
  }
  return viaFinite;
}

/** Who a cue at `cue` in `region` credits; `after` is the text after the quotation, for passive agents. */
function speakerOfCue(region: string, cue: Word, after: string): Attribution | null {
  const left = region.slice(0, cue.index);
  const right = region.slice(cue.index + cue.text.length);
  if (cue.text === 'according to') {
    const who = speakerAfter(right);
    return who ? attribution(who, cue.text) : null;
  }
  const clauseStart = left.lastIndexOf(MASK) + 1;
  if (PARTICIPLE_CUE.test(cue.text) && !PROGRESSIVE.test(left.slice(Math.max(clauseStart, left.length - 40)))) return participleSpeaker(region, cue, after);
  const beforeCue = stripTrailingAuxiliaries(PARTICIPLE_CUE.test(cue.text) ? left.slice(clauseStart).replace(PROGRESSIVE, ' ') : left.slice(clauseStart));
  // The word right before the cue, in its last 40 characters.
  const prevWord = lettersBeforeTrailingSpace(beforeCue.slice(-40))?.toLowerCase();
  // `was called "…" by`, `got branded "…"`: a passive credits its agent, never its subject.
  if (prevWord && (BE_FORMS.has(prevWord) || (GET_FORMS.has(prevWord) && !PARTICIPLE_CUE.test(cue.text)))) {
    const agent = passiveAgent(after);
    return agent ? attribution(agent, cue.text) : null;
  }
  // `a letter written on a train`: written attributes only as a perfect, `has written`.
  if (cue.text === 'written' && !/\b(?:has|have|had)\s*$/u.test(beforeCue)) return null;
  // `Volunteers told to "keep the doors shut"`: whoever was told or asked to is not the speaker.
  if (TOLD_TO.test(cue.text) && /^\s+to\b/u.test(right)) return null;
  const clause = PARTICIPLE_CUE.test(cue.text) ? left.slice(clauseStart).replace(PROGRESSIVE, ' ') : left.slice(clauseStart);
  if (!OBJECT_CUES.has(cue.text) && invertsAfterComma(clause, right)) {
    const who = speakerAfter(right);
    if (who) return attribution(who, cue.text);
  }
  const subject = subjectBefore(clause);
  // `The shops sell kits, called "starter boxes"`: after a comma, a naming verb needs a named subject.
  const described = !startsUpper(subject ?? '') || /^(?:The|A|An)\s+\p{Ll}/u.test(subject ?? '');
  if (subject && OBJECT_CUES.has(cue.text) && /,\s*$/u.test(clause) && described) return null;
  if (subject) return attribution(subject, cue.text);
  if (NOTHING_BUT_MARKS.test(clause) && !OBJECT_CUES.has(cue.text)) {
    const who = speakerAfter(right);
    if (who) return attribution(who, cue.text);
  }
  return null;
}

/** Nothing but spaces, commas and quotation marks: no subject is left before a cue. */
const NOTHING_BUT_MARKS = /^[\s,"'“”‘’]*$/u;

/** A dash credit right after the quotation: `"…" — Commissioner Leo Stark`, `"…"― Jo Lin, a nurse.` */
function dashCredit(after: string): Attribution | null {
  const m = /^\s*[.,]?\s*(?:—|–|―|--|-)\s*(\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:\p{Lu}[\p{L}'’-]*\.?|de|van|von|da|del|la|le|bin|al)){0,5})\s*(?:[,.;!?]|$)/u.exec(after);
  if (!m) return null;
  const phrase = (m[1] as string).trim().replace(/\.$/u, (dot) => (/\s\p{Lu}\.$|^\p{Lu}\.$/u.test(m[1] as string) ? dot : ''));
  if (cuesIn(phrase).length > 0) return null;
  return attribution(phrase, '—');
}

/** A name and a colon right before a quotation that opens its sentence: `Putin: "…"`, `Sen. Ada Holm: "…"`.
 * One to five capitalized words, a title's full stop allowed. With `anywhere`, the quote may come later in
 * the sentence, as a headline writes it (`Okafor: Holm ought to "…"`); in running text a colon after
 * capitals there is more often a run-in heading (`Veto Power: Eliminating "…"`). */
export function colonCredit(before: string, anywhere = false): Attribution | null {
  const m = (anywhere ? /^\s*((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,4}\p{Lu}[\p{L}'’-]*):\s/u : /^\s*((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,4}\p{Lu}[\p{L}'’-]*):\s*$/u).exec(before.slice(0, 200));
  // All capitals (`NOTE:`, `UPDATE:`) is a label of the text, not a speaker.
  if (!m || !/\p{Ll}/u.test(m[1] as string) || cuesIn(m[1] as string).length > 0) return null;
  return attribution(m[1] as string, ':');
}

/** `the paper quotes Dora Quist as saying` → `Dora Quist`; after the quotation, `…," the paper quotes
 * a source close to the firm.` names the source too. */
function quotedAsSaying(text: string, afterQuote: boolean): Attribution | null {
  // Both patterns need `quot`: most texts are ruled out by one quick look for it.
  if (!text.includes('quot')) return null;
  const m = /\bquot(?:es|ed|ing)\s+([^,;:]{2,60}?)\s+as\s+(?:saying|telling)\b/u.exec(text);
  const bare = afterQuote && !m ? /^[\s,]+(?:the\s+)?[\p{L}'’ ]{0,40}?\bquotes\s+([^,;:.]{2,60})[.]?\s*$/u.exec(text) : null;
  const found = m ?? bare;
  if (!found) return null;
  const who = cutInverted(found[1] as string);
  return who ? attribution(who, m ? 'as saying' : 'quotes') : null;
}

/** Cues that report a finding rather than speech: `evidence suggests`, `the group estimates`. */
const WEAK_CUES = new Set(['suggests', 'suggested', 'suggest', 'suggesting', 'estimates', 'estimated', 'believes', 'believed']);

/** The attribution from the cues before a quotation, nearest first. A weak cue whose subject is not a name
 * gives way to an earlier cue: `He says evidence suggests there are "far too many" delays` → he. */
function fromCuesBefore(before: string, after: string): Attribution | null {
  let weak: Attribution | null = null;
  let it: Attribution | null = null;
  for (const cue of cuesIn(before).reverse()) {
    const found = speakerOfCue(before, cue, after);
    if (!found) continue;
    // `Holm said it would show "…"`: `it` inside what a named speaker said is not the speaker.
    if (found.pronoun && /^it$/iu.test(found.phrase) && !it) {
      it = found;
      continue;
    }
    if (it && found.pronoun) return it;
    if (WEAK_CUES.has(cue.text) && !found.pronoun && startsLower(found.phrase)) {
      weak ??= found;
      continue;
    }
    return found;
  }
  return it ?? weak;
}

/** Asides that sit beside a name and are never the speaker: a short parenthesis (`(D-Wis.)`, `(Vt.)`), a
 * party tag (`, R-Ky.,`), an age and a home town (`, 47, of Linden, Ore.,`). */
const ASIDES: readonly { mark: string; pattern: RegExp }[] = [
  { mark: '(', pattern: /\s?\([^()\uE000]{1,40}\)/gu },
  { mark: ',', pattern: /,\s*[DRI]-[\p{Lu}][\p{L}.]{0,12}(?:\s[\p{Lu}][\p{L}.]{0,12}){0,2}(?=\s*(?:[,.;:]|$))/gu },
  { mark: ',', pattern: /,\s*(?:\d{1,3},\s*)?(?:of|from)\s+\p{Lu}[\p{L}'’.-]{0,20}(?:\s\p{Lu}[\p{L}'’.-]{0,20}){0,3},\s*\p{Lu}[\p{L}]{0,12}\.(?:\s?\p{Lu}\.)?(?=\s*(?:[,;:]|\.?$))/gu },
  { mark: ',', pattern: /,\s*\d{1,3}(?=\s*,)/gu },
];

/** The sentence with the asides next to names blanked out, offsets kept. */
export function blankAsides(sentence: string): string {
  let out = sentence;
  // Each aside holds a bracket or a comma: a text without it needs no pattern run over it.
  for (const { mark, pattern } of ASIDES) if (out.includes(mark)) out = out.replace(pattern, (m) => ' '.repeat(m.length));
  return out;
}

/** The subject of the first cue of a masked sentence that has one, pronouns included: whom a sentence
 * without quotations is about (`Her brother said he was out` → `Her brother`). */
export function firstCueSubject(text: string): Attribution | null {
  if (!CUE_HINT.test(text)) return null;
  const sentence = blankAsides(text);
  for (const cue of cuesIn(sentence)) {
    if (cue.text === 'according to') continue;
    const from = Math.max(0, cue.index - CUE_WINDOW);
    const region = sentence.slice(from, cue.index + cue.text.length + CUE_WINDOW);
    const found = speakerOfCue(region, { text: cue.text, index: cue.index - from }, '');
    if (found) return found;
  }
  return null;
}

/** A quick test that a text holds a cue form, before it is cut into words. */
const CUE_HINT = new RegExp(`(?<![\\p{L}-])(?:${[...CUES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}-])|according to`, 'u');

/** How far either side of a cue its subject is looked for. */
const CUE_WINDOW = 300;

/** Who a masked sentence credits with the quotation spanning `open`..`close` (offsets of its marks), or null. */
export function attribute(text: string, open: number, close: number): Attribution | null {
  const sentence = blankAsides(text);
  const before = sentence.slice(0, open);
  const after = sentence.slice(close + 1);
  const dash = dashCredit(after);
  if (dash) return dash;
  const asSaying = quotedAsSaying(after, true) ?? quotedAsSaying(before, false);
  if (asSaying) return asSaying;
  const found = fromCuesBefore(before, after);
  if (found) return found;
  for (const cue of cuesIn(after)) {
    const found = speakerOfCue(after, cue, after);
    if (found) return found;
  }
  return colonCredit(before) ?? possessiveSpeech(before);
}

/** Nouns of saying that a possessive credits: `Holm’s claim that the ward had "…"`. */
const SPEECH_NOUNS = 'claim|statement|remark|comment|words|tweet|assertion|argument|warning|promise|pledge|vow|boast|complaint|accusation|insistence|prediction|description|message|answer|reply|response';
/** A name's possessive before a noun of saying, and at most a that-clause's start, ending right before a quotation. */
const POSSESSIVE_SPEECH = new RegExp(
  `((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*)['’]s\\s+(?:[\\p{Ll}-]+\\s+)?(?:${SPEECH_NOUNS})s?\\s+(?:that\\s+[^,;:\\uE000]{0,120}?\\s*)?$`,
  'u',
);
const SPEECH_NOUN = new RegExp(SPEECH_NOUNS, 'u');

/** `Holm’s claim that the ward had "…"`: the person whose claim, statement or remark it is. */
function possessiveSpeech(before: string): Attribution | null {
  const tail = before.slice(-200);
  // The pattern is tried at every capital; a quick look for a noun of saying rules out most texts first.
  const m = SPEECH_NOUN.test(tail) ? POSSESSIVE_SPEECH.exec(tail) : null;
  const who = m?.[1]?.trim();
  return who && validSubject(who) ? attribution(who, 'claim') : null;
}

/** The subjects of the cue verbs of a masked sentence, pronouns included: who the sentence says is speaking. */
export function cueSubjects(text: string): Attribution[] {
  const sentence = blankAsides(text);
  const out: Attribution[] = [];
  for (const cue of cuesIn(sentence)) {
    if (cue.text === 'according to') continue;
    // Each cue reads only the text near it, so a long sentence of many cues stays linear.
    const from = Math.max(0, cue.index - CUE_WINDOW);
    const region = sentence.slice(from, cue.index + cue.text.length + CUE_WINDOW);
    const found = speakerOfCue(region, { text: cue.text, index: cue.index - from }, '');
    if (found) out.push(found);
  }
  return out;
}
