// The determiners that open a noun phrase, one home for the speaker finder (speakers.ts) and the name
// cleaner (speaker-names.ts): `the minister`, `his lawyer`, `an official`.

/** The articles. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The possessive determiners: `his`, `their`. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Articles and possessive determiners, lower-case. */
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);
