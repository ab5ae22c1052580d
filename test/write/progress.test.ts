import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { progressNote } from '../../src/write/progress.js';

const sink = () => {
  const out: string[] = [];
  return { out, write: (s: string) => out.push(s) };
};

describe('the fetch progress note', () => {
  it('shows nothing for a fetch quicker than the delay', async () => {
    const s = sink();
    const note = progressNote(s, 50);
    note('http://news.example/a', 0, false);
    note('http://news.example/a', 2048, false);
    note('http://news.example/a', 0, true);
    await sleep(80);
    assert.deepEqual(s.out, []);
  });
  it('shows the host and the bytes so far after the delay, and clears the line when done', async () => {
    const s = sink();
    const note = progressNote(s, 20);
    note('http://news.example/a', 0, false);
    await sleep(50);
    note('http://news.example/a', 10 * 1024, false);
    note('http://news.example/a', 0, true);
    assert.deepEqual(s.out, ['\r\u001b[Klede: fetching news.example… 0 kB', '\r\u001b[Klede: fetching news.example… 10 kB', '\r\u001b[K']);
  });
});
