/**
 * Loads the labeled claim corpora for `npm run bench:claims`: the dev set (sentences of AEB
 * articles, offsets into `articleBody`) and the seed page (headline offsets into the headline,
 * the other offsets into one body paragraph).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabeledSentence } from '../lib/claims/score';

/** Where the shared corpora live by default (../shared/corpora from the project root). */
export const DEFAULT_CORPORA = join(import.meta.dirname, '..', '..', 'shared', 'corpora');

/** One labeled document: the text(s) the labels index and the labels per text. */
export interface LabeledDoc {
  id: string;
  title?: string;
  body: string;
  titleLabels: LabeledSentence[];
  bodyLabels: LabeledSentence[];
}

interface Row extends LabeledSentence {
  doc: string;
}

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

/** The dev set, one document per AEB article, in file order. Checks every offset. */
export function loadDev(corpora: string): LabeledDoc[] {
  const rows = readRows(join(corpora, 'claims', 'dev.jsonl'));
  const truth = JSON.parse(readFileSync(join(corpora, 'aeb', 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  const byDoc = new Map<string, Row[]>();
  for (const r of rows) byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), r]);
  const docs: LabeledDoc[] = [];
  for (const [id, labels] of byDoc) {
    const body = truth[id.replace(/^aeb:/, '')]?.articleBody;
    if (typeof body !== 'string') throw new Error(`bench:claims: no articleBody for ${id}`);
    for (const l of labels) {
      if (body.slice(l.start, l.end) !== l.text) throw new Error(`bench:claims: offsets off in ${id} at ${l.start}`);
    }
    docs.push({ id, body, titleLabels: [], bodyLabels: labels });
  }
  return docs;
}

/**
 * The seed page as the labels index it: row 0 is the headline; the body is rebuilt by putting
 * every other row's text at its offsets and a space in each gap (the gaps are the spaces
 * between sentences of one paragraph).
 */
export function loadSeed(corpora: string): LabeledDoc {
  const rows = readRows(join(corpora, 'claims', 'seed.jsonl'));
  const [head, ...rest] = rows;
  if (!head) throw new Error('bench:claims: empty seed.jsonl');
  const end = Math.max(...rest.map((r) => r.end));
  const chars = new Array<string>(end).fill(' ');
  for (const r of rest) for (let i = 0; i < r.text.length; i++) chars[r.start + i] = r.text[i]!;
  return { id: 'seed', title: head.text, body: chars.join(''), titleLabels: [head], bodyLabels: rest };
}

/** Whitespace-separated words of a document (headline and body), for ms per 1,000 words. */
export function wordCount(doc: LabeledDoc): number {
  const n = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  return n(doc.body) + (doc.title ? n(doc.title) : 0);
}
