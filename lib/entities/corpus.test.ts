// Real news text from ../shared/corpora: facts a reader can check in each article, a rough
// precision/recall against WikiEvents' human entity mentions, and speed.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../report';
import { isNameMention } from '../report';
import { extractEntities } from './index';
import { readGmb, readUner, readWikigold } from '../../scripts/ner/data';
import { parseWireCopy, scoreWire, type WireScore } from '../../scripts/ner/wire';

// Paths from this file, not from the process: jsdom replaces the global URL.
const CORPORA = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpora');

interface AebTruth {
  articleBody: string;
  url: string;
}
const aeb = JSON.parse(readFileSync(resolve(CORPORA, 'aeb/ground-truth.json'), 'utf8')) as Record<string, AebTruth>;

/** The articles behind claims/dev.jsonl, in file order (ids are "aeb:<hash>"). */
const claimDocs = ((): string[] => {
  const ids: string[] = [];
  for (const line of readFileSync(resolve(CORPORA, 'claims/dev.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const id = (JSON.parse(line) as { doc: string }).doc.replace(/^aeb:/, '');
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
})();

function body(idPrefix: string): string {
  const id = claimDocs.find((d) => d.startsWith(idPrefix));
  if (!id) throw new Error(`no claims document ${idPrefix}`);
  return aeb[id]!.articleBody;
}

function find(entities: Entity[], form: string): Entity | undefined {
  return entities.find((e) => e.name === form || e.aliases.includes(form));
}

function expectEntity(entities: Entity[], form: string, type: EntityType): Entity {
  const e = find(entities, form);
  expect(e, form).toBeDefined();
  expect(e?.type, form).toBe(type);
  return e!;
}

/** Words that open sentences and must never come out as entities. */
const OPENER_JUNK = [
  'The', 'This', 'That', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'In', 'But', 'And',
  'According', 'Some', 'However', 'Meanwhile', 'After', 'When', 'If', 'Prosecutors', 'Federal',
  'Police', 'Officials', 'Each', 'One', 'Two', 'Many', 'Most',
];

describe('articles from the Zyte benchmark (claims/dev.jsonl)', () => {
  it('reads at least the articles the facts below come from', () => {
    expect(claimDocs.length).toBeGreaterThanOrEqual(30);
  });

  it('USA Today, guards charged over Epstein', () => {
    const e = extractEntities(body('c58aa507'));
    expect(expectEntity(e, 'Jeffrey Epstein', 'person').aliases).toContain('Epstein');
    expectEntity(e, 'Bureau of Prisons', 'organization');
    expectEntity(e, 'Manhattan', 'place');
    expect(expectEntity(e, 'William Barr', 'person').role).toBe('Attorney General');
    expect(expectEntity(e, 'Ben Sasse', 'person').aliases).toContain('Sasse');
    expect(expectEntity(e, 'Geoffrey Berman', 'person').role).toBe('the U.S. attorney for the Southern District of New York');
    expectEntity(e, '$100,000', 'money');
    expectEntity(e, 'Aug. 9', 'date');
  });

  it('Al Bawaba, Sweden drops the Assange investigation', () => {
    const e = extractEntities(body('dc7ccccc'));
    expect(expectEntity(e, 'Julian Assange', 'person').aliases).toContain('Assange');
    expect(expectEntity(e, 'Sweden', 'place').aliases).toContain('Swedish');
    const persson = expectEntity(e, 'Eva-Marie Persson', 'person');
    expect(persson.role).toContain('deputy director of public prosecutions');
    expect(persson.aliases).toContain('Persson');
    expectEntity(e, 'WikiLeaks', 'organization');
    expectEntity(e, 'Ecuadorean Embassy', 'organization');
  });

  it('VentureBeat, New York investigates WeWork', () => {
    const e = extractEntities(body('06e5123e'));
    expect(expectEntity(e, 'WeWork', 'organization').mentions.length).toBeGreaterThanOrEqual(10);
    expect(expectEntity(e, 'Adam Neumann', 'person').aliases).toContain('Neumann');
    expect(expectEntity(e, 'SoftBank Group Corp', 'organization').aliases).toContain('SoftBank');
    expect(expectEntity(e, 'Marcelo Claure', 'person').role).toBe('executive chair');
    expectEntity(e, 'NYAG', 'organization');
    expectEntity(e, '$6.5 billion', 'money');
    expectEntity(e, '$3 billion', 'money');
  });

  it('City A.M., Alibaba lists in Hong Kong', () => {
    const e = extractEntities(body('360c732d'));
    expect(e[0]?.name).toBe('Alibaba');
    expectEntity(e, 'Alibaba', 'organization');
    expectEntity(e, 'Hong Kong', 'place');
    expectEntity(e, 'Hong Kong Stock Exchange', 'organization');
    expectEntity(e, 'Reuters', 'organization');
    for (const amount of ['$12.9bn', '£10bn', '176 Hong Kong dollars', '88 billion Hong Kong dollars']) expectEntity(e, amount, 'money');
  });

  it('Houston Chronicle, Esper in Vietnam', () => {
    const e = extractEntities(body('db6b0816'));
    const esper = expectEntity(e, 'Mark Esper', 'person');
    expect(esper.aliases).toContain('Esper');
    expect(esper.role).toContain('Defense Secretary');
    expectEntity(e, 'Vietnam', 'place');
    expectEntity(e, 'Hanoi', 'place');
    expectEntity(e, 'South China Sea', 'place');
    expectEntity(e, 'John McCain', 'person');
  });

  it('NBC News, a man pleads guilty to threatening Ilhan Omar', () => {
    const e = extractEntities(body('7a457a4f'));
    expect(expectEntity(e, 'Ilhan Omar', 'person').aliases).toContain('Omar');
    expect(expectEntity(e, 'Patrick W. Carlineo Jr.', 'person').aliases).toContain('Carlineo');
    expectEntity(e, 'First Amendment', 'law');
  });

  it('never turns a sentence opener into an entity, and anchors every mention, in all of them', () => {
    for (const id of claimDocs) {
      const text = aeb[id]!.articleBody;
      const e = extractEntities(text);
      expect(e.map((x) => x.id)).toEqual(e.map((_, i) => `e${i + 1}`));
      for (const x of e) {
        for (const form of [x.name, ...x.aliases]) expect(OPENER_JUNK, `${form} in ${aeb[id]!.url}`).not.toContain(form);
        for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.exact);
      }
    }
  });
});

interface WikiEventsDoc {
  doc_id: string;
  sentences: [[string, number, number][], string][];
  entity_mentions: { sent_idx: number; start: number; end: number; entity_type: string; text: string }[];
}

/** WikiEvents types we score, and the Lede types that count as the same. */
const GOLD_TYPES: Record<string, EntityType[]> = {
  PER: ['person'],
  ORG: ['organization'],
  GPE: ['place'],
  LOC: ['place'],
  FAC: ['place', 'organization'],
};

describe('WikiEvents name mentions (wikievents/dev.jsonl)', () => {
  it('finds most PER/ORG/GPE/LOC/FAC names, and most of what it finds is one', () => {
    const docs = readFileSync(resolve(CORPORA, 'wikievents/dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as WikiEventsDoc);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let typed = 0;
    for (const d of docs) {
      // The corpus glues sentences together; we put a space between them and shift offsets.
      let text = '';
      const offsets: [number, number][] = [];
      for (const [tokens, sentence] of d.sentences) {
        const shift = text.length - tokens[0]![1];
        for (const [, s, e] of tokens) offsets.push([s + shift, e + shift]);
        text += sentence + ' ';
      }
      // Names only: the corpus also marks pronouns and nouns ("She", "Police"); a single word
      // the text also writes in lower case is one of those.
      const lower = new Set(text.match(/\b[a-z]+\b/g) ?? []);
      for (const p of ['i', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'their', 'its', 'our']) lower.add(p);
      const gold = new Map<string, string>();
      for (const m of d.entity_mentions) {
        if (!GOLD_TYPES[m.entity_type] || !/^\p{Lu}/u.test(m.text)) continue;
        if (!m.text.includes(' ') && lower.has(m.text.toLowerCase())) continue;
        gold.set(`${offsets[m.start]![0]}:${offsets[m.end - 1]![1]}`, m.entity_type);
      }
      const predicted = new Map<string, EntityType>();
      for (const e of extractEntities(text)) {
        if (e.type === 'money' || e.type === 'date' || e.type === 'law') continue;
        // Names only, as the gold here: a description ("the hospital") is a mention, no name.
        for (const m of e.mentions) if (isNameMention(e, m)) predicted.set(`${m.start}:${m.end}`, e.type);
      }
      for (const [span, type] of predicted) {
        const g = gold.get(span);
        if (g === undefined) fp++;
        else {
          tp++;
          if (GOLD_TYPES[g]!.includes(type)) typed++;
        }
      }
      for (const span of gold.keys()) if (!predicted.has(span)) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const typeAccuracy = typed / tp;
    console.log(
      `WikiEvents dev, exact name spans: P ${precision.toFixed(3)} R ${recall.toFixed(3)} ` +
        `F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}, type accuracy on matches ${typeAccuracy.toFixed(3)} ` +
        `(${tp} matched, ${fp} extra, ${fn} missed)`,
    );
    // Floors well under what the rules reach today (0.83 / 0.83 / 0.92), to catch regressions.
    expect(precision).toBeGreaterThan(0.75);
    expect(recall).toBeGreaterThan(0.75);
    expect(typeAccuracy).toBeGreaterThan(0.85);
  });
});
// Speed is measured by `npm run bench:ner` (ms per 1,000 words against compromise in the same
// run), not by a timed unit test, which would depend on how busy the machine is.

/**
 * The entity stage's strict PER/ORG/LOC scores on one of the project's labelled files
 * (fixtures/entities/), printed under `label`. A "# ---" line starts another document: one text
 * of every part would pass the report's cap on entities (MAX_ENTITIES) and lose its least
 * salient names.
 */
function scoreFixture(file: string, label: string): WireScore {
  const path = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/entities', file);
  const score = scoreWire(parseWireCopy(readFileSync(path, 'utf8')), (text) => extractEntities(text));
  const { precision, recall, f1, names } = score;
  console.log(`${label}, strict PER/ORG/LOC: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (${names} names)`);
  return score;
}

describe('wire copy (fixtures/entities/wire-copy.txt)', () => {
  it('finds the names of sports, business, general and world wire lines: headlines in capitals, datelines, results and tables', () => {
    const { f1 } = scoreFixture('wire-copy.txt', 'wire copy');
    // First two parts: 0.673 before results lines, section labels and headline cuts; 0.912 with
    // them. All four: 0.844 before scorecards, scorers, placings and standings; 0.957 with them;
    // 0.973 with clubs named as towns kept apart from them and headlines' capitals not voting;
    // 0.976 with a country's possessive before an unknown name reading it as a national; 0.979
    // with a team's nickname joining the team. Parts five to ten (general news, a second
    // document) added: 0.983 over all ten with titles that open on a body or a country, parties,
    // founders' firms, one-word banks, awards named for their field and brands written small.
    // Parts eleven to twenty (courts, culture and world news, a third document) added: 0.985
    // over all twenty (1,140 names) with quoted films, counted awards, surnames spelt as
    // function words, lists a plural refers back to, clubs in match reports and operators
    // before their aircraft's maker. Parts twenty-one and twenty-two (sports, business and
    // world news, a fourth document) added: 0.983 over all twenty-two (1,298 names), the new
    // two scoring 0.908 and 0.868 held out and 0.974 and 0.969 after the rules they showed.
    // Parts twenty-three and twenty-four (a fifth document): 0.983 over all (1,435 names),
    // the new two 0.924 and 0.953 held out, 0.972 and 0.984 after. Parts twenty-five and
    // twenty-six (a sixth): 0.983 over all (1,545 names), 0.902 and 0.907 held out, 0.967 and
    // 0.980 after. Twenty-seven and twenty-eight (a seventh): 0.983 over all (1,643 names),
    // 0.922 and 0.902 held out, 0.991 and 1.000 after. Twenty-nine and thirty (an eighth):
    // 0.984 over all (1,704 names), 0.937 and 0.933 held out, 1.000 and 1.000 after.
    // Thirty-one and thirty-two (a ninth): 0.984 over all (1,773 names), 0.906 and 0.917 held
    // out, 1.000 and 0.959 after. Thirty-three and thirty-four (a tenth): 0.984 over all
    // (1,841 names), 0.875 and 1.000 held out, 0.969 and 1.000 after. Thirty-five and
    // thirty-six (an eleventh): 0.983 over all (1,900 names), 0.821 and 0.984 held out, 0.909
    // and 1.000 after. Thirty-seven and thirty-eight (a twelfth): 0.983 over all (1,951
    // names), 0.898 and 0.980 held out, 0.960 and 1.000 after. Thirty-nine and forty (a
    // thirteenth): 0.984 over all (2,058 names), 0.931 and 0.964 held out, 1.000 and 1.000
    // after. Forty-one and forty-two (a fourteenth): 0.984 over all (2,156 names), 1.000 and
    // 0.922 held out, 1.000 and 0.971 after. Forty-three and forty-four (a fifteenth): 0.985
    // over all (2,230 names), 0.984 and 0.966 held out, 1.000 and 0.989 after. Forty-five
    // and forty-six (a sixteenth): 0.985 over all (2,305 names), 1.000 and 0.975 held out,
    // 1.000 and 1.000 after. Forty-seven and forty-eight (a seventeenth): 0.986 over all
    // (2,384 names), 0.915 and 0.871 held out, 1.000 and 0.984 after. Forty-nine and fifty
    // (an eighteenth): 0.987 over all (2,456 names), 0.892 and 0.861 held out, 1.000 and
    // 1.000 after (and forty-eight 1.000). Fifty-one and fifty-two (a nineteenth): 0.986 over
    // all (2,524 names), 0.882 and 0.955 held out, 0.925 and 1.000 after. Fifty-three and
    // fifty-four (a twentieth): 0.986 over all (2,644 names), 0.951 and 0.913 held out
    // (fifty-four 0.979 once three of its own labels were set to this file's conventions),
    // 0.979 and 0.979 after. Fifty-five and fifty-six (a twenty-first): 0.985 over all
    // (2,738 names), 0.939 and 0.831 held out, 0.990 and 0.944 after. Fifty-seven and
    // fifty-eight (a twenty-second): 0.985 over all (2,800 names), 0.885 and 0.904 held out,
    // 0.960 and 0.973 after. Fifty-nine and sixty (a twenty-third): 0.985 over all (2,851
    // names), 0.936 and 0.943 held out, 1.000 and 1.000 after. Sixty-one and sixty-two (a
    // twenty-fourth): 0.985 over all (2,897 names), 0.800 and 0.936 held out, 0.955 and
    // 0.979 after. Sixty-three and sixty-four (a twenty-fifth): 0.985 over all (2,956
    // names), 0.960 and 0.955 held out, 1.000 and 1.000 after. Sixty-five and sixty-six (a
    // twenty-sixth): 0.985 over all (2,992 names), 0.875 and 0.905 held out, 1.000 and 0.952
    // after. Sixty-seven and sixty-eight (a twenty-seventh): 0.984 over all (3,039 names),
    // 0.880 and 0.933 held out, 0.960 and 0.933 after. Sixty-nine and seventy (a
    // twenty-eighth): 0.984 over all (3,079 names), 1.000 and 0.974 held out, nothing fixed.
    // Seventy-one and seventy-two (a twenty-ninth): 0.985 over all (3,120 names), 0.878 and
    // 0.977 held out, 1.000 (labels corrected) and 1.000 after. Seventy-three and
    // seventy-four (a thirtieth): 0.985 over all (3,147 names), 0.960 and 0.968 held out,
    // 1.000 and 1.000 once a service each had labelled an organization was set to a product.
    // Seventy-five and seventy-six (a thirty-first): 0.985 over all (3,173 names), 0.846 and
    // 1.000 held out, 0.960 and 1.000 after. Seventy-seven to eighty-four, by another writer:
    // 0.911 held out; 0.987 over all (3,624 names) once the tagger trains on this file, so
    // from then on this is a fit and the held-out file below is the measure.
    expect(f1).toBeGreaterThanOrEqual(0.93);
  });
});

describe('held-out news (fixtures/entities/news-held-out.txt)', () => {
  it('finds most names of news that no rule or weight was fitted to', () => {
    const { f1 } = scoreFixture('news-held-out.txt', 'held-out news');
    // Over its first 2,274 names: 0.899 with the tagger trained on GMB and wikigold only; 0.909
    // since it also trains on the wire copy, 0.925 with the lists of organizations; 0.933 over
    // 3,147 with twelve parts more (2026-12-01), 0.938 after the fourth and fifth rounds' fixes,
    // 0.941 over 3,861 with their eight unread parts, 0.942 over 4,209 with the sixth round's
    // four, 0.941 over 4,558 with the seventh's, 0.940 over 4,906 with the eighth's, 0.941 over
    // 5,301 with the ninth's, 0.943 over 5,684 with the tenth's (2026-12-02), 0.946 over 6,116
    // with the eleventh's, 0.945 over 6,543 with the twelfth's, 0.947 over them after the
    // fixes read from UNER's errors and the thirteenth round, 0.948 over 6,984 with the
    // thirteenth's, 0.948 over them after the fourteenth's fixes and 0.946 over 7,413 with its
    // four unread parts (0.921 before any was read, the hardest round yet). A floor, to catch a
    // regression, not a target.
    expect(f1).toBeGreaterThanOrEqual(0.88);
  });
});

describe('held-out web text (fixtures/entities/web-held-out.txt)', () => {
  it('finds most names of reviews, e-mails, forums and chats that no rule or weight was fitted to', () => {
    const { f1 } = scoreFixture('web-held-out.txt', 'held-out web');
    // 0.715 on 2026-12-02, when it was written, with the weights trained on news only; 0.788
    // since the tagger trains on fixtures/entities/web-copy.txt too, 0.799 since chat's
    // speakers, words and small given names are read as such, 0.798 since the country list
    // holds every UN member state, 0.802 since UNER's errors that news shares were fixed.
    // A floor, to catch a regression, not a target.
    expect(f1).toBeGreaterThanOrEqual(0.75);
  });
});

describe('news read for fixes, never trained on (fixtures/entities/news-dev.txt)', () => {
  it('keeps the names its parts were fixed for', () => {
    const { f1, names } = scoreFixture('news-dev.txt', 'news read for fixes');
    // Each part scored before it was read (0.837 to 0.977), 0.959 over all after the fixes of
    // 2026-12-01, 0.964 over 3,088 with the ninth round's four, 0.968 over 3,475 with the
    // tenth's, 0.967 over 3,906 with the eleventh's, 0.966 over 4,328 with the twelfth's and
    // 0.969 over 4,758 with the thirteenth's and 0.968 over 5,193 with the fourteenth's
    // (2026-12-02); the file's header gives the parts one by one.
    expect(names).toBe(5193);
    expect(f1).toBeGreaterThanOrEqual(0.94);
  });
});

describe('every sentence of the NER corpora on its own (ner/)', () => {
  // A sentence alone is a text that opens on its first word, which whole documents seldom
  // show: "U.S. Secretary of State is in India…" threw until a title with no one named in it
  // was read at the very start (10 of these sentences).
  it('never throws', () => {
    const ner = resolve(CORPORA, 'ner');
    const sentences: string[] = [];
    for (const s of readGmb(resolve(ner, 'gmb/ner_dataset.csv.zip'))) sentences.push(s.words.join(' '));
    for (const d of readWikigold(resolve(ner, 'wikigold/wikigold.conll.txt'))) for (const s of d.sentences) sentences.push(s.words.join(' '));
    for (const d of readUner(resolve(ner, 'uner-ewt-dev/en_ewt-ud-dev.iob2'))) for (const s of d.sentences) sentences.push(s.text ?? s.words.join(' '));
    const threw: string[] = [];
    for (const text of sentences) {
      try {
        extractEntities(text);
      } catch (error) {
        threw.push(`${(error as Error).message}: ${text}`);
      }
    }
    expect(sentences.length).toBeGreaterThan(50_000);
    expect(threw).toEqual([]);
  }, 180_000);
});
