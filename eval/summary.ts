// The summary evaluation: ROUGE of our selector, Lead-N and TextRank on ../shared/corpus, a table on
// stdout, and with --check exit 1 when ours falls below its floors. Loading is corpus.ts's job.
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/article.js';
import { summarize } from '../src/select/summary.js';
import { corpusFiles, loadArticle, type LoadedArticle } from './corpus.js';
import { corpusPresent } from './corpus-files.js';
import { rouge, type RougeScores } from './rouge.js';
import { lead, textRank } from './textrank.js';

/** The CNN highlights are about three sentences; we give every system three. */
const CNN_SENTENCES = 3;
/** How far below TextRank's BBC R-1 ours may fall, in ROUGE points (F1 x 100). */
const BBC_SLACK_POINTS = 1;

type System = 'ours' | 'Lead' | 'TextRank';
const SYSTEMS: System[] = ['ours', 'Lead', 'TextRank'];

interface SetResult {
  articles: number;
  scores: Record<System, RougeScores>;
  /** Milliseconds per article spent in summarize(): mean and max. */
  ms: { mean: number; max: number };
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  if (!corpusPresent('eval:summary')) return 0;
  const files = corpusFiles();
  const cnn = evaluate(files.cnn.map(loadArticle), () => CNN_SENTENCES);
  const bbc = evaluate(files.bbc.map(loadArticle), (a) => a.reference.length);
  console.log(table(cnn, bbc));

  const cnnOk = cnn.scores.ours.rouge1 >= cnn.scores.Lead.rouge1;
  const bbcFloor = bbc.scores.TextRank.rouge1 - BBC_SLACK_POINTS / 100;
  const bbcOk = bbc.scores.ours.rouge1 >= bbcFloor;
  console.log('');
  console.log(`CNN R-1: ours ${pct(cnn.scores.ours.rouge1)} vs Lead-3 ${pct(cnn.scores.Lead.rouge1)}: ${cnnOk ? 'ok' : 'BELOW'}`);
  console.log(`BBC R-1: ours ${pct(bbc.scores.ours.rouge1)} vs TextRank - ${BBC_SLACK_POINTS} = ${pct(bbcFloor)}: ${bbcOk ? 'ok' : 'BELOW'}`);
  return check && !(cnnOk && bbcOk) ? 1 : 0;
}

/** Mean ROUGE F1 of each system over a set, and the time ours takes per article. */
function evaluate(articles: LoadedArticle[], sentencesFor: (a: LoadedArticle) => number): SetResult {
  const sums: Record<System, RougeScores> = {
    ours: zero(),
    Lead: zero(),
    TextRank: zero(),
  };
  let totalMs = 0;
  let maxMs = 0;
  for (const loaded of articles) {
    const n = sentencesFor(loaded);
    const flat = loaded.paragraphs.flat();
    const reference = loaded.reference.join(' ');
    const article = toArticle(loaded);
    const t0 = performance.now();
    const ours = summarize(article, { count: n }).summary ?? [];
    const ms = performance.now() - t0;
    totalMs += ms;
    maxMs = Math.max(maxMs, ms);
    const picks: Record<System, string[]> = {
      ours: ours.map((s) => s.text),
      Lead: lead(flat, n).map((i) => flat[i]!),
      TextRank: textRank(flat, n).map((i) => flat[i]!),
    };
    for (const system of SYSTEMS) add(sums[system], rouge(reference, picks[system].join(' ')));
  }
  const count = Math.max(articles.length, 1);
  const scores = Object.fromEntries(
    SYSTEMS.map((s) => [s, { rouge1: sums[s].rouge1 / count, rouge2: sums[s].rouge2 / count, rougeL: sums[s].rougeL / count }]),
  ) as Record<System, RougeScores>;
  return { articles: articles.length, scores, ms: { mean: totalMs / count, max: maxMs } };
}

/** The Article the parser would produce, as far as the selector looks at it. */
function toArticle(loaded: LoadedArticle): Article {
  return {
    source: loaded.path,
    headline: loaded.headline,
    standfirst: null,
    date: null,
    dateline: null,
    byline: null,
    paragraphs: loaded.paragraphs.map((sentences, i) => ({ number: i + 1, text: sentences.join(' '), sentences })),
    highlights: [],
    removed: [],
    words: 0,
    readingMinutes: 1,
  };
}

function table(cnn: SetResult, bbc: SetResult): string {
  const title =
    `ROUGE F1 x 100: ${cnn.articles} CNN stories (${CNN_SENTENCES} sentences vs the highlights), ` +
    `${bbc.articles} BBC articles (as many sentences as the reference)`;
  const sets = `${''.padEnd(10)}${'CNN'.padEnd(24)}${'BBC'}`;
  const head = `${'system'.padEnd(10)}${cols(['R-1', 'R-2', 'R-L'])}${cols(['R-1', 'R-2', 'R-L'])}`;
  const rows = SYSTEMS.map((s) => `${s.padEnd(10)}${cols(triple(cnn.scores[s]))}${cols(triple(bbc.scores[s]))}`);
  const timing =
    `ours: ${cnn.ms.mean.toFixed(2)} ms per CNN story (max ${cnn.ms.max.toFixed(1)}), ` +
    `${bbc.ms.mean.toFixed(2)} ms per BBC article (max ${bbc.ms.max.toFixed(1)})`;
  return [title, '', sets, head, ...rows, '', timing].map((line) => line.trimEnd()).join('\n');
}

function cols(values: string[]): string {
  return values.map((v) => v.padEnd(8)).join('');
}

function triple(s: RougeScores): string[] {
  return [pct(s.rouge1), pct(s.rouge2), pct(s.rougeL)];
}

function pct(x: number): string {
  return (100 * x).toFixed(2);
}

function zero(): RougeScores {
  return { rouge1: 0, rouge2: 0, rougeL: 0 };
}

function add(sum: RougeScores, s: RougeScores): void {
  sum.rouge1 += s.rouge1;
  sum.rouge2 += s.rouge2;
  sum.rougeL += s.rougeL;
}

process.exitCode = main(process.argv.slice(2));
