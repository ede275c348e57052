import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim, Entity } from '../report';
import { extractClaims } from './index';
import type { LabeledSentence } from './score';

const corpora = path.resolve(process.cwd(), '../shared/corpora');
const seedPage = path.resolve(process.cwd(), '../shared/seed/seed-page.txt');

/** The reference page: the headline and the body from "The CEO of one of Korea's…" on. */
function seed(): { title: string; body: string; labels: LabeledSentence[] } {
  const page = fs.readFileSync(seedPage, 'utf8');
  const labels = fs
    .readFileSync(path.join(corpora, 'claims/seed.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as LabeledSentence);
  const title = labels[0]!.text;
  expect(page).toContain(title);
  const from = page.indexOf("The CEO of one of Korea's");
  expect(from).toBeGreaterThan(0);
  const body = page
    .slice(from)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
  return { title, body, labels };
}

/** The claim overlapping `text`, found in `src` (the labels' offsets assume other separators). */
function claimFor(claims: Claim[], src: string, where: 'title' | 'body', text: string): Claim | undefined {
  const at = src.indexOf(text);
  expect(at, `labeled sentence not in the text: ${text}`).toBeGreaterThanOrEqual(0);
  const end = at + text.length;
  return claims.find((c) => c.in === where && c.quote.start < end && at < c.quote.end);
}

describe('extractClaims on the reference page', () => {
  const { title, body, labels } = seed();
  const claims = extractClaims(body, { title });

  it('finds every labeled legal sentence with its type, and not the "none" one', () => {
    labels.forEach((l, i) => {
      const where = i === 0 ? 'title' : 'body';
      const c = claimFor(claims, where === 'title' ? title : body, where, l.text);
      if (l.type === 'none') expect(c, l.text).toBeUndefined();
      else expect(c?.type, l.text).toBe(l.type);
    });
    expect(labels.filter((l) => l.type !== 'none')).toHaveLength(9);
  });

  it('numbers claims in text order, headline first, with quotes that match their text', () => {
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, i) => `c${i + 1}`));
    expect(claims[0]!.in).toBe('title');
    expect(claims[0]!.quote).toMatchObject({ start: 0, end: title.length, exact: title });
    expect(claims.slice(1).every((c) => c.in === 'body')).toBe(true);
    for (const c of claims) {
      const src = c.in === 'title' ? title : body;
      expect(src.slice(c.quote.start, c.quote.end)).toBe(c.quote.exact);
      expect(src.slice(0, c.quote.start).endsWith(c.quote.prefix)).toBe(true);
      expect(src.slice(c.quote.end).startsWith(c.quote.suffix)).toBe(true);
    }
    const starts = claims.slice(1).map((c) => c.quote.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('marks the "allegedly failing" sentence as hedged', () => {
    const l = labels.find((x) => x.text.includes('allegedly failing'))!;
    const c = claimFor(claims, body, 'body', l.text)!;
    expect(c.hedged).toBe(true);
    expect(c.hedge).toContain('allegedly');
  });

  it('gives the penalty claim its penalty', () => {
    const c = claims.find((x) => x.type === 'penalty')!;
    expect(c.penalty).toContain('up to 3 years in prison');
    expect(c.penalty).toContain('20 million won in fines');
    expect(c.hedged).toBe(true);
  });

  it('fills attribution, subject, authority and jurisdiction where the page names them', () => {
    const byText = (s: string): Claim => claims.find((c) => c.quote.exact.includes(s))!;
    expect(byText('was summoned by')).toMatchObject({
      subject: 'Sirgoo Lee',
      authority: 'the Daejeon Provincial Police Agency',
    });
    expect(byText('According to South Korean law')).toMatchObject({
      attribution: 'South Korean law',
      subject: 'online service providers',
      jurisdiction: 'South Korea',
    });
    expect(byText('A spokesperson for the police agency')).toMatchObject({
      attribution: 'A spokesperson for the police agency',
      subject: 'a 20-year old man',
    });
    expect(byText('refused to honor')).toMatchObject({ subject: 'Lee', authority: 'prosecutors' });
    expect(claims[0]).toMatchObject({ subject: 'Daum Kakao CEO', authority: 'Police' });
  });

  it('lists the entities mentioned in each claim sentence, matching title and body', () => {
    const lee = body.indexOf('Sirgoo Lee, CEO');
    const entities: Entity[] = [
      {
        id: 'e1',
        type: 'organization',
        name: 'Daum Kakao',
        aliases: [],
        salience: 1,
        mentions: [
          { in: 'title', start: 16, end: 26, exact: 'Daum Kakao', prefix: '', suffix: '' },
          {
            in: 'body',
            start: body.indexOf('Daum Kakao for'),
            end: body.indexOf('Daum Kakao for') + 10,
            exact: 'Daum Kakao',
            prefix: '',
            suffix: '',
          },
        ],
      },
      {
        id: 'e2',
        type: 'person',
        name: 'Sirgoo Lee',
        aliases: ['Lee'],
        salience: 0.9,
        mentions: [{ in: 'body', start: lee, end: lee + 10, exact: 'Sirgoo Lee', prefix: '', suffix: '' }],
      },
    ];
    const withEntities = extractClaims(body, { title, entities });
    expect(withEntities[0]!.entityIds).toEqual(['e1']);
    expect(withEntities[1]!.entityIds).toEqual(['e1']);
    expect(withEntities[2]!.entityIds).toEqual(['e2']);
    expect(withEntities[3]!.entityIds).toEqual([]);
  });
});

describe('non-legal senses of legal words', () => {
  const cases = [
    'The drug cut symptoms by half in a clinical trial of 400 patients, the company said.',
    'Federer practiced on the tennis court for two hours before the final.',
    'She left the phone on the charger until the battery was fully charged.',
    'The SUV can go 300 miles on a single battery charge.',
    'It was a fine day for a picnic, and the fine weather held all weekend.',
    'Read the fine print before you sign up.',
    'His "tough on China" stance holds appeal to voters in key states like Ohio.',
    'The plan has broad appeal to voters who care about jobs.',
    'He showed up to the gala in a suit and tie.',
    'In any case, the festival will go ahead as planned.',
    'Engineers cannot change the law of physics that limits battery density.',
    'Customers who sign up get a free weeklong trial of the service.',
    'In the film, a detective arrests a corrupt mayor and is later put on trial himself.',
    'I told the man in charge what she did.',
  ];
  for (const text of cases) {
    it(`ignores: ${text}`, () => {
      expect(extractClaims(text)).toEqual([]);
    });
  }

  it('still finds the legal sense next to them', () => {
    expect(extractClaims('The mayor was charged with fraud on Tuesday.')[0]?.type).toBe('charge');
    expect(extractClaims('The company was fined $2 million by regulators.')[0]?.type).toBe('penalty');
    // Appeal outranks ruling in the guideline's order.
    expect(extractClaims('She plans to appeal the ruling, her lawyer said.')[0]?.type).toBe('appeal');
    expect(extractClaims('The family filed a lawsuit against the city.')[0]?.type).toBe('lawsuit');
  });
});

describe('claim details', () => {
  it('applies the guideline precedence when a sentence reports two acts', () => {
    const [c] = extractClaims('He was arrested in June and later convicted of fraud.');
    expect(c?.type).toBe('verdict');
  });

  it('does not count negated acts or "if convicted" as acts', () => {
    expect(extractClaims('No charges have been filed.')).toEqual([]);
    const [c] = extractClaims('If convicted, he could face decades in jail.');
    expect(c?.type).toBe('penalty');
    expect(c?.hedge).toContain('If convicted');
  });

  it('does not treat an epithet as the act', () => {
    const [c] = extractClaims(
      'The prince denied knowing the convicted sex offender Jeffrey Epstein well, but the FBI has opened an investigation.',
    );
    expect(c?.type).toBe('investigation');
  });

  it('reads attribution from the end of the sentence', () => {
    const [c] = extractClaims('Officers arrested Christopher D. Battin, 33, at his home, Harris said.');
    expect(c).toMatchObject({ type: 'arrest', attribution: 'Harris', subject: 'Christopher D. Battin' });
  });
});

describe('speed on hostile input', () => {
  const inputs: [string, string][] = [
    ['one 1 MB word', 'a'.repeat(1_000_000)],
    ['"charged " a hundred thousand times', 'charged '.repeat(100_000)],
    [
      'a 1 MB sentence without punctuation',
      'police said the suspect was charged with fraud and held without bail in the county jail '.repeat(11_500),
    ],
    ['a million dots', '.'.repeat(1_000_000)],
    ['initials and dots', 'U.S. a. B. '.repeat(100_000)],
    ['commas and gaps', 'dragged , , , , , , , , to '.repeat(40_000)],
    ['quotes and brackets', '"(alleged)" [court] '.repeat(50_000)],
  ];
  for (const [name, text] of inputs) {
    it(`handles ${name} in well under 2 s`, () => {
      const t0 = performance.now();
      const claims = extractClaims(text, { title: text.slice(0, 10_000) });
      const ms = performance.now() - t0;
      expect(Array.isArray(claims)).toBe(true);
      expect(ms).toBeLessThan(2000);
    });
  }
});
