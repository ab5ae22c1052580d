// Who the text is about as the quote scanner walks an article: the people it has named, their gender when a
// title tells it, the last speaker and the person in focus. With these it resolves a pronoun (`he said`) or
// a quote-only sentence to a speaker, and a surname to a full name. Attribution in one sentence is speakers.ts's.

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
  genders: Map<string, Gender>;
  /** Who the text is about: the last speaker, or a subject named since. */
  focus: Seen | null;
  /** The last person named as a speaker or subject: what `he` after `the minister said` means. */
  person: Seen | null;
  /** The last direct quote's speaker and where that quote closed. */
  previous: { speaker: string | null; at: number; close: number } | null;
  /** How many sentences the scanner has entered: the current sentence's number. */
  sentence: number;
  /** People named as speakers or subjects, most recent last: where `she` looks past a `he`. */
  people: Seen[];
  /** The last transcript turn (`PENCE: …`): its speaker, its last paragraph and whether it was left open. */
  turn: { speaker: string | null; at: number; open: boolean } | null;
}

/** A fresh context for an article's paragraphs. */
export function newSpeakerContext(paragraphs: readonly MaskedParagraph[]): SpeakerContext {
  return { paragraphs, known: new KnownPeople(), genders: new Map(), focus: null, person: null, previous: null, turn: null, people: [], sentence: 0 };
}

/** Adds the people paragraph `at` names to what the context knows. */
export function learnPeople(ctx: SpeakerContext, at: number): void {
  for (const m of mentionedPeople(ctx.paragraphs[at]?.masked ?? '', ctx.known)) {
    if (m.name.includes(' ')) ctx.known.add(m.name);
    const name = resolveShortName(m.name, ctx.known);
    if (m.gender && !ctx.genders.has(name)) ctx.genders.set(name, m.gender);
  }
}

/** Whether a sentence is a heading: a few words, none in lower case but the small words of a title. */
function isHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 80 && t.split(/\s+/u).every((w) => !/^\p{Ll}/u.test(w) || SMALL_WORDS.has(w));
}

/** A sentence about the one in focus (`He …`): the focus and the person it names stay, moved to `at`. */
function keepFocus(ctx: SpeakerContext, at: number): void {
  if (ctx.focus) ctx.focus = { ...ctx.focus, at, sentence: ctx.sentence };
  if (ctx.person) ctx.person = { ...ctx.person, at };
}

/** Makes `name` what the text is about; a capitalized name is also the person pronouns may mean. */
function setFocus(ctx: SpeakerContext, name: string, at: number): void {
  ctx.focus = { name, at, sentence: ctx.sentence };
  if (isPersonName(name, ctx.known)) {
    ctx.person = { name, at };
    ctx.people = [...ctx.people.filter((p) => p.name !== name).slice(-(PEOPLE_KEPT - 1)), { name, at }];
  }
}

/** Moves the focus to whom a sentence without quotations is about: the subject of its first cue verb, or a
 * person named at its start. A sentence about `he` or `she` keeps the focus alive. What it changes (focus,
 * person, people) only carriedSpeaker reads: find.ts stops calling it past the last quote that may carry. */
export function followNarrative(ctx: SpeakerContext, masked: string, at: number): void {
  // A heading (`Harbour Politics`) names a topic, not a person the next pronoun may mean.
  if (isHeading(masked)) return;
  // The first cue is usually the main clause's: `Her brother said he was out when the police called`;
  // `He notes that the board announced …` stays about him.
  const subject = firstCueSubject(masked);
  const name = subject && !subject.pronoun ? speakerName(subject.phrase) : null;
  if (name) {
    setFocus(ctx, resolveShortName(name, ctx.known), at);
    return;
  }
  if ((subject && /^(?:he|she)$/iu.test(subject.phrase)) || /^\s*(?:He|She)\b/u.test(masked)) {
    keepFocus(ctx, at);
    return;
  }
  // The main clause's subject, past an opening phrase or subordinate clause: `In an interview, Ham made …`.
  const main = clauseSubject(masked);
  if (main && /^(?:he|she)$/iu.test(main)) {
    keepFocus(ctx, at);
    return;
  }
  const mainName = main ? speakerName(main) : null;
  const mainPerson = mainName ? resolveShortName(mainName, ctx.known) : null;
  if (mainPerson && isPersonName(mainPerson, ctx.known)) {
    setFocus(ctx, mainPerson, at);
    return;
  }
  // A subject opens the main clause: only its first few words are read (`While Ed Roe spoke, …` is not about him).
  const skip = openingClauseLength(masked);
  const head = /^(?:\s*\S+){1,14}/u.exec(masked.slice(skip))?.[0] ?? '';
  const first = mentionedPeople(head, ctx.known).find((m) => !m.possessive);
  if (!first) return;
  const before = head.slice(0, first.index);
  const words = before.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length <= SUBJECT_MAX_OFFSET_WORDS && !NOT_SUBJECT_BEFORE.test(before)) setFocus(ctx, first.name, at);
}

/** The speaker a phrase names, titles dropped and a surname resolved; its title's gender is remembered. */
export function namedSpeaker(ctx: SpeakerContext, phrase: string): string | null {
  const name = speakerName(phrase);
  const speaker = name && resolveShortName(name, ctx.known);
  const person = personNamed(phrase, ctx.known);
  if (speaker && person?.gender && !ctx.genders.has(speaker)) ctx.genders.set(speaker, person.gender);
  return speaker;
}

/** Records the speaker of a direct quote that closed at `close` of paragraph `at`. */
export function noteSpeaker(ctx: SpeakerContext, speaker: string | null, at: number, close: number): void {
  if (speaker && speaker.includes(' ') && /^\p{Lu}/u.test(speaker)) ctx.known.add(speaker);
  if (speaker) setFocus(ctx, speaker, at);
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
  let focus = ctx.focus && place.at - ctx.focus.at <= CARRY_PARAGRAPHS ? ctx.focus : null;
  // `the minister said … she said`: a pronoun after a description or a body means the last person named.
  const person = ctx.person && place.at - ctx.person.at <= CARRY_PARAGRAPHS ? ctx.person : null;
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
  const gendered = [...ctx.people].reverse().find((p) => place.at - p.at <= CARRY_PARAGRAPHS && (ctx.genders.get(p.name) ?? genderOfName(p.name)) === wanted);
  if (pronoun !== null && gendered) return gendered.name;
  return recent?.speaker && fits(recent.speaker) && (pronoun === null || isPersonName(recent.speaker, ctx.known)) ? recent.speaker : null;
}
