// eval:parse — parses every corpus article and checks what a careful reader would: every word of
// the input lands in exactly one field, no furniture is left in the paragraphs, and the headline,
// dateline and highlight counts match each layout. `--check` compares with eval/parse-baseline.json.
// The webcopy set is scored field by field against its expected answers (eval/webcopy.ts); with
// `--check`, `--webcopy-floors headline=38,date=38,…` fails any field below its floor.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article } from '../src/article.js';
import { HIGHLIGHT_MARKER } from '../src/parse/text/highlights.js';
import { furnitureReason, splitFurnitureTails } from '../src/parse/text/furniture.js';
import { parseArticle } from '../src/parse/index.js';
import { foldSpace } from '../src/parse/lines.js';
import { readSource } from '../src/read/sources.js';
import { CORPUS_DIR, corpusFiles, corpusPresent, type CorpusFile } from './corpus-files.js';
import { COUNT, floorsArg } from './floors-arg.js';
import { scoreWebcopy, WEBCOPY_FIELDS, type WebcopyField, type WebcopyScore } from './webcopy.js';

/** Word tokens for the conservation check: runs of letters and digits, so punctuation may move. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every piece of text the parser put somewhere. */
function fieldTexts(a: Article): string[] {
  return [
    a.headline ?? '',
    a.standfirst ?? '',
    a.date?.raw ?? '',
    a.dateline?.raw ?? '',
    a.byline?.raw ?? '',
    ...a.paragraphs.map((p) => p.text),
    ...a.highlights,
    ...a.removed.map((r) => r.text),
  ];
}

/** The words the input has that the fields lack, and the words the fields have twice or invented. */
function wordBalance(input: string, a: Article): { lost: string[]; extra: string[] } {
  const counts = new Map<string, number>();
  for (const t of tokens(input.replaceAll(HIGHLIGHT_MARKER, ' '))) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const t of fieldTexts(a).flatMap(tokens)) counts.set(t, (counts.get(t) ?? 0) - 1);
  const lost: string[] = [];
  const extra: string[] = [];
  for (const [t, n] of counts) {
    if (n > 0) lost.push(t);
    if (n < 0) extra.push(t);
  }
  return { lost, extra };
}

/** What a careful reader expects of each layout. */
function expectations(file: CorpusFile, text: string): { headline: string | null; highlights: number; paragraphs: number } {
  const blocks = text.split('\n@highlight')[0]!.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  // BBC: the title, then one paragraph a line (list items included); no dateline, no highlights.
  const lines = text.split('\n').map((l) => l.trim());
  if (file.layout === 'bbc') return { headline: foldSpace(lines[0]!), highlights: 0, paragraphs: lines.slice(1).filter(Boolean).length };
  const furnitureOnly = blocks.filter((b) => furnitureReason(b) !== null).length;
  return { headline: null, highlights: text.split(`\n${HIGHLIGHT_MARKER}`).length - 1, paragraphs: blocks.length - furnitureOnly };
}

interface Row {
  articles: number;
  wordsKept: number;
  headlineOk: number;
  datelines: number;
  highlightsOk: number;
  paragraphsOk: number;
  furnitureLeft: number;
}

const empty = (): Row => ({ articles: 0, wordsKept: 0, headlineOk: 0, datelines: 0, highlightsOk: 0, paragraphsOk: 0, furnitureLeft: 0 });

