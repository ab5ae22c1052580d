// A page's headline, date, byline, address, site name and description, each from the best source
// the page has, in a documented order (README "Web pages"): JSON-LD first, then meta tags, then the
// page's markup. Reads the whole document, before the article is picked out of it.

import type { ArticleDate, Byline } from '../../article.js';
import { authorByline, parseBylineLine } from '../text/byline.js';
import { parseDateLine } from '../text/date.js';
import { foldSpace } from '../lines.js';
import type { DomDocument, DomElement } from './dom.js';

/** What the page says about its article. */
export interface PageMetadata {
  headline: string | null;
  date: ArticleDate | null;
  byline: Byline | null;
  url: string | null;
  siteName: string | null;
  description: string | null;
}

type Json = Record<string, unknown>;

/** JSON-LD types that are an article (schema.org's Article and its kinds). */
const ARTICLE_TYPE = /^(?:\w+)?(?:Article|BlogPosting|Posting|Report|NewsArticle|LiveBlogPosting)$/;

/** The `<title>` tail that names the site: ` | Site`, ` - Site`, ` — Site`, ` :: Site`, ` » Site`. */
const TITLE_SEPARATOR = / [|\-–—:»«·•/] | :: /;

/** Meta names and properties that hold a publication date, best first. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'published-date',
  'citation_publication_date', 'publication_date', 'release_date', 'og:published_time', 'article:published',
];

/** The objects of the page's JSON-LD blocks (`@graph` lists flattened); a block that is not JSON is skipped. */
function jsonLd(doc: DomDocument): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const obj = value as Json;
    out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse((scripts[i]!.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      // A block that does not parse says nothing.
    }
  }
  return out;
}

function types(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The first JSON-LD object that is an article. */
function ldArticle(objects: Json[]): Json | null {
  return objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t))) ?? null;
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const folded = foldSpace(value);
  return folded === '' ? null : folded;
}

/** The names in a JSON-LD `author`: a string, `{ name }`, or a list of either. */
function ldAuthorNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const a of list) {
    const name = typeof a === 'string' ? text(a) : a && typeof a === 'object' ? text((a as Json).name) : null;
    // A URL or an organisation's page is not a name.
    if (name && !/^https?:/.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The content of the first meta tag with one of these names or properties (case-insensitive), in the order given. */
function meta(doc: DomDocument, keys: string[]): string | null {
  const found = new Map<string, string>();
  const tags = doc.querySelectorAll('meta[content]');
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const content = text(tag.getAttribute('content'));
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = tag.getAttribute(attr)?.toLowerCase().trim();
      if (key && !found.has(key)) found.set(key, content);
    }
  }
  for (const key of keys) {
    const v = found.get(key);
    if (v !== undefined) return v;
  }
  return null;
}

