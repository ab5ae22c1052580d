// A regular expression built on first use. Building a large one with Unicode classes (\p{Lu}) takes
// a few tenths of a millisecond, compiling it as much again: a module holding several pays for
// all of them at every start unless each waits until it is needed.

/** A function that returns the expression, built the first time it is called. */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source, flags));
}
