// `--section`: parses the list (names, paragraph numbers and ranges) and narrows an article to
// the parts it names, in the order given. Printing them is the renderers' job.

import type { Article, SectionName, ViewPart } from '../article.js';
import { UsageError } from '../errors.js';

/** Every section name, in the order help lists them. */
export const SECTION_NAMES: readonly SectionName[] = ['headline', 'standfirst', 'date', 'dateline', 'byline', 'meta', 'lead', 'body', 'highlights', 'removed'];

/** One item of a section list: a name, or a paragraph range (negative numbers count from the end). */
export type SectionSpec = { name: SectionName; text: string } | { from: number; to: number | null; text: string };

const FLAG = '--section';
const RANGE = /^(-?\d+)$|^(\d+)-(\d*)$/;

/** Parses `headline,2-4,-1` into specs. Throws UsageError for an unknown name or a bad range. */
export function parseSectionList(list: string): SectionSpec[] {
  const items = list.split(',').map((s) => s.trim());
  return items.map((text): SectionSpec => {
    if ((SECTION_NAMES as readonly string[]).includes(text)) return { name: text as SectionName, text };
    const m = RANGE.exec(text);
    if (m?.[1] !== undefined && m[1] !== '-0' && m[1] !== '0') return { from: Number(m[1]), to: Number(m[1]), text };
    if (m?.[2] !== undefined && Number(m[2]) > 0) {
      const to = m[3] === '' ? null : Number(m[3]);
      if (to !== null && to < Number(m[2])) throw new UsageError(`${FLAG} ${text}`, 'a range must run from low to high');
      return { from: Number(m[2]), to, text };
    }
    throw new UsageError(`${FLAG} ${text || "''"}`, `not a section; use ${SECTION_NAMES.join(', ')}, or paragraph numbers like 3, 2-4, 5-, -1 (the last)`);
  });
}

/** The paragraph numbers a range names in an article of `count` paragraphs; UsageError outside it. */
function rangeNumbers(spec: { from: number; to: number | null; text: string }, count: number): number[] {
  const valid = count === 0 ? 'the article has no paragraphs' : `paragraphs are 1-${count}`;
  const from = spec.from < 0 ? count + 1 + spec.from : spec.from;
  const to = spec.to === null ? count : spec.to < 0 ? count + 1 + spec.to : spec.to;
  if (from < 1 || from > count || to > count) throw new UsageError(`${FLAG} ${spec.text}`, valid);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Narrows an article to the sections named, in the order given: `view` lists what to print and
 * `paragraphs` keeps only the ones named (with their original numbers). Throws UsageError for a
 * paragraph outside the article.
 */
export function selectSections(article: Article, specs: SectionSpec[]): Article {
  const count = article.paragraphs.length;
  const view: ViewPart[] = specs.flatMap((spec): ViewPart[] => {
    if ('from' in spec) return rangeNumbers(spec, count);
    if (spec.name === 'lead') return rangeNumbers({ from: 1, to: 1, text: 'lead' }, count);
    if (spec.name === 'body') return article.paragraphs.map((p) => p.number);
    return [spec.name];
  });
  const wanted = new Set(view.filter((v): v is number => typeof v === 'number'));
  return { ...article, view, paragraphs: article.paragraphs.filter((p) => wanted.has(p.number)) };
}
