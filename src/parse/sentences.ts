// Splits paragraph text into sentences. Interim: Intl.Segmenter only (to be replaced by the
// abbreviation-aware splitter).

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits text into sentences; joined with single spaces they give the text back. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const s = segment.trim();
    if (s) out.push(s);
  }
  return out;
}
