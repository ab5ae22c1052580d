// lede's own `--json` output → an ArticleDraft, so `lede --json a.txt > a.json; lede a.json` reads
// the same article back: every field as lede wrote it; the counts are worked out again.

import type { ArticleDate, Byline, Dateline, RemovedLine, RemovedReason } from '../../article.js';
import type { ArticleDraft, DraftParagraph } from '../draft.js';

type Record_ = Record<string, unknown>;

const isRecord = (v: unknown): v is Record_ => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const REASONS: ReadonlySet<string> = new Set<RemovedReason>(['share-icons', 'furniture', 'caption', 'repeated-headline', 'duplicate-date', 'front-matter', 'markup']);

/**
 * Whether a parsed JSON value is lede's: an object with `source` and a `paragraphs` array of
 * `{ number, text }`, as `lede --json` (and `--section` with paragraphs) writes it.
 */
export function isLedeJson(value: unknown): value is Record_ {
  if (!isRecord(value) || typeof value.source !== 'string' || !Array.isArray(value.paragraphs)) return false;
  return value.paragraphs.every((p) => isRecord(p) && typeof p.number === 'number' && typeof p.text === 'string');
}

function date(v: unknown): ArticleDate | null {
  if (!isRecord(v)) return null;
  const raw = str(v.raw);
  const iso = str(v.iso);
  return raw !== null && iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { raw, iso } : null;
}

function dateline(v: unknown): Dateline | null {
  if (!isRecord(v) || str(v.raw) === null) return null;
  return { raw: str(v.raw)!, place: str(v.place), agency: str(v.agency) };
}

function byline(v: unknown): Byline | null {
  if (!isRecord(v) || str(v.raw) === null) return null;
  return { raw: str(v.raw)!, name: str(v.name) ?? str(v.raw)! };
}

/**
 * Reads lede's JSON back. A Markdown block's paragraph comes back as prose with its text (the JSON
 * has its kind but not its source); `summary` and `quotes` are left out: lede works them out again.
 */
export function parseLedeJson(value: Record_): ArticleDraft {
  const paragraphs: DraftParagraph[] = (value.paragraphs as Record_[]).map((p) => ({ text: p.text as string }));
  const removed: RemovedLine[] = Array.isArray(value.removed)
    ? value.removed.filter(isRecord).flatMap((r) => (typeof r.line === 'number' && typeof r.text === 'string' && REASONS.has(str(r.reason) ?? '') ? [{ line: r.line, text: r.text, reason: r.reason as RemovedReason }] : []))
    : [];
  return {
    url: str(value.url),
    headline: str(value.headline),
    standfirst: str(value.standfirst),
    date: date(value.date),
    dateline: dateline(value.dateline),
    byline: byline(value.byline),
    paragraphs,
    highlights: Array.isArray(value.highlights) ? value.highlights.filter((h): h is string => typeof h === 'string') : [],
    removed,
  };
}
