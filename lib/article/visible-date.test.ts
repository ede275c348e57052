import { describe, expect, it } from 'vitest';
import { loadDocument, REFERENCE_NOW } from '../../fixtures/load';
import { findVisibleDates, printedDate } from './visible-date';

describe('printedDate', () => {
  const day = (text: string, lang = 'en') => printedDate(text, { lang, now: REFERENCE_NOW })?.iso ?? null;

  it('reads month names in either order', () => {
    expect(day('By Jane Doe · August 19, 2025')).toBe('2025-08-19');
    expect(day('20 December, 2025')).toBe('2025-12-20');
    expect(day('December 15th 2025')).toBe('2025-12-15');
    expect(day('Sept. 5, 2024')).toBe('2024-09-05');
    expect(day('the 19th of August, 2025')).toBe('2025-08-19');
  });

  it('reads day-month-year with hyphens and month names in other languages', () => {
    // WCXB dev 0255: an English HubSpot blog printing its date the Spanish way.
    expect(day('By: FlowGuard EMEA on 04-ago-2021 5:11:10')).toBe('2021-08-04');
    expect(day('Filed 19-Aug-2025')).toBe('2025-08-19');
    expect(day('Publicado el 4 de agosto de 2021')).toBe('2021-08-04');
    expect(day('Atualizado em 12 de março de 2024')).toBe('2024-03-12');
    expect(day('Veröffentlicht am 19. März 2025')).toBe('2025-03-19');
    expect(day('Publié le 1er août 2024')).toBe('2024-08-01');
    expect(day('Pubblicato il 7 giugno 2023')).toBe('2023-06-07');
    expect(day('Gepubliceerd op 3 mei 2022')).toBe('2022-05-03');
    expect(day('9 DÉCEMBRE 2024')).toBe('2024-12-09');
  });

  it('refuses days a month does not have and words that only look like months', () => {
    expect(day('February 31, 2025')).toBeNull();
    expect(day('31-Apr-2024')).toBeNull();
    expect(day('12 items 2024')).toBeNull();
    expect(day('Marchand 12, 2024')).toBeNull();
  });

  it('reads numeric dates: dots day-first, slashes by the larger number, else by language', () => {
    expect(day('23.07.2025')).toBe('2025-07-23');
    expect(day('Updated: 10/31/2024')).toBe('2024-10-31');
    expect(day('Posted on the 15/12/2025 at 19:00')).toBe('2025-12-15');
    expect(day('2/24/2026')).toBe('2026-02-24');
    expect(day('03/10/2023', 'en')).toBe('2023-03-10');
    expect(day('03/10/2023', 'en-gb')).toBe('2023-10-03');
    expect(day('03/10/2023', 'de')).toBe('2023-10-03');
    expect(day('Essay - Published: 2025.12.17 |')).toBe('2025-12-17');
    expect(day('2024/3/9')).toBe('2024-03-09');
    expect(day('2024.13.40')).toBeNull();
  });

  it('keeps the label before the date and refuses impossible dates', () => {
    expect(printedDate('Last updated: Sep 4, 2025', { lang: 'en', now: REFERENCE_NOW })?.label).toContain('updated');
    expect(day('31/31/2024')).toBeNull();
    expect(day('no date here')).toBeNull();
  });
});

