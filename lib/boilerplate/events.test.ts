import { describe, expect, it } from 'vitest';
import {
  SEASONAL_EVENTS,
  dayOf,
  dayOfIso,
  daysInMonth,
  easterSunday,
  eventNamed,
  isoOf,
  nthWeekday,
  partsOf,
  thanksgiving,
  weekdayOf,
} from './events';
import { findTimeRefs } from './time-refs';

const NOW = new Date(Date.UTC(2026, 10, 28));

function windowOf(id: string, year: number): { from: string; to: string } {
  const e = SEASONAL_EVENTS.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  const w = e.window(year);
  return { from: isoOf(w.from), to: isoOf(w.to) };
}

describe('calendar arithmetic', () => {
  it('agrees with the JS Date on every day from 1900 to 2100', () => {
    for (let d = dayOf(1900, 1, 1); d <= dayOf(2100, 12, 31); d++) {
      const date = new Date(d * 86_400_000);
      const p = partsOf(d);
      expect([p.year, p.month, p.day]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
      if (d % 97 === 0) {
        expect(isoOf(d)).toBe(date.toISOString().slice(0, 10));
        expect(weekdayOf(d)).toBe(date.getUTCDay());
        expect(dayOfIso(isoOf(d))).toBe(d);
      }
    }
  });

  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2023, 13)).toBe(0);
  });

  it('finds n-th and last weekdays', () => {
    // 1 Nov 2022 was a Tuesday (1 Jan 2022 was a Saturday; Jan–Oct 2022 has 304 days,
    // 304 = 43·7 + 3, and Saturday + 3 = Tuesday). Its Thursdays: 3, 10, 17, 24.
    expect(weekdayOf(dayOf(2022, 1, 1))).toBe(6);
    expect(weekdayOf(dayOf(2022, 11, 1))).toBe(2);
    expect(isoOf(nthWeekday(2022, 11, 4, 1))).toBe('2022-11-03');
    expect(isoOf(nthWeekday(2022, 11, 4, 4))).toBe('2022-11-24');
    // May 2025 has 31 days and 31 May 2025 was a Saturday, so its last Monday is the 26th.
    expect(isoOf(nthWeekday(2025, 5, 1, -1))).toBe('2025-05-26');
  });
});

describe('US Thanksgiving and the shopping weekend', () => {
  it('computes 2022 from the calendar: Thanksgiving 24 Nov, then Fri 25, Mon 28, Tue 29', () => {
    expect(isoOf(thanksgiving(2022))).toBe('2022-11-24');
    expect(windowOf('black-friday', 2022)).toEqual({ from: '2022-11-25', to: '2022-11-25' });
    expect(windowOf('small-business-saturday', 2022).from).toBe('2022-11-26');
    expect(windowOf('cyber-monday', 2022)).toEqual({ from: '2022-11-28', to: '2022-11-28' });
    expect(windowOf('giving-tuesday', 2022)).toEqual({ from: '2022-11-29', to: '2022-11-29' });
  });

  it('matches the published Thanksgiving dates of other years', () => {
    // 1 Nov 2025 was a Saturday: Thursdays 6, 13, 20, 27. 1 Nov 2026 is a Sunday: 5, 12, 19, 26.
    expect(isoOf(thanksgiving(2023))).toBe('2023-11-23');
    expect(isoOf(thanksgiving(2024))).toBe('2024-11-28');
    expect(isoOf(thanksgiving(2025))).toBe('2025-11-27');
    expect(isoOf(thanksgiving(2026))).toBe('2026-11-26');
    // So the reference date, 2026-11-28, is the Saturday of Black Friday weekend.
    expect(windowOf('black-friday', 2026).from).toBe('2026-11-27');
  });

  it('is always the fourth Thursday: a Thursday between the 22nd and the 28th', () => {
    for (let y = 1950; y <= 2060; y++) {
      const t = thanksgiving(y);
      expect(weekdayOf(t)).toBe(4);
      const { month, day } = partsOf(t);
      expect(month).toBe(11);
      expect(day).toBeGreaterThanOrEqual(22);
      expect(day).toBeLessThanOrEqual(28);
      expect(weekdayOf(dayOfIso(windowOf('cyber-monday', y).from))).toBe(1);
    }
  });
});

