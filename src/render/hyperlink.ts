// OSC 8 hyperlinks, the one escape sequence besides SGR styling that lede writes. The URL comes
// from the article, so it is checked here before it goes inside an escape sequence; whether the
// terminal shows hyperlinks at all is options.ts's decision.

/** Opens (with a URL) and closes (without one) a hyperlink; BEL ends the sequence. */
const OSC_8 = '\u001b]8;;';
const BEL = '\u0007';
/** Longer URIs are cut or refused by terminals (VTE's limit); the link is shown as text instead. */
const MAX_URL_LENGTH = 2083;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * The schemes lede makes clickable. Others (`file:`, `javascript:`, `ms-msdt:` and the like) could
 * open local files or run handlers from a click on an article's link: they are shown as text.
 */
const SAFE_SCHEME = /^(?:https?|mailto):/i;

/**
 * The URL as it may stand in an OSC 8 sequence: printable ASCII only (spaces and other characters
 * percent-encoded). Null when it cannot: it holds a control character (which could end the
 * sequence and start another), is not http, https or mailto, or is too long.
 */
export function safeUrl(url: string): string | null {
  if (CONTROL.test(url) || !SAFE_SCHEME.test(url)) return null;
  let encoded: string;
  try {
    encoded = url.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
  } catch {
    return null; // a lone surrogate
  }
  return encoded.length <= MAX_URL_LENGTH ? encoded : null;
}

/** The text as a hyperlink to the URL; null when the URL is not safe to put in one. */
export function hyperlink(url: string, text: string): string | null {
  const safe = safeUrl(url);
  return safe === null ? null : `${OSC_8}${safe}${BEL}${text}${OSC_8}${BEL}`;
}