describe('printedDate with both readings of a numeric date possible', () => {
  it('takes the one the URL names, else the language decides', () => {
    const read = (text: string, lang: string, urlDay: string | null) => printedDate(text, { lang, now: REFERENCE_NOW, urlDay })?.iso;
    expect(read('03/10/2023', 'en', '2023-10-03')).toBe('2023-10-03');
    expect(read('03/10/2023', 'en', '2023-03-10')).toBe('2023-03-10');
    expect(read('03/10/2023', 'en', null)).toBe('2023-03-10');
    expect(read('03/10/2023', 'en', '2024-01-01')).toBe('2023-03-10');
    expect(read('03/10/2023', 'en-gb', null)).toBe('2023-10-03');
    expect(read('13/10/2023', 'en', '2023-10-03')).toBe('2023-10-13');
  });

  it('takes the one the page writes unambiguously elsewhere, and reads a <time> attribute so too (WCXB dev 0429)', () => {
    const read = (text: string, pageDays: string[]) => printedDate(text, { lang: 'en', now: REFERENCE_NOW, pageDays: new Set(pageDays) })?.iso;
    expect(read('02-12-2025', ['2025-12-02'])).toBe('2025-12-02');
    expect(read('02-12-2025', [])).toBe('2025-02-12');
    // Both readings on the page settle nothing: the language decides.
    expect(read('02-12-2025', ['2025-12-02', '2025-02-12'])).toBe('2025-02-12');
    const doc = loadDocument(
      '<!DOCTYPE html><html lang="en"><body><h1>Reflections</h1><p>Bence <time datetime="02-12-2025">02-12-2025</time></p>' +
        '<p class="story">Text.</p><aside><time datetime="2025-12-02">December 02, 2025</time></aside></body></html>',
      'https://blog.example/reflections',
    );
    expect(findVisibleDates(doc, doc.querySelector('h1'), Array.from(doc.querySelectorAll('.story')), REFERENCE_NOW, { lang: 'en' }).published).toBe('2025-12-02');
  });
});

describe('printedDate with a time', () => {
  it('reads an ISO date that runs on into its time', () => {
    expect(printedDate('2022-11-23T08:10+02:00', { lang: 'en', now: REFERENCE_NOW })?.iso).toBe('2022-11-23');
  });
});

describe('findVisibleDates', () => {
  const read = (body: string) => {
    const doc = loadDocument(`<!DOCTYPE html><html lang="en"><body>${body}</body></html>`, 'https://news.example/a');
    const headline = doc.querySelector('h1');
    const story = Array.from(doc.querySelectorAll('.story'));
    return findVisibleDates(doc, headline, story, REFERENCE_NOW);
  };

  it('reads a story that opens on its own dateline line, but not on a sentence with a date', () => {
    expect(read('<h1>Bridge closes</h1><div class="story">by Dana Whitfield on Jan 22, 2025</div><p class="story">Text.</p>').published).toBe('2025-01-22');
    expect(read('<h1>Bridge closes</h1><p class="story">On March 3, 2020, the council voted.</p><p class="story">Text.</p>').published).toBeNull();
  });

  it('reads a byline between the first and second story elements, never past the second', () => {
    expect(read('<h1>Bridge closes</h1><p class="story">A lead.</p><p class="by">Dana · 23 Nov 2022</p><p class="story">Text.</p>').published).toBe('2022-11-23');
    expect(read('<h1>Bridge closes</h1><p class="story">A lead.</p><p class="story">Text.</p><p class="teaser">Older story · 23 Nov 2022</p>').published).toBeNull();
  });

  it('reads the date of the credit line after the story, not of a teaser\'s byline', () => {
    const credit = (by: string) =>
      read(`<h1>Bridge closes</h1><p class="story">A lead.</p><p class="story">Text.</p><div><p>${by} <a href="/a/dana">Dana Whitfield</a></p><p>April 8, 2024</p></div>`);
    expect(credit('Written by').published).toBe('2024-04-08');
    expect(credit('By').published).toBeNull();
  });

  it('keeps a label printed in an element of its own with its date', () => {
    const dates = read('<h1>Bridge closes</h1><div><span>Updated</span><span>Feb 11, 2026</span></div><p class="story">A lead.</p>');
    expect(dates).toMatchObject({ published: null, modified: '2026-02-11' });
  });

  it('reads a note that gives the first publication, about the page, not about something else', () => {
    const note = (tail: string) => read(`<h1>Bridge closes</h1><p class="story">A lead.</p><p class="story">Text.</p>${tail}`).original;
    // WCXB dev 2381: the note's label is the body element, its line the parent's.
    expect(note('<p><strong class="story">Update note:</strong> This blog post was originally published on the 21st of June 2017 and updated on the 18th of July 2025.</p>')).toBe('2017-06-21');
    expect(note('<p>This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated.</p>')).toBe('2019-09-26');
    expect(note('<p>First Published: Tuesday, November 19, 2019 08:38 AM</p>')).toBe('2019-11-19');
    expect(note('<p>The study, first published on March 3, 2019, in Nature, found the same.</p>')).toBeNull();
    expect(note('<p>Originally published in March 2022.</p>')).toBeNull();
  });
});
