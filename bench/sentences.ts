// Speed of the sentence splitter on generated news-like paragraphs, next to bare Intl.Segmenter
// (the floor any segmenter-plus-abbreviation-pass design would start from). Prints MB/s; not a test.
import { splitSentences } from '../src/parse/sentences.js';

/** Invented sentences dense in the cases the splitter has to think about. */
const SENTENCES = [
  'Mr. Abara told reporters in the U.S. capital that the plan was "sound."',
  'Profits rose 2.5% to $1.13bn in the quarter to Sept. 30, the company said.',
  'John F. Kennedy Airport reopened at 6 a.m. Monday after the storm.',
  '"Why now?" Sen. Ortiz asked.',
  'The shares, listed as No. 5 on the index, fell 3.14 points.',
  'Halvard Corp. and Brenner Co. Ltd. declined to comment... The rest is history.',
  'Officials said the talks had "no limits." They resume on Jan. 12.',
  'Is this the end? Nobody knows!',
  'The storm moved north (toward the coast.) Residents were told to stay indoors.',
];

const PARAGRAPH_SENTENCES = 5;
const TARGET_BYTES = 20 * 1024 * 1024;
const RUNS = 5;

function paragraphs(): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < TARGET_BYTES; k++) {
    const parts: string[] = [];
    for (let j = 0; j < PARAGRAPH_SENTENCES; j++) parts.push(SENTENCES[(k * 7 + j * 3) % SENTENCES.length]!);
    const p = parts.join(' ');
    out.push(p);
    bytes += Buffer.byteLength(p) + 1;
  }
  return out;
}

function measure(label: string, input: string[], split: (text: string) => unknown[]): void {
  const bytes = input.reduce((n, p) => n + Buffer.byteLength(p) + 1, 0);
  let best = Infinity;
  let count = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    count = 0;
    for (const p of input) count += split(p).length;
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    best = Math.min(best, seconds);
  }
  const mb = bytes / (1024 * 1024);
  console.log(`${label}: ${(mb / best).toFixed(1)} MB/s (${mb.toFixed(1)} MB, ${count} sentences, best of ${RUNS})`);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const input = paragraphs();
measure('splitSentences', input, splitSentences);
measure('Intl.Segmenter alone', input, (text) => [...segmenter.segment(text)]);
