// The quote evaluation. Own cases: precision, recall and speaker accuracy of findQuotes. Corpus: recall
// against an independent count of double-quote pairs, precision as the share of found quotes that count
// confirms, and speaker accuracy on hand labels. `--check` exits 1 below a target; `--show` lists misses.

import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Paragraph, Quote } from '../src/article.js';
import { findQuotes } from '../src/quotes/find.js';
import { parseArticle } from '../src/parse/index.js';
import { readSource } from '../src/read/sources.js';
import { toParagraphs } from './case-paragraphs.js';
import { CORPUS_DIR, corpusFiles } from './corpus-files.js';
import { QUOTE_CASES } from './quote-cases.js';
import { QUOTE_LABELS, type QuoteLabel } from './quote-labels.js';
import { quotesExtDir, scoreQuotesExt } from './quotes-ext.js';
import { floorsArg, PERCENT } from './floors-arg.js';
import { countedPairs, MIN_PAIR_WORDS } from './quote-pairs.js';
import { addTally, emptyTally, normalizeText, percent, sameSpeaker, scoreQuotes, share, type Miss, type Tally } from './quote-scores.js';

/** The figures every part of the evaluation must reach. */
const TARGETS = { precision: 0.95, recall: 0.9, speaker: 0.9 };
/** Floors on quotes-ext (PolNeAR dev), pinned a little below what lede measures; the issue's targets are
 * speaker 90%, recall 98%, precision 97%. */
const EXT_FLOORS = { recall: 0.987, precision: 0.977, speaker: 0.918, ...extFloors(process.argv.slice(2)) };

/** `--ext-floors recall=98.5,precision=96.5,speaker=88` (percentages) as shares; .ci/run pins them this way. */
function extFloors(argv: string[]): Partial<Record<'recall' | 'precision' | 'speaker', number>> {
  const floors = floorsArg(argv, '--ext-floors', ['recall', 'precision', 'speaker'] as const, PERCENT);
  return Object.fromEntries(Object.entries(floors).map(([k, v]) => [k, v / 100]));
}

const args = new Set(process.argv.slice(2));
const show = args.has('--show');
const failures: string[] = [];

function check(name: string, value: number, target: number): void {
  if (value < target) failures.push(`${name} ${(100 * value).toFixed(1)}% < ${100 * target}%`);
}

function printMisses(title: string, misses: readonly Miss[]): void {
  if (!show || misses.length === 0) return;
  console.log(`  ${title}:`);
  for (const m of misses) {
    const who = m.what === 'speaker' ? ` expected ${String(m.expected)}, got ${String(m.actual)}` : m.what === 'extra' ? ` (${String(m.actual)})` : '';
    console.log(`    ${m.what}: ${m.text.slice(0, 80)}${who}`);
  }
}

// Own cases.
let own: Tally = emptyTally();
for (const c of QUOTE_CASES) {
  const { tally, misses } = scoreQuotes(c.expected, findQuotes(toParagraphs(c.paragraphs)));
  own = addTally(own, tally);
  printMisses(c.name, misses);
}
console.log(
  `eval:quotes own cases (${QUOTE_CASES.length} cases, ${own.expected} quotes): precision ${percent(own.matched, own.found)}, ` +
    `recall ${percent(own.matched, own.expected)}, speaker ${percent(own.speakerRight, own.matched)}`,
);
check('own precision', share(own.matched, own.found), TARGETS.precision);
check('own recall', share(own.matched, own.expected), TARGETS.recall);
check('own speaker', share(own.speakerRight, own.matched), TARGETS.speaker);

