import { describe, expect, it } from 'vitest';
import { loadDocument, loadPage, loadReadabilityPage, referenceExpectations, REFERENCE_NOW, REFERENCE_URL, seedBody } from '../../fixtures/load';
import { cpuMs } from '../../fixtures/cpu-time';
import { extractArticle } from './index';
import { ageInDays, dateFromUrl, normalizeDate } from './dates';
import { isDateline } from './dateline';
import { cleanByline } from './byline';

const now = REFERENCE_NOW;

describe('extractArticle on the reference page', () => {
  const expected = referenceExpectations();
  const doc = loadPage('reference');
  const result = extractArticle(doc, { url: REFERENCE_URL, now });
  if (!result.ok) throw new Error(result.reason);
  const { article } = result.value;

  it('reads the headline, site and 2014 publication date', () => {
    expect(article.title).toBe(expected.title);
    expect(article.siteName).toBe(expected.siteName);
    expect(article.lang).toBe('en');
    expect(article.publishedTime).toBe('2014-11-12T19:45:00-08:00');
    expect(new Date(article.publishedTime!).getUTCFullYear()).toBe(expected.publishedYear);
    // 12 Nov 2014 → 28 Nov 2026: twelve years and sixteen days (three leap days in between).
    expect(article.ageDays).toBe(12 * 365 + 3 + 15);
  });

  it('has exactly the seed text as its body: standfirst first, then every paragraph', () => {
    expect(article.text).toBe(seedBody().body);
    expect(article.text.startsWith(expected.bodyStartsWith)).toBe(true);
    expect(article.text.endsWith(expected.bodyEndsWith)).toBe(true);
    for (const chrome of expected.bodyExcludes) expect(article.text).not.toContain(chrome);
  });

  it('maps each paragraph to its block, with offsets into the text', () => {
    expect(article.blocks).toHaveLength(7);
    for (const b of article.blocks) {
      expect(article.text.slice(b.start, b.end).trim()).toBe(article.text.slice(b.start, b.end));
      expect(b.tag).toBe('p');
    }
    expect(result.value.bodyElements.every((el) => el.localName === 'p')).toBe(true);
  });

  it('never modifies the document it reads', () => {
    const fresh = loadPage('reference');
    extractArticle(fresh, { url: REFERENCE_URL, now });
    expect(fresh.documentElement.outerHTML).toBe(loadPage('reference').documentElement.outerHTML);
  });
});

describe('extractArticle on pages of Readability’s test suite', () => {
  // Five varied English news pages; metadata checked against the suite's expected-metadata.json.
  const cases: [name: string, bodySnippet: string][] = [
    ['bbc-1', 'gun control'],
    ['aclu', "I don't use Facebook"],
    ['nytimes-1', 'Sudan'],
    ['telegraph', 'Mugabe'],
    ['wapo-1', 'Bardo'],
    ['guardian-1', 'whale'],
  ];
  for (const [name, snippet] of cases) {
    it(`${name}: finds the article with the expected byline and body`, () => {
      const { doc, expected } = loadReadabilityPage(name);
      const result = extractArticle(doc, { url: `https://example.com/${name}/`, now });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const a = result.value.article;
      expect(a.text).toContain(snippet);
      expect(a.wordCount).toBeGreaterThan(300);
      // Our bylines name people only, so the suite's "By Erin Cunningham" is "Erin Cunningham".
      const person = expected['byline']?.replace(/^by\s+/i, '').split(/[ ,]/)[0];
      if (person) expect(a.byline?.toLowerCase()).toContain(person.toLowerCase());
      // Paragraphs are separated by exactly one blank line, with no empty paragraphs.
      expect(a.text).not.toMatch(/\n{3,}/);
    });
  }

  it('reads published dates with their offsets (bbc-1, nytimes-1, cnet)', () => {
    const bbc = extractArticle(loadReadabilityPage('bbc-1').doc, { url: 'https://example.com/', now });
    expect(bbc.ok && bbc.value.article.publishedTime).toBe('2015-07-24T05:36:09+01:00');
    const nyt = extractArticle(loadReadabilityPage('nytimes-1').doc, { url: 'https://example.com/', now });
    expect(nyt.ok && nyt.value.article.publishedTime?.slice(0, 10)).toBe('2017-01-13');
    // The headline sits outside the <article> that holds the story's itemprop date.
    const cnet = extractArticle(loadReadabilityPage('cnet').doc, { url: 'https://example.com/', now });
    expect(cnet.ok && cnet.value.article.publishedTime).toBe('2017-01-18T23:00:00-08:00');
  });
});

