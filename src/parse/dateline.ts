// Interim placeholder: replaced by the scanners branch.
import type { Dateline } from '../article.js';
/** Placeholder. */
export function splitDateline(paragraph: string): { dateline: Dateline; rest: string } | null {
  const m = /^([A-Z][A-Z .'-]+(?:, [A-Z][a-z]+)?)(?: \(([A-Za-z]+)\))? ?(:|--|—) (.*)$/s.exec(paragraph);
  if (!m) return null;
  return { dateline: { raw: `${m[1]}${m[2] ? ` (${m[2]})` : ''}${m[3] === ':' ? ':' : ` ${m[3]}`}`, place: m[1]!, agency: m[2] ?? null }, rest: m[4]! };
}