// Corpus.
const corpus = CORPUS_DIR;
if (!existsSync(corpus)) {
  console.log('eval:quotes: ../shared/corpus not found; corpus recall skipped');
} else {
  // Labels name files relative to the corpus folder.
  const files = corpusFiles().map((f) => relative(corpus, f.path));
  let counted = 0;
  let recalled = 0;
  let long = 0;
  let confirmed = 0;
  const recallMisses: Miss[] = [];
  const unconfirmed: Miss[] = [];
  const quotesByFile = new Map<string, { paragraphs: Paragraph[]; quotes: Quote[] }>();
  for (const file of files) {
    const { text } = readSource(join(corpus, file), { readStdin: () => new Uint8Array(), articlesDir: '' });
    const { paragraphs } = parseArticle(file, text);
    const quotes = findQuotes(paragraphs);
    quotesByFile.set(file, { paragraphs, quotes });
    const found = quotes.map((q) => normalizeText(q.text));
    const pairs = paragraphs.flatMap((p) => countedPairs(p.text)).map(normalizeText);
    for (const pair of pairs) {
      counted++;
      if (found.some((f) => f.includes(pair))) recalled++;
      else recallMisses.push({ what: 'missed', text: `${file}: ${pair}` });
    }
    for (const q of quotes) {
      const parts = q.text.split(/ … /u).map(normalizeText);
      if (parts.every((t) => t.split(' ').length < MIN_PAIR_WORDS)) continue;
      long++;
      const f = normalizeText(q.text);
      if (pairs.some((p) => f.includes(p) || parts.some((t) => p.includes(t)))) confirmed++;
      else unconfirmed.push({ what: 'extra', text: `${file}: ${q.text}`, actual: q.speaker });
    }
  }
  console.log(
    `eval:quotes corpus (${files.length} articles, ${counted} counted pairs of ${MIN_PAIR_WORDS}+ words): ` +
      `recall ${percent(recalled, counted)}, precision ${percent(confirmed, long)} (found quotes of ${MIN_PAIR_WORDS}+ words the count confirms)`,
  );
  printMisses('corpus recall misses', recallMisses);
  printMisses('corpus quotes the count does not confirm', unconfirmed);
  check('corpus recall', share(recalled, counted), TARGETS.recall);
  check('corpus precision', share(confirmed, long), TARGETS.precision);

  // Speakers on hand labels.
  let labelled = 0;
  let right = 0;
  const labelMisses: Miss[] = [];
  const articles = new Set<string>();
  for (const label of QUOTE_LABELS) {
    const entry = quotesByFile.get(label.file);
    if (!entry) continue;
    articles.add(label.file);
    const q = labelledQuote(label, entry.quotes);
    if (!q) {
      labelMisses.push({ what: 'missed', text: `${label.file} ¶${label.paragraph} ${label.start}`, expected: String(label.speaker) });
      continue;
    }
    labelled++;
    const accepted = Array.isArray(label.speaker) ? label.speaker : [label.speaker];
    if (accepted.some((s) => sameSpeaker(s, q.speaker))) right++;
    else labelMisses.push({ what: 'speaker', text: `${label.file} ¶${label.paragraph} ${label.start}`, expected: String(label.speaker), actual: q.speaker });
  }
  console.log(
    `eval:quotes corpus speakers (${QUOTE_LABELS.length} labels in ${articles.size} articles): ` +
      `found ${percent(labelled, QUOTE_LABELS.length)}, speaker ${percent(right, labelled)}`,
  );
  printMisses('label misses', labelMisses);
  check('corpus labels found', share(labelled, QUOTE_LABELS.length), TARGETS.recall);
  check('corpus speaker', share(right, labelled), TARGETS.speaker);
}

// quotes-ext: real political news with annotated attributions, scored by its README's rules.
const ext = existsSync(corpus) ? quotesExtDir(corpus) : null;
if (ext) {
  const { tally: t, misses } = scoreQuotesExt(ext);
  const type = (k: string): string => {
    const v = t.byType[k];
    return v ? `${percent(v.right, v.scorable)} of ${v.scorable}` : 'n/a';
  };
  const named = t.scorable - t.nulls;
  console.log(
    `eval:quotes quotes-ext (${t.files} articles, ${t.required} quotations): recall ${percent(t.found, t.required)}, ` +
      `precision ${percent(t.predMatched, t.predicted)} (${t.predUnannotated} of ${t.predicted} on unannotated spans), ` +
      `speaker ${percent(t.right, t.scorable)} of ${t.scorable}`,
  );
  console.log(
    `  by source: named ${type('name')}, pronoun ${type('pronoun')}, descriptive ${type('nominal')}; ` +
      `coverage: a speaker given for ${percent(named, t.scorable)} (the rest \`?\`); precision of given speakers ${percent(t.right, named)}`,
  );
  if (show) {
    // By category, largest first, so the biggest general shapes of error show at the top.
    const category = (m: (typeof misses)[number]): string =>
      m.what === 'speaker' ? `speaker ${m.got === null ? '`?`' : 'wrong'}, ${/\((\w+):/u.exec(m.gold ?? '')?.[1] ?? 'other'} source` : m.what;
    const groups = new Map<string, typeof misses>();
    for (const m of misses) {
      const k = category(m);
      const group = groups.get(k);
      if (group) group.push(m);
      else groups.set(k, [m]);
    }
    console.log('  quotes-ext misses:');
    for (const [name, ms] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`   ${name} (${ms.length}):`);
      for (const m of ms) {
        const who = m.what === 'speaker' ? ` expected ${m.gold ?? ''}, got ${String(m.got)}` : m.what === 'extra' ? ` (${String(m.got)})` : '';
        console.log(`    ${m.what}: ${m.file}: ${m.text.replace(/\s+/gu, ' ').slice(0, 80)}${who}`);
      }
    }
  }
  check('quotes-ext recall', share(t.found, t.required), EXT_FLOORS.recall);
  check('quotes-ext precision', share(t.predMatched, t.predicted), EXT_FLOORS.precision);
  check('quotes-ext speaker', share(t.right, t.scorable), EXT_FLOORS.speaker);
}

/** The found quote a label points at: the one opening with its words, nearest its paragraph. */
function labelledQuote(label: QuoteLabel, quotes: readonly Quote[]): Quote | undefined {
  const key = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/gu, ' ').trim();
  const start = key(label.start);
  return quotes
    .filter((q) => key(q.text).startsWith(start))
    .sort((a, b) => Math.abs(a.paragraph - label.paragraph) - Math.abs(b.paragraph - label.paragraph))[0];
}

if (args.has('--check') && failures.length > 0) {
  console.log(`eval:quotes: below target: ${failures.join('; ')}`);
  process.exitCode = 1;
}
