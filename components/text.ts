import { splitSentences } from '../lib/text/sentences';

/** The sentence of `text` that contains offset `at` (for "first mention" lines on cards). */
export function sentenceAround(text: string, at: number): string {
  // Only the paragraph around the offset is split: cheap on long articles.
  const from = text.lastIndexOf('\n\n', at) + 1;
  const toRaw = text.indexOf('\n\n', at);
  const to = toRaw < 0 ? text.length : toRaw;
  const para = text.slice(from, to);
  for (const s of splitSentences(para)) {
    if (from + s.start <= at && at < from + s.end) return para.slice(s.start, s.end);
  }
  return para.trim();
}
