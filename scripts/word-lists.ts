/** Helpers for the scripts that write word lists into lib/ (given-names.ts, common-words.ts). */

/** Words joined by spaces in lines of at most 96 characters, for a template literal in a .ts file. */
export function wrapWords(words: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > 96) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
