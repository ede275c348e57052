/**
 * Running the tagger over the entity stage's tokens (tokens.ts), in bounded chunks.
 *
 *   tokens ──words per sentence (re-glue "al-Qaida", "Mr.", URLs as the training corpora
 *   tokenise them)──► TagJob ──tagJobRange(job, from, to) × n──► spans over token indexes
 *
 * A job is cheap to create (tokens are grouped, document evidence collected); the cost is in
 * tagging, which goes sentence by sentence, so a caller on a page's main thread can tag a few
 * sentences per idle slice (bench/ner.ts prints the cost per sentence and per 1,000 words).
 * Results do not depend on how the work was cut.
 */
import { tokenize, type Token } from '../tokens';
import { docContext, type DocContext } from './features';
import { type Tag, unifyTypes } from './model';
import { shippedWeights, tagSentence } from './index';

/** Name types the tagger reports. MISC covers demonyms, events and works. */
export type TaggedType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A tagged name over token indexes `[from, to)` of the tokenised text. */
export interface TaggedSpan {
  from: number;
  to: number;
  type: TaggedType;
}

interface JobSentence {
  words: string[];
  /** Token range `[starts[i], ends[i])` of each word. */
  starts: number[];
  ends: number[];
}

/** Tagging work for one text: create with `createTagJob`, advance with `tagJobRange`. */
export interface TagJob {
  readonly sentences: readonly JobSentence[];
  readonly ctx: DocContext;
  /** Tags per sentence, filled as ranges are tagged. */
  readonly tags: (Tag[] | undefined)[];
}

/** Abbreviations whose period the corpora keep on the word ("Mr.", "Corp.", "Jan."). */
const MAX_ABBREVIATION = 4;
/**
 * Longest stretch tagged as one sequence. Real sentences are shorter; a hostile page's
 * 100,000-word "sentence" is cut, so no single step of a job runs long.
 */
export const MAX_SEQUENCE = 120;
/** Longest word kept whole; longer glued runs are data, not names. */
const MAX_WORD = 64;
/**
 * Words tagged per text. A long article is a few thousand words; past this the rules carry
 * on alone, so a 1 MB page costs the tagger a bounded ~100 ms.
 */
export const MAX_TAGGED_WORDS = 20_000;
/** Glued joints that make one corpus token of several of ours ("al-Qaida", "www.x.com", "a@b"). */
const JOINTS = new Set(['-', '@', '/', '_', ':', '.']);

/** Groups tokens into tagger words, sentence by sentence (long sentences cut in pieces). */
function sentencesOf(tokens: readonly Token[]): JobSentence[] {
  const out: JobSentence[] = [];
  let cur: JobSentence | null = null;
  let total = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const last = cur ? cur.words.length - 1 : -1;
    if (cur && last >= 0 && prev !== undefined && t.sent === prev.sent) {
      const prevWord = cur.words[last]!;
      const nextGlued = next !== undefined && !next.space && next.sent === t.sent && next.kind !== 'punct';
      // "Mr." / "Corp." inside a sentence (a final period stays a token of its own).
      const abbreviation = t.text === '.' && !t.space && prev.kind === 'word' && prevWord === prev.text && prev.text.length <= MAX_ABBREVIATION && next !== undefined && next.sent === t.sent;
      const joint = JOINTS.has(t.text) && !t.space && nextGlued;
      const continued = !t.space && t.kind !== 'punct' && JOINTS.has(prev.text) && !prev.space && cur.ends[last] === k;
      if ((abbreviation || joint || continued) && prevWord.length + t.text.length <= MAX_WORD) {
        cur.words[last] = prevWord + t.text;
        cur.ends[last] = k + 1;
        continue;
      }
    }
    if (total >= MAX_TAGGED_WORDS) break;
    if (!cur || prev === undefined || t.sent !== prev.sent || cur.words.length >= MAX_SEQUENCE) {
      cur = { words: [], starts: [], ends: [] };
      out.push(cur);
    }
    cur.words.push(plainQuotes(t.text.length <= MAX_WORD ? t.text : t.text.slice(0, MAX_WORD)));
    cur.starts.push(k);
    cur.ends.push(k + 1);
    total++;
  }
  return out;
}

/** The corpora were typed with straight quotes: "Assange’s" reads as "Assange's" to the tagger. */
function plainQuotes(w: string): string {
  return CURLY.test(w) ? w.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"') : w;
}
const CURLY = /[‘’ʼ“”]/;

/** Prepares tagging for a tokenised text (no tagging yet). */
export function createTagJob(tokens: readonly Token[]): TagJob {
  const sentences = sentencesOf(tokens);
  return { sentences, ctx: docContext(sentences.map((s) => s.words)), tags: new Array<Tag[] | undefined>(sentences.length) };
}

/** Tags sentences `[from, to)` of the job (already tagged ones are skipped). */
export function tagJobRange(job: TagJob, from: number, to: number): void {
  const w = shippedWeights();
  for (let i = Math.max(0, from); i < Math.min(to, job.sentences.length); i++) {
    if (!job.tags[i]) job.tags[i] = tagSentence(job.sentences[i]!.words, job.ctx, w);
  }
}

/**
 * Tagging for a whole text, for a caller that tags in idle slices and then hands the job to
 * `extractEntities(text, { tagging })`, which uses the same tokens and tags what is left.
 */
export interface TextTagJob {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly job: TagJob;
}

/** Tokenises `text` and prepares its tagging (no tagging yet). */
export function createTextTagJob(text: string): TextTagJob {
  const tokens = tokenize(text);
  return { text, tokens, job: createTagJob(tokens) };
}

/** Whether every sentence of the job is tagged. */
export function tagJobDone(job: TagJob): boolean {
  for (let i = 0; i < job.sentences.length; i++) if (!job.tags[i]) return false;
  return true;
}

/**
 * The tagged names of a job, over token indexes; tags what is left first. Types are unified
 * over the document here (one type per surface form), which needs every sentence tagged.
 */
export function tagJobSpans(job: TagJob): TaggedSpan[] {
  tagJobRange(job, 0, job.sentences.length);
  const all = job.tags.map((t) => [...t!]);
  unifyTypes(job.sentences.map((s) => s.words), all);
  const out: TaggedSpan[] = [];
  job.sentences.forEach((s, si) => {
    const tags = all[si]!;
    let open: TaggedSpan | null = null;
    for (let i = 0; i <= tags.length; i++) {
      const t = tags[i] ?? 'O';
      if (open && t !== `I-${open.type}`) {
        open.to = s.ends[i - 1]!;
        out.push(open);
        open = null;
      }
      if (t.startsWith('B-')) open = { from: s.starts[i]!, to: -1, type: t.slice(2) as TaggedType };
    }
  });
  return out;
}
