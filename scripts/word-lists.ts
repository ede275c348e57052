/**
 * Helpers for the scripts that write word lists into lib/ (given-names.ts, common-words.ts,
 * organizations.ts, cities.ts).
 */
import { resolve } from 'node:path';
import { readGmb, readWikigold } from './ner/data';

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

/** How the training corpora write words, for leaving a list's ambiguous names out. */
export interface CorpusWords {
  /** Words GMB or wikigold write in lower case at least once ("star", "chase", "shell"). */
  lowercase: ReadonlySet<string>;
  /**
   * For each capitalised word of GMB, in lower case, how often its silver tags make it part of a
   * person, an organization, a place or something else ('PER', 'ORG', 'LOC', 'MISC' and 'O').
   */
  tagged: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

/** Reads GMB and wikigold under `corpora` (../shared/corpora/ner) once. */
export function readCorpusWords(corpora: string): CorpusWords {
  const lowercase = new Set<string>();
  const tagged = new Map<string, Record<string, number>>();
  for (const s of readGmb(resolve(corpora, 'gmb/ner_dataset.csv.zip'))) {
    s.words.forEach((w, i) => {
      if (w === w.toLowerCase()) lowercase.add(w);
      else if (/^\p{Lu}/u.test(w)) {
        const type = s.tags[i]!.replace(/^[BI]-/, '');
        const key = w.toLowerCase();
        const counts = tagged.get(key) ?? {};
        counts[type] = (counts[type] ?? 0) + 1;
        tagged.set(key, counts);
      }
    });
  }
  for (const d of readWikigold(resolve(corpora, 'wikigold/wikigold.conll.txt'))) {
    for (const s of d.sentences) for (const w of s.words) if (w === w.toLowerCase()) lowercase.add(w);
  }
  return { lowercase, tagged };
}

/** How often GMB tags `word` (any case) with one of `types`. */
export function taggedAs(words: CorpusWords, word: string, types: readonly string[]): number {
  const counts = words.tagged.get(word.toLowerCase());
  return counts ? types.reduce((n, t) => n + (counts[t] ?? 0), 0) : 0;
}
