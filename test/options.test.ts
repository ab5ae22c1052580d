import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../src/errors.js';
import { resolveColor, resolveOptions, terminalColumns, type Environment } from '../src/options.js';

const tty = (env: Record<string, string> = {}, columns = 120): Environment => ({ env, stdoutIsTTY: true, columns });
const pipe = (env: Record<string, string> = {}): Environment => ({ env, stdoutIsTTY: false, columns: undefined });

describe('resolveColor', () => {
  it('colors a terminal by default', () => assert.equal(resolveColor('auto', tty()), 1));
  it('does not color a pipe by default', () => assert.equal(resolveColor('auto', pipe()), 0));
  it('honours NO_COLOR when set and not empty', () => {
    assert.equal(resolveColor('auto', tty({ NO_COLOR: '1' })), 0);
    assert.equal(resolveColor('auto', tty({ NO_COLOR: '' })), 1);
  });
  it('does not color a dumb terminal', () => assert.equal(resolveColor('auto', tty({ TERM: 'dumb' })), 0));
  it('honours FORCE_COLOR levels, even into a pipe', () => {
    assert.equal(resolveColor('auto', pipe({ FORCE_COLOR: '3' })), 3);
    assert.equal(resolveColor('auto', pipe({ FORCE_COLOR: '1' })), 1);
    assert.equal(resolveColor('auto', tty({ FORCE_COLOR: '0' })), 0);
  });
  it('uses the terminal’s richest level', () => {
    assert.equal(resolveColor('auto', tty({ COLORTERM: 'truecolor' })), 3);
    assert.equal(resolveColor('auto', tty({ TERM: 'xterm-256color' })), 2);
  });
  it('always and never override the environment', () => {
    assert.equal(resolveColor('always', pipe({ NO_COLOR: '1' })), 1);
    assert.equal(resolveColor('never', tty({ FORCE_COLOR: '3' })), 0);
  });
});

describe('terminalColumns', () => {
  it('prefers COLUMNS, then the tty, then 80', () => {
    assert.equal(terminalColumns(tty({ COLUMNS: '60' }, 100)), 60);
    assert.equal(terminalColumns(tty({ COLUMNS: 'wide' }, 100)), 100);
    assert.equal(terminalColumns(pipe()), 80);
  });
});

describe('resolveOptions', () => {
  it('renders for the terminal on a tty, capped at the reading measure', () => {
    const o = resolveOptions(['a'], {}, tty({}, 200));
    assert.equal(o.format, 'terminal');
    assert.equal(o.render.width, 80);
  });
  it('renders plain and unwrapped into a pipe', () => {
    const o = resolveOptions(['a'], {}, pipe());
    assert.equal(o.format, 'plain');
    assert.equal(o.render.width, 0);
    assert.equal(o.render.color, 0);
  });
  it('renders styled into a pipe with --color always', () => {
    const o = resolveOptions(['a'], { color: 'always' }, pipe());
    assert.equal(o.format, 'terminal');
    assert.equal(o.render.color, 1);
  });
  it('uses a narrower terminal whole, and --max-width to cap it', () => {
    assert.equal(resolveOptions(['a'], {}, tty({}, 60)).render.width, 60);
    assert.equal(resolveOptions(['a'], { maxWidth: '100' }, tty({}, 120)).render.width, 100);
  });
  it('takes --width as given, 0 meaning no wrapping', () => {
    assert.equal(resolveOptions(['a'], { width: '0' }, tty()).render.width, 0);
    assert.equal(resolveOptions(['a'], { width: '33' }, pipe()).render.width, 33);
  });
  it('makes --json a shortcut for --format json, compact for several inputs', () => {
    assert.equal(resolveOptions(['a'], { json: true }, tty()).format, 'json');
    assert.equal(resolveOptions(['a', 'b'], { json: true }, tty()).render.compact, true);
  });
  it('refuses bad values with a UsageError naming the flag', () => {
    for (const [flags, msg] of [
      [{ width: '-3' }, /^--width: expected a whole number/],
      [{ width: '1.5' }, /^--width: /],
      [{ maxWidth: '0' }, /^--max-width: expected a whole number of at least 1/],
      [{ format: 'html' }, /^--format: expected one of terminal, plain, markdown, json, got 'html'$/],
      [{ color: 'sometimes' }, /^--color: expected one of auto, always, never/],
      [{ json: true, format: 'plain' }, /^--json: conflicts with --format plain$/],
    ] as const) {
      assert.throws(() => resolveOptions(['a'], flags, tty()), (e: unknown) => e instanceof UsageError && msg.test(e.message));
    }
  });
});
