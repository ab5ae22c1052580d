// In a real pseudo-terminal (tmux): the pager opens for a long article and `q` quits with 0, a short
// output prints without waiting, piped output never pages, Ctrl-C in the pager exits 130.
// Skipped where tmux or less is not installed (.ci/run installs both).

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LEDE_BIN } from '../helpers/paths.js';
import { tempFolder } from '../helpers/temp-folder.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const skip = !has('tmux') || !has('less') ? 'tmux and less are needed for the pty tests' : false;
const tmp = tempFolder('lede-tty-');
const SESSION = `lede-test-${process.pid}`;
const statusFile = (name: string) => join(tmp, `${name}.status`);

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SESSION, ...args], { encoding: 'utf8' });
}

/** Starts `command` in a fresh 80×24 tmux window; its exit status lands in a file. */
function start(name: string, command: string): void {
  const script = `cd ${JSON.stringify(tmp)}; ${command}; echo $? > ${statusFile(name)}; sleep 30`;
  tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', 'env', 'TERM=xterm-256color', 'LANG=C.UTF-8', 'bash', '--norc', '-c', script);
}

function screen(name: string): string {
  return tmux('capture-pane', '-p', '-t', name);
}

async function waitFor(what: () => boolean, ms = 8000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (what()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return what();
}

const status = (name: string) => (existsSync(statusFile(name)) ? readFileSync(statusFile(name), 'utf8').trim() : null);
const lede = `${process.execPath} ${LEDE_BIN}`;

describe('in a real terminal', { skip }, () => {
  after(() => spawnSync('tmux', ['-L', SESSION, 'kill-server']));

  it('pages a long article at the window width, and q quits with status 0', async () => {
    start('long', lede);
    assert.ok(await waitFor(() => screen('long').includes('Putin Seeks')), screen('long'));
    const shown = screen('long');
    assert.equal(status('long'), null, 'still in the pager, waiting for the reader');
    assert.ok(shown.split('\n').every((l) => l.length <= 80));
    tmux('send-keys', '-t', 'long', 'q');
    assert.ok(await waitFor(() => status('long') !== null));
    assert.equal(status('long'), '0');
  });

  it('prints a short output and exits without waiting', async () => {
    start('short', `${lede} -s headline`);
    assert.ok(await waitFor(() => status('short') !== null));
    assert.equal(status('short'), '0');
    assert.match(screen('short'), /Putin Seeks Chinese Support/);
  });

  it('never pages into a pipe', async () => {
    start('piped', `${lede} | cat > out.txt`);
    assert.ok(await waitFor(() => status('piped') !== null));
    assert.match(readFileSync(join(tmp, 'out.txt'), 'utf8'), /^Putin Seeks/);
  });

  it('exits 130 when Ctrl-C is pressed in the pager, leaving the screen as it was', async () => {
    start('intr', `echo before; ${lede}`);
    assert.ok(await waitFor(() => screen('intr').includes('Putin Seeks')));
    tmux('send-keys', '-t', 'intr', 'C-c');
    assert.ok(await waitFor(() => status('intr') !== null));
    assert.equal(status('intr'), '130');
    assert.match(screen('intr'), /^before$/m, 'less restored the screen it took over');
  });

  it('stops a long search on a terminal at once with Ctrl-C: status 130, the prompt back, no style left on', async () => {
    // A user's catastrophic pattern: minutes of work with no turn of the event loop.
    writeFileSync(join(tmp, 'letters.txt'), `Letters\n\n${'a'.repeat(40)}b.\n`);
    // The trap keeps the script going after lede dies of SIGINT, as an interactive shell does.
    start('search', `trap true INT; ${lede} --grep '(a+)+$' letters.txt; echo "after:$?"`);
    await new Promise((r) => setTimeout(r, 700));
    const sent = Date.now();
    tmux('send-keys', '-t', 'search', 'C-c');
    assert.ok(await waitFor(() => status('search') !== null, 3000), 'stopped');
    assert.ok(Date.now() - sent < 2000, `stopped ${Date.now() - sent} ms after Ctrl-C`);
    assert.match(screen('search'), /after:130$/m);
  });

  it('stops a styled view being written to the terminal with Ctrl-C, status 130', async () => {
    writeFileSync(join(tmp, 'long.txt'), `Long\n\n${'Words of a long article, said the editor. '.repeat(40_000)}\n`);
    start('styled', `trap true INT; ${lede} -P --color always --grep '(a|e)+d' long.txt; echo "after:$?"`);
    await new Promise((r) => setTimeout(r, 700));
    tmux('send-keys', '-t', 'styled', 'C-c');
    assert.ok(await waitFor(() => status('styled') !== null, 5000), 'stopped');
    assert.match(screen('styled'), /after:130$/m);
  });
});
