// Who the text is about as the quote scanner walks an article: the people it has named, their gender when a
// title tells it, the last speaker and the person in focus. With these it resolves a pronoun (`he said`) or
// a quote-only sentence to a speaker, and a surname to a full name. Attribution in one sentence is speakers.ts's.
// Who is in focus is worked out backwards from a quote that reads it, as far as it needs: sentences far from any
// such quote, or before a name set since, are never read.

import { SMALL_WORDS } from './kinds.js';
import type { SentenceRange } from './sentences.js';
import { genderOfName, isPersonName, KnownPeople, mentionedPeople, personNamed, resolveShortName, speakerName, type Gender } from './speaker-names.js';
import { clauseSubject, firstCueSubject, openingClauseLength } from './speakers.js';

/** How many paragraphs back a speaker or focus may be for a pronoun or a bare quote to inherit it. */
const CARRY_PARAGRAPHS = 2;
/** How many characters of a sentence a pronoun's search for a name reads back from the quotation. */
const LOOK_BACK = 400;
/** How many recent people a pronoun may look back over. */
const PEOPLE_KEPT = 8;
/** Words before a person's name that show the name is not a sentence's subject. */
const NOT_SUBJECT_BEFORE = /\b(?:is|was|are|were|has|have|had|did|does|do|will|would|can|could|he|she|they|it|we|i|his|her|their|its|our|by|to|with|for|of|against)\b/iu;
/** How many words may stand before a sentence's subject: `Still,`, `But on Wednesday`. */
const SUBJECT_MAX_OFFSET_WORDS = 6;

/** A paragraph as the context reads it: quotations masked, cut into quote-proof sentences. */
export interface MaskedParagraph {
  masked: string;
  sentences: SentenceRange[];
}

/** Where a quotation opens: paragraph index, its sentence, and the offset of its opening mark. */
export interface QuotePlace {
  at: number;
  sentence: SentenceRange;
  open: number;
}

/** A name and the paragraph it was last seen in. */
interface Seen {
  name: string;
  at: number;
  /** The number of the sentence (counted through the article) it was seen in. */
  sentence?: number;
}

/** What the scanner knows about the article so far, walking it in order. */
export interface SpeakerContext {
  paragraphs: readonly MaskedParagraph[];
  /** Full names of people mentioned so far. */
  known: KnownPeople;
  /** The names of `known` in the order they were added: what was known when a step was taken. */
  knownNames: string[];
  /** `known` as it was with its first so many names, for steps worked out after more were added. */
  knownBefore: Map<number, KnownPeople>;
  genders: Map<string, Gender>;
  /** The steps that may move who the text is about (sentences without quotations, speakers of quotes), in order.
   * Who is in focus, the last person and the recent people are read from them (focusNow, personNow, peopleNow). */
  steps: Step[];
  /** The latest step that changed the focus, and the person (latestStep). */
  lastMoved: Latest;
  lastPersonMoved: Latest;
  /** The PEOPLE_KEPT people most recently named in focus by the first `upTo` steps, most recent last (peopleNow). */
  people: { upTo: number; list: Seen[] };
  /** The last direct quote's speaker and where that quote closed. */
  previous: { speaker: string | null; at: number; close: number } | null;
  /** How many sentences the scanner has entered: the current sentence's number. */
  sentence: number;
  /** The last transcript turn (`PENCE: …`): its speaker, its last paragraph and whether it was left open. */
  turn: { speaker: string | null; at: number; open: boolean } | null;
}

/** What a sentence without quotations does to who the text is about: nothing, keeps the focus (`He …`), or sets
 * it to a name (and whether that is a person pronouns may mean, which also makes it the last person). */
type Move = { kind: 'none' } | { kind: 'keep' } | { kind: 'set'; name: string; person: boolean };

const NO_MOVE: Move = { kind: 'none' };
const KEEP: Move = { kind: 'keep' };

/**
 * One step of the narrative: a direct quote's speaker, set in focus, or a sentence without quotations, whose move
 * is worked out only when a quote carrying its speaker over reads that far back: most are never needed.
 */
