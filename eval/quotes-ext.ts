// The quotes-ext evaluation (../shared/corpus/quotes-ext, PolNeAR dev): scores found quotations and their
// speakers by the rules of that folder's README (its tools/score.mjs), in process. Reading the gold and
// printing are quotes.ts's; this file owns matching and counting.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../src/article.js';
import { parseArticle } from '../src/parse/index.js';
import { findQuotes } from '../src/quotes/find.js';
import { readSource } from '../src/read/sources.js';

/** A gold quotation as gold.json gives it. */
interface GoldQuote {
  text: string;
  required: boolean;
  speaker: string | null;
  speakerType: 'name' | 'pronoun' | 'nominal' | 'none' | string;
  speakerNames: string[];
}

/** One file's gold: its quotations and the quoted spans no attribution covers. */
interface GoldFile {
  quotes: GoldQuote[];
  unattributed: { text: string }[];
}

/** What the evaluation counts. */
export interface ExtTally {
  files: number;
  required: number;
  found: number;
  predicted: number;
  predMatched: number;
  predUnannotated: number;
  /** Found required quotations with acceptable names. */
  scorable: number;
  /** Of those, with a speaker that matches. */
  right: number;
  /** Of those, with a null speaker. */
  nulls: number;
  byType: Record<string, { scorable: number; right: number; nulls: number }>;
}

/** One miss, for `--show`. */
export interface ExtMiss {
  file: string;
  what: 'missed' | 'extra' | 'speaker';
  text: string;
  gold?: string;
  got?: string | null;
}

/** A gold quote is found when one predicted quote holds this share of its words. */
const COVER = 0.8;

/** Lower-cased word tokens; curly apostrophes folded. */
function tokens(s: string): string[] {
  return s.toLowerCase().replace(/[\u2018\u2019]/gu, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

function bag(ts: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of ts) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** How many tokens two bags share. */
function shared(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [t, c] of a) n += Math.min(c, b.get(t) ?? 0);
  return n;
}

const TITLES = new Set(
  ('mr mrs ms dr sen senator rep gov governor president pres vice gen lt col maj capt sgt adm secretary sec ' +
    'judge justice mayor rev prof professor sir dame lord lady chairman chairwoman chair speaker leader ' +
    'rabbi father sister brother officer chief deputy attorney general former retired u.s').split(' '),
);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The part of a speaker phrase that names them: before an appositive or a relative or prepositional tail. */
function headPart(s: string): string {
  return (s.replace(/[\u2018\u2019]/gu, "'").split(/,|\(|\s[\u2014\u2013-]+\s|\s(?:of|at|for|from|on|in|with|who|whose|which|that)\s/u)[0] ?? '')
    .replace(/'s$/u, '')
    .trim();
}

/** The trailing run of capitalized words less titles and suffixes, else the head noun, lower-cased. */
function nameWords(s: string): string[] {
  const words = headPart(s)
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.'-]+$/gu, '').replace(/'s$/u, ''))
    .filter(Boolean);
  const clean = (w: string): string => w.toLowerCase().replace(/\.$/u, '');
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const w = words[i] as string;
    if (!/^\p{Lu}/u.test(w)) break;
    run.unshift(w);
  }
  const core = run.filter((w) => !TITLES.has(clean(w)) && !SUFFIXES.has(clean(w))).map(clean);
  if (core.length > 0) return core;
  const last = words.at(-1);
  return last ? [clean(last)] : [];
}

function fullKey(s: string): string {
  return tokens(headPart(s))
    .filter((w) => !['the', 'a', 'an'].includes(w))
    .join(' ');
}

/** The README's speaker match: the same phrase (case, punctuation and a leading article ignored) or the
 * same surname, with different given names before it not matching. */