describe('other events', () => {
  it('computes Easter (known dates, and always a Sunday between 22 March and 25 April)', () => {
    expect(isoOf(easterSunday(2000))).toBe('2000-04-23');
    expect(isoOf(easterSunday(2019))).toBe('2019-04-21');
    expect(isoOf(easterSunday(2024))).toBe('2024-03-31');
    expect(isoOf(easterSunday(2025))).toBe('2025-04-20');
    expect(isoOf(easterSunday(2026))).toBe('2026-04-05');
    for (let y = 1900; y <= 2100; y++) {
      const e = easterSunday(y);
      expect(weekdayOf(e)).toBe(0);
      expect(e).toBeGreaterThanOrEqual(dayOf(y, 3, 22));
      expect(e).toBeLessThanOrEqual(dayOf(y, 4, 25));
    }
  });

  it('computes the US holidays of 2025', () => {
    // 1 May 2025 was a Thursday: Sundays 4, 11; 1 June 2025 a Sunday: 1, 8, 15;
    // 1 Feb 2025 a Saturday: Mondays 3, 10, 17; 1 Sep 2025 a Monday.
    expect(windowOf('mothers-day', 2025).from).toBe('2025-05-11');
    expect(windowOf('fathers-day', 2025).from).toBe('2025-06-15');
    expect(windowOf('memorial-day', 2025).from).toBe('2025-05-26');
    expect(windowOf('presidents-day', 2025).from).toBe('2025-02-17');
    expect(windowOf('labor-day', 2025).from).toBe('2025-09-01');
  });

  it('places fixed dates and seasons', () => {
    expect(windowOf('christmas', 2025)).toEqual({ from: '2025-12-25', to: '2025-12-25' });
    expect(windowOf('new-year', 2026).from).toBe('2026-01-01');
    expect(windowOf('valentines-day', 2026).from).toBe('2026-02-14');
    expect(windowOf('halloween', 2026).from).toBe('2026-10-31');
    expect(windowOf('holiday-season', 2025)).toEqual({ from: '2025-11-01', to: '2025-12-31' });
    expect(windowOf('back-to-school', 2025)).toEqual({ from: '2025-08-01', to: '2025-09-15' });
    expect(windowOf('spring', 2026)).toEqual({ from: '2026-03-01', to: '2026-05-31' });
    // Winter 2023 runs into the leap day of 2024.
    expect(windowOf('winter', 2023)).toEqual({ from: '2023-12-01', to: '2024-02-29' });
  });

  it('spans July for Prime Day, with the two years it left July', () => {
    expect(windowOf('prime-day', 2023)).toEqual({ from: '2023-07-01', to: '2023-07-31' });
    expect(windowOf('prime-day', 2020)).toEqual({ from: '2020-10-13', to: '2020-10-14' });
    expect(windowOf('prime-day', 2021)).toEqual({ from: '2021-06-21', to: '2021-06-22' });
  });
});

describe('the event table', () => {
  it('has unique ids, a reason and examples for every event', () => {
    expect(new Set(SEASONAL_EVENTS.map((e) => e.id)).size).toBe(SEASONAL_EVENTS.length);
    for (const e of SEASONAL_EVENTS) {
      expect(e.why.length, e.id).toBeGreaterThan(10);
      expect(e.examples.length, e.id).toBeGreaterThan(0);
    }
  });

  it('recognises every example as its own event', () => {
    for (const e of SEASONAL_EVENTS) {
      for (const example of e.examples) {
        const refs = findTimeRefs(example, { now: NOW }).filter((r) => r.kind === 'event');
        const ids = refs.map((r) => eventNamed(r.text)?.id);
        expect(ids, `${e.id}: ${example}`).toContain(e.id);
      }
    }
  });

  it('does not take ordinary words for events', () => {
    for (const text of [
      'Fall prevention tips',
      'Summer Wells wrote this',
      'Book your holiday',
      'Lunar New Year parade',
      'Black Friars pub',
    ]) {
      expect(findTimeRefs(text, { now: NOW }).filter((r) => r.kind === 'event'), text).toEqual([]);
    }
  });
});
