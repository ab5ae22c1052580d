import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { detectFormat, frontMatterEnd, hasFrontMatter } from '../../src/parse/detect.js';
import { BUNDLED_ARTICLE, FIXTURES } from '../helpers/paths.js';

describe('detectFormat', () => {
  it('goes by the name first: .md and .markdown are Markdown, .json is JSON', () => {
    assert.equal(detectFormat('notes.md', 'Plain words.'), 'markdown');
    assert.equal(detectFormat('notes.MARKDOWN', 'Plain words.'), 'markdown');
    assert.equal(detectFormat('story.json', 'Plain words.'), 'json');
  });

  it('takes input shaped like a JSON object for JSON, whatever its name', () => {
    assert.equal(detectFormat('-', '  {"title": "A"}\n'), 'json');
    assert.equal(detectFormat('story.txt', '{"title": "A"}'), 'json');
  });

  it('takes front matter at the top for Markdown', () => {
    assert.equal(detectFormat('-', '---\ntitle: A headline\n---\n\nBody.\n'), 'markdown');
  });

  it('takes a # heading first and another Markdown sign for Markdown', () => {
    assert.equal(detectFormat('-', '# A headline\n\nSee [the report](https://example.com).\n'), 'markdown');
    assert.equal(detectFormat('-', '# A headline\n\n- one\n- two\n'), 'markdown');
    assert.equal(detectFormat('-', '# A headline\n\n## A section\n\nText.\n'), 'markdown');
    assert.equal(detectFormat('-', '# A headline\n\n> quoted words\n'), 'markdown');
  });

  it('does not take a # heading alone for Markdown', () => {
    assert.equal(detectFormat('-', '# A headline\n\nJust one paragraph of prose.\n'), 'text');
  });

  it('does not take Markdown signs without a heading first for Markdown', () => {
    assert.equal(detectFormat('-', 'A Headline\n\nSee [the report](https://example.com) and **this**.\n'), 'text');
  });

  it('reads plain article text as text', () => {
    assert.equal(detectFormat('putin-xi-beijing-summit', readFileSync(BUNDLED_ARTICLE, 'utf8')), 'text');
    for (const name of readdirSync(FIXTURES).filter((f) => /\.(txt|story)$/.test(f))) {
      assert.equal(detectFormat(name, readFileSync(join(FIXTURES, name), 'utf8')), 'text', name);
    }
  });

  it('reads a rule of dashes above prose as text, not front matter', () => {
    assert.equal(detectFormat('-', '---\nThe mayor said: it is done.\n---\n'), 'text');
    assert.equal(detectFormat('-', '---\n\nHeadline\n\nBody.\n'), 'text');
  });
});

describe('front matter detection', () => {
  it('finds the closing line of front matter with key: value lines, lists and comments', () => {
    assert.equal(frontMatterEnd(['---', 'title: A', 'tags:', '  - one', '# note', '---', 'Body']), 5);
    assert.equal(frontMatterEnd(['---', 'title: A', '...']), 2);
  });

  it('needs at least one key and a closing line', () => {
    assert.equal(frontMatterEnd(['---', '---']), null);
    assert.equal(frontMatterEnd(['---', 'title: A', 'Body text without an end']), null);
    assert.equal(hasFrontMatter('title: A\n---\n'), false);
  });
});
