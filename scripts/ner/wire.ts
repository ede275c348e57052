/**
 * Lede's own labelled news (fixtures/entities/wire-copy.txt, news-held-out.txt, news-dev.txt):
 * news written for the project, names in brackets ("[PER Keir Starmer]"). Read here two ways:
 * as texts with gold character spans, which `scoreWire` scores the entity stage on (the unit
 * tests and bench/ner.ts), and as tagger sentences with IOB2 tags, tokenised exactly as the
 * extension tokenises a page (scripts/train-ner.ts trains on the wire copy's).
 */
import { readFileSync } from 'node:fs';
import { type Entity, type EntityType, isNameMention } from '../../lib/report';
import { lookup } from '../../lib/entities/gazetteer';
import { createTagJob } from '../../lib/entities/tagger/run';
import { tokenize } from '../../lib/entities/tokens';
import type { Doc, Sentence } from './data';

/** A labelled name of a wire document, over characters `[start, end)` of its text. */
export interface WireName {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC';
}

/** One document of the file (a "# ---" line starts the next): its text and labelled names. */
export interface WireDoc {
  title: string;
  text: string;
  names: WireName[];
}

/**
 * Splits the file into documents; comment lines drop out, brackets become plain words. A name
 * glued to punctuation ("([LOC Ohio])", "-[PER Dave]") is a word of its own, as the
 * tokeniser makes it.
 */
export function parseWireCopy(file: string): WireDoc[] {
  return file.split(/^(?=# ---)/m).map((chunk) => {
    const title = /^# ---\s*(.*)$/m.exec(chunk)?.[1] ?? '';
    const names: WireName[] = [];
    let text = '';
    for (const line of chunk.split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const words: string[] = [];
      let at = text.length;
      for (const m of line.matchAll(/\[(PER|ORG|LOC) ([^\]]+)\]|([^\s[]+)/g)) {
        const word = m[2] ?? m[3]!;
        if (m[1]) names.push({ start: at, end: at + word.length, type: m[1] as WireName['type'] });
        words.push(word);
        at += word.length + 1;
      }
      text += `${words.join(' ')}\n`;
    }
    return { title, text, names };
  });
}

/**
 * The documents as tagger sentences. A word inside a labelled name takes its type (B- on
 * the name's first word); a demonym the gazetteer knows is MISC, as GMB's training labels
 * have it ("Spanish"), so the two sets agree; every other word is O.
 */
export function wireSentences(docs: readonly WireDoc[]): Doc[] {
  return docs.map((d, n) => {
    const tokens = tokenize(d.text);
    const job = createTagJob(tokens);
    const sentences: Sentence[] = job.sentences.map((s) => {
      const tags = s.words.map((w, i) => {
        const start = tokens[s.starts[i]!]!.start;
        const name = d.names.find((x) => start >= x.start && start < x.end);
        if (name) return `${start === name.start ? 'B' : 'I'}-${name.type}`;
        return /^\p{Lu}/u.test(w) && lookup(w)?.demonym ? 'B-MISC' : 'O';
      });
      return { words: [...s.words], tags };
    });
    return { id: `wire-${n}`, sentences };
  });
}

/** The wire copy file's documents as tagger sentences. */
export function readWireCopy(path: string): Doc[] {
  return wireSentences(parseWireCopy(readFileSync(path, 'utf8')));
}

/** Strict PER / ORG / LOC scores of the entity stage on wire documents. */
export interface WireScore {
  precision: number;
  recall: number;
  f1: number;
  /** Labelled names. */
  names: number;
  /** Per document, the names missed or mistyped and the names found that no label has. */
  errors: string[];
}

const WIRE_TYPES: Partial<Record<EntityType, WireName['type']>> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/**
 * Scores `extract` (the entity stage) on wire documents: a name mention counts when its span
 * and type match a label exactly. A demonym ("Spanish first division") is a mention of its
 * country in the report but no name, as bench:ner scores it, so it is left out.
 */
export function scoreWire(docs: readonly WireDoc[], extract: (text: string) => readonly Entity[]): WireScore {
  let right = 0;
  let found = 0;
  let names = 0;
  const errors: string[] = [];
  for (const d of docs) {
    const gold = new Map(d.names.map((n) => [`${n.start}:${n.end}`, n.type]));
    const predicted = new Map<string, string>();
    for (const e of extract(d.text)) {
      const type = WIRE_TYPES[e.type];
      if (type) for (const m of e.mentions) if (isNameMention(e, m) && !lookup(d.text.slice(m.start, m.end))?.demonym) predicted.set(`${m.start}:${m.end}`, type);
    }
    names += gold.size;
    found += predicted.size;
    const surface = (span: string): string => {
      const [a, b] = span.split(':').map(Number);
      return d.text.slice(a, b);
    };
    for (const [span, type] of predicted) {
      if (gold.get(span) === type) right++;
      else if (!gold.has(span)) errors.push(`${d.title}: extra ${type} ${surface(span)}`);
    }
    for (const [span, type] of gold) {
      const got = predicted.get(span);
      if (got !== type) errors.push(`${d.title}: missed ${type} ${surface(span)}${got ? ` (as ${got})` : ''}`);
    }
  }
  const precision = found ? right / found : 0;
  const recall = names ? right / names : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, names, errors };
}
