// Imports an installed package on demand: marked-terminal, for Markdown blocks on a terminal (it
// pulls in a syntax highlighter and costs several bare Node starts to load). One function, so the
// bundle (scripts/bundle.ts) can send it through a file of its own: the bundle runs as a vm.Script
// from V8's code cache, and there Node 20 cannot run import().

/** The package's module namespace. */
export function importPackage(name: string): Promise<unknown> {
  return import(name);
}
