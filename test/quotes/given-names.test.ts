// The given-name lists: each name once, one gender only, and no place or month that a paper or a date is named for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FEMALE_NAMES, MALE_NAMES } from '../../src/quotes/given-names.js';
import { genderOfName } from '../../src/quotes/speaker-names.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The names of one list as written in the source, repeats kept. */
function written(list: 'FEMALE' | 'MALE'): string[] {
  const source = readFileSync(fileURLToPath(new URL('../../../src/quotes/given-names.ts', import.meta.url)), 'utf8');
  const block = new RegExp(`const ${list} =([\\s\\S]*?);`, 'u').exec(source)?.[1] ?? '';
  return [...block.matchAll(/'([^']*)'/gu)].flatMap((m) => (m[1] as string).split(/\s+/u)).filter((w) => w !== '');
}

describe('given names', () => {
  it('lists each name once', () => {
    for (const list of ['FEMALE', 'MALE'] as const) {
      const names = written(list);
      assert.ok(names.length > 100, `${list} read from the source`);
      assert.deepEqual(names.filter((n, k) => names.indexOf(n) !== k), [], `${list} repeats`);
      assert.equal(new Set(names).size, (list === 'FEMALE' ? FEMALE_NAMES : MALE_NAMES).size);
    }
  });

  it('gives no name to both sexes', () => {
    assert.deepEqual([...FEMALE_NAMES].filter((n) => MALE_NAMES.has(n)), []);
  });

  it('tells no gender for a place or a month used as a given name', () => {
    for (const name of ['Charlotte Observer', 'Virginia Tech', 'Georgia Power', 'Austin Energy', 'April Fields']) {
      assert.equal(genderOfName(name), null, name);
    }
    assert.equal(genderOfName('Nora Vale'), 'female');
  });
});
