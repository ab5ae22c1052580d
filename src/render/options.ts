// What every renderer is told: the output's measure and styling. Resolved once by the CLI.

/** A chalk color level: 0 none, 1 basic 16 colors, 2 256 colors, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** The output formats, each a renderer in render/index.ts. */
export const FORMATS = ['terminal', 'plain', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** Options every renderer receives. */
export interface RenderOptions {
  /** Columns to wrap at; 0 means no wrapping. */
  width: number;
  /** The color level for escape codes in the terminal and plain views; Markdown and JSON ignore it. */
  color: ColorLevel;
  /** Show paragraph numbers (terminal and plain). */
  numbers: boolean;
  /** Start each search hit with the article's source, as grep does with several files. */
  withFileNames: boolean;
  /** JSON: one object on one line (several articles as JSON Lines) instead of indented. */
  compact: boolean;
  /** Terminal: write links as OSC 8 hyperlinks rather than `words (url)`. */
  hyperlinks: boolean;
}