interface Step {
  /** The paragraph (for a speaker, the one their quote ends in). */
  at: number;
  /** The number of the sentence (counted through the article) it was taken in. */
  sentence: number;
  /** The largest `at` of this step and those before it: where it falls short of a paragraph, no step up to here is in it. */
  reach: number;
  /** How many names were known when it was taken. */
  known: number;
  /** Until its move is worked out: the sentence, masked, or the speaker set in focus. */
  text?: string;
  speaker?: string;
  move?: Move;
  /** The name in focus and the last person after this step, once looked for (namesAfter). */
  after?: { focus: string | null; person: string | null };
}

/** The index of the latest step of a kind among the first `upTo` steps, -1 if none a quote may still read. */
interface Latest {
  upTo: number;
  index: number;
}

/** A fresh context for an article's paragraphs. */
export function newSpeakerContext(paragraphs: readonly MaskedParagraph[]): SpeakerContext {
  return {
    paragraphs,
    known: new KnownPeople(),
    knownNames: [],
    knownBefore: new Map(),
    genders: new Map(),
    steps: [],
    lastMoved: { upTo: 0, index: -1 },
    lastPersonMoved: { upTo: 0, index: -1 },
    people: { upTo: 0, list: [] },
    previous: null,
    turn: null,
    sentence: 0,
  };
}

/** Adds a full name to what the context knows. */
function know(ctx: SpeakerContext, name: string): void {
  if (ctx.known.has(name)) return;
  ctx.known.add(name);
  ctx.knownNames.push(name);
}

/** Adds the people paragraph `at` names to what the context knows. */
export function learnPeople(ctx: SpeakerContext, at: number): void {
  for (const m of mentionedPeople(ctx.paragraphs[at]?.masked ?? '', ctx.known)) {
    if (m.name.includes(' ')) know(ctx, m.name);
    const name = resolveShortName(m.name, ctx.known);
    if (m.gender && !ctx.genders.has(name)) ctx.genders.set(name, m.gender);
  }
}

/** Whether a sentence is a heading: a few words, none in lower case but the small words of a title. */
function isHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 80 && t.split(/\s+/u).every((w) => !/^\p{Ll}/u.test(w) || SMALL_WORDS.has(w));
}

/** Adds a step to the narrative. */
function addStep(ctx: SpeakerContext, at: number, step: Pick<Step, 'text' | 'speaker'>): void {
  ctx.steps.push({ at, sentence: ctx.sentence, reach: Math.max(at, ctx.steps.at(-1)?.reach ?? -1), known: ctx.knownNames.length, ...step });
}

/** Passes a sentence without quotations in paragraph `at`: it may move the focus to whom it is about (moveOf).
 * What it changes only carriedSpeaker reads, and only where that reads: find.ts stops past the last quote that may. */
export function followNarrative(ctx: SpeakerContext, masked: string, at: number): void {
  addStep(ctx, at, { text: masked });
}

/** What step `k` does to the focus, worked out once, with the people known when it was taken. */
function moveOf(ctx: SpeakerContext, k: number): Move {
  const step = ctx.steps[k] as Step;
  if (step.move) return step.move;
  const known = knownWith(ctx, step.known);
  // A speaker is set in focus; whether a pronoun may stand for them is asked only here.
  step.move = step.speaker !== undefined ? { kind: 'set', name: step.speaker, person: isPersonName(step.speaker, known) } : narrativeMove(step.text ?? '', known);
  step.text = undefined;
  return step.move;
}

/** `known` as it was with its first `count` names. */
function knownWith(ctx: SpeakerContext, count: number): KnownPeople {
  if (count === ctx.knownNames.length) return ctx.known;
  let known = ctx.knownBefore.get(count);
  if (!known) ctx.knownBefore.set(count, (known = new KnownPeople(ctx.knownNames.slice(0, count))));
  return known;
}

/** Who a sentence without quotations is about: the subject of its first cue verb, or a person named at its start
 * (`set`); a sentence about `he` or `she` keeps the focus alive (`keep`). */