describe('not an article', () => {
  it('rejects a page of headlines', () => {
    const result = extractArticle(loadPage('link-list'), { url: 'https://example.com/', now });
    expect(result.ok).toBe(false);
  });
  it('rejects an empty page and a page of one short paragraph', () => {
    expect(extractArticle(loadDocument('', 'https://e.com/'), { url: 'https://e.com/', now }).ok).toBe(false);
    expect(extractArticle(loadDocument('<p>Hello there.</p>', 'https://e.com/'), { url: 'https://e.com/', now }).ok).toBe(false);
  });
  it('refuses markup nested thousands of levels deep quickly, instead of freezing', () => {
    const para = '<p>The council met on Monday to discuss the budget, and the mayor said the police would review it.</p>';
    const html = `${'<div>'.repeat(3000)}<h1>Budget talks</h1>${para.repeat(20)}${'</div>'.repeat(3000)}`;
    const url = 'https://e.com/news/budget-talks';
    const doc = loadDocument(html, url);
    let result: ReturnType<typeof extractArticle> | undefined;
    // Readability alone takes about 6 s of CPU on this page.
    expect(cpuMs(() => (result = extractArticle(doc, { url, now })))).toBeLessThan(1500);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('nested too deeply') });
  });
  it('rejects a page that declares itself a product', () => {
    const html = `<script type="application/ld+json">{"@type":"Product","name":"Phone"}</script>${'<p>A fine phone with a long battery life and a good camera for its price.</p>'.repeat(20)}`;
    expect(extractArticle(loadDocument(html, 'https://e.com/'), { url: 'https://e.com/', now }).ok).toBe(false);
  });
});

