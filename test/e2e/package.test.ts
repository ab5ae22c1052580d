// End to end for the package: `npm pack`, a global install of the tarball into a temporary prefix,
// and the installed command and man page. Slow (one install, from npm's cache: --offline);
// LEDE_SKIP_PACK_TEST=1 skips it.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fixture, REPO_ROOT } from '../helpers/paths.js';

const SKIP = process.env.LEDE_SKIP_PACK_TEST === '1' && 'LEDE_SKIP_PACK_TEST=1';
/** Packing and installing take seconds; a cold cache or a slow disk, much longer. */
const TIMEOUT_MS = 5 * 60 * 1000;
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** npm's environment without the settings `npm test` passes down to scripts (prefix, global…). */
function npmEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || /^npm_config_(cache|userconfig|registry)$/i.test(k)));
  return { ...env, NO_UPDATE_NOTIFIER: '1' };
}

function npm(args: string[], cwd: string) {
  const r = spawnSync(NPM, args, { cwd, env: npmEnv(), encoding: 'utf8', timeout: TIMEOUT_MS });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the npm package', { skip: SKIP, timeout: TIMEOUT_MS }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'lede-pack-'));
  const prefix = join(tmp, 'prefix');
  after(() => rmSync(tmp, { recursive: true, force: true }));

  // `npm test` has just built dist/ and lede.1; prepack would rebuild them under the other tests' feet.
  const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], REPO_ROOT);
  const info = packed.status === 0 ? (JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[])[0] : undefined;

  it('packs the command, the bundled CLI and its chunks (web pages, Markdown, marked, quotes, summary), the articles, the man page and the README, nothing else', () => {
    assert.equal(packed.status, 0, packed.stderr);
    const files = info!.files.map((f) => f.path);
    for (const path of ['package.json', 'README.md', 'lede.1', 'bin/lede.cjs', 'bin/load-cli.cjs', 'dist/bundle/cli.cjs', 'dist/bundle/cli.cjs.cache', 'dist/bundle/import-package.cjs', 'dist/bundle/html.cjs', 'dist/bundle/markdown.cjs', 'dist/bundle/marked.cjs', 'dist/bundle/quotes.cjs', 'dist/bundle/summary.cjs', 'articles/putin-xi-beijing-summit.txt']) {
      assert.ok(files.includes(path), path);
    }
    const stray = files.filter((f) => !/^(package\.json|README\.md|lede\.1|bin\/[^/]+\.cjs|dist\/bundle\/(cli\.cjs(\.cache)?|import-package\.cjs|html\.cjs|markdown\.cjs|marked\.cjs|quotes\.cjs|summary\.cjs)|articles\/[^/]+\.(txt|md))$/.test(f));
    assert.deepEqual(stray, []);
  });

  it('installs globally, offline, as a lede command with a man page', (t) => {
    assert.ok(info, 'packed');
    const tarball = join(tmp, info.filename);
    let install = npm(['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], tmp);
    if (install.status !== 0 && /ENOTCACHED/.test(install.stderr)) {
      t.diagnostic('a dependency is not in the npm cache: installing from the registry instead');
      install = npm(['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], tmp);
    }
    assert.equal(install.status, 0, install.stderr);

    const lede = (args: string[]) => spawnSync(join(prefix, 'bin', 'lede'), args, { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const v = lede(['--version']);
    assert.equal(v.stderr, '');
    assert.equal(v.stdout, `lede ${version}\n`);
    const h = lede(['-s', 'headline', 'putin-xi-beijing-summit']);
    assert.equal(h.stderr, '');
    assert.equal(h.stdout, 'Putin Seeks Chinese Support Amid Ukraine Conflict in Beijing Summit\n');
    assert.ok(existsSync(join(prefix, 'share', 'man', 'man1', 'lede.1')), 'share/man/man1/lede.1');

    // The installed bundle starts from its code cache, and finds marked-terminal from where it lies.
    const loader = join(prefix, 'lib', 'node_modules', 'lede', 'bin', 'load-cli.cjs');
    const cache = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(loader)}).loadCli().script.cachedDataRejected))`], { encoding: 'utf8' });
    assert.equal(cache.stdout, 'false', cache.stderr);
    const table = lede([fixture('clipped-article.md'), '--format', 'terminal', '--width', '80']);
    assert.equal(table.stderr, '');
    assert.match(table.stdout, /┌─+┬/);
    // The chunks beside the bundle are found from where it is installed.
    const quotes = lede(['--quotes', 'putin-xi-beijing-summit']);
    assert.equal(quotes.stderr, '');
    assert.match(quotes.stdout, /no limits/);
  });
});
