import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../src/errors.js';
import { resolveColor, resolveHyperlinks, resolveOptions, terminalColumns, type Environment } from '../src/options.js';

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

describe('resolveHyperlinks', () => {
  it('writes hyperlinks in terminals known to show them', () => {
    const envs: Record<string, string>[] = [{ TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'WezTerm' }, { TERM_PROGRAM: 'vscode' }, { VTE_VERSION: '6003' }, { WT_SESSION: 'x' }, { KITTY_WINDOW_ID: '1' }];
    for (const env of envs) {
      assert.equal(resolveHyperlinks('terminal', 1, tty(env)), true, JSON.stringify(env));
    }
  });
  it('does not in other terminals, or in VTE before 0.50', () => {
    assert.equal(resolveHyperlinks('terminal', 1, tty({ TERM_PROGRAM: 'Apple_Terminal' })), false);
    assert.equal(resolveHyperlinks('terminal', 1, tty({ VTE_VERSION: '4803' })), false);
  });
  it('does not into a pipe, or with color off', () => {
    assert.equal(resolveHyperlinks('terminal', 1, { ...pipe({ TERM_PROGRAM: 'iTerm.app' }) }), false);
    assert.equal(resolveHyperlinks('terminal', 0, tty({ TERM_PROGRAM: 'iTerm.app' })), false);
  });
  it('lets FORCE_HYPERLINK decide: 1 yes, 0 or false no', () => {
    assert.equal(resolveHyperlinks('terminal', 0, pipe({ FORCE_HYPERLINK: '1' })), true);
    assert.equal(resolveHyperlinks('terminal', 1, tty({ FORCE_HYPERLINK: '0', TERM_PROGRAM: 'iTerm.app' })), false);
    assert.equal(resolveHyperlinks('terminal', 1, tty({ FORCE_HYPERLINK: 'false', WT_SESSION: 'x' })), false);
  });
  it('never writes them outside the terminal format', () => {
    for (const format of ['plain', 'markdown', 'json'] as const) assert.equal(resolveHyperlinks(format, 1, tty({ FORCE_HYPERLINK: '1' })), false);
  });
  it('is resolved into the render options', () => {
    assert.equal(resolveOptions(['a'], {}, tty({ TERM_PROGRAM: 'WezTerm' })).render.hyperlinks, true);
    assert.equal(resolveOptions(['a'], {}, pipe({ TERM_PROGRAM: 'WezTerm' })).render.hyperlinks, false);
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
  it('colors the plain layout into a pipe with --color always or FORCE_COLOR: color never picks the layout', () => {
    for (const [flags, env] of [[{ color: 'always' }, {}], [{}, { FORCE_COLOR: '1' }]] as const) {
      const o = resolveOptions(['a'], flags, pipe(env));
      assert.equal(o.format, 'plain');
      assert.equal(o.render.color, 1);
      assert.equal(o.render.width, 0);
    }
  });
  it('takes an empty FORCE_COLOR as unset', () => {
    assert.equal(resolveColor('auto', pipe({ FORCE_COLOR: '' })), 0);
    assert.equal(resolveColor('auto', tty({ FORCE_COLOR: '' })), 1);
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
