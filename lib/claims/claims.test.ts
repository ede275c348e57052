import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim, Entity } from '../report';
import { extractClaims } from './index';
import type { LabeledSentence } from './score';
import { cpuMs, HANG_GUARD_MS } from '../../fixtures/cpu-time';

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
    // The subject "Sirgoo Lee" links to e2 by name although e2 has no mention here; the
    // subject's entity comes first.
    expect(withEntities[1]!.subject).toBe('Sirgoo Lee');
    expect(withEntities[1]!.entityIds).toEqual(['e2', 'e1']);
    expect(withEntities[2]!.entityIds).toEqual(['e2']);
    expect(withEntities[3]!.entityIds).toEqual([]);
  });

  it('puts the subject and authority entities first, linked by mention or by a whole name', () => {
    const text = 'Police arrested John Smith after a raid by the Ohio State Patrol, prosecutors said.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, exact: s, prefix: '', suffix: '' });
    const entities: Entity[] = [
      { id: 'e1', type: 'organization', name: 'Ohio State Patrol', aliases: [], salience: 1, mentions: [{ in: 'body', ...at('Ohio State Patrol') }] },
      { id: 'e2', type: 'person', name: 'John Smith', aliases: ['Smith'], salience: 0.5, mentions: [{ in: 'body', ...at('John Smith') }] },
      { id: 'e3', type: 'person', name: 'Smith Jones', aliases: [], salience: 0.4, mentions: [] },
    ];
    const [c] = extractClaims(text, { entities });
    expect(c).toMatchObject({ type: 'arrest', subject: 'John Smith', attribution: 'prosecutors' });
    expect(c!.entityIds).toEqual(['e2', 'e1']);
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
    'Clients check these witness cosignatures to get assurance that the log is not lying to them.',
    'The California Public Utilities Commission holds a public hearing Wednesday with executives from AT&T and T-Mobile.',
    'Final Verdict: Are Smart Thermostats Worth It?',
    'The verdict is that these are the best noise-cancelling headphones money can buy.',
    'And let’s be honest, we’re all guilty of it.',
    'It writes code with complete conviction, including bugs.',
    'Runners can expect an 80% charge in about 45 minutes.',
    'Make sure the first sentence of your essay is the most interesting one.',
    'Google Flights has always ruled the roost on speed.',
    'Does the functionality of the program warrant the cost?',
    'You may even feel obligated to jump on a trending fitness program.',
    'It handles schoolwork and big files without complaint.',
    'They unleash chaos by freeing a dragon and summoning an undead army.',
  ];
  for (const text of cases) {
    it(`ignores: ${text}`, () => {
      expect(extractClaims(text)).toEqual([]);
    });
  }

  it('still finds a witness in court, or in a legal story', () => {
    expect(extractClaims('A witness told the court she saw the defendant leave the building.')).toHaveLength(1);
    const story = 'Police arrested the suspect on Monday. He was charged with murder on Tuesday. A judge denied him bail. He was indicted by a grand jury. Witnesses told reporters the man fled.';
    expect(extractClaims(story).find((c) => c.quote.exact.startsWith('Witnesses'))?.type).toBe('investigation');
  });

  it('still finds the legal sense next to them', () => {
    expect(extractClaims('The mayor was charged with fraud on Tuesday.')[0]?.type).toBe('charge');
    expect(extractClaims('The company was fined $2 million by regulators.')[0]?.type).toBe('penalty');
    // Appeal outranks ruling in the guideline's order.
    expect(extractClaims('She plans to appeal the ruling, her lawyer said.')[0]?.type).toBe('appeal');
    expect(extractClaims('The family filed a lawsuit against the city.')[0]?.type).toBe('lawsuit');
    expect(extractClaims('The jury returned its verdict on Friday, finding him guilty of fraud.')[0]?.type).toBe('verdict');
    expect(extractClaims('She was sentenced to five years, the longest sentence the law allows.')[0]?.type).toBe('sentence');
    expect(extractClaims('Police obtained a warrant to search the house.')[0]?.type).toBe('warrant');
  });
});

