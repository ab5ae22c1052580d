// Page furniture taken out of the DOM, by element and by class, id and role: what Readability
// leaves inside the container it picks (share rows, newsletter boxes, related-link lists, captions,
// ads). Each pass is one rule; what a pass takes out is kept as `removed` with its reason.

import type { RemovedReason } from '../../article.js';
import { classAndId, isElement, type DomElement } from './dom.js';

/** One element taken out, and why. */
export interface Pruned {
  text: string;
  reason: RemovedReason;
  /** The element it was taken out of. */
  parent: DomElement | null;
}

/**
 * Words that mark furniture when a class or id token is the word, starts with it (`share-bar`) or
 * ends with it (`article-share`, `mm_related`). WordPress marks a post with `tag-x` and
 * `category-x` classes, so `tags` counts and `tag` does not.
 */
const FURNITURE_WORDS = [
  'share', 'sharing', 'social', 'newsletter', 'subscribe', 'subscription', 'signup', 'related', 'recommended', 'recirc',
  'promo', 'advert', 'advertisement', 'ad', 'ads', 'sponsor', 'sponsored', 'outbrain', 'taboola', 'readmore', 'read-more',
  'more-stories', 'popular', 'trending', 'tags', 'breadcrumb', 'breadcrumbs', 'comments', 'comment', 'paywall', 'cta',
  'toolbar', 'copyright', 'cookie', 'cookies', 'footer', 'dateline', 'timestamp', 'byline', 'author', 'meta', 'date',
];

/**
 * The words pruned from the whole page before Readability reads it: only boxes that are never the
 * article. Words such as `meta`, `date` or `footer` also name wrappers around the article there.
 */
const PAGE_FURNITURE_WORDS = ['share', 'sharing', 'social', 'newsletter', 'subscribe', 'signup', 'related', 'recirc', 'promo', 'outbrain', 'taboola', 'cookie', 'cookies'];

/** Words that mark a caption or a credit, matched as FURNITURE_WORDS are. */
const CAPTION_WORDS = ['caption', 'credit', 'credits', 'wp-caption-text'];

function wordsPattern(words: string[]): RegExp {
  const alt = words.map((w) => w.replace(/-/g, '\\-')).join('|');
  return new RegExp(`^(?:${alt})(?:[-_].*)?$|^.*[-_](?:${alt})$`);
}

const FURNITURE_CLASS = wordsPattern(FURNITURE_WORDS);
const PAGE_FURNITURE_CLASS = wordsPattern(PAGE_FURNITURE_WORDS);
const CAPTION_CLASS = wordsPattern(CAPTION_WORDS);

/** Whether a class or id token of the element matches. */
function hasToken(el: DomElement, pattern: RegExp): boolean {
  return classAndId(el)
    .split(/\s+/)
    .some((token) => token !== '' && pattern.test(token));
}

/** An element holding more than this share of the article's text is never pruned: it is the article. */
const MAX_PRUNED_SHARE = 0.5;

/** Roles that are not the article's text. */
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'toolbar', 'menu', 'menubar', 'dialog', 'alertdialog']);

/** Elements that are furniture wherever they stand in the article. */
const FURNITURE_ELEMENTS = new Set(['nav', 'aside', 'form', 'button', 'footer']);

/** The reason to take this element out, or null to keep it. */
function pruneReason(el: DomElement, page: boolean): RemovedReason | null {
  const name = el.localName;
  if (name === 'figcaption') return 'caption';
  if (page) return hasToken(el, PAGE_FURNITURE_CLASS) ? 'furniture' : null;
  if (FURNITURE_ELEMENTS.has(name)) return 'furniture';
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return 'furniture';
  if (hasToken(el, CAPTION_CLASS)) return 'caption';
  if (hasToken(el, FURNITURE_CLASS)) return 'furniture';
  return null;
}

/**
 * Takes furniture out of an article element (or, with `page`, the few kinds of box that are never
 * the article out of a whole page); returns what it took out, in document order.
 */
export function pruneArticle(root: DomElement, page = false): Pruned[] {
  const pruned: Pruned[] = [];
  const total = (root.textContent ?? '').length;
  const doomed: DomElement[] = [];
  // Iterative, so that deep nesting cannot overflow the stack; a pruned element's inside is not visited.
  const stack: DomElement[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length) {
    const el = stack.pop()!;
    if (!isElement(el)) continue;
    const reason = pruneReason(el, page);
    if (reason && (el.textContent ?? '').length <= total * MAX_PRUNED_SHARE) {
      doomed.push(el);
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text !== '') pruned.push({ text, reason, parent: el.parentNode as DomElement | null });
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  for (const el of doomed) el.remove();
  return pruned;
}
