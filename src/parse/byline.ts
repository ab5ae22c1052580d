// Interim placeholder: replaced by the scanners branch.
import type { Byline } from '../article.js';
/** Placeholder. */
export function parseBylineLine(line: string): Byline | null {
  const m = /^By ([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$/.exec(line.trim());
  return m ? { raw: line.trim(), name: m[1]! } : null;
}
/** Placeholder. */
export function splitLeadByline(_paragraph: string): { byline: Byline; rest: string } | null {
  return null;
}