function main(): void {
  if (!corpusPresent('eval:parse')) return;
  const rows: Record<string, Row> = { cnn: empty(), bbc: empty() };
  const problems: string[] = [];
  for (const file of corpusFiles()) {
    const { text } = readSource(file.path, { readStdin: () => new Uint8Array(), articlesDir: '' });
    const a = parseArticle(file.path, text);
    const row = rows[file.layout]!;
    const where = relative(CORPUS_DIR, file.path);
    const want = expectations(file, text);
    row.articles++;
    const { lost, extra } = wordBalance(text, a);
    if (lost.length === 0 && extra.length === 0) row.wordsKept++;
    else problems.push(`${where}: words lost [${lost.slice(0, 5).join(' ')}] extra [${extra.slice(0, 5).join(' ')}]`);
    if (a.headline === want.headline) row.headlineOk++;
    else problems.push(`${where}: headline ${JSON.stringify(a.headline)}, expected ${JSON.stringify(want.headline)}`);
    if (a.dateline) row.datelines++;
    if (a.highlights.length === want.highlights) row.highlightsOk++;
    else problems.push(`${where}: ${a.highlights.length} highlights, expected ${want.highlights}`);
    if (a.paragraphs.length === want.paragraphs) row.paragraphsOk++;
    else problems.push(`${where}: ${a.paragraphs.length} paragraphs, expected ${want.paragraphs}`);
    for (const p of a.paragraphs) {
      if (furnitureReason(p.text) || splitFurnitureTails(p.text).tails.length) {
        row.furnitureLeft++;
        problems.push(`${where}: furniture left in ¶${p.number}`);
      }
    }
  }

  const cols: (keyof Row)[] = ['articles', 'wordsKept', 'headlineOk', 'datelines', 'highlightsOk', 'paragraphsOk', 'furnitureLeft'];
  console.log(['layout', ...cols].map((c) => c.padStart(14)).join(''));
  for (const [layout, row] of Object.entries(rows)) console.log([layout, ...cols.map((c) => String(row[c]))].map((c) => c.padStart(14)).join(''));
  if (problems.length) console.log(`\n${problems.length} problems:\n  ${problems.slice(0, 30).join('\n  ')}${problems.length > 30 ? '\n  …' : ''}`);

  const webcopy = scoreWebcopy();
  if (webcopy) printWebcopy(webcopy, process.argv.includes('--verbose'));
  else console.log('\nwebcopy: not in the corpus; not scored');

  const baselinePath = join(import.meta.dirname ?? '', '..', '..', 'eval', 'parse-baseline.json');
  if (process.argv.includes('--write-baseline')) {
    writeFileSync(baselinePath, JSON.stringify(rows, null, 2) + '\n');
    console.log(`\nwrote ${baselinePath}`);
  }
  if (process.argv.includes('--check')) {
    const base = JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, Row>;
    const regressions: string[] = [];
    for (const [layout, row] of Object.entries(rows)) {
      if (row.wordsKept < row.articles) regressions.push(`${layout}: ${row.articles - row.wordsKept} articles lose or invent words`);
      if (row.furnitureLeft > 0) regressions.push(`${layout}: ${row.furnitureLeft} furniture lines left in paragraphs`);
      for (const c of ['headlineOk', 'datelines', 'highlightsOk', 'paragraphsOk'] as const) {
        if (row[c] < base[layout]![c]) regressions.push(`${layout}: ${c} fell from ${base[layout]![c]} to ${row[c]}`);
      }
    }
    if (webcopy) regressions.push(...webcopyBelowFloors(webcopy, floorsArg(process.argv, '--webcopy-floors', WEBCOPY_FIELDS, COUNT)));
    if (regressions.length) {
      console.log(`\neval:parse: FAILED against the baseline:\n  ${regressions.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log('\neval:parse: no regression against eval/parse-baseline.json');
    }
  }
}

/** Prints the webcopy counts, one field a column, and the files missed for each field. */
function printWebcopy(score: WebcopyScore, verbose: boolean): void {
  console.log(`\nwebcopy (${score.articles} articles copied from web pages), right per field:`);
  console.log(WEBCOPY_FIELDS.map((f) => f.padStart(11)).join(''));
  console.log(WEBCOPY_FIELDS.map((f) => `${score.right[f]}/${score.articles}`.padStart(11)).join(''));
  for (const f of WEBCOPY_FIELDS) {
    const misses = score.misses[f];
    if (misses.length === 0) continue;
    if (verbose) console.log(`  ${f} misses:\n    ${misses.join('\n    ')}`);
    else console.log(`  ${f} misses: ${misses.map((m) => m.slice(0, 2)).join(',')}`);
  }
}

/** A line for each webcopy field below its floor. */
function webcopyBelowFloors(score: WebcopyScore, floors: Partial<Record<WebcopyField, number>>): string[] {
  return WEBCOPY_FIELDS.filter((f) => score.right[f] < (floors[f] ?? 0)).map(
    (f) => `webcopy: ${f} ${score.right[f]}/${score.articles}, below its floor of ${floors[f]}`,
  );
}

main();
