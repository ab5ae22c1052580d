// The web-page evaluation: article extraction on ../shared/corpus/html-bench scored as the
// benchmark's evaluate.py scores it (shingles.ts), beside the published figures for the same half,
// and headline, byline and date on ../shared/corpus/html-meta. `--check` exits 1 below a floor;
// `--pages` lists every page's precision and recall, worst first.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/article.js';
import { LedeError } from '../src/errors.js';
import { parseArticle, prepareParse } from '../src/parse/index.js';
import { readSource } from '../src/read/sources.js';
import { CORPUS_DIR, corpusPresent } from './corpus-files.js';
import { pageCounts, setScore, type SetScore } from './shingles.js';

/** Floors for `--check`, a little below what was measured (README "Web pages"). */
const FLOORS = { f1: 0.955, precision: 0.934, recall: 0.975, emptyPages: 0, headline: 0.87, byline: 0.75, date: 0.95 };

/** The published extractors on this half (html-bench/README.md): F1, precision, recall, accuracy. */
const PUBLISHED: [string, number, number, number, number][] = [
  ['Zyte AutoExtract (2019)', 0.963, 0.978, 0.948, 0.367],
  ['go-trafilatura', 0.963, 0.948, 0.977, 0.256],
  ['rs-trafilatura', 0.96, 0.937, 0.985, 0.256],
  ['trafilatura 2.0.0', 0.951, 0.94, 0.962, 0.267],
  ['Readability.js 0.6.0', 0.944, 0.915, 0.975, 0.111],
  ['newspaper4k', 0.942, 0.951, 0.932, 0.278],
];

const NO_CONTEXT = { readStdin: () => new Uint8Array(), articlesDir: '' };

/** The article's text as a reader sees it: the dateline and paragraphs, links as their words. */
export function articleText(a: Article): string {
  const paragraphs = a.paragraphs.map((p) => {
    if (!p.links?.length) return p.text;
    let out = '';
    let at = 0;
    for (const l of p.links) {
      out += p.text.slice(at, l.start) + l.label;
      at = l.end;
    }
    return out + p.text.slice(at);
  });
  return [a.dateline?.raw ?? '', ...paragraphs].filter((t) => t !== '').join('\n');
}

/** Reads a page through lede's own read and parse path; a LedeError is an empty result. */
async function readPage(path: string, url?: string): Promise<Article | LedeError> {
  try {
    const { name, text } = readSource(path, NO_CONTEXT);
    const facts = url === undefined ? {} : { url };
    await prepareParse(name, text, facts);
    return parseArticle(name, text, facts);
  } catch (err) {
    if (err instanceof LedeError) return err;
    throw err;
  }
}

const fmt = (x: number) => x.toFixed(3);

async function bench(showPages: boolean): Promise<{ score: SetScore; empty: number; msPerPage: number }> {
  const dir = join(CORPUS_DIR, 'html-bench');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages: { id: string; predicted: string; truth: string }[] = [];
  let empty = 0;
  const t0 = performance.now();
  for (const [id, { articleBody, url }] of Object.entries(truth)) {
    const article = await readPage(join(dir, `${id}.html`), url);
    const predicted = article instanceof LedeError ? '' : articleText(article);
    if (predicted === '') empty++;
    pages.push({ id, predicted, truth: articleBody });
  }
  const msPerPage = (performance.now() - t0) / pages.length;
  if (showPages) {
    const rows = pages.map((p) => {
      const c = pageCounts(p.predicted, p.truth);
      return { id: p.id.slice(0, 12), p: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0, r: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0 };
    });
    rows.sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r));
    for (const r of rows) console.log(`${r.id}  P ${fmt(r.p)}  R ${fmt(r.r)}`);
  }
  return { score: setScore(pages), empty, msPerPage };
}

/** Whitespace folded, for comparing metadata. */
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Names without a leading `By`, in lowercase, for comparing bylines. */
const names = (s: string | null | undefined) => fold(s).replace(/^by:?\s+/i, '').toLowerCase();

async function meta(showPages: boolean): Promise<{ headline: [number, number]; byline: [number, number]; date: [number, number] }> {
  const dir = join(CORPUS_DIR, 'html-meta');
  const counts = { headline: [0, 0] as [number, number], byline: [0, 0] as [number, number], date: [0, 0] as [number, number] };
  for (const name of readdirSync(dir).sort()) {
    const expectedPath = join(dir, name, 'expected-metadata.json');
    if (!existsSync(expectedPath)) continue;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { title: string | null; byline: string | null; publishedTime: string | null };
    const a = await readPage(join(dir, name, 'source.html'), 'http://fakehost/test/page.html');
    const got = a instanceof LedeError ? null : a;
    const tally = (key: keyof typeof counts, ok: boolean, detail: string) => {
      counts[key][1]++;
      if (ok) counts[key][0]++;
      else if (showPages) console.log(`${name} ${key}: ${detail}`);
    };
    if (expected.title) tally('headline', fold(got?.headline) === fold(expected.title), `${fold(got?.headline)} ≠ ${fold(expected.title)}`);
    if (expected.byline) {
      const want = names(expected.byline);
      const have = names(got?.byline?.name);
      tally('byline', have !== '' && (want.includes(have) || have.includes(want)), `${have} ≠ ${want}`);
    }
    if (expected.publishedTime) tally('date', got?.date?.iso === expected.publishedTime.slice(0, 10), `${got?.date?.iso} ≠ ${expected.publishedTime}`);
  }
  return counts;
}

async function main(argv: string[]): Promise<number> {
  if (!corpusPresent('eval:html')) return 0;
  const showPages = argv.includes('--pages');
  const { score, empty, msPerPage } = await bench(showPages);
  console.log('html-bench, dev half (90 pages), scored as evaluate.py:');
  console.log('| extractor | F1 | P | R | Acc |');
  console.log('|---|---|---|---|---|');
  console.log(`| lede | ${fmt(score.f1)} | ${fmt(score.precision)} | ${fmt(score.recall)} | ${fmt(score.accuracy)} |`);
  for (const [n, f, p, r, a] of PUBLISHED) console.log(`| ${n} | ${fmt(f)} | ${fmt(p)} | ${fmt(r)} | ${fmt(a)} |`);
  console.log(`pages without an article: ${empty}; ${msPerPage.toFixed(1)} ms a page (read, parse, extract)`);

  const m = await meta(showPages);
  const share = ([right, all]: [number, number]) => (all === 0 ? 1 : right / all);
  console.log('');
  console.log('html-meta (31 pages), against Readability 0.6.0’s metadata:');
  for (const key of ['headline', 'byline', 'date'] as const) console.log(`${key}: ${m[key][0]}/${m[key][1]} (${(100 * share(m[key])).toFixed(1)}%)`);

  const failures: string[] = [];
  const floor = (name: string, value: number, min: number) => {
    if (value < min) failures.push(`${name} ${fmt(value)} below its floor ${fmt(min)}`);
  };
  floor('F1', score.f1, FLOORS.f1);
  floor('precision', score.precision, FLOORS.precision);
  floor('recall', score.recall, FLOORS.recall);
  if (empty > FLOORS.emptyPages) failures.push(`${empty} pages without an article`);
  floor('headline', share(m.headline), FLOORS.headline);
  floor('byline', share(m.byline), FLOORS.byline);
  floor('date', share(m.date), FLOORS.date);
  for (const f of failures) console.log(`eval:html: ${f}`);
  return argv.includes('--check') && failures.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
