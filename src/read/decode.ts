// Bytes → text: byte-order marks, UTF-16, a web page's declared character set (HTTP header, then
// `<meta charset>`), UTF-8 with a Windows-1252 fallback for the bytes that are not UTF-8, line
// endings, and the "is this text at all" check. Knows nothing of files or articles.

import { NotArticleError } from '../errors.js';

/** How much of the start of the input the binary check samples. */
const BINARY_SAMPLE_BYTES = 64 * 1024;
/** The bytes decodeLarge needs to see first: a byte-order mark and the binary check's sample. */
export const HEAD_BYTES = 3 + BINARY_SAMPLE_BYTES;
/** What a lenient UTF-8 decoder puts for bytes that are not UTF-8. */
const REPLACEMENT_CHARACTER = '\ufffd';
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** Share of control bytes (other than tab, newlines, form feed and ESC) above which input is not text. */
const BINARY_CONTROL_RATIO = 0.1;

/** Windows-1252's characters for bytes 0x80–0x9F; the five undefined ones keep their C1 code point. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Signatures of common binary formats that can pass the control-byte count. */
const BINARY_MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, epub
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
];

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Why these bytes are not text, or null when they may be. */
function binaryReason(bytes: Uint8Array): string | null {
  if (BINARY_MAGIC.some((magic) => startsWith(bytes, magic))) return 'not text (a binary file)';
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return n > 0 && controls / n > BINARY_CONTROL_RATIO ? 'not text (a binary file)' : null;
}

/** Decodes UTF-8, taking any byte that does not start a valid UTF-8 sequence as Windows-1252. */
function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  const flushValid = (end: number) => {
    if (end > runStart) parts.push(utf8Strict.decode(bytes.subarray(runStart, end)));
  };
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let valid = len > 0 && i + len <= bytes.length;
    for (let k = 1; valid && k < len; k++) valid = (bytes[i + k]! & 0xc0) === 0x80;
    if (valid && len > 2) {
      // Overlong forms, surrogates and code points past U+10FFFF are not valid UTF-8.
      const b1 = bytes[i + 1]!;
      if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0)) valid = false;
      if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) valid = false;
    }
    if (valid) {
      i += len;
      continue;
    }
    flushValid(i);
    parts.push(String.fromCharCode(b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : b));
    i += 1;
    runStart = i;
  }
  flushValid(i);
  return parts.join('');
}

/** Folds CRLF and lone CR line endings to LF. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** How far into a page its `<meta charset>` is looked for (browsers look at the first 1024 bytes; pages put it later). */
const META_SNIFF_BYTES = 4096;

/**
 * The encoding a character-set label names, as TextDecoder knows it, or null for a label it does not
 * know. As browsers do, a page that says UTF-16 in ASCII-compatible bytes is UTF-8.
 */
function charsetEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

/** The bytes whose Latin-1 characters `\s` matches: tab to carriage return, space, no-break space. */
const LATIN1_SPACE: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);

/** The charset a page declares in a `<meta charset>` or `http-equiv` Content-Type near its start, or null. */
export function metaCharset(bytes: Uint8Array): string | null {
  // Only markup declares one: text that does not open with `<` (white space aside) is not decoded for it.
  let i = 0;
  while (i < bytes.length && LATIN1_SPACE.has(bytes[i]!)) i++;
  if (bytes[i] !== 0x3c) return null;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SNIFF_BYTES)).toString('latin1');
  if (!/^\s*</.test(head)) return null;
  // `<meta charset="…">`, or `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
  for (const m of head.matchAll(/<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/gi)) {
    const encoding = charsetEncoding(m[1]);
    if (encoding) return encoding;
  }
  return null;
}

/**
 * Decodes an article's bytes to text with LF line endings, finding the character set as browsers
 * do: a byte-order mark (UTF-8, UTF-16), then the charset of an HTTP Content-Type (`charset`),
 * then a page's `<meta charset>`; otherwise UTF-8 and, for bytes that are not UTF-8, Windows-1252
 * (a superset of Latin-1). Throws NotArticleError (with `name` as the what) for binary data.
 */
export function decodeText(name: string, bytes: Uint8Array, charset: string | null = null): string {
  if (startsWith(bytes, UTF16LE_BOM)) return normalizeNewlines(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (startsWith(bytes, UTF16BE_BOM)) return normalizeNewlines(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  const bom = startsWith(bytes, UTF8_BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  const reason = binaryReason(body);
  if (reason) throw new NotArticleError(name, reason);
  const declared = bom ? null : (charsetEncoding(charset) ?? metaCharset(body));
  if (declared && declared !== 'utf-8') return normalizeNewlines(new TextDecoder(declared).decode(body));
  let text: string;
  try {
    text = utf8Strict.decode(body);
  } catch {
    text = decodeUtf8OrWindows1252(body);
  }
  return normalizeNewlines(text);
}

/** How decodeLarge reads the input: its first bytes, all of it as UTF-8, or all of it as bytes. */
export interface LargeInput {
  /** At least the first HEAD_BYTES bytes (all of them, for a shorter input). */
  head: Uint8Array;
  /** The whole input decoded as UTF-8, each byte that is not UTF-8 as U+FFFD. */
  readUtf8: () => string;
  readBytes: () => Uint8Array;
}

/**
 * Decodes as decodeText does, exactly, without holding the input's bytes when it is UTF-8, which
 * is nearly always: the head decides (UTF-16, binary, a page's `<meta charset>`), then the input is read as UTF-8 text. A
 * U+FFFD in it may stand for bytes that are not UTF-8, so then the bytes are read again and
 * decoded by decodeText. A 100 MB buffer is not freed until V8's next full collection, which a
 * long run may never make; a reader decoding in native code frees its bytes at once.
 */
export function decodeLarge(name: string, input: LargeInput): string {
  if (startsWith(input.head, UTF16LE_BOM) || startsWith(input.head, UTF16BE_BOM)) return decodeText(name, input.readBytes());
  const bom = startsWith(input.head, UTF8_BOM);
  const head = bom ? input.head.subarray(3) : input.head;
  const reason = binaryReason(head);
  if (reason) throw new NotArticleError(name, reason);
  // A page that declares another character set is decoded in it, valid UTF-8 or not (the head holds
  // all of the META_SNIFF_BYTES metaCharset looks at).
  const declared = bom ? null : metaCharset(head);
  if (declared && declared !== 'utf-8') return decodeText(name, input.readBytes());
  const text = input.readUtf8();
  if (text.includes(REPLACEMENT_CHARACTER)) return decodeText(name, input.readBytes());
  // The one byte-order mark decodeText takes off; U+FEFF in the text stays.
  return normalizeNewlines(text.startsWith('\ufeff') ? text.slice(1) : text);
}
