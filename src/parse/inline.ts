import type { Link } from '../article.js';

/**
 * Inline text being gathered, shared by the Markdown and web-page readers: runs of ASCII white
 * space folded to one space as text is added (no-break spaces are kept), links as `words (url)`.
 */
export class InlineBuffer {
  text = '';
  links: Link[] = [];
  protected space = false;

  /** Adds text, folding runs of ASCII white space to one space. */
  add(text: string): void {
    const parts = text.split(/[ \t\n\f\v\r]+/);
    parts.forEach((part, i) => {
      if (i > 0) this.space = true;
      if (part === '') return;
      if (this.space && this.text !== '') this.text += ' ';
      this.space = false;
      this.text += part;
    });
  }

  /** A break that is white space (a line break, an element's edge). */
  breakSpace(): void {
    this.space = true;
  }

  /** Writes a link as `words (url)`, or its words alone when `bare` (the words are the address). */
  protected writeLink(label: string, url: string, bare: boolean): void {
    if (this.space && this.text !== '') this.text += ' ';
    this.space = false;
    const start = this.text.length;
    this.text += bare ? label : `${label} (${url})`;
    this.links.push({ start, end: this.text.length, label, url });
  }
}