describe('a legal story by share, not by count alone', () => {
  // Three strong cues among hundreds of sentences (WCXB dev 1708, a gallery of photographers)
  // do not make every "examines" and "audited" an investigation.
  const strong = ['His work is an investigation into how images construct meaning.', 'Her inquiry into the digital age continues.', 'His sustained investigation of the human signature on the planet began in 1980.'];
  const weak = (i: number): string => `Series ${i} examines the passage of time, and its catalogue was audited by the museum.`;
  const filler = (i: number): string => `Plate ${i} shows a quiet harbour at dawn, printed large on fibre paper.`;

  it('trusts weak cues when strong ones are a real share of the article', () => {
    const text = [...strong, weak(1), filler(1), filler(2)].join(' ');
    expect(extractClaims(text).some((c) => c.quote.exact.startsWith('Series 1 examines'))).toBe(true);
  });

  it('does not when the same three are lost in a long article', () => {
    const text = [...strong, ...Array.from({ length: 400 }, (_, i) => (i % 20 === 0 ? weak(i) : filler(i)))].join(' ');
    const claims = extractClaims(text);
    expect(claims.filter((c) => c.quote.exact.startsWith('Series'))).toEqual([]);
    expect(claims).toHaveLength(3);
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

describe('subject and authority', () => {
  const cases: [string, Record<string, string>][] = [
    // Passive with an agent; appositive name.
    ['Sirgoo Lee, CEO of Daum Kakao, was summoned by the Daejeon Provincial Police Agency.', { subject: 'Sirgoo Lee', authority: 'the Daejeon Provincial Police Agency' }],
    // Active act with its agent.
    ['Federal agents arrested the former mayor at his home on Tuesday.', { subject: 'the former mayor', authority: 'Federal agents' }],
    // An authority that launches or drops an act noun.
    ['Sweden has dropped its investigation into a rape allegation against Julian Assange.', { subject: 'Julian Assange', authority: 'Sweden' }],
    // Possessive patient noun; "by" agent after the act noun.
    ["The company welcomed the court's ruling after Smith's arrest by state troopers.", { subject: 'Smith' }],
    // A statement of law: what the law calls illegal.
    ['The EU reiterated it still considers all settlement activity illegal.', { subject: 'all settlement activity' }],
    // The court decides about the parties of its "that" clause.
    ['The top court ruled that EU countries must label the products.', { subject: 'EU countries', authority: 'The top court' }],
    // A lawyer's client is the party; the lawyer is not an authority.
    ['Jason Foy, who represents Noel, said his client would plead not guilty to the charges.', { subject: 'Noel' }],
    // A pronoun resolved to the sentence's own subject.
    ['Webb confessed to the crime and the jury took 15 minutes to find him guilty.', { subject: 'Webb', authority: 'the jury' }],
    // "urge X to investigate Y": X acts.
    ['He tried to get Ukraine to investigate the Bidens over corruption allegations.', { subject: 'the Bidens', authority: 'Ukraine' }],
  ];
  for (const [text, want] of cases) {
    it(`reads ${JSON.stringify(want)} from: ${text}`, () => {
      const [c] = extractClaims(text);
      expect(c).toBeDefined();
      expect(c).toMatchObject(want);
    });
  }

  it('does not take an act, a document or a video for a party', () => {
    const [a] = extractClaims('The conspiracy charge is punishable by up to five years in prison.');
    expect(a?.subject).toBeUndefined();
    const [b] = extractClaims('Police released a video showing the arrest of two men.');
    expect(b?.subject).not.toBe('a video');
  });

  it('keeps defence counsel and court records out of the authority', () => {
    const [c] = extractClaims("Carlineo's attorney said her client never intended to harm anyone, court records show the charges were dropped.");
    expect(c?.authority ?? '').not.toMatch(/attorney|court records/);
  });
});

describe('attribution', () => {
  const cases: [string, string][] = [
    ['“We received a subpoena from the attorney general,” said a WeWork spokesperson when contacted by Reuters.', 'a WeWork spokesperson'],
    ['Wikileaks editor-in-chief Kristinn Hrafnsson said: "The prosecution of Mr Assange is a threat."', 'Wikileaks editor-in-chief Kristinn Hrafnsson'],
    ['This comes after police said the demonstrators had no option but to surrender and face arrest.', 'police'],
    ['Internal memo: Federal prison guards falsified records of cell checks', 'Internal memo'],
  ];
  for (const [text, source] of cases) {
    it(`credits ${source}`, () => {
      const [c] = extractClaims(text);
      expect(c?.attribution).toBe(source);
    });
  }

  it('does not credit a video or a question', () => {
    expect(extractClaims('The video shows officers arresting the suspect outside his home.')[0]?.attribution).toBeUndefined();
  });
});

/** `s` repeated to 1 MB. */
const mb = (s: string): string => s.repeat(Math.ceil(1_000_000 / s.length)).slice(0, 1_000_000);

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
    // Inputs that make every sentence a claim, so the field rules run on all of them.
    ['names, appositives and pronouns', mb('Officers arrested John Smith, who represents Noel, said he was charged. ')],
    ['possessives and relative clauses', mb("his trial on charges against him by the FBI's agents who allegedly said that ")],
    ['a title-case run', mb('Court Convicts Friend Of Boston Bombing Suspect Police Arrest Man ')],
    ['quotes and inverted sources', mb('“They were charged,” said the police, "and he was arrested," ')],
    ['commas between legal words', mb('Smith, , the, police, said, charged, , ')],
  ];
  for (const [name, text] of inputs) {
    it(`handles ${name} within the hang guard`, () => {
      let claims: Claim[] = [];
      const ms = cpuMs(() => {
        claims = extractClaims(text, { title: text.slice(0, 10_000) });
      });
      expect(Array.isArray(claims)).toBe(true);
      expect(ms).toBeLessThan(HANG_GUARD_MS);
    });
  }

  it('links 35,000 claims to 3,000 entities within the hang guard', () => {
    const sentence = 'Police arrested John Smith. ';
    const text = mb(sentence);
    const n = Math.floor(text.length / sentence.length);
    const mentions = Array.from({ length: n }, (_, i) => ({
      in: 'body' as const,
      start: i * sentence.length + 16,
      end: i * sentence.length + 26,
      exact: 'John Smith',
      prefix: '',
      suffix: '',
    }));
    const entities: Entity[] = [
      { id: 'e1', type: 'person', name: 'John Smith', aliases: ['Smith'], salience: 1, mentions },
      ...Array.from({ length: 3000 }, (_, i): Entity => ({
        id: `x${i}`,
        type: 'person',
        name: `Name ${i}`,
        aliases: [`Alias ${i}`],
        salience: 0.1,
        mentions: [],
      })),
    ];
    let claims: Claim[] = [];
    const ms = cpuMs(() => {
      claims = extractClaims(text, { entities });
    });
    expect(claims.length).toBeGreaterThan(30_000);
    expect(claims[0]!.entityIds).toEqual(['e1']);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });
});

describe('penalty wording', async () => {
  const { penaltyText } = await import('./fields');
  it('drops who a punishment applies to, keeping both amounts', () => {
    expect(penaltyText("up to 3 years in prison for the company's representatives or 20 million won in fines")).toBe(
      'up to 3 years in prison or 20 million won in fines',
    );
    expect(penaltyText('up to 10 years in prison for each count')).toBe('up to 10 years in prison for each count');
    expect(penaltyText('a fine of $5,000 and 2 years of probation')).toBe('a fine of $5,000 and 2 years of probation');
  });

  it('ends the punishment before when it was given (NBC 5, Zyte AEB)', () => {
    const penalty = (s: string) => extractClaims(s).find((c) => c.penalty)?.penalty;
    expect(penalty('The suspect, Michael Webb, was convicted and sentenced to life in federal prison last Thursday.')).toBe('life in federal prison');
    expect(penalty('He was sentenced to 12 years in prison on Monday.')).toBe('12 years in prison');
    expect(penalty('She was sentenced to 20 years in prison in March.')).toBe('20 years in prison');
    // "in" before a place of punishment is the punishment.
    expect(penalty('He faces up to 10 years in prison.')).toBe('up to 10 years in prison');
  });
});
