// The `--quotes` rows of `npm run bench`: `lede --quotes` against `lede --grep` over the same text, 1 MB and
// 4 MB of real news (corpus articles concatenated, when ../shared/corpus is there; else varied wire copy),
// each as the median ratio of pairs run alternately. Linear quote finding keeps both ratios the same.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import type { BenchRow, Pairs } from './archive-rows.js';

/** The corpus folders whose articles make the real text. */
const CORPUS = resolve(packageRoot(), '..', 'shared', 'corpus');

/** Every article file under the corpus's article folders, in a fixed order. */
function corpusArticles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (/\.(?:story|txt)$/u.test(name.name) && !/README/iu.test(name.name)) out.push(path);
    }
  };
  for (const sub of ['cnn', join('bbc', 'articles'), join('quotes-ext', 'articles')]) {
    if (existsSync(join(CORPUS, sub))) walk(join(CORPUS, sub));
  }
  return out;
}

/** About `bytes` of article text: the corpus's paragraphs one after another under one headline, or
 * `fallback` (synthetic wire copy) when there is no corpus. Says which it used. */
export function realText(bytes: number, fallback: (bytes: number) => string): { text: string; source: string } {
  const files = corpusArticles();
  if (files.length === 0) return { text: fallback(bytes), source: 'synthetic' };
  const parts = ['Benchmark headline over real articles'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const lines = readFileSync(files[i % files.length] as string, 'utf8').split('\n');
    for (const line of lines.slice(1)) {
      const p = line.trim();
      if (p === '' || p.startsWith('@highlight')) continue;
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
    }
  }
  return { text: parts.join('\n\n'), source: 'corpus articles' };
}

/** Times `--quotes` against `--grep the` on 1 MB and 4 MB of real text written into `dir`. */
export function quotesRows(
  dir: string,
  runs: number,
  fallback: (bytes: number) => string,
  pairs: Pairs,
  lede: (args: string[]) => number,
): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const mb of [1, 4]) {
    const { text, source } = realText(mb * 1e6, fallback);
    const file = join(dir, `real-${mb}MB.txt`);
    writeFileSync(file, text);
    const r = pairs(runs, () => lede(['--grep', 'the', file]), () => lede(['--quotes', file]));
    rows.push({
      what: `--quotes, ${mb} MB of ${source}`,
      baseline: `--grep the: ${r.baseline.toFixed(0)} ms`,
      ms: r.subject.toFixed(0),
      ratio: r.ratio,
      limit: 3,
      target: 2,
    });
  }
  return rows;
}
