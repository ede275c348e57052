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

/**
 * TypeScript source for a set of words: the words in a template literal named `local`, and a
 * `ReadonlySet` of them exported as `exported` under a one-line doc comment.
 */
export function wordSetSource(local: string, exported: string, doc: string, words: readonly string[]): string {
  return `const ${local} = \`
${wrapWords(words)}
\`;

/** ${doc} */
export const ${exported}: ReadonlySet<string> = new Set(${local}.split(/\\s+/).filter(Boolean));
`;
}
