// The Markdown-to-roff converter behind the man page, element by element, and groff reading its output.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { markdownToRoff } from '../../scripts/roff.js';

const META = { date: '2024-05-16', source: 'lede 0.1.0', manual: 'User Commands' };
const roff = (md: string) => markdownToRoff(`# lede(1)\n\n${md}`, META);
/** The roff after the .TH line. */
const body = (md: string) => roff(md).split('\n').slice(1).join('\n');

const hasGroff = spawnSync('groff', ['-v']).status === 0;

describe('markdownToRoff', () => {
  it('takes the name and section from the title, and the rest of .TH from the meta', () => {
    assert.equal(roff('').split('\n')[0], '.TH "LEDE" "1" "2024-05-16" "lede 0.1.0" "User Commands"');
  });

  it('refuses a page that does not open with a title like # lede(1)', () => {
    assert.throws(() => markdownToRoff('## NAME\n', META), /first line must be a title/);
  });

  it('makes ## a section in capitals and ### a subsection', () => {
    assert.equal(body('## Exit status\n\n### Output\n'), '.SH "EXIT STATUS"\n.SS "Output"\n');
  });

  it('writes the NAME line with \\- between the name and the summary, for whatis', () => {
    assert.equal(body('## NAME\n\nlede - read news\n'), '.SH "NAME"\n.PP\nlede \\- read news\n');
  });

  it('sets code and bold in bold with - as \\-, emphasis in italic', () => {
    assert.equal(body('Use `--width` *n* or **-P**, one-way.\n'), '.PP\nUse \\fB\\-\\-width\\fR \\fIn\\fR or \\fB\\-P\\fR, one-way.\n');
  });

  it('escapes backslashes, and a line starting with a dot or an apostrophe', () => {
    assert.equal(body('a \\\\ b\n.TH not a request\n\'quoted\n'), ".PP\na \\e b\n\\&.TH not a request\n\\&'quoted\n");
  });

  it('writes characters outside ASCII as \\[uXXXX], and decodes entities', () => {
    assert.equal(body('¶3 — “x” & <y>\n'), '.PP\n\\[u00B6]3 \\[u2014] \\[u201C]x\\[u201D] & <y>\n');
  });

  it('turns a line ending in a backslash into .br', () => {
    assert.equal(body('**lede** a\\\nb\n'), '.PP\n\\fBlede\\fR a\n.br\nb\n');
  });

  it('makes a list item whose first line stands alone a .TP term, and a one-line item a bullet', () => {
    assert.equal(body('- `-n`\n  show numbers\n  on two lines\n'), '.TP\n\\fB\\-n\\fR\nshow numbers\non two lines\n');
    assert.equal(body('- one\n- two\n'), '.IP \\(bu 4\none\n.IP \\(bu 4\ntwo\n');
    assert.equal(body('1. one\n2. two\n'), '.IP 1. 4\none\n.IP 2. 4\ntwo\n');
  });

  it('keeps a code block as written, unfilled, with dashes, quotes and dots escaped', () => {
    assert.equal(body("    lede --json | jq '.x'\n    .hidden\n"), ".PP\n.RS 4\n.nf\nlede \\-\\-json | jq \\(aq.x\\(aq\n\\&.hidden\n.fi\n.RE\n");
  });

  it('writes a table for tbl, and marks the page for the tbl preprocessor', () => {
    const out = roff('| key | value |\n|---|---|\n| `a` | one |\n');
    assert.equal(out.split('\n')[0], `'\\" t`);
    assert.ok(out.includes('.TS\ntab(\t);\nlb lbx\nl lx.\nT{\nkey\nT}\tT{\nvalue\nT}\nT{\n\\fBa\\fR\nT}\tT{\none\nT}\n.TE\n'), out);
  });

  it('refuses what it cannot convert rather than drop it', () => {
    assert.throws(() => roff('> quoted\n'), /no roff for a Markdown blockquote/);
  });

  it('writes roff groff reads without a warning, tables included', { skip: !hasGroff && 'groff is not installed' }, () => {
    const page = roff('## NAME\n\nlede - x\n\n## TABLE\n\n| a | b |\n|---|---|\n| `-x` | a long cell that goes on and on and on and on and on and on and on and on |\n\n- `--y`\n  why\n');
    const r = spawnSync('groff', ['-t', '-man', '-Tutf8', '-ww', '-z'], { input: page, encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  });
});