/** Names joined as a byline would write them: `A`, `A and B`, `A, B and C`. */
function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A byline from an author element's or tag's text: not `By` alone, not a date, not a URL, not a sentence. */
export function bylineFromText(raw: string | null): Byline | null {
  if (raw === null) return null;
  // `Jane Doe | NJ Advance Media`: the names come before the bar.
  const folded = foldSpace(raw.split(/\s[|•]\s/)[0]!).replace(/^(?:written\s+)?by\s*:?\s*$/i, '');
  if (folded === '' || folded.length > 120 || /^https?:/.test(folded) || parseDateLine(folded)) return null;
  if (/^by\b/i.test(folded)) return parseBylineLine(folded);
  // Words of a name: no sentence punctuation, not a date, a few words.
  if (/[.!?]\s|["“”]/.test(folded) || folded.split(' ').length > 12 || /\d{4}/.test(folded)) return null;
  return authorByline(folded);
}

/** The `<title>` without its ` | Site` tail (the longest part, when the parts differ). */
export function titleWithoutSite(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return title;
  if (siteName) {
    const kept = parts.filter((p) => p.toLowerCase() !== siteName.toLowerCase());
    if (kept.length < parts.length) return kept.join(' - ');
  }
  // `Headline | Site` or `Site | Headline`: the longer side is the headline, when it is clearly longer.
  const first = parts[0]!;
  const last = parts.at(-1)!;
  if (first.split(' ').length >= 3 && last.split(' ').length <= 4) return parts.slice(0, -1).join(' - ');
  if (last.split(' ').length >= 3 && first.split(' ').length <= 4 && parts.length === 2) return last;
  return title;
}

/** The date in a URL's path (`/2024/05/16/`, `/2024-05-16/`), or null. */
export function dateInUrl(url: string | null): ArticleDate | null {
  if (url === null) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$|\.)/.exec(path);
  if (!m) return null;
  const date = parseDateLine(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  return date ? { raw: m[0].replace(/^\/|[/.-]$/g, ''), iso: date.iso } : null;
}

/** A date from a machine-readable value (ISO 8601 and the forms article text uses), or null. */
export function readDate(raw: string | null): ArticleDate | null {
  if (raw === null) return null;
  const value = raw.trim();
  const direct = parseDateLine(value);
  if (direct) return direct;
  // `2017-11-03 03:01:00.000000`, `2024-05-16T10:00:00.000-04:00[America/New_York]`: the day is what counts.
  const m = /^((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(value);
  if (!m) return null;
  const day = parseDateLine(`${m[1]}-${m[2]}-${m[3]}`);
  return day ? { raw: value, iso: day.iso } : null;
}

/** The first element of the selectors, in order, with text. */
function firstText(root: DomDocument | DomElement, selectors: string[]): string | null {
  for (const selector of selectors) {
    const els = root.querySelectorAll(selector);
    for (let i = 0; i < els.length; i++) {
      const t = text(els[i]!.textContent);
      if (t) return t;
    }
  }
  return null;
}

/** Byline elements, best first. */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[rel="author"]', '.byline__name', '.byline-name',
  '.author-name', '.byline', '[class*="byline" i]', '.author',
];

/**
 * Reads the page's metadata; `address` is where the page was read from (a URL), if known.
 * Headline: JSON-LD headline, og:title, twitter:title, the first h1, the `<title>` without its site.
 * Date: JSON-LD datePublished, article:published_time and other date metas, `<time datetime>`, the URL.
 * Byline: JSON-LD author names, meta author, rel=author, a byline element.
 * URL: the canonical link, og:url, the address read.
 */
export function readMetadata(doc: DomDocument, address: string | null): PageMetadata {
  const ld = jsonLd(doc);
  const article = ldArticle(ld);
  const siteName =
    meta(doc, ['og:site_name', 'application-name']) ??
    text((article?.publisher as Json | undefined)?.name) ??
    text(ld.find((o) => types(o).includes('WebSite'))?.name);

  const h1 = firstText(doc, ['article h1', 'h1']);
  const title = text(doc.title);
  const headline =
    text(article?.headline) ?? meta(doc, ['og:title', 'twitter:title', 'dc.title', 'headline']) ?? h1 ?? (title ? titleWithoutSite(title, siteName) : null);

  const canonical = doc.querySelector('link[rel="canonical" i][href]')?.getAttribute('href') ?? null;
  const absolute = (u: string | null) => {
    if (u === null) return null;
    try {
      const url = new URL(u, address ?? undefined);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  };
  const url = absolute(canonical) ?? absolute(meta(doc, ['og:url'])) ?? address;

  const timeEl = doc.querySelector('article time[datetime], header time[datetime], time[pubdate][datetime], time[datetime]');
  const date =
    readDate(text(article?.datePublished)) ??
    readDate(meta(doc, DATE_META)) ??
    readDate(timeEl?.getAttribute('datetime') ?? null) ??
    readDate(text(article?.dateCreated)) ??
    dateInUrl(url) ??
    dateInUrl(address);

  const ldNames = article ? ldAuthorNames(article.author) : [];
  const byline =
    (ldNames.length ? authorByline(joinNames(ldNames)) : null) ??
    bylineFromText(meta(doc, ['author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author', 'byl'])) ??
    bylineFromText(firstText(doc, BYLINE_SELECTORS));

  const description = text(article?.description) ?? meta(doc, ['description', 'og:description', 'twitter:description']);
  return { headline, date, byline, url, siteName, description };
}
