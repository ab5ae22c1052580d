// Runs the selectors an invocation asked for, in a fixed order: sections, then summary, then
// quotes. Each selector is pure (Article → Article); this file only sequences them.

import type { Article } from '../article.js';
import { selectSections, type SectionSpec } from './sections.js';

/** What the user asked to see of each article, resolved from the flags. */
export interface Selection {
  sections: SectionSpec[] | null;
}

/** Applies the selection to one article. Throws UsageError when a section is outside it. */
export function applySelection(article: Article, selection: Selection): Article {
  let a = article;
  if (selection.sections) a = selectSections(a, selection.sections);
  return a;
}
