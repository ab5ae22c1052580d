import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fdSink, isDirectWritable } from '../../src/write/fd-sink.js';
import { writeOutput } from '../../src/write/output.js';

const errno = (code: string) => Object.assign(new Error(`${code}: failed, write`), { code });
const never = (err: NodeJS.ErrnoException): never => {
  throw new Error(`unexpected ${err.code}`);
};

describe('fdSink', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-fd-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes UTF-8 text whole to a file', () => {
    const path = join(dir, 'out.txt');
    const fd = openSync(path, 'w');
    fdSink(fd, never).write('Zürich — “quoted”\n');
    closeSync(fd);
    assert.equal(readFileSync(path, 'utf8'), 'Zürich — “quoted”\n');
    const again = openSync(path, 'r');
    assert.equal(isDirectWritable(again), true);
    closeSync(again);
  });

  it('goes on after short writes and waits out EAGAIN', () => {
    const got: number[] = [];
    let calls = 0;
    const write = (_fd: number, buffer: Uint8Array, offset: number) => {
      calls++;
      if (calls === 2) throw errno('EAGAIN');
      const n = Math.min(3, buffer.length - offset);
      got.push(...buffer.subarray(offset, offset + n));
      return n;
    };
    fdSink(9, never, write).write('abcdefgh');
    assert.equal(Buffer.from(got).toString(), 'abcdefgh');
    assert.ok(calls >= 4);
  });

  it('throws a broken pipe, which writeOutput takes as the reader leaving', () => {
    const sink = fdSink(9, never, () => {
      throw errno('EPIPE');
    });
    assert.equal(writeOutput(sink, 'text'), false);
  });

  it('hands any other write error to the failure handler', () => {
    let seen: string | undefined;
    const failed = (err: NodeJS.ErrnoException): never => {
      seen = err.code;
      throw new Error('ended');
    };
    assert.throws(() => fdSink(9, failed, () => { throw errno('ENOSPC'); }).write('x'), /ended/);
    assert.equal(seen, 'ENOSPC');
  });

  it('takes /dev/null (a quiet check or a timed start), but no other device', () => {
    for (const [device, taken] of [['/dev/null', true], ['/dev/zero', false]] as const) {
      const fd = openSync(device, 'w');
      assert.equal(isDirectWritable(fd), taken, device);
      closeSync(fd);
    }
  });

  it('does not take a terminal or a closed descriptor', () => {
    assert.equal(isDirectWritable(987), false);
  });
});
