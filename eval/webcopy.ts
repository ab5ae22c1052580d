// The webcopy set of eval:parse: 40 articles copied out of web pages, each scored field by field
// against the set's expected.json with the rules of the set's own tools/score_reader.mjs (exact
// headline, standfirst and ISO date, dateline place case-insensitively, byline containment, exact
// paragraph count, lead prefix, and every word of the file somewhere in the JSON output).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/article.js';
import { parseArticle } from '../src/parse/index.js';
import { articleToJson } from '../src/render/json.js';
import { readSource } from '../src/read/sources.js';
import { CORPUS_DIR } from './corpus-files.js';

/** Where the set lives in the corpus. */
export const WEBCOPY_DIR = join(CORPUS_DIR, 'webcopy');

/** The fields scored, in the order they are printed. */
export const WEBCOPY_FIELDS = ['headline', 'standfirst', 'date', 'dateline', 'byline', 'paragraphs', 'lead', 'lossless'] as const;
export type WebcopyField = (typeof WEBCOPY_FIELDS)[number];

/** One file's answers, as expected.json gives them. */
interface Expected {
  file: string;
  headline: string | null;
  standfirst: string | null;
  date: string | null;
  dateline: string | null;
  byline: string | null;
  paragraphs: number;
  first_paragraph_starts: string;
}

/** Per-field counts of files right, and the files missed for each field with what lede gave. */
export interface WebcopyScore {
  articles: number;
  right: Record<WebcopyField, number>;
  misses: Record<WebcopyField, string[]>;
}

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const strip = (s: string | null | undefined): string => squash(s).replace(/^\uFEFF/, '');
const words = (t: string): string[] => t.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Scores one article; returns, for each field, null when right or what lede gave when wrong. */
function scoreOne(e: Expected, a: Article, json: string, raw: string): Record<WebcopyField, string | null> {
  const miss = (ok: boolean, seen: unknown): string | null => (ok ? null : JSON.stringify(seen ?? null).slice(0, 60));
  const place = a.dateline?.place ? strip(a.dateline.place) : null;
  const by = a.byline ? strip(a.byline.name || a.byline.raw) : null;
  const leadText = strip(a.paragraphs[0]?.text);
  const lead = strip((a.dateline?.raw ? a.dateline.raw + ' ' : '') + (a.paragraphs[0]?.text ?? ''));
  const expLead = strip(e.first_paragraph_starts);
  const have = new Set(words(json.replace(/\\n/g, ' ')));
  const lost = [...new Set(words(raw))].filter((w) => !have.has(w));
  return {
    headline: miss(strip(a.headline) === strip(e.headline), a.headline),
    standfirst: miss(strip(a.standfirst) === strip(e.standfirst), a.standfirst),
    date: miss((a.date?.iso ?? null) === e.date, a.date?.iso),
    dateline: miss(e.dateline === null ? place === null : place !== null && place.toLowerCase() === e.dateline.toLowerCase(), place),
    byline: miss(e.byline === null ? !by : !!by && by.replace(/^by\s+/i, '').toLowerCase().includes(e.byline.toLowerCase()), by),
    paragraphs: miss(a.paragraphs.length === e.paragraphs, a.paragraphs.length),
    lead: miss(lead.startsWith(expLead) || leadText.startsWith(expLead.replace(/^.*?(—|--| - |:)\s*/, '')), lead.slice(0, 40)),
    lossless: miss(lost.length === 0, `lost: ${lost.slice(0, 5).join(' ')}`),
  };
}

/** Scores every file of the set; null when the set is not in the corpus. */
export function scoreWebcopy(dir = WEBCOPY_DIR): WebcopyScore | null {
  const expectedPath = join(dir, 'expected.json');
  if (!existsSync(expectedPath)) return null;
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected[];
  const score: WebcopyScore = {
    articles: expected.length,
    right: Object.fromEntries(WEBCOPY_FIELDS.map((f) => [f, 0])) as Record<WebcopyField, number>,
    misses: Object.fromEntries(WEBCOPY_FIELDS.map((f) => [f, []])) as unknown as Record<WebcopyField, string[]>,
  };
  for (const e of expected) {
    const path = join(dir, 'articles', e.file);
    const { text } = readSource(path, { readStdin: () => new Uint8Array(), articlesDir: '' });
    const a = parseArticle(path, text);
    const json = JSON.stringify(articleToJson(a));
    const result = scoreOne(e, a, json, readFileSync(path).toString('utf8'));
    for (const f of WEBCOPY_FIELDS) {
      const seen = result[f];
      if (seen === null) score.right[f]++;
      else score.misses[f].push(`${e.file.slice(0, 2)} ${seen}`);
    }
  }
  return score;
}
