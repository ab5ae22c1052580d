// Decodes the HTML character references that Markdown and extractors' HTML leave in article text
// (`&amp;`, `&rsquo;`, `&#8217;`). Knows nothing of tags or Markdown.

/** The named references articles use; any other name stays as written. */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
  ['mdash', '—'], ['ndash', '–'], ['hellip', '…'], ['lsquo', '‘'], ['rsquo', '’'], ['ldquo', '“'], ['rdquo', '”'],
]);

const REFERENCE = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]+);/g;

/** Decodes `&name;`, `&#N;` and `&#xH;` references; unknown names and invalid code points stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (ref, name: string) => {
    if (!name.startsWith('#')) return NAMED.get(name) ?? ref;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ref;
  });
}
