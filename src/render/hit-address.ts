// Where a search hit stands, as the terminal, plain and Markdown views write it: `¶3:2` for a
// paragraph's sentence, the part's name (`headline`, `byline`, …) or `highlights:2` otherwise.

import type { GrepHit } from '../article.js';

/** The hit's address, without the `:` or `-` that follows it. */
export function hitAddress(hit: GrepHit): string {
  if (!hit.part) return `¶${hit.paragraph}:${hit.sentence}`;
  return hit.part === 'highlights' ? `highlights:${hit.sentence}` : hit.part;
}
