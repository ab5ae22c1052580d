// Behaviour of the shared `--…-floors` argument reader of the evaluations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COUNT, floorsArg, PERCENT } from '../../eval/floors-arg.js';

describe('floorsArg', () => {
  it('reads each field=value item', () => {
    assert.deepEqual(floorsArg(['--ext-floors', 'recall=98.5,speaker=90'], '--ext-floors', ['recall', 'speaker'], PERCENT), { recall: 98.5, speaker: 90 });
  });

  it('is empty when the flag is absent', () => {
    assert.deepEqual(floorsArg(['--check'], '--ext-floors', ['recall'], PERCENT), {});
  });

  it('throws on an unknown field instead of skipping it', () => {
    assert.throws(() => floorsArg(['--ext-floors', 'recal=98'], '--ext-floors', ['recall'], PERCENT), /bad item "recal=98"/u);
  });

  it('throws on a value of the wrong kind', () => {
    assert.throws(() => floorsArg(['--webcopy-floors', 'headline=38.5'], '--webcopy-floors', ['headline'], COUNT), /bad item/u);
  });
});
