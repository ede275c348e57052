import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CORPORA_DIR, loadDocument, loadPage, loadReadabilityPage, referenceExpectations, REFERENCE_NOW, REFERENCE_URL } from '../fixtures/load';
import { annotate } from './annotate';
import type { Entity } from './report';

interface SeedLabel {
  text: string;
  type: string;
  hedged: boolean;
}
const seedLabels = readFileSync(join(CORPORA_DIR, 'claims', 'seed.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as SeedLabel);

describe('annotate: the reference page, end to end', () => {
  const expected = referenceExpectations();
  const report = annotate(loadPage('reference'), { url: REFERENCE_URL, now: REFERENCE_NOW });
  const entity = (name: string, type: string): Entity | undefined =>
    report.entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));

  it('is a versioned report of an article', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.analyzedAt).toBe(REFERENCE_NOW.toISOString());
    expect(report.article?.title).toBe(expected.title);
    expect(report.error).toBeUndefined();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('finds the entities a reader sees, and no junk', () => {
    for (const e of expected.entities) {
      const found = entity(e.name, e.type);
      expect(found, `${e.type} ${e.name}`).toBeDefined();
      for (const alias of e.aliases ?? []) expect(found!.aliases).toContain(alias);
      for (const part of e.roleIncludes ?? []) expect(found!.role).toContain(part);
    }
    const people = report.entities.filter((e) => e.type === 'person').map((e) => e.name);
    for (const junk of expected.notEntities) {
      expect(people).not.toContain(junk);
      expect(report.entities.filter((e) => e.type !== 'date').map((e) => e.name)).not.toContain(junk);
    }
  });

  it('anchors every mention and claim in the text it names', () => {
    const { text, title } = report.article!;
    for (const e of report.entities) {
      for (const m of e.mentions) expect((m.in === 'title' ? title : text).slice(m.start, m.end)).toBe(m.exact);
    }
    for (const c of report.claims) expect((c.in === 'title' ? title : text).slice(c.quote.start, c.quote.end)).toBe(c.quote.exact);
  });

  it('matches the labeled claims of seed.jsonl in type', () => {
    const legal = seedLabels.filter((l) => l.type !== 'none');
    let matched = 0;
    for (const label of legal) {
      const claim = report.claims.find((c) => c.quote.exact === label.text);
      if (claim?.type === label.type) matched++;
    }
    expect(matched).toBeGreaterThanOrEqual(8);
    const none = seedLabels.find((l) => l.type === 'none')!;
    expect(report.claims.some((c) => c.quote.exact === none.text)).toBe(false);
  });

  it('marks the "allegedly" sentence as hedged and carries the penalty', () => {
    const allegedly = report.claims.find((c) => c.quote.exact.includes('allegedly failing'));
    expect(allegedly?.hedged).toBe(true);
    const penalty = report.claims.find((c) => c.type === 'penalty');
    for (const part of expected.penaltyIncludes) expect(penalty?.penalty).toContain(part);
  });

  it('links claims to the entities they name', () => {
    const lee = entity('Sirgoo Lee', 'person')!;
    const summoned = report.claims.find((c) => c.quote.exact.startsWith('Sirgoo Lee, CEO'));
    expect(summoned?.entityIds).toContain(lee.id);
  });
});

describe('annotate: hostile and odd pages', () => {
  const now = REFERENCE_NOW;
  it('returns a not-an-article report, not an exception, for empty and broken pages', () => {
    for (const html of ['', '<<<>>>', '<html><body></body></html>', '<p>'.repeat(10_000), '\u0000\uFFFF']) {
      const report = annotate(loadDocument(html, 'https://e.com/'), { url: 'https://e.com/', now });
      expect(report.article).toBeNull();
      expect(report.notArticleReason ?? report.error).toBeTruthy();
    }
  });

  it('handles a very long article by analysing its first paragraphs, and says so', () => {
    const para = '<p>The council met on Monday in Springfield to discuss the budget, and Mayor Jane Doe said the police would review the spending plan next week.</p>';
    const html = `<html lang="en"><body><article><h1>Budget talks</h1>${para.repeat(2000)}</article></body></html>`;
    // A story's address: the site's root would be its home page, which Lede does not annotate.
    const url = 'https://e.com/news/budget-talks';
    const report = annotate(loadDocument(html, url), { url, now, maxChars: 20_000 });
    expect(report.article).not.toBeNull();
    expect(report.truncated?.ofParagraphs).toBeGreaterThanOrEqual(2000);
    expect(report.truncated!.paragraphs).toBeLessThan(2000);
    expect(report.entities.some((e) => e.name === 'Jane Doe')).toBe(true);
  });

  it('reads a non-English page without crashing, and says why it finds no entities (lemonde-1)', () => {
    const { doc } = loadReadabilityPage('lemonde-1');
    const report = annotate(doc, { url: 'https://www.lemonde.fr/', now });
    expect(report.article?.lang).toBe('fr');
    expect(report.error).toBeUndefined();
    // The English tagger and claim patterns would read French capitals as names: not run.
    expect(report.unsupportedLanguage).toBe('fra');
    expect(report.entities).toEqual([]);
    expect(report.claims).toEqual([]);
  });

  it('knows the body language from its text, not from the page’s lang attribute', () => {
    // nytimes-5 is a Spanish story; folha is Portuguese; aktualne Czech.
    for (const [name, code] of [['nytimes-5', 'spa'], ['folha', 'por'], ['aktualne', 'ces']] as const) {
      const report = annotate(loadReadabilityPage(name).doc, { url: 'https://example.com/news/a-story-here', now });
      expect(report.unsupportedLanguage, name).toBe(code);
    }
    // A German story on a template that declares lang="en" (Zyte AEB), and a high-school
    // round-up that is nearly all names and scores, which is English.
    const aeb = (id: string) => {
      const html = gunzipSync(readFileSync(join(CORPORA_DIR, 'aeb', 'html', `${id}.html.gz`))).toString('utf8');
      return annotate(loadDocument(html, 'https://example.com/news/a-story-here'), { url: 'https://example.com/news/a-story-here', now });
    };
    const german = aeb('57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2');
    expect(german.article?.lang).toBe('en');
    expect(german.unsupportedLanguage).toBe('deu');
    const roundUp = aeb('c81e134ed49902bcf69b551426b4a346c5a77ae993cac8bda68b5541a664ef4c');
    expect(roundUp.article?.title).toMatch(/^High School Roundup/);
    expect(roundUp.unsupportedLanguage).toBeUndefined();
    expect(roundUp.entities.length).toBeGreaterThan(0);
    // English stories without any lang attribute (cnn, wapo-1) are read as English.
    for (const name of ['cnn', 'wapo-1']) {
      const report = annotate(loadReadabilityPage(name).doc, { url: 'https://example.com/news/a-story-here', now });
      expect(report.article?.lang ?? null, name).toBeNull();
      expect(report.unsupportedLanguage, name).toBeUndefined();
      expect(report.entities.length, name).toBeGreaterThan(0);
    }
  });
});
