// Maps the roles text plays (headline, meta, dateline, …) to styles, so restyling touches one file.
// The plain theme is the same roles with no styling at all. chalk is imported only for styled
// output (loadStyles): setting it up is a tenth of lede's start, which plain output does not need.

import type { ColorLevel } from './options.js';

let chalk: typeof import('chalk') | undefined;

/** Imports chalk, once; render/index.ts's prepareRender does this before a styled render. */
export async function loadStyles(): Promise<void> {
  chalk ??= await import('chalk');
}

type Style = (text: string) => string;

/** A style for each role text plays in the output. */
export interface Theme {
  headline: Style;
  /** The standfirst under the headline. */
  standfirst: Style;
  meta: Style;
  dateline: Style;
  number: Style;
  quote: Style;
  speaker: Style;
  match: Style;
  rule: Style;
  /** Markdown's strong emphasis, emphasis and link words, in a Markdown article's blocks and links. */
  strong: Style;
  emphasis: Style;
  link: Style;
}

const unstyled: Style = (text) => text;

/** The styled themes made so far: a long article is rendered page by page, each asking again. */
const styled = new Map<ColorLevel, Theme>();

/** The theme for a color level; level 0 gives the plain theme. */
export function themeFor(level: ColorLevel): Theme {
  if (level === 0) {
    return {
      headline: unstyled,
      standfirst: unstyled,
      meta: unstyled,
      dateline: unstyled,
      number: unstyled,
      quote: unstyled,
      speaker: unstyled,
      match: unstyled,
      rule: unstyled,
      strong: unstyled,
      emphasis: unstyled,
      link: unstyled,
    };
  }
  const made = styled.get(level);
  if (made) return made;
  if (!chalk) throw new Error('styles used before loadStyles()');
  const c = new chalk.Chalk({ level });
  // Each chalk getter builds a new styler: one of each, shared by the roles that look alike.
  const { bold, dim, italic } = c;
  const theme: Theme = {
    headline: bold,
    standfirst: dim,
    meta: dim,
    dateline: bold,
    number: dim,
    quote: italic,
    speaker: c.cyan,
    match: bold.red,
    rule: dim,
    strong: bold,
    emphasis: italic,
    link: c.underline,
  };
  styled.set(level, theme);
  return theme;
}
