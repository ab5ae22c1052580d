// `npm start` and `npm test` run this first: it builds (`npm run build`) only when the build is
// missing or older than anything it is made from. Plain JavaScript, since it runs before tsc does.

import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What the build reads: the folders tsc compiles, the man page's source, the loader, the config. */
export const BUILD_INPUTS = ['src', 'test', 'eval', 'bench', 'scripts', 'doc', 'bin', 'package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'];

/** The build's last output: written when everything else is done, so a failed build leaves it missing. */
export const BUILD_STAMP = join('dist', 'bundle', 'cli.cjs.cache');

/**
 * The newest modification time under a path, folders included (deleting or renaming a file changes
 * its folder's time); 0 when the path does not exist.
 */
export function newestTime(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  let newest = stat.mtimeMs;
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) newest = Math.max(newest, newestTime(join(path, name)));
  }
  return newest;
}

/** Whether the build in `root` is missing (no stamp, no man page) or older than one of its inputs. */
export function isStale(root) {
  let built;
  try {
    built = Math.min(statSync(join(root, BUILD_STAMP)).mtimeMs, statSync(join(root, 'lede.1')).mtimeMs);
  } catch {
    return true;
  }
  return BUILD_INPUTS.some((input) => newestTime(join(root, input)) > built);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (isStale(root)) {
    // Under npm, npm_execpath is npm's own script: run the same npm.
    const npm = process.env.npm_execpath;
    const r = npm ? spawnSync(process.execPath, [npm, 'run', 'build', '--silent'], { cwd: root, stdio: 'inherit' }) : spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    process.exitCode = r.status ?? 1;
  }
}
