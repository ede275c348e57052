import { describe, expect, it } from 'vitest';
import type { TimeRef } from '../report';
import { cpuMs, HANG_GUARD_MS } from '../../fixtures/cpu-time';
import {
  DEADLINE_PATTERNS,
  WRITTEN_PATTERNS,
  YEARLESS_PATTERNS,
  findTimeRefs,
  isAnchored,
  refRole,
  romanValue,
} from './time-refs';

/** The reference date of the corpus labels: Saturday of Black Friday weekend 2026. */
const NOW = new Date(Date.UTC(2026, 10, 28));
const STRIP =
  'Cyber Monday Deals Still Available Deals Under $25 Deals Under $50 Giving Tuesday ' +
  'Tech Fails of 2022 Best Live TV Streaming Service WHO Renames Monkeypox Change These Alexa Settings';

function refs(text: string, published: Date | null = null): TimeRef[] {
  return findTimeRefs(text, { now: NOW, published });
}

/** [text, kind, from, to] of each reference, for compact assertions. */
function brief(text: string, published: Date | null = null): [string, string, string, string][] {
  return refs(text, published).map((r) => [r.text, r.kind, r.from, r.to]);
}

describe('years', () => {
  it('finds years in titles and promos', () => {
    expect(brief('Tech Fails of 2022')).toEqual([['2022', 'year', '2022-01-01', '2022-12-31']]);
    expect(brief('2023 gift guide')).toEqual([['2023', 'year', '2023-01-01', '2023-12-31']]);
    expect(brief('Best of 2024!')).toEqual([['2024', 'year', '2024-01-01', '2024-12-31']]);
    expect(brief('Webinar: The BAS Summit 2025: Redefining')[0]?.[0]).toBe('2025');
  });

  it('indexes the input text', () => {
    const text = 'Deals · Tech Fails of 2022 · More';
    const [r] = refs(text);
    expect(r && text.slice(r.start, r.end)).toBe('2022');
    expect(r?.start).toBe(text.indexOf('2022'));
  });

  it('returns a copyright year, which refRole marks as such', () => {
    for (const text of [
      '© 2024 CNET',
      '© 2022 CNET, a Red Ventures company. All rights reserved.',
      'Copyright © 2025 KM Business Information US, Inc',
      '© Cynomi Ltd All rights reserved 2025',
      'Copyright Sam Bossley 2012-2025',
      'This site is © 1998-2025 Anil Madhavapeddy, all rights reserved',
      'Simply Thrilled Ltd MMXXIII',
    ]) {
      const found = refs(text);
      expect(found, text).toHaveLength(1);
      expect(refRole(text, found[0]!), text).toBe('copyright');
    }
  });

  it('tells histories and stamps from offers', () => {
    const since = 'Travel news, reviews, and inspiration since 1957.';
    expect(refRole(since, refs(since)[0]!)).toBe('since');
    const onwards = '© 2013 onwards. All Rights Reserved.';
    expect(refRole(onwards, refs(onwards)[0]!)).not.toBe('plain');
    const stamp = 'Last updated March  3, 2025 by Erik Demaine.';
    expect(brief(stamp)).toEqual([['March  3, 2025', 'date', '2025-03-03', '2025-03-03']]);
    expect(refRole(stamp, refs(stamp)[0]!)).toBe('stamp');
    const offer = 'The 15 Best Dog Subscription Boxes of 2021';
    expect(refRole(offer, refs(offer)[0]!)).toBe('plain');
  });

  it('reads year ranges as one reference', () => {
    expect(brief('© 2010-2025 All rights reserved.')).toEqual([['2010-2025', 'year', '2010-01-01', '2025-12-31']]);
    expect(brief('© 2021 - 2025 SEOMoz')).toEqual([['2021 - 2025', 'year', '2021-01-01', '2025-12-31']]);
    expect(brief('2022-23 season tickets')).toEqual([['2022-23', 'year', '2022-01-01', '2023-12-31']]);
  });

  it('skips numbers that are not years', () => {
    for (const text of [
      '$2022 off',
      '2022 reviews',
      'Over 2,022 reviews',
      'Best laptops of the 2020s',
      'Call (800) 511-2019',
      '2000 Pennsylvania Ave NW',
      'FY2022 results',
      'RTX 2080 deals',
      'version 3.2022',
      'Join 15,000+ recipients',
      '2000+ customers',
      '77777777777777',
      'Page 1 of 8',
      '8 AM to 8 PM — Monday - Friday',
    ]) {
      expect(brief(text), text).toEqual([]);
    }
  });

  it('reads Roman-numeral years in colophons only when they are plausible years', () => {
    expect(romanValue('MMXXIII')).toBe(2023);
    expect(romanValue('MCMXCIX')).toBe(1999);
    expect(brief('Simply Thrilled Ltd MMXXIII')).toEqual([['MMXXIII', 'year', '2023-01-01', '2023-12-31']]);
    expect(brief('MM sizes and MIX')).toEqual([]);
  });
});

