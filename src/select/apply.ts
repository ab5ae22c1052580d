// Runs the selectors an invocation asked for, in a fixed order: sections, then summary, then
// quotes, then grep. Each selector is pure (Article → Article); this file only sequences them.

import type { Article } from '../article.js';
import { grepArticle } from './grep.js';
import { selectSections, type SectionSpec } from './sections.js';

/** What the user asked to see of each article, resolved from the flags. */
export interface Selection {
  sections: SectionSpec[] | null;
  /** `--grep`: the compiled pattern and the sentences of context around each hit. */
  grep: { re: RegExp; context: number } | null;
}

/** Applies the selection to one article. Throws UsageError when a section is outside it. */
export function applySelection(article: Article, selection: Selection): Article {
  let a = article;
  if (selection.sections) a = selectSections(a, selection.sections);
  if (selection.grep) a = grepArticle(a, selection.grep.re, selection.grep.context);
  return a;
}
