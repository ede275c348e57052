/**
 * Readers for the NER corpora in ../shared/corpora/ner (see that folder's README). Every
 * reader returns sentences of tokens with IOB2 tags over PER / ORG / LOC / MISC, so training
 * and the bench see one shape whatever the source's quirks.
 *
 * Tag mapping (the corpora README's advice, kept here in one place):
 *   GMB  per → PER (leading titles stripped: "President", "Mr.", "Information Minister"),
 *        org → ORG, geo → LOC, gpe → MISC when it is a demonym or people (POS JJ/NNS:
 *        "Iraqi", "Iraqis") but LOC when it is a proper noun (POS NNP: "Iran has closed…",
 *        about 1,400 tokens that CoNLL-style guidelines call places), art/eve/nat → MISC,
 *        tim → O (dates are rules in lib/entities/dates.ts, not a name class).
 *   wikigold  IOB1 → IOB2, types as given.
 *   UNER EWT  IOB2 PER/ORG/LOC as given (evaluation only: never passed to training).
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { TAGGER_TITLE_MODIFIERS, TAGGER_TITLE_WORDS } from '../../lib/entities/lexicon';

/** One sentence: tokens and their IOB2 tags ("O", "B-PER", "I-LOC"…). */
export interface Sentence {
  words: string[];
  tags: string[];
  /** The sentence as written, when the corpus gives it (UNER's "# text ="). */
  text?: string;
}

/** A document: consecutive sentences that share context (used for splits and doc features). */
export interface Doc {
  id: string;
  sentences: Sentence[];
}

/** The single member of a zip archive, read from its local file header (no unzip module in Node). */
export function readSingleZipEntry(path: string): Buffer {
  const zip = readFileSync(path);
  if (zip.readUInt32LE(0) !== 0x04034b50) throw new Error(`${path}: not a zip`);
  const method = zip.readUInt16LE(8);
  let size = zip.readUInt32LE(18);
  const nameLen = zip.readUInt16LE(26);
  const extraLen = zip.readUInt16LE(28);
  const start = 30 + nameLen + extraLen;
  // Bit 3: sizes live in a data descriptor after the data; the central directory has them too.
  if (size === 0 || zip.readUInt16LE(6) & 8) {
    const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    size = zip.readUInt32LE(cd + 20);
  }
  const data = zip.subarray(start, start + size);
  if (method === 0) return Buffer.from(data);
  if (method === 8) return inflateRawSync(data);
  throw new Error(`${path}: zip method ${method} not supported`);
}

/** Title words GMB leaves inside PER spans, beyond the lexicon's ("Brigadier General"). */
const GMB_TITLES = new Set(['brigadier', 'mullah', 'ayatollah', 'crown', 'sultan', 'emir', 'grand', 'lieutenant']);

function isTitleWord(w: string): boolean {
  const bare = w.toLowerCase().replace(/\.$/, '');
  return TAGGER_TITLE_WORDS.has(bare) || GMB_TITLES.has(bare);
}

function isTitleModifier(w: string): boolean {
  const bare = w.toLowerCase().replace(/\.$/, '');
  return TAGGER_TITLE_MODIFIERS.has(bare) || GMB_TITLES.has(bare);
}

/** Maps GMB's types onto ours; `null` means "not a name" (O). */
function gmbType(t: string, pos: string): string | null {
  switch (t) {
    case 'per':
      return 'PER';
    case 'org':
      return 'ORG';
    case 'geo':
      return 'LOC';
    case 'gpe':
      return pos === 'NNP' ? 'LOC' : 'MISC';
    case 'art':
    case 'eve':
    case 'nat':
      return 'MISC';
    default:
      return null;
  }
}

/** Splits one CSV line of `Sentence #,Word,POS,Tag` (the word may be quoted and hold commas). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) {
          s += line.slice(j);
          j = line.length;
          break;
        }
        s += line.slice(j, q);
        if (line[q + 1] === '"') {
          s += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      out.push(s);
      i = j + 1;
    } else {
      const c = line.indexOf(',', i);
      const end = c < 0 ? line.length : c;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

/**
 * GMB sentences in file order, tags mapped. Titles at the start of a PER span are moved out
 * of it (tagged O); the last, truncated sentence is dropped.
 */