export function sameExtSpeaker(pred: string | null, gold: string): boolean {
  if (!pred) return false;
  if (fullKey(pred) !== '' && fullKey(pred) === fullKey(gold)) return true;
  const p = nameWords(pred);
  const g = nameWords(gold);
  if (p.length === 0 || g.length === 0 || p.at(-1) !== g.at(-1)) return false;
  if (p.length >= 2 && g.length >= 2) {
    const pf = p.at(-2) as string;
    const gf = g.at(-2) as string;
    const initial = (w: string): boolean => /^(\p{L}\.?)+$/u.test(w) && w.replace(/\./gu, '').length <= 2;
    if (pf !== gf && !initial(pf) && !initial(gf) && !pf.startsWith(gf) && !gf.startsWith(pf)) return false;
  }
  return true;
}

/** The quotes-ext folder beside the corpus, or null when it is not there. */
export function quotesExtDir(corpus: string): string | null {
  const dir = join(corpus, 'quotes-ext');
  return existsSync(join(dir, 'gold.json')) ? dir : null;
}

/** The direct quotes lede finds in one article, as `lede --quotes --json` does (code blocks left out). */
function quotesOf(path: string): Quote[] {
  const { text } = readSource(path, { readStdin: () => new Uint8Array(), articlesDir: '' });
  const article = parseArticle(path, text);
  return findQuotes(article.paragraphs.filter((p) => p.block?.kind !== 'code')).filter((q) => q.kind === 'direct');
}

interface Bagged<T> {
  item: T;
  ts: string[];
  b: Map<string, number>;
}

function bagged<T extends { text: string }>(items: readonly T[]): Bagged<T>[] {
  return items.map((item) => {
    const ts = tokens(item.text);
    return { item, ts, b: bag(ts) };
  });
}

/** Scores every article of the set. */
export function scoreQuotesExt(dir: string): { tally: ExtTally; misses: ExtMiss[] } {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { files: Record<string, GoldFile> };
  const present = new Set(readdirSync(join(dir, 'articles')));
  const names = Object.keys(gold.files).filter((f) => present.has(f)).sort();
  const t: ExtTally = { files: names.length, required: 0, found: 0, predicted: 0, predMatched: 0, predUnannotated: 0, scorable: 0, right: 0, nulls: 0, byType: {} };
  const misses: ExtMiss[] = [];
  for (const file of names) {
    const g = gold.files[file] as GoldFile;
    const preds = bagged(quotesOf(join(dir, 'articles', file)));
    const gq = bagged(g.quotes);
    const un = bagged(g.unattributed);
    for (const x of gq) {
      if (x.ts.length === 0 || !x.item.required) continue;
      let best: Bagged<Quote> | null = null;
      let bestCover = 0;
      for (const p of preds) {
        const cover = shared(x.b, p.b) / x.ts.length;
        if (cover > bestCover) {
          best = p;
          bestCover = cover;
        }
      }
      t.required++;
      if (!best || bestCover < COVER) {
        misses.push({ file, what: 'missed', text: x.item.text });
        continue;
      }
      t.found++;
      if (x.item.speakerNames.length === 0) continue;
      const type = (t.byType[x.item.speakerType] ??= { scorable: 0, right: 0, nulls: 0 });
      t.scorable++;
      type.scorable++;
      const got = best.item.speaker;
      if (x.item.speakerNames.some((n) => sameExtSpeaker(got, n))) {
        t.right++;
        type.right++;
        continue;
      }
      if (got === null) {
        t.nulls++;
        type.nulls++;
      }
      misses.push({ file, what: 'speaker', text: x.item.text, gold: `${x.item.speakerNames.join('/')} (${x.item.speakerType}: ${x.item.speaker ?? ''})`, got });
    }
    for (const p of preds) {
      if (p.ts.length === 0) continue;
      t.predicted++;
      const hits = (xs: readonly Bagged<{ text: string }>[]): boolean =>
        xs.some((x) => x.ts.length > 0 && (shared(x.b, p.b) / x.ts.length >= COVER || shared(x.b, p.b) / p.ts.length >= COVER));
      if (hits(gq)) t.predMatched++;
      else {
        if (hits(un)) t.predUnannotated++;
        misses.push({ file, what: 'extra', text: p.item.text, got: p.item.speaker });
      }
    }
  }
  return { tally: t, misses };
}
