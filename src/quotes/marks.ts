// Finds the quotation spans in one paragraph's text: which marks open and close a quotation and which
// are apostrophes or inch and foot marks. Who said it, and what kind of quote it is, is left to others.
// Only top-level spans are returned: a quote nested inside another is part of the outer one's text.
// Not handled: Danish-style reversed guillemets (»…«) and Swedish ”…”.

/** A quotation found in one paragraph. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; the text's length when the quote runs to the paragraph's end. */
  close: number;
  /** The words inside the marks, trimmed (no-break spaces inside guillemets go too). */
  text: string;
  /** The opening mark. */
  mark: string;
  /** False when the paragraph ended, or the same mark opened again, before a closing mark. */
  closed: boolean;
  /** True when this span opened while the one before was still open: the next paragraph of the same
   * quotation, run together into one block of text. */
  continues: boolean;
}

/** Each opening mark and the marks that close it. */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '“': '”',
  '‘': '’',
  '„': '“”',
  '‚': '‘’',
  '«': '»',
  '‹': '›',
};

const SINGLE_MARKS = "'‘’";
const ALL_MARKS = `"'“”‘’„‚«»‹›`;
/** Any of the marks, to jump from one to the next (global: findQuoteSpans resets it before each use). */
const MARK_PATTERN = new RegExp(`[${ALL_MARKS}]`, 'gu');
const OPEN_CONTEXT = /[\s([{\-–—/"“‘'„‚«‹]/u;
const CLOSE_FOLLOW = /[\s,.;:!?)\]}\-–—…"”’'»›]/u;
const ALNUM = /[\p{L}\p{N}]/u;
const LETTER_OR_DIGIT_START = /[\p{L}\p{N}"“…$£€(]/u;
/** Elisions that open with an apostrophe: 'em, 'til, 'cause, 'tis, 'twas, 'bout, 'cos, 'n', and a possessive 's cut off its name. */
const LEADING_ELISION = /^['‘’](?:em|til|cause|tis|twas|bout|cos|n|ol|round|s)(?![\p{L}])/iu;
/** A decade or year with its century dropped: '90s, ’05. */
const DROPPED_CENTURY = /^['‘’]\d\d(?:s\b|(?!\d))/u;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

/** Whether the single mark at `i` is an apostrophe (don't, rock 'n' roll, the '90s) or a foot mark (6'2). */
function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev !== undefined && next !== undefined && ALNUM.test(prev) && ALNUM.test(next)) return true;
  const rest = text.slice(i);
  if (isSpace(prev) || prev === '(') {
    if (LEADING_ELISION.test(rest) || DROPPED_CENTURY.test(rest)) return true;
  }
  // The closing mark of 'n'.
  if (prev === 'n' && SINGLE_MARKS.includes(text[i - 2] ?? '') && isSpace(text[i - 3])) return true;
  return false;
}

/** Whether the straight double mark at `i` is an inch mark (6'2", a 12" record). */
function isInchMark(text: string, i: number, quoteOpen: boolean): boolean {
  const prev = text[i - 1];
  if (prev === undefined || !/\d/u.test(prev)) return false;
  if (/\d['’]\d+$/u.test(text.slice(Math.max(0, i - 6), i))) return true;
  if (!quoteOpen) return true;
  // Inside a quote, a digit-led mark is a closer only if it leaves the later marks paired.
  const later = text.slice(i + 1).split('"').length - 1;
  return later % 2 === 1;
}

/** Whether the mark at `i` sits where a quotation opens: after space or an opening bracket, before a word. */
function isOpenShaped(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return (prev === undefined || OPEN_CONTEXT.test(prev)) && next !== undefined && !/\s/u.test(next);
}

/** Whether the mark at `i` sits where a quotation closes: after a word or punctuation, before space or punctuation. */
function isCloseShaped(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return prev !== undefined && !/\s/u.test(prev) && (next === undefined || CLOSE_FOLLOW.test(next));
}

/** Whether a straight or curly single mark at `i` can open a quotation. */
function canOpenSingle(text: string, i: number): boolean {
  if (isApostrophe(text, i)) return false;
  const next = text[i + 1];
  return isOpenShaped(text, i) && next !== undefined && LETTER_OR_DIGIT_START.test(next);
}

/** Whether a single closing mark at `i` can close a quotation. A plural possessive (the horses' owners)
 * looks like a closer too; it closes only when no plainer closer follows before the next opener. */
function canCloseSingle(text: string, i: number, opener: string): boolean {
  if (isApostrophe(text, i) || !isCloseShaped(text, i)) return false;
  if (!/[sSzZ]/u.test(text[i - 1] ?? '') || !isSpace(text[i + 1])) return true;
  // Looking ahead a bounded stretch keeps a paragraph of many plural possessives linear.
  for (let j = i + 1; j < Math.min(text.length, i + 1000); j++) {
    const ch = text[j] as string;
    if (ch === opener && canOpenSingle(text, j)) return true;
    if (!CLOSERS[opener]?.includes(ch)) continue;
    if (!isApostrophe(text, j) && isCloseShaped(text, j) && !/[sSzZ]/u.test(text[j - 1] ?? '')) return false;
  }
  return true;
}

/** Whether a straight double mark after `i` sits where a quotation closes. */
function closerFollows(text: string, i: number): boolean {
  const j = text.indexOf('"', i + 1);
  return j > 0 && isCloseShaped(text, j) && !isOpenShaped(text, j);
}

/** Whether the mark at `i` can open a quotation when none is open. */
function canOpen(text: string, i: number): boolean {
  const ch = text[i] as string;
  if (ch === '"') {
    if (isInchMark(text, i, false)) return false;
    const next = text[i + 1];
    if (next === undefined) return false;
    // `was " fully ready"`: a mark spaced on both sides opens when a closing mark follows.
    if (/\s/u.test(next)) return isSpace(text[i - 1]) && closerFollows(text, i);
    return isOpenShaped(text, i) || LETTER_OR_DIGIT_START.test(next);
  }
  if (ch === "'" || ch === '‘') return canOpenSingle(text, i);
  return ch in CLOSERS && ch !== '’';
}

/** Whether the mark at `i` closes the quotation opened by `opener`. */
function canClose(text: string, i: number, opener: string): boolean {
  const ch = text[i] as string;
  if (!CLOSERS[opener]?.includes(ch)) return false;
  if (ch === '"') return !isInchMark(text, i, true) && !isOpenShaped(text, i);
  if (ch === "'" || ch === '’') return canCloseSingle(text, i, opener);
  if (ch === '‘' && opener === '‘') return false;
  return true;
}

/** Whether the mark at `i` re-opens the quotation opened by `opener` before it was closed. */
function reopens(text: string, i: number, opener: string): boolean {
  const ch = text[i] as string;
  if (ch !== opener) return false;
  if (ch === '"') return isOpenShaped(text, i) && !isInchMark(text, i, true);
  if (ch === "'") return canOpenSingle(text, i) && !canCloseSingle(text, i, opener);
  if (ch === '‘') return !isApostrophe(text, i);
  return true;
}

/** Whether an unclosed straight single quote is likely a quotation rather than a stray apostrophe. */
function keepsUnclosedSingle(text: string, open: number, continues: boolean): boolean {
  return continues || text.slice(0, open).trim() === '' || /[:,]\s*$/u.test(text.slice(Math.max(0, open - 40), open));
}

interface OpenQuote {
  open: number;
  mark: string;
  continues: boolean;
}

/** The span of an open quotation that ends at `close`, or null when it is not worth keeping. */
function toSpan(text: string, q: OpenQuote, close: number, closed: boolean): QuoteSpan | null {
  const inner = text.slice(q.open + 1, close).trim();
  if (inner === '') return null;
  if (!closed && q.mark === "'" && !keepsUnclosedSingle(text, q.open, q.continues)) return null;
  return { open: q.open, close, text: inner, mark: q.mark, closed, continues: q.continues };
}

/** Finds the top-level quotations in a paragraph's text, in order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const keep = (span: QuoteSpan | null): void => {
    if (span) spans.push(span);
  };
  let current: OpenQuote | null = null;
  // Jumps from mark to mark: most of a paragraph is words.
  const marks = MARK_PATTERN;
  marks.lastIndex = 0;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (current === null) {
      if (canOpen(text, i)) current = { open: i, mark: ch, continues: false };
    } else if (canClose(text, i, current.mark)) {
      keep(toSpan(text, current, i, true));
      current = null;
    } else if (reopens(text, i, current.mark)) {
      keep(toSpan(text, current, i, false));
      current = { open: i, mark: current.mark, continues: true };
    }
  }
  if (current) keep(toSpan(text, current, text.length, false));
  return spans;
}
