// The article model: plain data that parse produces, select narrows and render prints.
// Types only: no methods, no styling, no widths. Every fact a renderer needs is computed by the parser.

/** A publication date as written, and its calendar day. */
export interface ArticleDate {
  /** The text as it stood in the article, e.g. `Thu May 16 2024` or `Posted May 20, 2024`. */
  raw: string;
  /** The calendar day, `YYYY-MM-DD`. */
  iso: string;
}

/** The place and agency that open a wire story's lead, e.g. `WASHINGTON (CNN) --`. */
export interface Dateline {
  /** The dateline exactly as it opened the lead, punctuation included. */
  raw: string;
  /** The place, e.g. `BEIJING, China`; null for an agency alone, e.g. `(CNN) --`. */
  place: string | null;
  /** The agency in parentheses, e.g. `CNN`, `AP`, `Reuters`; null when there is none. */
  agency: string | null;
}

/** What a block of a Markdown article is when it is not running prose. */
export type BlockKind = 'list' | 'quote' | 'table' | 'code' | 'heading';

/**
 * A Markdown block kept whole: a list, block quote, table, code block or subheading. The
 * paragraph's `text` is its plain-text reading (list items, quoted paragraphs, table rows, code
 * lines, one after another) so that search, summaries and word counts work over it as over prose.
 */
export interface Block {
  kind: BlockKind;
  /** The block's Markdown source, as written. */
  markdown: string;
  /**
   * The block as plain text, a line each: `- item` (nested items indented by two spaces, ordered
   * ones numbered), a quote's paragraphs, a table's rows with cells separated by tabs (the header
   * row first), code as written, a heading's words.
   */
  lines: string[];
  /** A code block's info string, as written after its opening fence (```` ```js extra words ````). */
  info?: string;
}

/**
 * A link in a paragraph's text, which writes it as `words (url)`, or as the bare URL when the
 * words are the URL.
 */
export interface Link {
  /** UTF-16 offsets in `text` of the whole link, ` (url)` included. */
  start: number;
  end: number;
  /** The link's words. */
  label: string;
  url: string;
}

/** One paragraph of the body. */
export interface Paragraph {
  /** 1-based position in the parsed article; selection keeps the original number. */
  number: number;
  /** The paragraph text, whitespace folded, without the dateline for the lead. */
  text: string;
  /**
   * A Markdown block's sentences (list items and quoted lines split, table rows and code lines one
   * each), which splitting `text` would not give. Absent for running prose, whose sentences
   * `sentencesOf` (parse/sentences.ts) splits from `text` when a summary, search or quote list asks:
   * a plain reading of a 100 MB article never builds them. Either way they join to `text`.
   */
  sentences?: string[];
  /** Set for a Markdown block that is not running prose. */
  block?: Block;
  /** Links in `text`, in order (Markdown and extractor input only). */
  links?: Link[];
}

/** The author line, e.g. `By Jane Doe, Reuters`. */
export interface Byline {
  /**
   * The byline exactly as written, `By` included when the text has it (an author from Markdown
   * front matter or an extractor's JSON is usually the names alone).
   */
  raw: string;
  /** The names alone, e.g. `Jane Doe` or `Jane Doe and John Roe`. */
  name: string;
}

/** Why a line was taken out of the body. */
export type RemovedReason =
  | 'share-icons'
  | 'furniture'
  | 'caption'
  | 'repeated-headline'
  | 'duplicate-date'
  /** A section label, kicker, menu or site tagline around the headline, or a list's heading. */
  | 'label'
  /** A header note: a relative time (`3 years ago`), a reading time, a line of packed facts. */
  | 'metadata'
  /** A second author line, or an author box (name, biography, e-mail) at the end. */
  | 'author'
  /** A list of other stories: related, trending, most read, with their teasers and times. */
  | 'related'
  /** A prompt to subscribe, sign up, follow, share, download an app or donate, and its blurb. */
  | 'promo'
  /** A source credit closing the story (`Source: AAP`, `- AFP`, `The Canadian Press`). */
  | 'source'
  /** Newsroom and site boilerplate: `More to follow…`, a developing-story note, a disclaimer, a cookie notice. */
  | 'boilerplate'
  /** A line of Markdown front matter that no field took (`tags:`, `description:`, …). */
  | 'front-matter'
  /** Markdown that is not article text: an HTML block, an image on its own, a link definition. */
  | 'markup';

