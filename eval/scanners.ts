// Runs the date, dateline, byline and furniture scanners over the evaluation corpus and reports
// what they find and what they wrongly take. Reads ../shared/corpus (never copied into the repo).
// Usage: npx tsc -p . && node dist/eval/scanners.js [--show]

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBylineLine, splitLeadByline } from '../src/parse/text/byline.js';
import { parseDateLine } from '../src/parse/text/date.js';
import { splitDateline } from '../src/parse/text/dateline.js';
import { furnitureReason } from '../src/parse/text/furniture.js';
import { readSource } from '../src/read/sources.js';
import { CORPUS_DIR } from './corpus-files.js';

const corpus = CORPUS_DIR;
const show = process.argv.includes('--show');

/** The furniture markers CNN's `.story` files keep: link lines ending in `»`, the e-mail link, copyright. */
const CNN_MARKER = /»$|^E-mail to a friend$|^Copyright \d{4}/;

/** A corpus file's text, decoded as lede decodes it. */
function readText(path: string): string {
  return readSource(path, { readStdin: () => new Uint8Array(), articlesDir: '' }).text;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** A `.story` paragraph's pieces: the story joins link lines on with two spaces or one before the e-mail link. */
function pieces(paragraph: string): string[] {
  return paragraph
    .split(/\s{2,}/)
    .flatMap((p) => p.split(/\s(?=E-mail to a friend$)/))
    .filter((p) => p !== '');
}

function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

function main(): void {
  if (!existsSync(corpus)) {
    console.error(`eval/scanners: corpus not found at ${corpus}; nothing to check.`);
    process.exitCode = 2;
    return;
  }

  const wrong: string[] = [];
  const note = (what: string, where: string, text: string): void => {
    wrong.push(`${what} ${where}: ${clip(text)}`);
  };

  // CNN: furniture found per story, datelines in leads, nothing else taken.
  const cnnDir = join(corpus, 'cnn');
  const stories = readdirSync(cnnDir).filter((f) => f.endsWith('.story')).sort();
  let leadsWithDateline = 0;
  let markers = 0;
  let markersCaught = 0;
  let cnnParagraphs = 0;
  let cnnWholeFurniture = 0;
  const perStory: string[] = [];
  for (const file of stories) {
    const body = readText(join(cnnDir, file)).split(/^@highlight/m)[0] ?? '';
    const paras = paragraphs(body);
    cnnParagraphs += paras.length;
    let found = 0;
    let storyMarkers = 0;
    paras.forEach((p, i) => {
      const where = `cnn/${file.slice(0, 8)} ¶${i + 1}`;
      const whole = furnitureReason(p);
      if (whole) {
        cnnWholeFurniture++;
        if (show) console.log(`  whole-paragraph ${whole} ${where}: ${clip(p)}`);
      }
      for (const piece of pieces(p)) {
        const isMarker = CNN_MARKER.test(piece);
        const reason = furnitureReason(piece);
        if (isMarker) storyMarkers++;
        if (reason) found++;
        if (isMarker && reason) markersCaught++;
        if (reason && !isMarker && !whole) note('furniture?', where, piece);
        if (isMarker && !reason) note('missed furniture', where, piece);
      }
      if (i === 0) {
        const d = splitDateline(p);
        if (d) leadsWithDateline++;
        if (show) console.log(`  lead ${where}: ${d ? JSON.stringify(d.dateline) : 'no dateline'}`);
      } else if (splitDateline(p)) {
        note('dateline (not lead)', where, p);
      }
      if (parseDateLine(p)) note('date', where, p);
      if (parseBylineLine(p) || splitLeadByline(p)) note('byline', where, p);
    });
    markers += storyMarkers;
    perStory.push(`${file.slice(0, 8)}:${found}/${storyMarkers}`);
  }

  // BBC: none of the scanners should take any line, title included.
  const bbcDir = join(corpus, 'bbc', 'articles');
  let bbcLines = 0;
  for (const category of readdirSync(bbcDir).sort()) {
    for (const file of readdirSync(join(bbcDir, category)).sort()) {
      const text = readText(join(bbcDir, category, file));
      const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
      lines.forEach((line, i) => {
        bbcLines++;
        const where = `bbc/${category}/${file} line ${i + 1}`;
        if (furnitureReason(line)) note('furniture', where, line);
        if (splitDateline(line)) note('dateline', where, line);
        if (parseDateLine(line)) note('date', where, line);
        if (parseBylineLine(line) || splitLeadByline(line)) note('byline', where, line);
      });
    }
  }

  console.log(`CNN stories: ${stories.length}, paragraphs: ${cnnParagraphs}`);
  console.log(`  furniture pieces flagged / marker pieces, per story: ${perStory.join(' ')}`);
  console.log(`  furniture markers caught: ${markersCaught}/${markers}; whole paragraphs that are furniture: ${cnnWholeFurniture}`);
  console.log(`  leads opening with a dateline: ${leadsWithDateline}/${stories.length}`);
  console.log(`BBC lines checked (titles and paragraphs): ${bbcLines}`);
  console.log(`Doubtful findings (false positives or misses): ${wrong.length}`);
  for (const w of wrong) console.log(`  ${w}`);
}

main();