describe('dates and bylines', () => {
  it('keeps the page’s offset and normalises shapes', () => {
    expect(normalizeDate('2014-11-12T19:45:00-0800', now)).toBe('2014-11-12T19:45:00-08:00');
    expect(normalizeDate('2014-11-12', now)).toBe('2014-11-12');
    expect(normalizeDate('2014-11-12T19:45:00.000Z', now)).toBe('2014-11-12T19:45:00Z');
    expect(normalizeDate('November 12, 2014', now)).toBe('2014-11-12');
    expect(normalizeDate('1415850300', now)).toBe('2014-11-13T03:45:00Z');
  });
  it('does not guess day or month in a numeric date that reads both ways (WCXB dev 0429)', () => {
    expect(normalizeDate('02-12-2025', now)).toBeNull();
    expect(normalizeDate('03/10/2013', now)).toBeNull();
    // Either order gives the same day, or only one order is a date.
    expect(normalizeDate('05/05/2014', now)).toBe('2014-05-05');
    expect(normalizeDate('10/13/2014', now)).toBe('2014-10-13');
  });
  it('rejects implausible dates', () => {
    expect(normalizeDate('1970-01-01', now)).toBeNull();
    expect(normalizeDate('2031-01-01', now)).toBeNull();
    expect(normalizeDate('not a date', now)).toBeNull();
  });
  it('reads a day-precise date from a story URL, and nothing else', () => {
    expect(dateFromUrl('https://blog.example.org/2025/12/19/what-people-love/', now)).toBe('2025-12-19');
    expect(dateFromUrl('https://example.com/news/2019-11-18-opening-bell', now)).toBe('2019-11-18');
    expect(dateFromUrl('https://example.com/blog/2023/october/03/how-many-wine-types', now)).toBe('2023-10-03');
    expect(dateFromUrl('https://example.com/blog/2023/Oct/3/wine', now)).toBe('2023-10-03');
    expect(dateFromUrl('https://example.com/blog/2023/octopus/03/wine', now)).toBeNull();
    expect(dateFromUrl('https://example.com/2019/11/archive', now)).toBeNull();
    expect(dateFromUrl('https://example.com/p/12345678/2031/01/01/x', now)).toBeNull();
    expect(dateFromUrl('not a url', now)).toBeNull();
  });
  it('computes age in whole days', () => {
    expect(ageInDays('2026-11-27', now)).toBe(1);
    expect(ageInDays(null, now)).toBeNull();
  });
  it('cleans bylines down to people', () => {
    expect(cleanByline('By Jane Doe | Oct 1, 2014')).toBe('Jane Doe');
    expect(cleanByline('https://example.com/author/jane')).toBeNull();
    expect(cleanByline('By JANE DOE and John Roe Updated 3:04 PM')).toBe('JANE DOE and John Roe');
  });
  it('cuts labels, jobs, sites and glued-on text from bylines, but keeps lists of names', () => {
    const cases: [string, string | null][] = [
      ['Written By: Tom May', 'Tom May'],
      ['Author: Ashley Biancuzzo', 'Ashley Biancuzzo'],
      ['Author Isaiah Shelton', 'Isaiah Shelton'],
      ['Analysis by Chris Cillizza, CNN Editor-at-large', 'Chris Cillizza'],
      ['Troy L. Smith, Cleveland.com', 'Troy L. Smith'],
      ['Reviewed by Justin C. Meserole, Trial Attorney at Morgan & Morgan', 'Justin C. Meserole'],
      ['This post was written by Danielle Padula, Head of Marketing and Community Development', 'Danielle Padula'],
      ['Written ByStephen JesudunsinAI Writer, Embarque', 'Stephen Jesudunsin'],
      ['Written byDan Pantelo', 'Dan Pantelo'],
      ['LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKERAssociated Press', 'LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER'],
      ['Shelby Loos, DVM. Reviewed by Molly Price, DVM', 'Shelby Loos'],
      ['Sponsored by StackCommerce', null],
      ['Jun 2 Written By', null],
      ["Nicholas Collins, Scott Munro, Matt De La O, Rory O'Sullivan", "Nicholas Collins, Scott Munro, Matt De La O, Rory O'Sullivan"],
      ['Ron DeSantis and Kevin McCarthy', 'Ron DeSantis and Kevin McCarthy'],
      ['Byron York', 'Byron York'],
      // Labels in other languages (Wday.ru in Zyte AEB: "Текст: Венера Ерофеева").
      ['Текст: Венера Ерофеева', 'Венера Ерофеева'],
      ['Par Jean Dupont', 'Jean Dupont'],
      ['Por María López', 'María López'],
      ['Autor: Jan Kowalski', 'Jan Kowalski'],
      ['Von Miller', 'Von Miller'],
      ['Paris Hilton', 'Paris Hilton'],
      // The author's bio glued on (NBC News in Zyte AEB), or after the name.
      ['Phil HelselPhil Helsel is a reporter for NBC News.', 'Phil Helsel'],
      ['By Jane Roe Jane Roe is a staff writer.', 'Jane Roe'],
      ["Ellen O'Brien Ellen is an editor at Brides. Brides's Editorial Guidelines", "Ellen O'Brien"],
      ['Annie Annie', 'Annie Annie'],
    ];
    for (const [raw, want] of cases) expect(cleanByline(raw), raw).toBe(want);
  });

  it('drops a byline field the site never filled in, but keeps names and handles', () => {
    for (const raw of ['undefined', 'Author', 'admin', 'q_admin', 'page.head.extra.author', '3d23d65-ddc6-4ce5', 'Name *']) {
      expect(cleanByline(raw), raw).toBeNull();
    }
    for (const raw of ['Adminah Okafor', 'stephenlega', 'Jean-Luc Picard', 'Authors Guild']) expect(cleanByline(raw), raw).toBe(raw);
  });
  it('recognises datelines', () => {
    expect(isDateline('Nov. 12, 2014 7:45 p.m. PT')).toBe(true);
    expect(isDateline('Updated: 12 November 2014')).toBe(true);
    expect(isDateline('Nov. 12, 2014 was the day the police came.')).toBe(false);
    expect(isDateline('PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019')).toBe(true);
    expect(isDateline('Updated on the 3rd at 10:48, 2019, the weather changed.')).toBe(false);
  });
});
