import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pagerCommand, splitCommand } from '../../src/write/pager.js';
import { runLede } from '../helpers/fake-proc.js';

describe('pagerCommand', () => {
  it('defaults to less with -R -F -K, setting LESS and LESSCHARSET only when unset', () => {
    assert.deepEqual(pagerCommand({}), { command: 'less', args: ['-R', '-F', '-K'], env: { LESS: '-R -F -K', LESSCHARSET: 'utf-8' }, label: 'less' });
    assert.deepEqual(pagerCommand({ LESS: '-S', LESSCHARSET: 'latin1' })?.env, {});
  });
  it('prefers LEDE_PAGER to PAGER', () => {
    assert.equal(pagerCommand({ LEDE_PAGER: 'most', PAGER: 'more' })?.command, 'most');
    assert.equal(pagerCommand({ PAGER: 'more' })?.command, 'more');
  });
  it('keeps a pager’s own arguments and adds less’s only to less', () => {
    assert.deepEqual(pagerCommand({ PAGER: 'less -S' })?.args, ['-S', '-R', '-F', '-K']);
    assert.deepEqual(pagerCommand({ PAGER: '/usr/bin/less' })?.args, ['-R', '-F', '-K']);
    assert.deepEqual(pagerCommand({ PAGER: 'more -d' })?.args, ['-d']);
  });
  it('turns paging off for an empty LEDE_PAGER', () => {
    assert.equal(pagerCommand({ LEDE_PAGER: '', PAGER: 'less' }), null);
    assert.equal(pagerCommand({ LEDE_PAGER: '  ' }), null);
  });
  it('splits a command line with quotes', () => {
    assert.deepEqual(splitCommand(`less -P "page %d" 'x y' a\\ b`), ['less', '-P', 'page %d', 'x y', 'a b']);
  });
});

describe('paging through the CLI', () => {
  const tty = { stdoutIsTTY: true, columns: 80, rows: 24 };

  it('pages an article taller than the window, styled and wrapped at its width', async () => {
    const r = await runLede([], { ...tty, env: { TERM: 'xterm' } });
    assert.equal(r.stdout, '');
    assert.equal(r.paged?.command, 'less');
    assert.ok(r.paged!.text.startsWith('\u001b[1mPutin Seeks'));
    assert.ok(r.paged!.text.split('\n').every((l) => l.replace(/\u001b\[\d+m/g, '').length <= 80));
  });
  it('prints a short output without a pager', async () => {
    const r = await runLede(['-s', 'headline'], tty);
    assert.equal(r.paged, null);
    assert.match(r.stdout, /Putin Seeks/);
  });
  it('never pages into a pipe', async () => {
    const r = await runLede([], { rows: 5 });
    assert.equal(r.paged, null);
  });
  it('never pages with --paging never, -P or an empty LEDE_PAGER', async () => {
    for (const [args, env] of [[['--paging', 'never'], {}], [['-P'], {}], [[], { LEDE_PAGER: '' }]] as const) {
      const r = await runLede([...args], { ...tty, env: { ...env } });
      assert.equal(r.paged, null, args.join(' '));
      assert.match(r.stdout, /Putin Seeks/);
    }
  });
  it('pages even a short output with --paging always', async () => {
    assert.ok((await runLede(['--paging', 'always', '-s', 'headline'], tty)).paged);
  });
  it('warns once and prints directly when the pager cannot start', async () => {
    const r = await runLede([], { ...tty, env: { LEDE_PAGER: 'no-such-pager' }, pagerResult: { kind: 'failed', why: 'not found' } });
    assert.equal(r.stderr, "lede: warning: pager 'no-such-pager' failed (not found); printing directly\n");
    assert.match(r.stdout, /Putin Seeks/);
    assert.equal(r.status, 0);
  });
  it('exits 130 when Ctrl-C ends the pager', async () => {
    assert.equal((await runLede([], { ...tty, pagerResult: { kind: 'interrupted' } })).status, 130);
  });
  it('refuses a bad --paging value', async () => {
    const r = await runLede(['--paging', 'sometimes']);
    assert.deepEqual([r.status, r.stderr], [2, "lede: --paging: expected one of auto, always, never, got 'sometimes'\n"]);
  });
});
