// Interim placeholder: replaced by the scanners branch.
import type { ArticleDate } from '../article.js';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Placeholder. */
export function parseDateLine(line: string): ArticleDate | null {
  const m = /^(?:\w{3} )?(\w{3})\w* (\d{1,2}),? (\d{4})$/.exec(line.trim());
  if (!m) return null;
  const mon = MONTHS.indexOf(m[1]!.toLowerCase());
  if (mon < 0) return null;
  return { raw: line.trim(), iso: `${m[3]}-${String(mon + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}` };
}
