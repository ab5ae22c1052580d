// End to end: `lede completion` as a shell loads it, and the subcommand beside files of the same name.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LEDE_BIN } from '../helpers/paths.js';
import { tempFolder } from '../helpers/temp-folder.js';

const tmp = tempFolder('lede-completion-');
const LEDE = `${process.execPath} ${LEDE_BIN}`;
const hasBash = spawnSync('bash', ['-c', 'exit 0']).status === 0;

function lede(args: string[]) {
  const r = spawnSync(process.execPath, [LEDE_BIN, ...args], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Loads `lede completion bash` into bash and prints the candidates for the words given. */
function candidates(...words: string[]): string[] {
  const program = `source <(${LEDE} completion bash) && COMP_WORDS=("$@") COMP_CWORD=$(( $# - 1 )); _lede; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['-c', program, 'bash', ...words], { cwd: tmp, encoding: 'utf8' });
  assert.equal(r.stderr, '');
  return r.stdout.split('\n').filter(Boolean);
}

describe('lede completion, spawned', () => {
  it('loads into bash as the completion for lede', { skip: !hasBash && 'bash is not installed' }, () => {
    const r = spawnSync('bash', ['-c', `source <(${LEDE} completion bash) && complete -p lede`], { encoding: 'utf8' });
    assert.equal(r.stdout, 'complete -F _lede lede\n');
  });

  it('completes the options, --format, --color and --section values and bundled slugs in bash', { skip: !hasBash && 'bash is not installed' }, () => {
    assert.deepEqual(candidates('lede', '--fo'), ['--format']);
    assert.deepEqual(candidates('lede', '--format', ''), ['terminal', 'plain', 'markdown', 'json']);
    assert.deepEqual(candidates('lede', '--color', ''), ['auto', 'always', 'never']);
    assert.deepEqual(candidates('lede', '-s', 'lead,h'), ['lead,headline', 'lead,highlights']);
    assert.deepEqual(candidates('lede', 'putin'), ['putin-xi-beijing-summit']);
  });

  it('reads a file called completion, or completion.txt, as an article', () => {
    writeFileSync(join(tmp, 'completion'), 'Completion Headline\n\nThe body.\n');
    writeFileSync(join(tmp, 'completion.txt'), 'Dot Text Headline\n\nThe body.\n');
    assert.match(lede(['completion']).stdout, /^Completion Headline\n/);
    assert.match(lede(['completion.txt']).stdout, /^Dot Text Headline\n/);
    assert.match(lede(['completion', 'completion.txt']).stdout, /^Completion Headline\n[^]*\nDot Text Headline\n/);
    assert.match(lede(['--', 'completion']).stdout, /^Completion Headline\n/);
  });

  it('exits 2 with one line for a shell it does not know', () => {
    assert.deepEqual(lede(['completion', 'fish2']), { status: 2, stdout: '', stderr: 'lede: completion fish2: expected one of bash, zsh, fish\n' });
  });
});
