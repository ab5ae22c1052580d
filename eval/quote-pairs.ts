// An independent count of quotations for corpus recall: balanced pairs of double quote marks (straight and
// curly) in each paragraph, containing at least three words. Deliberately simple and blind to speakers.
// A straight mark after a space (or at the start) opens; any other closes an open one.

/** Pairs with fewer words than this are not counted (scare quotes, titles). */
export const MIN_PAIR_WORDS = 3;

/** The texts of the balanced double-quote pairs in one paragraph that hold at least MIN_PAIR_WORDS words. */
export function countedPairs(paragraph: string): string[] {
  const out: string[] = [];
  let open = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    const opens = ch === '“' || (ch === '"' && (i === 0 || /\s|[([—-]/u.test(paragraph[i - 1] as string)));
    const closes = ch === '”' || ch === '"';
    if (opens) open = i;
    else if (closes && open >= 0) {
      const text = paragraph.slice(open + 1, i).trim();
      if (text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= MIN_PAIR_WORDS) out.push(text);
      open = -1;
    }
  }
  return out;
}
