// Finds the evaluation corpus beside the repository (../shared/corpus) and lists its articles.
// Reading goes through lede's own read path, so evaluations see what users see.

import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../src/package-root.js';

/** Where the corpus is expected: `../shared/corpus` beside the repository. */
export const CORPUS_DIR = resolve(packageRoot(), '..', 'shared', 'corpus');

/** One corpus article and, for BBC, where its reference summary is. */
export interface CorpusFile {
  layout: 'cnn' | 'bbc';
  path: string;
  /** BBC only: the reference summary file. */
  summaryPath?: string;
}

/** Whether the corpus is present; when not, prints the evaluation's "nothing to evaluate" line. */
export function corpusPresent(evalName: string): boolean {
  if (existsSync(CORPUS_DIR)) return true;
  console.log(`${evalName}: ${CORPUS_DIR} not found; nothing to evaluate (the corpus is not part of the repository)`);
  return false;
}

/** Every article in the corpus (by default ../shared/corpus): the CNN stories, then the BBC articles by category. */
export function corpusFiles(root = CORPUS_DIR): CorpusFile[] {
  const cnnDir = join(root, 'cnn');
  const cnn = readdirSync(cnnDir)
    .filter((f) => f.endsWith('.story'))
    .sort()
    .map((f): CorpusFile => ({ layout: 'cnn', path: join(cnnDir, f) }));
  const bbcDir = join(root, 'bbc', 'articles');
  const bbc = readdirSync(bbcDir)
    .sort()
    .flatMap((cat) =>
      readdirSync(join(bbcDir, cat))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f): CorpusFile => ({ layout: 'bbc', path: join(bbcDir, cat, f), summaryPath: join(root, 'bbc', 'summaries', cat, f) })),
    );
  return [...cnn, ...bbc];
}
