// The completion generator: option specs from commander, the subcommand rule, and each shell's script
// loaded into that shell (bash always; zsh and fish when installed).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Command, Option } from 'commander';
import { completionRequest, completionScript, optionSpecs, type OptionSpec } from '../src/completion.js';
import { UsageError } from '../src/errors.js';
import { tempFolder } from './helpers/temp-folder.js';

const SPECS: OptionSpec[] = [
  { short: '-f', long: '--format', description: 'output format', valueName: 'format', takesValue: true, values: ['terminal', 'json'], list: false },
  { long: '--json', description: 'same as --format json', takesValue: false, values: [], list: false },
  { long: '--width', description: 'wrap at n columns', valueName: 'n', takesValue: true, values: [], list: false },
  { short: '-s', long: '--section', description: 'print only these parts', valueName: 'list', takesValue: true, values: ['headline', 'lead'], list: true },
];

const tmp = tempFolder('lede-completion-unit-');
let scripts = 0;

/** Writes a script to a file of its own, for a shell to source (node's stdin is a socket, not a file). */
function scriptFile(text: string): string {
  const path = join(tmp, `script-${++scripts}`);
  writeFileSync(path, text);
  return path;
}

const hasShell = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

/** Sources a bash script and prints the candidates for the words given, one a line. */
function bashCandidates(script: string, words: string[]): string[] {
  const program = `source "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _lede; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['-c', program, scriptFile(script), ...words], { encoding: 'utf8', cwd: '/' });
  assert.equal(r.stderr, '');
  return r.stdout.split('\n').filter(Boolean);
}

describe('optionSpecs', () => {
  it('takes flags, value names and whether a value follows from commander, values from the hints', () => {
    const program = new Command('x')
      .addOption(new Option('-f, --format <format>', 'output format'))
      .addOption(new Option('-s, --section <list>', 'print only these parts, in this order:\nheadline, lead'))
      .addOption(new Option('--json', 'json'));
    const specs = optionSpecs(program.options, { '--format': { values: ['a', 'b'] }, '--section': { values: ['headline'], list: true } });
    assert.deepEqual(specs, [
      { short: '-f', long: '--format', description: 'output format', valueName: 'format', takesValue: true, values: ['a', 'b'], list: false },
      { short: '-s', long: '--section', description: 'print only these parts, in this order', valueName: 'list', takesValue: true, values: ['headline'], list: true },
      { long: '--json', description: 'json', takesValue: false, values: [], list: false },
    ]);
  });
});

describe('completionRequest', () => {
  it('is the subcommand only as the first argument followed by one shell-like word', () => {
    assert.equal(completionRequest(['completion', 'bash']), 'bash');
    assert.equal(completionRequest(['completion', 'fish']), 'fish');
    for (const args of [[], ['completion'], ['completion.txt'], ['completion', 'a.txt'], ['completion', './bash'], ['completion', 'bash', 'b.txt'], ['--', 'completion', 'bash'], ['-n', 'completion', 'bash'], ['completion', '-h']]) {
      assert.equal(completionRequest(args), null, args.join(' '));
    }
  });

  it('refuses a shell it does not know, naming the ones it does', () => {
    assert.throws(() => completionRequest(['completion', 'fish2']), (e: unknown) => e instanceof UsageError && e.message === 'completion fish2: expected one of bash, zsh, fish');
  });
});

describe('completionScript', () => {
  it('lists every flag, value and slug in each shell', () => {
    for (const shell of ['bash', 'zsh', 'fish'] as const) {
      const script = completionScript(shell, SPECS, ['story-one']);
      for (const word of ['format', 'json', 'width', 'section', 'terminal', 'headline', 'story-one', 'completion']) {
        assert.ok(script.includes(word), `${shell}: ${word}`);
      }
    }
  });

  it('registers a function for lede in bash', { skip: !hasShell('bash') && 'bash is not installed' }, () => {
    const r = spawnSync('bash', ['-c', 'source "$0"; complete -p lede', scriptFile(completionScript('bash', SPECS, []))], { encoding: 'utf8' });
    assert.equal(r.stdout, 'complete -F _lede lede\n');
  });

  it('completes flags, values after a space or an =, comma lists, shells and slugs in bash', { skip: !hasShell('bash') && 'bash is not installed' }, () => {
    const script = completionScript('bash', SPECS, ['story-one', 'story-two']);
    assert.deepEqual(bashCandidates(script, ['lede', '--fo']), ['--format']);
    assert.deepEqual(bashCandidates(script, ['lede', '--format', '']), ['terminal', 'json']);
    assert.deepEqual(bashCandidates(script, ['lede', '-f', 'j']), ['json']);
    assert.deepEqual(bashCandidates(script, ['lede', '--format', '=', 't']), ['terminal']);
    assert.deepEqual(bashCandidates(script, ['lede', '--format', '=']), ['terminal', 'json']);
    assert.deepEqual(bashCandidates(script, ['lede', '--section', 'headline,l']), ['headline,lead']);
    assert.deepEqual(bashCandidates(script, ['lede', '--width', '']), []);
    assert.deepEqual(bashCandidates(script, ['lede', 'completion', '']), ['bash', 'zsh', 'fish']);
    assert.deepEqual(bashCandidates(script, ['lede', 'story-t']), ['story-two']);
    assert.deepEqual(bashCandidates(script, ['lede', 'comp']), ['completion']);
    assert.deepEqual(bashCandidates(script, ['lede', 'a.txt', 'comp']), []);
  });

  it('offers file names for inputs in bash', { skip: !hasShell('bash') && 'bash is not installed' }, () => {
    assert.deepEqual(bashCandidates(completionScript('bash', SPECS, []), ['lede', '/et']), ['/etc']);
  });

  it('offers a slug with quotes, spaces and a dollar sign as written, in bash', { skip: !hasShell('bash') && 'bash is not installed' }, () => {
    const slug = `it's $HOME "x"`;
    assert.deepEqual(bashCandidates(completionScript('bash', SPECS, [slug]), ['lede', 'it']), [slug]);
  });

  it('writes a zsh script zsh can parse', { skip: !hasShell('zsh') && 'zsh is not installed' }, () => {
    const r = spawnSync('zsh', ['-n', scriptFile(completionScript('zsh', SPECS, [`it's`]))], { encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  });

  it('completes values, comma lists, shells and slugs in fish', { skip: !hasShell('fish') && 'fish is not installed' }, () => {
    const script = scriptFile(completionScript('fish', SPECS, [`it's`]));
    const fish = (line: string) => {
      const r = spawnSync('fish', ['--no-config', '-c', `source ${script}; complete -C ${JSON.stringify(line)}`], { encoding: 'utf8', cwd: '/' });
      assert.equal(r.stderr, '');
      return r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
    };
    assert.deepEqual(fish('lede --fo'), ['--format']);
    assert.deepEqual(fish('lede --format '), ['json', 'terminal']);
    assert.deepEqual(fish('lede -s headline,l'), ['headline,lead']);
    assert.deepEqual(fish('lede completion '), ['bash', 'fish', 'zsh']);
    assert.deepEqual(fish('lede it'), [`it's`]);
  });
});
