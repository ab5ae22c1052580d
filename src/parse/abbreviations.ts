// The abbreviations that sentence splitting and speaker finding share, one home for each list: titles
// written before a name, abbreviations written before a number, and abbreviations that may end a sentence.
// Which of them ends a sentence in context is the splitters' rule (parse/sentences.ts), not this file's.

import { MONTH_ABBREVIATIONS } from './calendar-words.js';

/** Titles abbreviated before a name (`Mr.`, `Sen.`, `Gen.`): never the end of a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Prof', 'Gen', 'Gens', 'Lt', 'Col', 'Maj',
  'Capt', 'Cmdr', 'Adm', 'Brig', 'Sgt', 'Cpl', 'Pvt', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Pres',
  'Amb', 'Atty', 'Supt', 'Det', 'Insp', 'Rev', 'Fr', 'Msgr', 'Hon',
]);

/** Titles abbreviated before a name that also abbreviate a place, so may end a sentence: `Del.` is a delegate
 * (`Del. Ana Ruiz`) or, in AP style, Delaware (`in Dover, Del. The …`). Like MAYBE_FINAL_ABBREVIATIONS, the
 * next word decides; speaker finding still reads them as titles. */
export const PLACE_OR_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['Del']);

/** Abbreviations written after a name that keep their full stop: `Jr.`, `Sr.`. */
export const NAME_SUFFIX_ABBREVIATIONS: ReadonlySet<string> = new Set(['Jr', 'Sr']);

/** Abbreviations that stand before a number (`No. 5`, `Jan. 12`, `p. 3`). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'No', 'Nos', 'no', 'Vol', 'vol', 'Art', 'Fig', 'fig', 'p', 'pp', 'Ch', 'ch', 'Sec', 'Para',
  ...MONTH_ABBREVIATIONS,
]);

/** Abbreviations that may also end a sentence (`… of Apple Inc.`): the next word decides. */
export const MAYBE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Pty', ...NAME_SUFFIX_ABBREVIATIONS, 'St', 'Ave', 'Blvd', 'Rd', 'Mt',
  'Ft', 'etc', 'al', 'approx', 'est', 'dept', 'Dept', 'govt', 'Govt', 'Univ', 'Assn', 'Intl',
  ...MONTH_ABBREVIATIONS, ...PLACE_OR_TITLE_ABBREVIATIONS,
]);
