// URLs → `{ name, text }`: fetched with Node's fetch, redirects followed by hand (at most 10, only
// to http and https), the body read up to a size cap, decoded by the page's character set, and the
// content type turned into the format to parse. Network errors become one InputError line each.

import { InputError } from '../errors.js';
import { MAX_PAGE_SIZE } from '../page-limit.js';
import type { InputFormat } from '../parse/detect.js';
import { decodeText } from './decode.js';

/** The most redirects followed, as browsers and curl's default allow. */
export const MAX_REDIRECTS = 10;

/** Whether a command-line argument is a URL to fetch. */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** What a fetch needs from the outside world. */
export interface FetchContext {
  timeoutSeconds: number;
  userAgent: string;
  /** The fetch function (Node's, or one that goes through a proxy). */
  fetch: typeof fetch;
  /** Called when a fetch starts, as its body arrives (for a progress note), and `done` when it is over. */
  progress?: (address: string, bytes: number, done: boolean) => void;
}

/** A fetched article's text, the address it ended at and the format its content type names. */
export interface Fetched {
  name: string;
  text: string;
  url: string;
  format: InputFormat | undefined;
}

/** The format a Content-Type names, `undefined` for none (sniff the text), or null for one that is not an article. */
export function formatOfType(contentType: string | null): InputFormat | undefined | null {
  if (contentType === null || contentType.trim() === '') return undefined;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'text/plain') return 'text';
  // A server that does not know what it sends (`application/octet-stream`) leaves the text to decide.
  if (type === 'application/octet-stream') return undefined;
  return null;
}

/** The charset parameter of a Content-Type, or null. */
function charsetOfType(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}

/** Why a fetch failed, as one line: what Node's fetch put in its error's cause. */
function networkReason(err: unknown, url: URL, timedOut: boolean, seconds: number): string {
  if (timedOut) return `timed out after ${seconds} s`;
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return `could not be reached (connection refused by ${url.host})`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `could not be reached (unknown host ${url.hostname})`;
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `could not be reached (no route to ${url.hostname})`;
    default:
      return `could not be fetched (${cause?.message ?? (err as Error).message})`;
  }
}

/** A size in MiB for messages. */
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

/** Reads a body to its end, or throws InputError once it passes the cap. */
async function readBody(name: string, body: ReadableStream<Uint8Array> | null, ctx: FetchContext): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_PAGE_SIZE) {
      await reader.cancel().catch(() => {});
      throw new InputError(name, `too large (over ${mib(MAX_PAGE_SIZE)}, the limit for a page)`);
    }
    chunks.push(value);
    ctx.progress?.(name, size, false);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches a URL and decodes it. Throws InputError for a refused scheme, too many redirects, an
 * HTTP error status, a network failure, a timeout, a body over the cap, or a content type that is
 * not an article.
 */
export async function fetchSource(address: string, ctx: FetchContext): Promise<Fetched> {
  const name = address;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new InputError(name, 'not a valid URL');
  }
  // The timer starts after the address is read: thrown before the try below, it was never cleared
  // and kept the process alive for the whole timeout.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ctx.timeoutSeconds * 1000);
  ctx.progress?.(name, 0, false);
  try {
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(name, `refused: a redirect to a ${url.protocol.replace(/:$/, '')}: address`);
      let response: Response;
      try {
        response = await ctx.fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': ctx.userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,application/json;q=0.8,*/*;q=0.5' },
        });
      } catch (err) {
        throw new InputError(name, networkReason(err, url, timedOut, ctx.timeoutSeconds));
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel().catch(() => {});
        if (redirects >= MAX_REDIRECTS) throw new InputError(name, `too many redirects (more than ${MAX_REDIRECTS})`);
        try {
          url = new URL(location, url);
        } catch {
          throw new InputError(name, `a redirect to an invalid address (${location})`);
        }
        continue;
      }
      if (response.status >= 400) {
        await response.body?.cancel().catch(() => {});
        throw new InputError(name, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const contentType = response.headers.get('content-type');
      const format = formatOfType(contentType);
      if (format === null) {
        await response.body?.cancel().catch(() => {});
        throw new InputError(name, `not an article (${contentType!.split(';')[0]!.trim()})`);
      }
      const length = Number(response.headers.get('content-length') ?? NaN);
      if (length > MAX_PAGE_SIZE) {
        await response.body?.cancel().catch(() => {});
        throw new InputError(name, `too large (${mib(length)}; the limit for a page is ${mib(MAX_PAGE_SIZE)})`);
      }
      let bytes: Uint8Array;
      try {
        bytes = await readBody(name, response.body, ctx);
      } catch (err) {
        if (err instanceof InputError) throw err;
        throw new InputError(name, networkReason(err, url, timedOut, ctx.timeoutSeconds));
      }
      if (bytes.length === 0) throw new InputError(name, 'empty input');
      const text = decodeText(name, bytes, charsetOfType(contentType));
      if (text.trim() === '') throw new InputError(name, 'only white space, no text');
      return { name, text, url: url.href, format };
    }
  } finally {
    clearTimeout(timer);
    ctx.progress?.(name, 0, true);
  }
}

/** How many URLs are fetched at once. */
const FETCH_CONCURRENCY = 4;

/** A fetch's outcome, kept until its turn comes to be printed. */
type Settled = { ok: Fetched } | { error: unknown };

/**
 * Starts fetching every URL among the inputs, at most FETCH_CONCURRENCY at a time, in argument
 * order; returns a function that gives each URL's result when it is wanted (inputs are printed in
 * argument order, whatever finishes first).
 */
export function fetchAll(inputs: string[], ctx: FetchContext): (url: string) => Promise<Fetched> {
  const urls = [...new Set(inputs.filter(isUrl))];
  const results = new Map<string, Promise<Settled>>();
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    if (running >= FETCH_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
  };
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  for (const url of urls) {
    results.set(
      url,
      slot()
        .then(() => fetchSource(url, ctx))
        .then(
          (ok): Settled => ({ ok }),
          (error: unknown): Settled => ({ error }),
        )
        .finally(release),
    );
  }
  return async (url) => {
    const settled = await (results.get(url) ?? fetchSource(url, ctx).then((ok): Settled => ({ ok })));
    if ('error' in settled) throw settled.error;
    return settled.ok;
  };
}