export function readGmb(zipPath: string): Sentence[] {
  const text = readSingleZipEntry(zipPath).toString('latin1');
  const lines = text.split(/\r?\n/);
  const out: Sentence[] = [];
  let cur: Sentence | null = null;
  let spanType: string | null = null;
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li]!;
    if (!line) continue;
    const f = csvFields(line);
    if (f.length < 4) continue;
    const [sent, word, pos, tag] = f as [string, string, string, string];
    if (sent.startsWith('Sentence')) {
      if (cur) out.push(cur);
      cur = { words: [], tags: [] };
    }
    if (!cur) continue;
    cur.words.push(word);
    // A span's type is decided on its first token (its POS decides gpe's mapping).
    if (tag.startsWith('B-')) spanType = gmbType(tag.slice(2), pos);
    if (tag === 'O') spanType = null;
    cur.tags.push(spanType ? `${tag.slice(0, 2)}${spanType}` : 'O');
  }
  // The file stops at Excel's row limit: its last sentence is cut off mid-way.
  for (const s of out) stripTitles(s);
  return out;
}

/**
 * "B-PER President I-PER Bush" → "O President B-PER Bush". Cuts through the last title word
 * before the span's last word ("Information Minister Mike Mulongoti" → "Mike Mulongoti"), so
 * a surname that is a title word ("John Major") stays. A span that is all title ("Surgeon
 * General") is no name.
 */
function stripTitles(s: Sentence): void {
  for (let i = 0; i < s.words.length; i++) {
    if (s.tags[i] !== 'B-PER') continue;
    let end = i + 1;
    while (end < s.words.length && s.tags[end] === 'I-PER') end++;
    let cut = -1;
    for (let k = i; k < end - 1; k++) if (isTitleWord(s.words[k]!)) cut = k;
    if (cut < 0 && s.words.slice(i, end).every((w) => isTitleWord(w) || isTitleModifier(w))) cut = end - 1;
    if (cut < 0) continue;
    for (let k = i; k <= cut; k++) s.tags[k] = 'O';
    if (cut + 1 < end) s.tags[cut + 1] = 'B-PER';
  }
}

/**
 * GMB documents: the CSV keeps no document ids, so a document is a block of
 * `GMB_DOC_SENTENCES` consecutive sentences (VOA stories run about that long). Blocks are
 * deterministic, so the held-back split below is too.
 */
export const GMB_DOC_SENTENCES = 20;

export function gmbDocs(sentences: Sentence[]): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; i < sentences.length; i += GMB_DOC_SENTENCES) {
    docs.push({ id: `gmb-${docs.length}`, sentences: sentences.slice(i, i + GMB_DOC_SENTENCES) });
  }
  return docs;
}

/** Seed of the GMB train / held-back split. Changing it changes the bench's test set. */
export const SPLIT_SEED = 2026;

/**
 * Whether a GMB document is in the held-back 10% (bench only, never trained on): a seeded
 * hash of the document index, so the choice is scattered over the file and reproducible.
 */
export function isHeldBack(docIndex: number, seed = SPLIT_SEED): boolean {
  let h = (Math.imul(docIndex + 1, 0x9e3779b1) ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h % 10 === 0;
}

/** wikigold articles (`-DOCSTART-` separated), IOB1 converted to IOB2. */
export function readWikigold(path: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc | null = null;
  let cur: Sentence = { words: [], tags: [] };
  const flush = (): void => {
    if (cur.words.length && doc) doc.sentences.push(toIob2(cur));
    cur = { words: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const sp = line.lastIndexOf(' ');
    const word = line.slice(0, sp);
    const tag = line.slice(sp + 1);
    if (word === '-DOCSTART-') {
      flush();
      doc = { id: `wikigold-${docs.length}`, sentences: [] };
      docs.push(doc);
      continue;
    }
    cur.words.push(word);
    cur.tags.push(tag);
  }
  flush();
  return docs;
}

/** IOB1 ("I-" everywhere, "B-" only between touching spans) → IOB2. */
function toIob2(s: Sentence): Sentence {
  const tags = s.tags.map((t, i) => {
    if (t === 'O' || t.startsWith('B-')) return t;
    const prev = i > 0 ? s.tags[i - 1]! : 'O';
    return prev.slice(2) === t.slice(2) ? t : `B-${t.slice(2)}`;
  });
  return { words: s.words, tags };
}

/** UNER English-EWT (`# newdoc id` starts a document; columns idx, token, tag, …). */
export function readUner(path: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc = { id: 'uner-0', sentences: [] };
  let cur: Sentence = { words: [], tags: [] };
  const flush = (): void => {
    if (cur.words.length) doc.sentences.push(cur);
    cur = { words: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('# newdoc')) {
      flush();
      if (doc.sentences.length) docs.push(doc);
      doc = { id: line.slice(line.indexOf('=') + 1).trim(), sentences: [] };
      continue;
    }
    if (line.startsWith('# text =')) {
      cur.text = line.slice(line.indexOf('=') + 1).trim();
      continue;
    }
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    const f = line.split('\t');
    cur.words.push(f[1]!);
    cur.tags.push(f[2]!);
  }
  flush();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}
