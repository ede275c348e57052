import { readFileSync } from 'node:fs';
import { parseWireCopy, wireSentences } from './ner/wire';
import { tokenize } from '../lib/entities/tokens';
const docs = parseWireCopy(readFileSync(process.argv[2] ?? 'fixtures/entities/wire-copy.txt', 'utf8'));
let names = 0, bad = 0;
for (const d of docs) {
  const toks = tokenize(d.text);
  const starts = new Set(toks.map((t) => t.start)); const ends = new Set(toks.map((t) => t.end));
  for (const n of d.names) { names++; if (!starts.has(n.start) || !ends.has(n.end)) { bad++; console.log('misaligned', d.text.slice(n.start, n.end)); } }
}
const s = wireSentences(docs);
let sent = 0, words = 0, b = 0, misc = 0;
for (const d of s) for (const x of s.length ? d.sentences : []) { sent++; words += x.words.length; b += x.tags.filter((t) => t.startsWith('B-') && t !== 'B-MISC').length; misc += x.tags.filter((t) => t === 'B-MISC').length; }
console.log({ docs: docs.length, names, bad, sent, words, b, misc });
console.log(s[3]!.sentences.slice(0, 2).map((x) => x.words.map((w, i) => x.tags[i] === 'O' ? w : `${w}/${x.tags[i]}`).join(' ')).join('\n'));
