// Small folders of invented articles for the folder tests: written to a temporary folder.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempFolder } from './temp-folder.js';

/** Writes the files (path → content) under a new temporary folder and returns the folder. */
export function articleTree(files: Record<string, string | Buffer>, links: Record<string, string> = {}): string {
  const root = tempFolder('lede-tree-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(root, path));
  return root;
}

/** An invented article: a headline, then paragraphs. */
export function story(headline: string, ...paragraphs: string[]): string {
  return `${headline}\n\n${paragraphs.join('\n\n')}\n`;
}

/**
 * A newsroom's folder: articles in nested folders, in every format lede reads, and the things a
 * folder search must pass over (hidden files and folders, a picture, a stylesheet, a link, an
 * empty file, JSON that is not an article).
 */
export function newsroomTree(): string {
  return articleTree(
    {
      'b-world/kremlin.txt': story('Kremlin Talks Stall', 'The Kremlin said on Monday that talks had stalled.', '“We are patient,” said Ivan Petrov, a spokesman.'),
      'b-world/zz-markets.md': '# Markets Rally\n\nShares rose as traders said the worst was over.\n\n- one\n- two\n',
      'a-local/fair.story': story('County Fair Opens', 'The fair opened on Saturday with a record crowd.', '@highlight', 'A record crowd'),
      'a-local/notes': story('Council Notes', 'The council met and said little.'),
      'a-local/empty.txt': '',
      'a-local/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'a-local/pic': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'a-local/style.css': 'p { color: red }\n',
      'a-local/package.json': '{"name": "not-an-article", "version": "1.0.0"}\n',
      '.drafts/secret.txt': story('Secret Draft', 'The minister said nothing yet.'),
      'b-world/.hidden.txt': story('Hidden', 'A hidden file said hello.'),
      'c-wire.json': JSON.stringify({ title: 'Wire Copy', text: 'The agency said the storm had passed.' }),
    },
    { 'b-world/link.txt': '../a-local/notes' },
  );
}