describe('months and dates with a year', () => {
  it('resolves every pattern example to a reference covering all of it', () => {
    for (const p of WRITTEN_PATTERNS) {
      for (const example of p.examples) {
        expect(brief(example).map((r) => [r[0], r[1]]), `${p.id}: ${example}`).toEqual([[example, p.kind]]);
      }
    }
  });

  it('reads month-years', () => {
    expect(brief('Daum Kakao was formed in March 2014')).toEqual([['March 2014', 'month', '2014-03-01', '2014-03-31']]);
    expect(brief('Dec. 2023 issue')).toEqual([['Dec. 2023', 'month', '2023-12-01', '2023-12-31']]);
    expect(brief('Q4 2022 deals')).toEqual([['Q4 2022', 'month', '2022-10-01', '2022-12-31']]);
  });

  it('reads the same day written five ways', () => {
    for (const text of ['Nov 28, 2022', '28 November 2022', '2022-11-28', '11/28/2022', 'Monday, November 28th, 2022']) {
      const dates = refs(text).filter((r) => r.kind === 'date');
      expect(dates.map((r) => [r.from, r.to]), text).toEqual([['2022-11-28', '2022-11-28']]);
    }
  });

  it('orders numeric dates by the field above 12, else by the separator', () => {
    expect(brief('28/11/2022')[0]?.[2]).toBe('2022-11-28');
    expect(brief('05/06/2023')[0]?.[2]).toBe('2023-05-06'); // slash: US, month first
    expect(brief('05.06.2023')[0]?.[2]).toBe('2023-06-05'); // dots: day first
    expect(brief('Redeem by 12.31.23')[0]).toEqual(['12.31.23', 'date', '2023-12-31', '2023-12-31']);
  });

  it('reads day ranges', () => {
    expect(brief('July 11-12, 2023')).toEqual([['July 11-12, 2023', 'date', '2023-07-11', '2023-07-12']]);
    expect(brief('Nov 17 – Dec 11, 2025')[0]?.slice(2)).toEqual(['2025-11-17', '2025-12-11']);
  });

  it('rejects impossible dates and version numbers', () => {
    expect(refs('Feb 30, 2022').filter((r) => r.kind === 'date')).toEqual([]);
    expect(brief('version 3.10.12 released')).toEqual([]);
    expect(brief('build 2022.11.45')).toEqual([]);
  });
});

describe('seasonal events', () => {
  it('reads an event with its year', () => {
    expect(brief('Black Friday 2025 deals have started')).toEqual([
      ['Black Friday 2025', 'event', '2025-11-28', '2025-11-28'],
    ]);
    expect(brief('The 2025 Black Friday sale')[0]).toEqual(['2025 Black Friday', 'event', '2025-11-28', '2025-11-28']);
    expect(brief('Holiday Gift Guide 2025 For 3D Printing')[0]).toEqual([
      'Holiday Gift Guide 2025',
      'event',
      '2025-11-01',
      '2025-12-31',
    ]);
    expect(brief('Spring 2026 sale')[0]).toEqual(['Spring 2026', 'event', '2026-03-01', '2026-05-31']);
  });

  it('places the strip’s yearless events in the season of its written year (2022)', () => {
    // The strip is 2022 chrome: "Tech Fails of 2022" fixes its season, so its Cyber Monday is
    // 28 Nov 2022 and its Giving Tuesday 29 Nov 2022, whatever the article's own date (2014).
    const published = new Date(Date.UTC(2014, 9, 1));
    expect(brief(STRIP, published)).toEqual([
      ['Cyber Monday', 'event', '2022-11-28', '2022-11-28'],
      ['Giving Tuesday', 'event', '2022-11-29', '2022-11-29'],
      ['2022', 'year', '2022-01-01', '2022-12-31'],
    ]);
  });

  it('without a year, takes the occurrence nearest today', () => {
    // On Saturday 28 Nov 2026: Cyber Monday is two days ahead, Black Friday was yesterday.
    expect(brief('Cyber Monday Deals Still Available')).toEqual([
      ['Cyber Monday', 'event', '2026-11-30', '2026-11-30'],
    ]);
    expect(brief('Black Friday deals')).toEqual([['Black Friday', 'event', '2026-11-27', '2026-11-27']]);
    expect(brief('Top 5 Ways To Use Essential Oils This Fall')).toEqual([
      ['This Fall', 'event', '2026-09-01', '2026-11-30'],
    ]);
    // In June the coming Black Friday is nearer than the last one.
    const june = findTimeRefs('Black Friday deals', { now: new Date(Date.UTC(2026, 5, 20)) });
    expect(june[0]?.from).toBe('2026-11-27');
  });

  it('ignores copyright years when choosing the season', () => {
    expect(brief('Cyber Monday deals · © 2022 Acme')[0]?.[2]).toBe('2026-11-30');
  });
});

