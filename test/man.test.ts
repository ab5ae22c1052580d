// The built man page, lede.1 (npm run build writes it from doc/lede.1.md): its sections, that it
// lists what --help lists, and that man renders it cleanly.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runLede } from './helpers/fake-proc.js';
import { REPO_ROOT } from './helpers/paths.js';

const MAN_PAGE = join(REPO_ROOT, 'lede.1');
const page = readFileSync(MAN_PAGE, 'utf8');
const hasMan = spawnSync('man', ['--version']).status === 0;

/** The roff under one .SH heading, up to the next. */
function section(name: string): string {
  const start = page.indexOf(`.SH "${name}"\n`);
  assert.notEqual(start, -1, `no ${name} section`);
  const end = page.indexOf('\n.SH ', start + 1);
  return page.slice(start, end === -1 ? undefined : end);
}

describe('lede.1', () => {
  it('opens with .TH and has each section a man page needs, in order', () => {
    assert.match(page, /^\.TH "LEDE" "1" "\d{4}-\d{2}-\d{2}" "lede \d+\.\d+\.\d+" "User Commands"\n/);
    const sections = [...page.matchAll(/^\.SH "([^"]+)"$/gm)].map((m) => m[1]);
    assert.deepEqual(sections.slice(0, 7), ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'ENVIRONMENT', 'EXIT STATUS', 'EXAMPLES']);
  });

  it('names lede and says what it does, for whatis', () => {
    assert.match(section('NAME'), /^lede \\- read news articles/m);
  });

  it('describes every option --help shows, and the pager options', async () => {
    const help = (await runLede(['--help'])).stdout;
    const flags = help.match(/(?<=^ {2}|^ {2}-\w, )--?[\w-]+/gm) ?? [];
    assert.ok(flags.length > 20);
    const terms = [...section('OPTIONS').matchAll(/^\.TP\n(.*)$/gm)].map((m) => m[1]).join('\n');
    for (const flag of [...flags, '--paging', '-P']) {
      assert.ok(terms.includes(`\\fB${flag.replace(/-/g, '\\-')}\\fR`), flag);
    }
  });

  it('describes each environment variable lede reads', () => {
    const env = section('ENVIRONMENT');
    for (const name of ['LEDE_PAGER', 'PAGER', 'LESS', 'NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'TERM', 'COLORTERM', 'FORCE_HYPERLINK']) {
      assert.match(env, new RegExp(`^\\.TP\\n\\\\fB${name}\\\\fR$`, 'm'), name);
    }
  });

  it('gives each exit status', () => {
    const exit = section('EXIT STATUS');
    for (const status of ['0', '1', '2']) assert.match(exit, new RegExp(`^\\.TP\\n\\\\fB${status}\\\\fR$`, 'm'));
  });

  it('renders with man without a warning', { skip: !hasMan && 'man is not installed' }, () => {
    const r = spawnSync('man', ['--warnings', '-E', 'UTF-8', '-l', '-Tutf8', '-Z', MAN_PAGE], {
      env: { ...process.env, LC_ALL: 'C.UTF-8', MANROFFSEQ: '', MANWIDTH: '80' },
      encoding: 'utf8',
    });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.ok(r.stdout.length > 1000);
  });
});
