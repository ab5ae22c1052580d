// How a quotation's attribution reads, shared by the terminal, plain and Markdown views:
// `— Jane Doe, ¶3:2` (`headline` for a quote in the headline), `?` for an unknown speaker, and the kind for scare quotes and titles.

import type { Quote } from '../article.js';

/** Shown in place of a speaker lede could not name. */
export const UNKNOWN_SPEAKER = '?';

const KIND_NOTE: Record<Quote['kind'], string> = { direct: '', scare: ' (scare quotes)', title: ' (a title)' };

/** The attribution after a quote: `— speaker, ¶paragraph:sentence` (`headline` for one in the headline), plus
 * its kind when not direct. */
export function attribution(q: Quote): string {
  const address = q.part ?? `¶${q.paragraph}:${q.sentence}`;
  return `— ${q.speaker ?? UNKNOWN_SPEAKER}, ${address}${KIND_NOTE[q.kind]}`;
}

/** The quote's words between curly marks. */
export function quoted(q: Quote): string {
  return `“${q.text}”`;
}