describe('dates without a year', () => {
  it('resolves every pattern example', () => {
    for (const p of YEARLESS_PATTERNS) {
      for (const example of p.examples) {
        expect(brief(example).map((r) => [r[0], r[1]]), `${p.id}: ${example}`).toEqual([[example, 'date']]);
      }
    }
  });

  it('takes the nearest occurrence: a day just past, or one still to come', () => {
    expect(brief('Meet CleverTap at App Promotion Summit in Berlin on 27 November.')).toEqual([
      ['27 November', 'date', '2026-11-27', '2026-11-27'],
    ]);
    expect(brief('Event on 5 December')).toEqual([['5 December', 'date', '2026-12-05', '2026-12-05']]);
    expect(brief('Webinar Nov 17-18')[0]?.slice(2)).toEqual(['2026-11-17', '2026-11-18']);
  });

  it('needs a capitalised month, so "may" the verb is not a date', () => {
    expect(brief('you may 5 times')).toEqual([]);
  });
});

describe('deadlines', () => {
  it('recognises every pattern example', () => {
    for (const p of DEADLINE_PATTERNS) {
      for (const example of p.examples) {
        expect(refs(example).some((r) => r.kind === 'deadline'), `${p.id}: ${example}`).toBe(true);
      }
    }
  });

  it('counts from the published day when there is one', () => {
    // 16 Jan 2025 was a Thursday, so "ends Sunday" means 19 Jan 2025.
    const published = new Date(Date.UTC(2025, 0, 16, 15, 30));
    expect(brief('Sale ends Sunday', published)).toEqual([['ends Sunday', 'deadline', '2025-01-16', '2025-01-19']]);
    expect(brief('Today only: 40% off', published)).toEqual([['Today only', 'deadline', '2025-01-16', '2025-01-16']]);
    expect(brief('This week only', published)[0]?.slice(2)).toEqual(['2025-01-16', '2025-01-19']);
    expect(brief('Ends in 3 days', published)[0]?.slice(2)).toEqual(['2025-01-16', '2025-01-19']);
  });

  it('counts from today otherwise', () => {
    // 28 Nov 2026 is a Saturday.
    expect(brief('Sale ends Sunday')).toEqual([['ends Sunday', 'deadline', '2026-11-28', '2026-11-29']]);
    expect(brief('Limited Time')).toEqual([['Limited Time', 'deadline', '2026-11-28', '2026-11-28']]);
  });

  it('keeps a written date apart from the deadline words', () => {
    expect(brief('Sale ends 03/31/2026.')).toEqual([
      ['Sale ends', 'deadline', '2026-11-28', '2026-11-28'],
      ['03/31/2026', 'date', '2026-03-31', '2026-03-31'],
    ]);
  });

  it('is never anchored; dates and events are when their text writes the year', () => {
    const all = refs('Sale ends Sunday · Black Friday 2025 · Cyber Monday · on 27 November · 12.31.23 · 2022');
    expect(all.map((r) => [r.text, isAnchored(r)])).toEqual([
      ['ends Sunday', false],
      ['Black Friday 2025', true],
      ['Cyber Monday', false],
      ['27 November', false],
      ['12.31.23', true],
      ['2022', true],
    ]);
  });
});

describe('hostile input', () => {
  const MB = 1 << 20;
  const cases: Record<string, string> = {
    digits: '7'.repeat(MB),
    'years with spaces': '2022 '.repeat(MB / 5),
    'years without spaces': '2022'.repeat(MB / 4),
    'year ranges': '2022-'.repeat(MB / 5),
    'dotted numbers': '12.'.repeat(MB / 3),
    'month days': 'Nov 28 '.repeat(MB / 7),
    'roman numerals': 'M'.repeat(MB),
    'copyright marks': '© '.repeat(MB / 2) + '2022',
    'event words': 'black '.repeat(MB / 6),
    'a long gap inside an event name': `black${' '.repeat(MB)}friday`,
    'one word then a dash run': `back${'-'.repeat(MB)}`,
    spaces: ' '.repeat(MB),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`finishes 1 MB of ${name} within the hang guard`, () => {
      expect(cpuMs(() => findTimeRefs(text, { now: NOW, published: null }))).toBeLessThan(HANG_GUARD_MS);
    });
  }
});