function narrativeMove(masked: string, known: KnownPeople): Move {
  // A heading (`Harbour Politics`) names a topic, not a person the next pronoun may mean.
  if (isHeading(masked)) return NO_MOVE;
  const set = (name: string, person = isPersonName(name, known)): Move => ({ kind: 'set', name, person });
  // The first cue is usually the main clause's: `Her brother said he was out when the police called`;
  // `He notes that the board announced …` stays about him.
  const subject = firstCueSubject(masked);
  const name = subject && !subject.pronoun ? speakerName(subject.phrase) : null;
  if (name) return set(resolveShortName(name, known));
  if ((subject && /^(?:he|she)$/iu.test(subject.phrase)) || /^\s*(?:He|She)\b/u.test(masked)) return KEEP;
  // The main clause's subject, past an opening phrase or subordinate clause: `In an interview, Ham made …`.
  const main = clauseSubject(masked);
  if (main && /^(?:he|she)$/iu.test(main)) return KEEP;
  const mainName = main ? speakerName(main) : null;
  const mainPerson = mainName ? resolveShortName(mainName, known) : null;
  if (mainPerson && isPersonName(mainPerson, known)) return set(mainPerson, true);
  // A subject opens the main clause: only its first few words are read (`While Ed Roe spoke, …` is not about him).
  const skip = openingClauseLength(masked);
  const head = /^(?:\s*\S+){1,14}/u.exec(masked.slice(skip))?.[0] ?? '';
  const first = mentionedPeople(head, known).find((m) => !m.possessive);
  if (!first) return NO_MOVE;
  const before = head.slice(0, first.index);
  const words = before.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length <= SUBJECT_MAX_OFFSET_WORDS && !NOT_SUBJECT_BEFORE.test(before) ? set(first.name) : NO_MOVE;
}

/** Whether a move changes who is in focus (a set, or a kept focus moved on). */
const movesFocus = (move: Move): boolean => move.kind !== 'none';
/** Whether a move changes the last person: a person set in focus, or a kept focus moved on. */
const movesPerson = (move: Move): boolean => move.kind === 'keep' || (move.kind === 'set' && move.person);

/**
 * The latest step whose move passes `test`, of those a quote in paragraph `from + CARRY_PARAGRAPHS` or later may
 * still read (-1 if none). Only the steps added since the last call are looked at: `from` never goes back.
 */
function latestStep(ctx: SpeakerContext, latest: Latest, from: number, test: (move: Move) => boolean): number {
  const { steps } = ctx;
  let found = latest.index;
  for (let k = steps.length - 1; k >= latest.upTo; k--) {
    // Neither this step nor any before it is in paragraph `from` or later.
    if ((steps[k] as Step).reach < from) {
      found = -1;
      break;
    }
    if (test(moveOf(ctx, k))) {
      found = k;
      break;
    }
  }
  if (found >= 0 && (steps[found] as Step).reach < from) found = -1;
  latest.upTo = steps.length;
  latest.index = found;
  return found;
}

/** The name the latest step passing `test` gives to `which` (the focus, or the last person), with that step, if
 * the step is in paragraph `from` or later (else null, as too old to carry): a set names it there; a kept focus
 * (`He …`) is the one named before. */
function latestName(ctx: SpeakerContext, latest: Latest, test: (move: Move) => boolean, which: 'focus' | 'person', from: number): { name: string; step: Step } | null {
  const k = latestStep(ctx, latest, from, test);
  const step = ctx.steps[k];
  if (!step || step.at < from) return null;
  const move = moveOf(ctx, k);
  const name = move.kind === 'set' ? move.name : namesAfter(ctx, k - 1)[which];
  return name === null ? null : { name, step };
}

/** Who the text is about, where and in which sentence it was last set or kept (latestName). */
function focusNow(ctx: SpeakerContext, from: number): Seen | null {
  const found = latestName(ctx, ctx.lastMoved, movesFocus, 'focus', from);
  return found && { name: found.name, at: found.step.at, sentence: found.step.sentence };
}

/** The last person named in focus, and where they were last named or kept (latestName). */
function personNow(ctx: SpeakerContext, from: number): Seen | null {
  const found = latestName(ctx, ctx.lastPersonMoved, movesPerson, 'person', from);
  return found && { name: found.name, at: found.step.at };
}

/** The people named in focus in paragraph `from` or later, most recent first, each where last named: of the
 * PEOPLE_KEPT most recent, where `she` looks past a `he`. */
