// The shipped NER tagger: names in news sentences, robustness to casing, chunked tagging that
// gives the same result as tagging at once, and the weights file staying small.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index';
import { lexiconFingerprint, sentenceFeatures } from './features';
import { docContext, shippedWeights, tagSentence } from './index';
import { emissionScores, loadModel, type ModelFile, NTAGS, type Tag, TAGS, unifyTypes } from './model';
import { createTextTagJob, MAX_SEQUENCE, tagJobDone, tagJobRange, tagJobSpans } from './run';

const HERE = dirname(fileURLToPath(import.meta.url));

/** "Angela Merkel met …" → ["PER:Angela Merkel", …] */
function names(sentence: string): string[] {
  const words = sentence.split(' ');
  const tags = tagSentence(words, docContext([words]));
  const out: string[] = [];
  tags.forEach((t, i) => {
    if (t.startsWith('B-')) out.push(`${t.slice(2)}:${words[i]}`);
    else if (t.startsWith('I-')) out[out.length - 1] += ` ${words[i]}`;
  });
  return out;
}

describe('NER tagger', () => {
  it('reads the word lists its weights were trained with (edit one, then npm run train:ner)', () => {
    const file = JSON.parse(readFileSync(resolve(HERE, '../model/ner.json'), 'utf8')) as ModelFile;
    expect(file.lexicon).toBe(lexiconFingerprint());
  });

  it('finds people, organizations and places in a news sentence', () => {
    expect(names('German Chancellor Angela Merkel met officials of the European Union in Brussels on Tuesday .')).toEqual([
      'MISC:German',
      'PER:Angela Merkel',
      'ORG:European Union',
      'LOC:Brussels',
    ]);
  });

  it('reads most names it never saw from their context', () => {
    // Rare or made-up places: a statistical tagger gets most, not all, so this is a floor
    // (7 of 10 when written; misses: "in Kelowna said" → PER, "Springfield", "Marvel Creek" → ORG).
    const places = [
      'He flew to Brakenford on Monday .',
      'Officials in Kelowna said the fire spread .',
      'The council met in Springfield to discuss the budget .',
      'Residents of Tarvonia fled the fighting .',
      'She moved to Kelowna in 2010 .',
      'The talks in Doha ended without a deal .',
      'Floods hit the town of Marvel Creek overnight .',
      'Troops withdrew from Velikoye after the attack .',
      'The factory near Oberhausen will close .',
      'Police in Tullamore arrested two men .',
    ].filter((s) => names(s).some((n) => n.startsWith('LOC:')));
    expect(places.length).toBeGreaterThanOrEqual(7);
  });

  it('still finds well-known names in lower-case text', () => {
    expect(names('i flew from london to paris with british airways last week')).toContain('LOC:london');
  });

  it('keeps punctuation and addresses out of names', () => {
    for (const n of names('How can i get a visa in Auckland ? Write to info@example.com or www.example.com')) {
      expect(n).not.toMatch(/[?@]|www\./);
    }
  });

  it('tags in chunks exactly as at once', () => {
    const text = 'Sirgoo Lee, CEO of Daum Kakao, was questioned. '.repeat(5) + 'Police in Daejeon said the inquiry would go on. '.repeat(5);
    const whole = tagJobSpans(createTextTagJob(text).job);
    const chunked = createTextTagJob(text);
    for (let i = 0; !tagJobDone(chunked.job); i += 2) tagJobRange(chunked.job, i, i + 2);
    expect(tagJobSpans(chunked.job)).toEqual(whole);
    expect(extractEntities(text, { tagging: chunked })).toEqual(extractEntities(text));
  });

  it('cuts run-on "sentences" so no single step runs long', () => {
    const job = createTextTagJob('Word '.repeat(1000)).job;
    expect(Math.max(...job.sentences.map((s) => s.words.length))).toBeLessThanOrEqual(MAX_SEQUENCE);
  });

  it('ships a compact weights file', () => {
    const model = readFileSync(resolve(HERE, '../model/ner.json'));
    expect(model.length).toBeLessThan(5_000_000);
    expect(gzipSync(model).length).toBeLessThan(1_000_000);
  });

  it('unpacks the rows a model file keeps to their places in the table, and rejects a table of the wrong size', () => {
    const levels = Array.from({ length: 256 }, (_, u) => ((u << 24) >> 24) / 10);
    const row = (base: number): number[] => Array.from({ length: NTAGS }, (_, k) => base + k);
    // Eight rows (bits 3): rows 1 and 5 hold weights, the bitmap 0b00100010 says so.
    const file: ModelFile = { format: 'lede-ner/2', tags: [...TAGS], bits: 3, levels, present: Buffer.from([0b00100010]).toString('base64'), emit: Buffer.from([...row(1), ...row(20)]).toString('base64'), trans: new Array((NTAGS + 1) * NTAGS).fill(0), meta: {} };
    const emit = Array.from(loadModel(file).emit);
    expect(emit).toHaveLength(8 * NTAGS);
    expect(emit.slice(NTAGS, 2 * NTAGS)).toEqual(row(1));
    expect(emit.slice(5 * NTAGS, 6 * NTAGS)).toEqual(row(20));
    expect(emit.filter((c) => c !== 0)).toHaveLength(2 * NTAGS);
    expect(() => loadModel({ ...file, emit: Buffer.from(row(1)).toString('base64') })).toThrow(/sizes/);
    expect(() => loadModel({ ...file, format: 'lede-ner/1' as never })).toThrow(/format/);
  });

  it("makes a person's surname a person wherever it stands alone in the document", () => {
    const sentences = [
      ['George', 'Bush', 'spoke', '.'],
      ['Bush', 'left', 'for', 'Texas', '.'],
      ['Critics', 'said', 'Bush', 'erred', '.'],
    ];
    const tags: Tag[][] = [
      ['B-PER', 'I-PER', 'O', 'O'],
      ['B-LOC', 'O', 'O', 'B-LOC', 'O'],
      ['O', 'O', 'O', 'O', 'O'],
    ];
    unifyTypes(sentences, tags);
    expect(tags[1]).toEqual(['B-PER', 'O', 'O', 'B-LOC', 'O']);
    expect(tags[2]).toEqual(['O', 'O', 'B-PER', 'O', 'O']);
  });

  it('gives a sentence the same features however many words were seen before it', () => {
    // Word features are cached by spelling (features.ts, wordParts); the cache empties itself
    // when full, and neither a warm nor a refilled cache may change a feature.
    const words = 'The CEO of Daum Kakao , Sirgoo Lee , met 20 investors in Seoul'.split(' ');
    const ctx = docContext([words]);
    const first = sentenceFeatures(words, ctx);
    expect(sentenceFeatures(words, ctx)).toEqual(first);
    const filler = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}`);
    for (let i = 0; i < filler.length; i += 100) sentenceFeatures(filler.slice(i, i + 100));
    expect(sentenceFeatures(words, ctx)).toEqual(first);
  });

  it('scores each tag as the plain sum of its features\' weights', () => {
    // emissionScores spells the sum out per tag for speed; this is the sum written plainly.
    const w = shippedWeights();
    const words = 'Police in Daejeon questioned Sirgoo Lee , CEO of Daum Kakao .'.split(' ');
    const feats = sentenceFeatures(words, docContext([words]));
    const mask = (1 << w.bits) - 1;
    const plain: number[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let t = 0; t < NTAGS; t++) {
        let sum = 0;
        for (let j = feats.start[i]!; j < feats.start[i + 1]!; j++) sum += w.levels![w.emit[(feats.hashes[j]! & mask) * NTAGS + t]! & 255]!;
        plain.push(sum);
      }
    }
    expect([...emissionScores(feats, w)]).toEqual(plain);
  });
});
