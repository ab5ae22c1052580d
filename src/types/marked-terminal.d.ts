// Types for marked-terminal, which ships none: only the function lede calls.
declare module 'marked-terminal' {
  import type { MarkedExtension } from 'marked';
  /** A marked extension whose renderer writes styled text for a terminal. */
  export function markedTerminal(options?: Record<string, unknown>, highlightOptions?: Record<string, unknown>): MarkedExtension;
}