function peopleNow(ctx: SpeakerContext, from: number): Seen[] {
  const { people, steps } = ctx;
  for (let k = people.upTo; k < steps.length; k++) {
    // A step no quote can read any more (nor any before it) is passed unread: its name would be too old.
    if ((steps[k] as Step).reach < from) continue;
    const move = moveOf(ctx, k);
    if (move.kind !== 'set' || !move.person) continue;
    const { name } = move;
    people.list = [...people.list.filter((p) => p.name !== name).slice(-(PEOPLE_KEPT - 1)), { name, at: (steps[k] as Step).at }];
  }
  people.upTo = steps.length;
  return people.list.filter((p) => p.at >= from).reverse();
}

/** The name in focus and the last person after step `k` (null before any), however far back they were set. */
function namesAfter(ctx: SpeakerContext, k: number): { focus: string | null; person: string | null } {
  let focus: string | null | undefined;
  let person: string | null | undefined;
  for (let j = k; j >= 0 && person === undefined; j--) {
    const step = ctx.steps[j] as Step;
    if (step.after) {
      focus ??= step.after.focus;
      person = step.after.person;
      break;
    }
    const move = moveOf(ctx, j);
    if (move.kind !== 'set') continue;
    focus ??= move.name;
    if (move.person) person = move.name;
  }
  const after = { focus: focus ?? null, person: person ?? null };
  // Recorded on step k: a chain of `He …` sentences asks again from a later step, and stops here.
  const step = ctx.steps[k];
  if (step) step.after = after;
  return after;
}

/** The speaker a phrase names, titles dropped and a surname resolved; its title's gender is remembered. */
export function namedSpeaker(ctx: SpeakerContext, phrase: string): string | null {
  const name = speakerName(phrase);
  const speaker = name && resolveShortName(name, ctx.known);
  // The phrase's title is read only where it may tell a gender not known yet.
  if (!speaker || ctx.genders.has(speaker)) return speaker;
  const gender = personNamed(phrase, ctx.known)?.gender;
  if (gender) ctx.genders.set(speaker, gender);
  return speaker;
}

/** Records the speaker of a direct quote that closed at `close` of paragraph `at`. */
export function noteSpeaker(ctx: SpeakerContext, speaker: string | null, at: number, close: number): void {
  if (speaker && speaker.includes(' ') && /^\p{Lu}/u.test(speaker)) know(ctx, speaker);
  if (speaker) addStep(ctx, at, { speaker });
  ctx.previous = { speaker, at, close };
}

/** Where the attributing pronoun stands in the text before a quote: its first occurrence, since the
 * subject comes first (`he asked Mr Lee if he knew`); -1 if absent. */
function pronounIndex(clause: string, pronoun: string): number {
  return clause.search(new RegExp(`\\b${pronoun}\\b`, 'iu'));
}

/** The people named in the sentence just before a quotation, after the quotation before it. */
function namesJustBefore(ctx: SpeakerContext, place: QuotePlace): string[] {
  let at = place.at;
  let range = [...(ctx.paragraphs[at]?.sentences ?? [])].reverse().find((r) => r.end <= place.sentence.start);
  if (!range && at > 0) {
    at -= 1;
    range = ctx.paragraphs[at]?.sentences.at(-1);
  }
  if (!range) return [];
  let start = Math.max(range.start, range.end - LOOK_BACK);
  const previous = ctx.previous;
  if (previous && previous.at === at) start = Math.max(start, Math.min(previous.close + 1, range.end));
  const text = ctx.paragraphs[at]?.masked.slice(start, range.end) ?? '';
  if (isHeading(text)) return [];
  return mentionedPeople(text, ctx.known)
    .filter((m) => !m.possessive)
    .map((m) => m.name);
}

const MALE_NOUNS = /\b(?:father|husband|son|brother|uncle|grandfather|nephew|man|boy|dad|widower|boyfriend|fiancé)$/u;
const FEMALE_NOUNS = /\b(?:mother|wife|daughter|sister|aunt|grandmother|niece|woman|girl|mom|mum|widow|girlfriend|fiancée)$/u;

/** Whether a description names a person by kin or sex (`his father`, `the woman`) of the wanted gender:
 * such a description is its own referent for `he` or `she`, where a role (`the nominee`) stands for a name. */
function personNoun(description: string, wanted: Gender | null): boolean {
  const d = description.toLowerCase();
  if (MALE_NOUNS.test(d)) return wanted !== 'female';
  if (FEMALE_NOUNS.test(d)) return wanted !== 'male';
  return false;
}

