// `--grep`'s prefilter, as ripgrep's: from the pattern, words that every match must contain, so
// that an article whose raw text holds none of them is known not to match without parsing it.
// Deciding when the raw text may stand for the parsed one is the caller's (run-input.ts).
//
// It is sound only where the parser keeps an article's words as written, changing white space
// alone (hard-wrapped lines joined, runs folded): so the words hold no white space, and any
// pattern construct not understood here gives no prefilter rather than a guess.

import type { GrepPattern } from './grep.js';

/** Words one of which every match contains; matched with the pattern's case rule. Plain data. */
export interface Prefilter {
  words: string[];
  ignoreCase: boolean;
}

/** The required words of a piece of a pattern: any one of `words` is in every match; null: none known. */
type Required = string[] | null;

/** Whichever required set is the better filter: the one whose shortest word is longest. */
function better(a: Required, b: Required): Required {
  if (!a) return b;
  if (!b) return a;
  const shortest = (ws: string[]) => Math.min(...ws.map((w) => w.length));
  return shortest(b) > shortest(a) ? b : a;
}

/** Characters that stand for themselves when escaped with a backslash. */
const ESCAPED_LITERAL = /[\\^$.*+?()[\]{}|/-]/;

class PatternScanner {
  pos = 0;
  constructor(readonly src: string) {}

  /** An alternation up to `)` or the end: each branch must give words, and any of them will do. */
  alternation(): Required | undefined {
    const branches: (Required | undefined)[] = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === undefined)) return undefined;
    if (branches.some((b) => b === null)) return null;
    return (branches as string[][]).flat();
  }

  /**
   * A sequence of atoms: runs of literal characters, each a word every match holds, and groups
   * that give their own; the best of them. undefined: a construct not understood.
   */
  sequence(): Required | undefined {
    let best: Required = null;
    let run = '';
    const endRun = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.atom();
      if (atom === undefined) return undefined;
      const q = this.quantifier();
      if (q === undefined) return undefined;
      if (typeof atom === 'string') {
        // White space may be a line break in the raw text, so it ends a word.
        if (/\s/u.test(atom) || q === 'optional') {
          endRun();
          continue;
        }
        run += atom;
        if (q === 'repeated') endRun();
      } else {
        endRun();
        if (q !== 'optional') best = better(best, atom);
      }
    }
    endRun();
    return best;
  }

  /** One atom: a literal character (string), a group's words (array or null), or undefined. */
  atom(): string | Required | undefined {
    const c = this.src[this.pos]!;
    this.pos++;
    switch (c) {
      case '\\': {
        const e = this.src[this.pos];
        if (e === undefined) return undefined;
        this.pos++;
        if (ESCAPED_LITERAL.test(e)) return e;
        // \b, \d, \w, \p{…}, \u…, back references: not a literal character here.
        if (e === 'p' || e === 'P' || e === 'u' || e === 'x' || e === 'k' || e === 'c') return undefined;
        return /[bBdDwWsSnrtfv0-9]/.test(e) ? null : undefined;
      }
      case '.':
      case '^':
      case '$':
        return null;
      case '[':
        return this.skipClass() ? null : undefined;
      case '(':
        return this.group();
      case '*':
      case '+':
      case '?':
      case '{':
      case ']':
      case '}':
        return undefined;
      default:
        return c;
    }
  }

  /** Skips a character class after its `[`; false if it does not close. */
  skipClass(): boolean {
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === '\\') this.pos++;
      else if (c === ']') return true;
    }
    return false;
  }

  /** A group after its `(`: its words, or none for a lookaround (it consumes nothing). */
  group(): Required | undefined {
    let lookaround = false;
    if (this.src.startsWith('?:', this.pos)) this.pos += 2;
    else if (/^\?<?[=!]/.test(this.src.slice(this.pos, this.pos + 3))) {
      lookaround = true;
      this.pos += this.src[this.pos + 1] === '<' ? 3 : 2;
    } else if (this.src.startsWith('?<', this.pos)) {
      const close = this.src.indexOf('>', this.pos);
      if (close < 0) return undefined;
      this.pos = close + 1;
    } else if (this.src[this.pos] === '?') return undefined;
    const inner = this.alternation();
    if (inner === undefined || this.src[this.pos] !== ')') return undefined;
    this.pos++;
    return lookaround ? null : inner;
  }

  /** A quantifier after an atom: none, optional (`?`, `*`, `{0,…}`), repeated (`+`, `{n,…}` n ≥ 1). */
  quantifier(): 'once' | 'optional' | 'repeated' | undefined {
    const c = this.src[this.pos];
    let kind: 'once' | 'optional' | 'repeated';
    if (c === '?' || c === '*') kind = 'optional';
    else if (c === '+') kind = 'repeated';
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.pos));
      if (!m) return undefined;
      this.pos += m[0].length - 1;
      kind = Number(m[1]) === 0 ? 'optional' : m[1] === '1' && !m[2] ? 'once' : 'repeated';
    } else return 'once';
    this.pos++;
    // A lazy quantifier's `?` changes nothing here.
    if (this.src[this.pos] === '?') this.pos++;
    return kind;
  }
}

/** The words every match of the pattern holds one of, or null when none can be told from it. */
export function requiredWords(source: string): string[] | null {
  const scanner = new PatternScanner(source);
  const words = scanner.alternation();
  if (!words || scanner.pos !== source.length || words.length === 0) return null;
  return words;
}

/** The prefilter for a --grep pattern, or null when the pattern gives none. */
export function prefilterFor(p: GrepPattern): Prefilter | null {
  let words: string[] | null;
  if (p.fixed) {
    const longest = p.pattern.split(/\s+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
    words = longest ? [longest] : null;
  } else {
    words = requiredWords(p.pattern);
  }
  return words && { words, ignoreCase: p.ignoreCase };
}

const compiled = new WeakMap<Prefilter, RegExp>();

/** Whether text holds one of the prefilter's words (with -i, in any case, as the pattern's `iu` flags fold it). */
export function mayMatch(prefilter: Prefilter, text: string): boolean {
  if (!prefilter.ignoreCase) return prefilter.words.some((w) => text.includes(w));
  let re = compiled.get(prefilter);
  if (!re) {
    re = new RegExp(prefilter.words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'iu');
    compiled.set(prefilter, re);
  }
  return re.test(text);
}
