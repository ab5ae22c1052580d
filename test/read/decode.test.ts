import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import { decodeLarge, decodeText, HEAD_BYTES, metaCharset, normalizeNewlines } from '../../src/read/decode.js';
import fc from 'fast-check';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('reads plain UTF-8 unchanged', () => {
    assert.equal(decodeText('a', bytes('Putin’s visit — “no limits.”')), 'Putin’s visit — “no limits.”');
  });

  it('drops a UTF-8 byte-order mark', () => {
    assert.equal(decodeText('a', bytes([0xef, 0xbb, 0xbf], 'Hello')), 'Hello');
  });

  it('reads UTF-16 little-endian with its BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café “ok”\r\nnext', 'utf16le')]);
    assert.equal(decodeText('a', le), 'Café “ok”\nnext');
  });

  it('reads UTF-16 big-endian with its BOM', () => {
    const le = Buffer.from('Zürich', 'utf16le');
    const be = Buffer.from(le).swap16();
    assert.equal(decodeText('a', Buffer.concat([Buffer.from([0xfe, 0xff]), be])), 'Zürich');
  });

  it('reads Latin-1 bytes as their characters, never U+FFFD', () => {
    // "Café in Zürich costs £5" in ISO-8859-1.
    const latin1 = Buffer.from('Café in Zürich costs £5', 'latin1');
    const text = decodeText('a', latin1);
    assert.equal(text, 'Café in Zürich costs £5');
    assert.ok(!text.includes('\ufffd'));
  });

  it('reads Windows-1252 curly quotes and dashes in the 0x80–0x9F range', () => {
    const cp1252 = Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x85]);
    assert.equal(decodeText('a', cp1252), '“Hi” – €5…');
  });

  it('keeps valid UTF-8 and reads only the stray bytes as Windows-1252 in mixed input', () => {
    assert.equal(decodeText('a', bytes('naïve ', [0xe9], 't')), 'naïve ét');
  });

  it('does not take an overlong or surrogate UTF-8 form as valid', () => {
    assert.equal(decodeText('a', Buffer.from([0x61, 0xed, 0xa0, 0x80])), 'a\u00ed\u00a0€');
  });

  it('folds CRLF and lone CR line endings to LF', () => {
    assert.equal(decodeText('a', bytes('one\r\ntwo\rthree\n')), 'one\ntwo\nthree\n');
  });

  it('keeps a few NUL bytes in the middle of text (they are shown, not fatal)', () => {
    assert.equal(decodeText('a', bytes('some text ', [0], ' more text here')), 'some text \u0000 more text here');
  });

  it('refuses binary data with a clear reason', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.throws(() => decodeText('pic.png', png), (e: unknown) => e instanceof InputError && /not text/.test(e.message) && /^pic\.png: /.test(e.message));
    const noise = Buffer.from(Array.from({ length: 200 }, (_, i) => i % 32));
    assert.throws(() => decodeText('noise', noise), InputError);
  });

  it('lets escape sequences through as text (rendering shows them)', () => {
    assert.equal(decodeText('a', bytes('x \u001b[31mred\u001b[0m y')), 'x \u001b[31mred\u001b[0m y');
  });
});

describe('normalizeNewlines', () => {
  it('leaves LF text alone', () => {
    assert.equal(normalizeNewlines('a\nb'), 'a\nb');
  });
});

/** decodeLarge's view of some bytes, counting how often the whole input is read as bytes. */
function large(b: Uint8Array) {
  const reads = { bytes: 0 };
  const input = {
    head: b.subarray(0, HEAD_BYTES),
    readUtf8: () => Buffer.from(b).toString('utf8'),
    readBytes: () => {
      reads.bytes++;
      return b;
    },
  };
  return { input, reads };
}

/** What a decoder gives for some bytes: its text, or the InputError's message. */
function outcome(decode: () => string): string {
  try {
    return `text:${decode()}`;
  } catch (e) {
    assert.ok(e instanceof InputError);
    return `error:${e.message}`;
  }
}

describe('decodeLarge', () => {
  const cases: [string, Buffer][] = [
    ['UTF-8', bytes('Putin’s visit — “no limits.”\r\nnext')],
    ['UTF-8 with a BOM, and U+FEFF inside', bytes([0xef, 0xbb, 0xbf], 'Hello \ufeff there')],
    ['a replacement character that is really in the text', bytes('a \ufffd b')],
    ['Windows-1252 bytes', bytes('“', [0x93, 0x48, 0x69, 0x94, 0x20, 0x80], '5')],
    ['an encoded surrogate', Buffer.from([0x61, 0xed, 0xa0, 0x80])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café “ok”', 'utf16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Zürich', 'utf16le').swap16()])],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['control bytes past the head', Buffer.concat([Buffer.alloc(HEAD_BYTES, 0x61), Buffer.alloc(1000, 0x01)])],
    ['nothing', Buffer.alloc(0)],
    // Valid UTF-8 bytes under a page's declaration of another character set: the declaration wins.
    ['valid UTF-8 in a page whose <meta charset> says windows-1251', bytes('<html><head><meta charset="windows-1251"></head><p>Café</p>')],
    ['valid UTF-8 in a page whose http-equiv says ISO-8859-7', bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"><p>Zürich</p>')],
    ['a page that declares UTF-8', bytes('<meta charset="utf-8"><p>Zürich</p>')],
    ['a UTF-8 BOM before a page that declares windows-1251', bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1251"><p>Café</p>')],
  ];
  for (const [what, b] of cases) {
    it(`gives what decodeText gives: ${what}`, () => {
      assert.equal(outcome(() => decodeLarge('f', large(b).input)), outcome(() => decodeText('f', b)));
    });
  }

  it("follows a page's <meta charset> as decodeText does: valid UTF-8 bytes declared windows-1251 are read as windows-1251", () => {
    const { input } = large(bytes('<meta charset="windows-1251"><p>Café</p>'));
    assert.equal(decodeLarge('f', input), '<meta charset="windows-1251"><p>CafГ©</p>');
  });

  it('reads UTF-8 once, as text, never as bytes', () => {
    const { input, reads } = large(bytes('“Valid” text, Zürich.'));
    assert.equal(decodeLarge('f', input), '“Valid” text, Zürich.');
    assert.equal(reads.bytes, 0);
  });

  it('gives what decodeText gives for any bytes', () => {
    const byte = fc.oneof(fc.constantFrom(0x0a, 0x0d, 0x20, 0x41, 0x80, 0x93, 0xbf, 0xc3, 0xe2, 0xed, 0xef, 0xf0, 0xfe, 0xff), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }).chain((a) => fc.array(byte, { maxLength: 40 }).map((b) => Buffer.from([...a, ...b]))), (b) => {
        assert.equal(outcome(() => decodeLarge('f', large(b).input)), outcome(() => decodeText('f', b)));
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});

describe('metaCharset', () => {
  const latin1 = (s: string) => Buffer.from(s, 'latin1');
  it('reads the charset of markup that opens after white space, no-break spaces included, and of nothing else', () => {
    assert.equal(metaCharset(latin1(' \t\r\n\u00a0<meta charset="windows-1251"><p>x</p>')), 'windows-1251');
    assert.equal(metaCharset(latin1('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-7">')), 'iso-8859-7');
    assert.equal(metaCharset(latin1('Text that quotes <meta charset="windows-1251"> in its first line.')), null);
    assert.equal(metaCharset(latin1('\u0085<meta charset="windows-1251">')), null);
    assert.equal(metaCharset(latin1('')), null);
  });
});