/** The speaker a pronoun (or, for null, a quote-only sentence) stands for: a person named before the pronoun
 * in its own sentence; else who the text is about; else the one person named just before; else the last
 * speaker. `it`, `they` and `we` take the last speaker only. Null when nothing fits. */
export function carriedSpeaker(ctx: SpeakerContext, place: QuotePlace, pronoun: string | null): string | null {
  const recent = ctx.previous && place.at - ctx.previous.at <= CARRY_PARAGRAPHS ? ctx.previous : null;
  // `it` stands for a thing or a body, never one person; `they` and `we` for more than one.
  if (pronoun !== null && !/^(?:he|she)$/iu.test(pronoun)) {
    const last = recent?.speaker ?? null;
    const onePerson = last !== null && isPersonName(last, ctx.known);
    return /^(?:it|they|we)$/iu.test(pronoun) && onePerson ? null : last;
  }
  const wanted: Gender | null = pronoun === null ? null : /^he$/iu.test(pronoun) ? 'male' : 'female';
  const fits = (name: string): boolean => {
    const g = ctx.genders.get(name) ?? genderOfName(name) ?? undefined;
    return wanted === null || g === undefined || g === wanted;
  };
  if (pronoun !== null) {
    // `Mr Holt praised the plan, which he said was …`
    const clause = ctx.paragraphs[place.at]?.masked.slice(Math.max(place.sentence.start, place.open - LOOK_BACK), place.open) ?? '';
    const own = pronounIndex(clause, pronoun);
    const named = own > 0 ? mentionedPeople(clause.slice(0, own), ctx.known).find((m) => !m.possessive && fits(m.name)) : undefined;
    if (named) return resolveShortName(named.name, ctx.known);
    // `Clinton says she …`: the subject of a cue the pronoun's clause hangs from, even a surname two people share.
    const cued = own > 0 ? firstCueSubject(clause.slice(0, own)) : null;
    const name = cued && !cued.pronoun ? speakerName(cued.phrase) : null;
    const person = name && /^\p{Lu}/u.test(name) && isPersonName(name, ctx.known) ? resolveShortName(name, ctx.known) : null;
    if (person && fits(person)) return person;
    // `His aunt moved away, but she still says`: a kinship noun of the pronoun's gender as the main subject.
    const subject = own > 0 ? clauseSubject(clause.slice(0, own)) : null;
    const kin = subject ? speakerName(subject) : null;
    if (kin && /^(?:my|his|her|their|our|the|a|an)\s/u.test(kin) && personNoun(kin, wanted)) return kin;
  }
  const from = place.at - CARRY_PARAGRAPHS;
  let focus = focusNow(ctx, from);
  // `the minister said … she said`: a pronoun after a description or a body means the last person named.
  const person = personNow(ctx, from);
  // A kinship or person noun (`his father`, `a woman`) introduces someone no name stands for: it stays.
  if (pronoun !== null && focus && !isPersonName(focus.name, ctx.known) && !personNoun(focus.name, wanted)) focus = person;
  const before = namesJustBefore(ctx, place).filter((n) => fits(n) && (pronoun === null || isPersonName(n, ctx.known)));
  // The sentence just before named people but was not about the one in focus (`… concerns Hal Ode, head
  // of the caucus.` then `“…,” he said`): the last of them it named is meant.
  if (pronoun !== null && focus && (focus.sentence ?? 0) < ctx.sentence - 1 && before.length > 0 && !before.includes(focus.name)) {
    return before.at(-1) as string;
  }
  if (focus && fits(focus.name)) return focus.name;
  const named = before.at(-1);
  if (named) return named;
  if (pronoun !== null && person && person !== focus && fits(person.name)) return person.name;
  // Further back: the most recent person whose gender is known to match (`she` past `Mr. Strand`).
  const gendered = pronoun === null ? undefined : peopleNow(ctx, from).find((p) => (ctx.genders.get(p.name) ?? genderOfName(p.name)) === wanted);
  if (pronoun !== null && gendered) return gendered.name;
  return recent?.speaker && fits(recent.speaker) && (pronoun === null || isPersonName(recent.speaker, ctx.known)) ? recent.speaker : null;
}
