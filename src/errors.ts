// Expected errors: each carries its exit status and prints as one line, `lede: <what>: <why>`.
// Thrown where the problem is found, caught once in cli.ts. Anything else is a bug and shows a stack.

/** Exit statuses, as grep and ripgrep use them. */
export const EXIT_OK = 0;
export const EXIT_NO_MATCH = 1;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/** An error the user can act on: a bad input or a bad invocation. */
export abstract class LedeError extends Error {
  abstract readonly exitCode: number;
  /** `what` names the thing (a path, an option); `why` says what is wrong with it. */
  constructor(
    readonly what: string,
    readonly why: string,
  ) {
    super(`${what}: ${why}`);
  }
}

/** A file or stream lede cannot read as an article: exit 1. */
export class InputError extends LedeError {
  readonly exitCode = EXIT_INPUT;
}

/**
 * Input whose content is not an article's at all: binary, empty, only white space. Named, it is an
 * InputError like any other; found in a folder, it is passed over quietly (read/sources.ts).
 */
export class NotArticleError extends InputError {}

/**
 * An input with no text (empty, only white space, or nothing an article is made of). Reading it is an
 * error; a search (`--grep`) takes it as grep takes an empty file: nothing found, no message.
 */
export class EmptyInputError extends NotArticleError {}

/** A bad flag, value or selection: exit 2. */
export class UsageError extends LedeError {
  readonly exitCode = EXIT_USAGE;
}