/** A line dropped as page furniture, kept so that nothing is silently lost. */
export interface RemovedLine {
  /** 1-based line number in the source text (the line a Markdown block starts on). */
  line: number;
  text: string;
  reason: RemovedReason;
}

/** A sentence chosen for a summary, with its address in the article. */
export interface SummarySentence {
  text: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** 1-based sentence number within the paragraph. */
  sentence: number;
}

/** What kind of quotation: a direct quote, or (with `--quotes=all`) scare quotes and titles. */
export type QuoteKind = 'direct' | 'scare' | 'title';

/** A quotation found in the body. */
export interface Quote {
  /** The words inside the marks, exactly as written (parts of a split quote joined with ` … `). */
  text: string;
  /** Who said it, or null when that is unclear. */
  speaker: string | null;
  /** The attributing word or phrase, e.g. `said`, `told`, `according to`; null when none. */
  cue: string | null;
  /** 1-based paragraph number where the quote opens; 0 for a quote in the headline. */
  paragraph: number;
  /** 1-based sentence number within that paragraph where the quote opens; 0 for a quote in the headline. */
  sentence: number;
  kind: QuoteKind;
  /** Set for a quote in the headline, addressed as `headline` the way `--grep` addresses it. */
  part?: 'headline';
}

/** The printed texts outside the paragraphs that `--grep` searches, by their section names. */
export type GrepPart = 'headline' | 'standfirst' | 'date' | 'byline' | 'highlights' | 'dateline';

/** A sentence that matched `--grep` (or a context sentence around one). */
export interface GrepHit {
  /** Set when the text is not a paragraph's: the headline, standfirst, date, byline, a highlight or the dateline. */
  part?: GrepPart;
  /** 1-based paragraph number; 0 for a part. */
  paragraph: number;
  /** 1-based sentence number within the paragraph, or the highlight's number; 0 for another part. */
  sentence: number;
  /** The whole sentence. */
  text: string;
  /** Where the pattern matched, as UTF-16 offsets into `text` (empty for a context sentence). */
  ranges: { start: number; end: number }[];
  /** True for a sentence shown only as context (`-C`). */
  context: boolean;
  /** True when sentences were skipped between the previous hit and this one (grep's `--`). */
  breakBefore: boolean;
}

/** Named parts of an article that `--section` can pick. */
export type SectionName = 'headline' | 'standfirst' | 'date' | 'dateline' | 'byline' | 'meta' | 'lead' | 'body' | 'highlights' | 'removed';

/**
 * One part a renderer prints: a named part, a paragraph by number, the summary sentences, or the
 * sentences `--grep` found, or the quotations `--quotes` found.
 * (`lead` and `body` are resolved to paragraph numbers by the sections selector.)
 */
export type ViewPart = Exclude<SectionName, 'lead' | 'body'> | 'summary' | 'matches' | 'quotes' | number;

/** A parsed article. */
export interface Article {
  /** Where the text came from: a bundled slug, a path, or `-` for standard input. */
  source: string;
  /** Where the article was published, when its Markdown front matter or extractor JSON says. */
  url?: string;
  headline: string | null;
  /** The standfirst (dek, subtitle) printed under the headline, as written; null when none. */
  standfirst: string | null;
  date: ArticleDate | null;
  dateline: Dateline | null;
  byline: Byline | null;
  paragraphs: Paragraph[];
  /** A CNN story's `@highlight` lines: its reference summary. */
  highlights: string[];
  removed: RemovedLine[];
  /** Words in the body (dateline and paragraphs). */
  words: number;
  /** Minutes to read the body at 230 words a minute, at least 1 for any text. */
  readingMinutes: number;
  /** Present when a summary was selected. */
  summary?: SummarySentence[];
  /** What to print, in order; absent means the whole article (or its summary, when selected). */
  view?: ViewPart[];
  /** Present when sentences were searched with `--grep`: the hits and context, in article order. */
  matches?: GrepHit[];
  /** Present after a `--grep`: the UTF-8 bytes of the sentences searched (ripgrep's `bytes_searched`). */
  bytesSearched?: number;
  /** Present when quotes were selected. */
  quotes?: Quote[];
}
