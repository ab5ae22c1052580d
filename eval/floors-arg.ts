// Reads a `--name-floors field=value,…` argument, shared by the evaluations that pin floors in .ci/run.
// A bad item (unknown field, not a number) throws rather than being skipped: a floor that silently does not
// apply is a gate that silently does not run.

/** The floors named by `flag` in `argv` (`--ext-floors recall=98.5,precision=96.5`), keyed by field; each
 * value must match `value` (a count, or a percentage with decimals). Throws on a bad item. */
export function floorsArg<F extends string>(argv: readonly string[], flag: string, fields: readonly F[], value: RegExp): Partial<Record<F, number>> {
  const at = argv.indexOf(flag);
  const list = at >= 0 ? (argv[at + 1] ?? '') : '';
  const floors: Partial<Record<F, number>> = {};
  for (const item of list.split(',').filter(Boolean)) {
    const [field, n] = item.split('=');
    if (!(fields as readonly string[]).includes(field ?? '') || !value.test(n ?? '')) {
      throw new Error(`${flag}: bad item ${JSON.stringify(item)} (want field=${value.source}, fields ${fields.join(', ')})`);
    }
    floors[field as F] = Number(n);
  }
  return floors;
}

/** A whole count: `38`. */
export const COUNT = /^\d+$/u;
/** A percentage, decimals allowed: `98.5`. */
export const PERCENT = /^\d+(?:\.\d+)?$/u;
