// The reference page (../shared/seed/seed-page.txt): the entities Lede must get right.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../report';
import { extractEntities } from './index';
import { isPartyTag } from './recognize';

// Paths from this file, not from the process: jsdom replaces the global URL.
const HERE = dirname(fileURLToPath(import.meta.url));
const page = readFileSync(resolve(HERE, '../../../shared/seed/seed-page.txt'), 'utf8');
const BODY = page.slice(page.indexOf("The CEO of one of Korea's"));
const TITLE = 'Police question Daum Kakao CEO in child porn investigation';
const entities = extractEntities(BODY, { title: TITLE });

/** The entity whose name or alias is `form`. */
function byForm(form: string): Entity | undefined {
  return entities.find((e) => e.name === form || e.aliases.includes(form));
}

function surfaces(e: Entity): string[] {
  return [e.name, ...e.aliases];
}

/** How often `needle` occurs in `hay` as a whole word. */
function countWord(hay: string, needle: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[$.]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  return hay.match(re)?.length ?? 0;
}

describe('extractEntities on the reference page', () => {
  it('starts where the article starts', () => {
    expect(BODY.startsWith("The CEO of one of Korea's largest internet companies, Sirgoo Lee")).toBe(true);
    expect(BODY.trimEnd().endsWith('their messages were being monitored.')).toBe(true);
  });

  it('finds Sirgoo Lee as a person, with "Lee" merged and his role', () => {
    const lee = byForm('Sirgoo Lee');
    expect(lee?.type).toBe('person');
    expect(lee?.name).toBe('Sirgoo Lee');
    expect(lee?.aliases).toContain('Lee');
    expect(byForm('Lee')).toBe(lee);
    // Every "Sirgoo Lee" and every bare "Lee" in the text is one of his mentions.
    const bareLee = countWord(BODY, 'Lee') - countWord(BODY, 'Sirgoo Lee');
    expect(lee?.mentions.filter((m) => m.in === 'body' && m.exact === 'Lee')).toHaveLength(bareLee);
    expect(lee?.mentions.filter((m) => m.exact === 'Sirgoo Lee')).toHaveLength(countWord(BODY, 'Sirgoo Lee'));
    expect(lee?.role).toContain('CEO of');
    expect(lee?.role).toContain('Daum Kakao');
  });

  it('keeps Daum Kakao, Daum and Kakao apart, all organizations', () => {
    const dk = byForm('Daum Kakao');
    const daum = byForm('Daum');
    const kakao = byForm('Kakao');
    for (const e of [dk, daum, kakao]) expect(e?.type).toBe('organization');
    expect(new Set([dk, daum, kakao]).size).toBe(3);
    const body = dk?.mentions.filter((m) => m.in === 'body') ?? [];
    expect(body.filter((m) => m.exact === 'Daum Kakao')).toHaveLength(countWord(BODY, 'Daum Kakao'));
    // "Daum" alone: every occurrence not followed by " Kakao".
    expect(daum?.mentions).toHaveLength(countWord(BODY, 'Daum') - countWord(BODY, 'Daum Kakao'));
    expect(daum?.role).toBe('an Internet portal');
    expect(kakao?.role).toBe('maker of the popular messaging app KakaoTalk');
  });

  it('merges "the company" into Daum Kakao, as mentions, not as a name or alias', () => {
    const dk = byForm('Daum Kakao')!;
    const nominal = dk.mentions.filter((m) => m.in === 'body' && m.exact.toLowerCase() === 'the company');
    // Every "the company" in the body: "…spreading through the company's popular instant
    // messaging app", "The company's purported negligence", "the company's representatives".
    expect(nominal).toHaveLength(countWord(BODY.toLowerCase(), 'the company'));
    expect(nominal).toHaveLength(3);
    for (const m of nominal) expect(BODY.slice(m.start, m.end).toLowerCase()).toBe('the company');
    expect(dk.aliases).toEqual([]);
    expect(dk.name).toBe('Daum Kakao');
  });

  it('treats "Kakao Group" as Kakao under its fuller name', () => {
    // The text says Kakao (maker of KakaoTalk) merged with Daum, then blames "Lee and Kakao
    // Group" for neglect "since before merging with Daum": the same pre-merger company.
    const kakao = byForm('Kakao');
    expect(kakao?.name).toBe('Kakao Group');
    expect(kakao?.aliases).toEqual(['Kakao']);
  });

  it('finds the police agency whole', () => {
    const police = byForm('Daejeon Provincial Police Agency');
    expect(police?.type).toBe('organization');
    expect(entities.filter((e) => surfaces(e).some((s) => s.includes('Daejeon')))).toHaveLength(1);
    // "A spokesperson for the police agency has explained…", five sentences on.
    expect(police?.mentions.map((m) => m.exact)).toEqual(['Daejeon Provincial Police Agency', 'the police agency']);
    expect(police?.aliases).toEqual([]);
  });

  it('finds KakaoTalk as a product, every time', () => {
    const app = byForm('KakaoTalk');
    expect(app?.type).toBe('product');
    expect(app?.mentions).toHaveLength(countWord(BODY, 'KakaoTalk'));
  });

  it('finds Korea and South Korea as places, from names and demonyms', () => {
    const korea = byForm('Korea');
    const south = entities.find((e) => e.name === 'South Korea');
    expect(korea?.type).toBe('place');
    expect(south?.type).toBe('place');
    expect(south?.aliases).toEqual(['South Korean']);
    expect(korea).not.toBe(south);
    // "Korean Internet giant" makes no entity of its own.
    expect(entities.some((e) => surfaces(e).some((s) => /Internet/.test(s) && s !== 'Korean'))).toBe(false);
  });

  it('keeps money amounts whole, with currency and magnitude', () => {
    const won = entities.find((e) => e.name === '20 million won');
    const usd = entities.find((e) => e.name === '$18,000');
    expect(won?.type).toBe('money');
    expect(usd?.type).toBe('money');
    expect(entities.filter((e) => e.type === 'money').map((e) => e.name).sort()).toEqual(['$18,000', '20 million won']);
  });

  it('finds dates and the law', () => {
    const dates = entities.filter((e) => e.type === 'date').map((e) => e.name);
    expect(dates).toEqual(expect.arrayContaining(['Wednesday', 'March 2014', 'June']));
    expect(entities.find((e) => e.name === 'child protection laws')?.type).toBe('law');
  });

  it('makes no junk entities', () => {
    const junk = ['The CEO', 'CEO', 'According', 'This', 'Some', 'A spokesperson', 'The', 'Police', 'Internet', 'Korean Internet', 'A', 'The company'];
    for (const e of entities) for (const s of surfaces(e)) expect(junk).not.toContain(s);
    expect(byForm('Wednesday')?.type).toBe('date');
    // Every name entity is one the page really has; nothing else slipped in.
    const names = entities.filter((e) => !['money', 'date', 'law'].includes(e.type)).map((e) => e.name).sort();
    expect(names).toEqual(
      ['Daejeon Provincial Police Agency', 'Daum', 'Daum Kakao', 'Kakao Group', 'KakaoTalk', 'Korea', 'Sirgoo Lee', 'South Korea'].sort(),
    );
  });

  it('anchors every mention as a quote of the text it came from', () => {
    for (const e of entities) {
      for (const m of e.mentions) {
        const src = m.in === 'title' ? TITLE : BODY;
        expect(src.slice(m.start, m.end)).toBe(m.exact);
        expect(src.slice(0, m.start).endsWith(m.prefix)).toBe(true);
        expect(src.slice(m.end).startsWith(m.suffix)).toBe(true);
      }
    }
    const title = byForm('Daum Kakao')?.mentions.filter((m) => m.in === 'title');
    const at = TITLE.indexOf('Daum Kakao');
    expect(title).toEqual([expect.objectContaining({ start: at, end: at + 'Daum Kakao'.length, exact: 'Daum Kakao' })]);
  });

  it('numbers entities by salience, the headline company and its CEO first', () => {
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => `e${i + 1}`));
    for (let i = 1; i < entities.length; i++) expect(entities[i]!.salience).toBeLessThanOrEqual(entities[i - 1]!.salience);
    for (const e of entities) {
      expect(e.salience).toBeGreaterThanOrEqual(0);
      expect(e.salience).toBeLessThanOrEqual(1);
    }
    expect(entities.slice(0, 2).map((e) => e.name).sort()).toEqual(['Daum Kakao', 'Sirgoo Lee']);
  });
});

describe('extractEntities on small texts', () => {
  it('returns nothing for empty or blank text', () => {
    expect(extractEntities('')).toEqual([]);
    expect(extractEntities('   \n\n  ', { title: '' })).toEqual([]);
  });

  it('does not mistake sentence openers for names', () => {
    const text = 'According to the report, the bank failed. This marks a change. Some have doubts. However, Reuters reported it.';
    expect(extractEntities(text).map((e) => e.name)).toEqual(['Reuters']);
  });

  it('keeps a capitalised opener that the text also capitalises elsewhere', () => {
    const text = 'Neumann bought the buildings. Investors later sued Adam Neumann.';
    const e = extractEntities(text);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ type: 'person', name: 'Adam Neumann', aliases: ['Neumann'] });
  });

  it('cuts titles off names and keeps them as roles', () => {
    const [putin] = extractEntities('Russian President Vladimir Putin met reporters.').filter((e) => e.type === 'person');
    expect(putin).toMatchObject({ name: 'Vladimir Putin', role: 'President' });
    const [carter] = extractEntities('U.S. Secretary of Defense Ash Carter spoke.').filter((e) => e.type === 'person');
    expect(carter).toMatchObject({ name: 'Ash Carter', role: 'U.S. Secretary of Defense' });
  });

  it('splits an employer from a titled name', () => {
    const e = extractEntities('WeWork CEO Adam Neumann resigned on Tuesday.');
    expect(e.find((x) => x.name === 'WeWork')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Adam Neumann')).toMatchObject({ type: 'person', role: 'CEO' });
  });

  it('keeps an employer whose name opens on a demonym, and cuts a judge off a court (GMB)', () => {
    for (const text of ['European Commission President Jose Manuel Barroso welcomed the vote.', 'The European Commission President, Jose Manuel Barroso, welcomed the vote.']) {
      const e = extractEntities(text);
      expect(e.find((x) => x.name === 'European Commission')?.type).toBe('organization');
      expect(e.find((x) => x.name === 'Jose Manuel Barroso')?.type).toBe('person');
    }
    const court = extractEntities('The Supreme Court Justice, Ruth Bader Ginsburg, dissented. The Department of Justice said it would appeal.');
    expect(court.filter((x) => x.type === 'organization').map((x) => x.name).sort()).toEqual(['Department of Justice', 'Supreme Court']);
    // A title after "of the" is the office's own remit, not a title cut off an employer.
    const office = extractEntities('The White House Office of the Press Secretary issued a statement.');
    expect(office.map((x) => x.name).filter((n) => / (?:of|the)$/.test(n))).toEqual([]);
  });

  it('reads a titled name that starts with a place name as the person (BBC, Zyte AEB)', () => {
    const e = extractEntities('They won the support of Senator Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez.');
    expect(e.find((x) => x.name === 'Alexandria Ocasio-Cortez')).toMatchObject({ type: 'person', role: 'congresswoman' });
    expect(e.find((x) => x.name === 'Alexandria')).toBeUndefined();
    // Without a title before it, a known place glued to a name still splits off.
    const glued = extractEntities('The envoy to Ukraine Kurt Volker testified on Tuesday.');
    expect(glued.find((x) => x.name === 'Kurt Volker')?.type).toBe('person');
  });

  it('takes "Rt. Hon." and "Hon." for a legislator’s style, not for names (The Paradigm, Zyte AEB)', () => {
    const e = extractEntities(
      'Lawan moved a motion on the deaths of former Speaker of the House of Representatives Rt. Hon. B. U. Nzeribe and Hon. Funke Adedoyin.',
    );
    const names = e.map((x) => x.name);
    expect(names).toContain('B. U. Nzeribe');
    expect(names).toContain('Funke Adedoyin');
    expect(names.some((n) => /\b(?:Rt|Hon)\b/.test(n))).toBe(false);
    expect(e.find((x) => x.name === 'House of Representatives')?.type).toBe('organization');
  });

  it('reads a dateline as the place the story was filed from, named as a reader writes it', () => {
    const e = extractEntities(
      'BUFFALO, N.Y. — Hours before the game, Wild coach Bruce Boudreau praised his winger.\n\nKALISPELL, Mont. (AP) — A bear wandered into a school.\n\nUNICEF (the children’s agency) said the appeal was open.',
    );
    expect(e.find((x) => x.name === 'Buffalo')?.type).toBe('place');
    expect(e.find((x) => x.name === 'Kalispell')?.type).toBe('place');
    // "St." in a dateline is part of the place, not a saint's or a person's title.
    const stJoseph = extractEntities('ST. JOSEPH, Mich. (AP) — A sixth person has died of the virus, officials said.');
    expect(stJoseph.find((x) => x.name === 'St. Joseph')?.type).toBe('place');
    expect(stJoseph.some((x) => x.type === 'person')).toBe(false);
    // A paragraph that opens on an acronym and a bracket is not a dateline.
    expect(e.find((x) => x.name === 'UNICEF')?.type).toBe('organization');
  });

  it('makes one place of a dateline in capitals and the same name in the story (AP via SFGate, Zyte AEB)', () => {
    const e = extractEntities(
      'HAYWARD, Calif. (AP) — A passenger was stabbed on a commuter train.\n\nThe fight broke out on a BART train pulling into a station in Hayward.\n\nInterim BART Police Chief Ed Alvarez said a suspect was arrested.',
    );
    const hayward = e.filter((x) => x.name === 'Hayward');
    expect(hayward).toHaveLength(1);
    expect(hayward[0]!.mentions.map((m) => m.exact)).toEqual(['HAYWARD', 'Hayward']);
    // "Interim" is a title's word, as "Acting" is, not part of the agency's name.
    expect(e.map((x) => x.name)).not.toContain('Interim BART');
    expect(e.find((x) => x.name === 'BART')?.mentions).toHaveLength(2);
    // A dateline on a line of its own, as press releases set it (Ascom, Zyte AEB); four capitals
    // join the story's name there.
    const release = extractEntities('Ascom improves visibility.\n\nBAAR, SWITZERLAND\n\nNurses respond faster.\n\nThe firm is headquartered in Baar (Switzerland).');
    expect(release.find((x) => x.name === 'Baar')).toMatchObject({ type: 'place', mentions: [{ exact: 'BAAR' }, { exact: 'Baar' }] });
    // Short capitals are acronyms of their own: "BART" is not a "Bart".
    const bart = extractEntities('BART trains ran late. Bart Simpson rode one. Bart said so.');
    expect(bart.find((x) => x.name === 'BART')?.mentions.map((m) => m.exact)).toEqual(['BART']);
    expect(bart.find((x) => x.name === 'Bart Simpson')?.mentions.map((m) => m.exact)).toEqual(['Bart Simpson', 'Bart']);
  });

  it('reads a state abbreviated after a place as that state, and the place before it as a place (AP style)', () => {
    const e = extractEntities(
      'ST. JOSEPH, Mich. (AP) — Officials in Michigan said a man died. She grew up in Jackson, Miss., and moved to Springfield, Ill., in 1990. ' +
        'The rally in Charleston, W.Va., drew thousands. Mo Farah won in Columbia, Mo., on Sunday. Write to 100 Main St, Austin, TX 78701.',
    );
    const place = (name: string) => e.find((x) => x.name === name && x.type === 'place');
    // The abbreviation's period is its own inside a sentence ("Mich. (AP)", "Miss., and").
    expect(place('Michigan')?.mentions.map((m) => m.exact)).toEqual(['Mich.', 'Michigan']);
    expect(place('Mississippi')?.mentions.map((m) => m.exact)).toEqual(['Miss.']);
    for (const name of ['Jackson', 'Springfield', 'Illinois', 'Charleston', 'West Virginia', 'Columbia', 'Missouri', 'Austin', 'Texas']) {
      expect(place(name), name).toBeDefined();
    }
    // "Mo" after "Columbia," is Missouri, not Mo Farah.
    expect(e.find((x) => x.name === 'Mo Farah')?.mentions.map((m) => m.exact)).toEqual(['Mo Farah']);
    expect(e.map((x) => x.name)).not.toContain('Mich');
    // The abbreviations that are also words count only where no name follows them.
    const words = extractEntities('Thank you, Miss. Smith will call. In Paris, La Paz and Lima, people marched. Sen. Joe Manchin, D-W.Va., spoke.');
    expect(words.map((x) => x.name).sort()).toEqual(['Joe Manchin', 'La Paz', 'Lima', 'Paris', 'Smith']);
  });

  it('takes no lone letter and no word only a sentence capitalises for a name (Vox, Beachbody via Zyte AEB)', () => {
    const e = extractEntities(
      'Crop burning in Punjab is a big contributor to the smog. Brick kilns that burn solid fuels are another. ' +
        'The city closed the brick kilns during the festival. Brick kilns and factories have also been shut.\n\n' +
        'A Little More Obsessed follows the same nutrition plan, so you can simply use the Phase 1 calculation from 80 Day Obsession to determine your daily calorie target.\n\nMeal Prep Menu for Eating Plan C',
    );
    const names = e.map((x) => x.name);
    expect(names).not.toContain('Brick');
    expect(names).not.toContain('C');
    expect(names).toContain('Punjab');
    // A name the text also capitalises inside a sentence stays, even if it writes the word in lower case too.
    const apple = extractEntities('Apple sold more phones. Shares of Apple rose. She ate an apple.');
    expect(apple.find((x) => x.name === 'Apple')?.type).toBe('organization');
  });

  it('keeps a town and its river whole, and takes doctrines and their followers for no body (NBC News via Zyte AEB)', () => {
    const e = extractEntities(
      'Hitler was born in Braunau am Inn, a town on the border with Germany. He later lived in Frankfurt am Main. ' +
        'Kingston upon Thames is in London. Austria has struggled with its past with National Socialism and Communism. Nazis ruled the town. I am sure of it.',
    );
    const typed = Object.fromEntries(e.map((x) => [x.name, x.type]));
    expect(typed).toMatchObject({ 'Braunau am Inn': 'place', 'Frankfurt am Main': 'place', 'Kingston upon Thames': 'place' });
    expect(e.find((x) => x.name === 'Braunau am Inn')?.role).toBe('a town on the border with Germany');
    expect(typed).toMatchObject({ 'National Socialism': 'misc', Communism: 'misc' });
    expect(Object.keys(typed)).not.toContain('Nazis');
    expect(Object.keys(typed)).not.toContain('Inn');
    // The town alone, later, is the same place.
    const later = extractEntities('Hitler was born in Braunau am Inn, a town on the border with Germany. Braunau officials agreed.');
    expect(later.find((x) => x.name === 'Braunau am Inn')?.mentions.map((m) => m.exact)).toEqual(['Braunau am Inn', 'Braunau']);
    // "-ism" after "of" heads nothing: the ministry stays a body.
    expect(extractEntities('She spoke at the Ministry of Tourism.').find((x) => x.name === 'Ministry of Tourism')?.type).toBe('organization');
  });

  it('reads a firm by its headquarters and divisions, and a maker\'s model by its number alone (Ascom, CNBC via Zyte AEB)', () => {
    const e = extractEntities('Ascom announces a partnership with GE Healthcare.\n\nAscom is headquartered in Baar, and has subsidiaries in 18 countries.');
    expect(e.find((x) => x.name === 'Ascom')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'GE Healthcare')?.type).toBe('organization');
    const typed = Object.fromEntries(extractEntities('Sony Pictures and GE Aviation hired. Apple Music grew.').map((x) => [x.name, x.type]));
    expect(typed).toMatchObject({ 'Sony Pictures': 'organization', 'GE Aviation': 'organization', 'Apple Music': 'product' });
    const cars = extractEntities('BMW X5 sales rose; the X5 sells well.');
    expect(cars.find((x) => x.name === 'BMW X5')).toMatchObject({ type: 'product', aliases: ['X5'] });
  });

  it('names a place after its own name, not the demonym a headline repeats (VOA, Zyte AEB)', () => {
    const e = extractEntities('Russia and the Syrian government have been accused of blocking aid to the Rukban camp.', {
      title: 'Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return',
    });
    const syria = e.find((x) => x.name === 'Syria');
    expect(syria?.type).toBe('place');
    expect(syria?.mentions.map((m) => `${m.in}:${m.exact}`)).toEqual(['title:Syria', 'title:Syrian', 'body:Syrian']);
  });

  it('keeps the gazetteer’s word on a name only the tagger found: "The US" is a place', () => {
    const e = extractEntities('The US and the UAE agreed on Monday. Officials in the United States said talks went well.');
    const us = e.find((x) => x.name === 'United States');
    expect(us?.type).toBe('place');
    expect(us?.aliases).toContain('US');
  });

  it('types a weakly known name by the list it stands in', () => {
    const type = (text: string, name: string) => extractEntities(text).find((e) => e.name === name)?.type;
    // Alone, both read as personal names (two capitalised words, no first name the lists know).
    expect(type('The contract went to Lockheed Martin, Boeing and Northrop Grumman, the Pentagon said.', 'Northrop Grumman')).toBe('organization');
    expect(type('The fund holds shares in Apple, Microsoft and Berkshire Hathaway.', 'Berkshire Hathaway')).toBe('organization');
    // A plural head after the list names its members' kind, even for a pair (AP, Zyte AEB).
    const counties = extractEntities('Cases were reported in Barry, Calhoun, Cass and Van Buren counties, officials said.');
    for (const name of ['Barry', 'Calhoun', 'Cass', 'Van Buren']) expect(counties.find((e) => e.name === name)?.type, name).toBe('place');
    expect(type('Officials in Kalkaska and Oscoda counties closed the schools.', 'Oscoda')).toBe('place');
  });

  it('keeps a place name and the one word after it whole when that word is no name of its own', () => {
    const names = (text: string) => extractEntities(text).map((e) => `${e.type}:${e.name}`);
    // AEB sports pages: "St." is a saint's or a city's, not a person's title.
    expect(names('Pat Maroon, a St. Louis native, scored twice as the Blues won.')).toContain('place:St. Louis');
    const football = names('Jose Mourinho managed Chelsea and Manchester United before he joined Tottenham Hotspur.');
    expect(football).toContain('organization:Manchester United');
    expect(football).toContain('organization:Tottenham Hotspur');
    expect(football).not.toContain('place:Manchester');
    expect(names('Paris Hilton arrived in London on Monday.')).toContain('person:Paris Hilton');
    // A known company and one word of its own is what the company makes.
    expect(names('Amazon Alexa and Facebook Messenger got updates on Monday, Amazon said.')).toEqual(
      expect.arrayContaining(['product:Amazon Alexa', 'product:Facebook Messenger', 'organization:Amazon']),
    );
    // Two names glued together still split: a person's name, or an acronym.
    expect(names('The envoy to Ukraine Kurt Volker testified.')).toContain('person:Kurt Volker');
    expect(names('The bomb was blamed on the Belfast IRA, police said.')).toContain('place:Belfast');
  });

  it('merges an acronym given in brackets', () => {
    const e = extractEntities('The National Security Council (NSC) met. Officials at the NSC disagreed.');
    const nsc = e.find((x) => x.name === 'National Security Council');
    expect(nsc).toMatchObject({ type: 'organization', aliases: ['NSC'] });
    expect(nsc?.mentions).toHaveLength(3);
  });

  it('merges a company’s short name into its full name, not a known name into a longer one (SpaceNews, Zyte AEB)', () => {
    const e = extractEntities(
      'NASA picked Tyvak Nano-Satellite Systems and Ceres Robotics. Tyvak will build a lander. ' +
        'Amazon Web Services grew, Amazon said. Dubai Airports is busy and Dubai is growing.',
    );
    const tyvak = e.find((x) => x.name === 'Tyvak Nano-Satellite Systems');
    expect(tyvak).toMatchObject({ type: 'organization', aliases: ['Tyvak'] });
    expect(tyvak?.mentions).toHaveLength(2);
    expect(e.filter((x) => x.name === 'Tyvak')).toHaveLength(0);
    // Amazon and Dubai are known names of their own: AWS is a part, the airport a place in it.
    expect(e.find((x) => x.name === 'Amazon')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Dubai')?.type).toBe('place');
  });

  it('keeps "Emirates Airline" whole and merges "Emirates" into it, but not "Turkish" into Turkish Airlines (CNBC, Zyte AEB)', () => {
    const e = extractEntities(
      "Dubai's flagship carrier Emirates Airline finalized a deal. The airline said so. Emirates President Tim Clark spoke. " +
        'Turkish Airline executives were there, a Turkish official said. Turkey agreed.',
    );
    expect(e.find((x) => x.name === 'Emirates Airline')).toMatchObject({ type: 'organization', aliases: ['Emirates'] });
    expect(e.filter((x) => x.name === 'Airline' || x.name === 'Emirates')).toHaveLength(0);
    const turkey = e.find((x) => x.name === 'Turkey');
    expect(turkey?.mentions.map((m) => m.exact)).toEqual(['Turkish', 'Turkey']);
  });

  it('reads "Air …" as an airline, after a country too (CNBC, Zyte AEB)', () => {
    const e = extractEntities(
      "Boeing also took orders for the embattled 737 Max jet from Turkish-based carrier SunExpress, Kazakhstan's Air Astana and a third undisclosed buyer. Air France declined.",
    );
    expect(e.find((x) => x.name === 'Air Astana')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Air France')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Kazakhstan')?.type).toBe('place');
  });

  it('cuts a plural title off the first of the names it introduces (GMB)', () => {
    const e = extractEntities('The State Department says the delegation will be led by Senators John Sununu and Joseph Biden.');
    expect(e.find((x) => x.name === 'John Sununu')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Joseph Biden')?.type).toBe('person');
    expect(e.filter((x) => x.name.startsWith('Senators'))).toHaveLength(0);
  });

  it('keeps "and" inside a body named for its remit, not between two names', () => {
    const e = extractEntities(
      'The House Energy and Commerce Committee held a hearing. The Peace and Democracy Party won seats. ' +
        'Citigroup and Wells Fargo Bank raised rates. Beinsure Media and Insurance Ratings published it.',
    );
    const orgs = e.filter((x) => x.type === 'organization').map((x) => x.name);
    expect(orgs).toContain('House Energy and Commerce Committee');
    expect(orgs).toContain('Peace and Democracy Party');
    expect(orgs).toContain('Citigroup');
    expect(orgs).toContain('Wells Fargo Bank');
    expect(orgs.filter((n) => n.includes(' and '))).toHaveLength(2);
  });

  it('knows agencies whose names the run scanner would cut, and joins their other names (AEB, GMB)', () => {
    const e = extractEntities(
      'U.S. Customs and Border Protection agents arrested him. CBP declined to comment. ' +
        'The U.S. Geological Survey measured the quake. The U.S. Fish and Wildlife Service listed the bird. ' +
        'Militants of the rival Fatah movement were detained.',
    );
    expect(e.find((x) => x.name === 'U.S. Customs and Border Protection')).toMatchObject({ type: 'organization', aliases: ['CBP'] });
    expect(e.find((x) => x.name === 'U.S. Geological Survey')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'U.S. Fish and Wildlife Service')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Fatah')?.type).toBe('organization');
    expect(e.filter((x) => ['Geological Survey', 'U.S. Fish', 'Wildlife Service', 'Border Protection', 'U.S.'].includes(x.name))).toHaveLength(0);
  });

  it('reads a plural possessive inside a name that ends in an org head, not a quote closing (GMB)', () => {
    const e = extractEntities("The Al Aqsa Martyrs' Brigades said it would agree to a truce. The National Teachers' Union called a strike. He called them 'Heroes' Party officials said.");
    const orgs = e.filter((x) => x.type === 'organization').map((x) => x.name);
    expect(orgs).toContain("Al Aqsa Martyrs' Brigades");
    expect(orgs).toContain("National Teachers' Union");
    expect(e.filter((x) => x.name === 'Brigades' || x.name.startsWith('Heroes'))).toHaveLength(0);
  });

  it('keeps a known group and the particle name after it whole (GMB)', () => {
    const e = extractEntities('Fighting between the Lebanese Army and the Fatah al-Islam militants began May 20.');
    expect(e.find((x) => x.name === 'Fatah al-Islam')?.type).toBe('organization');
    expect(e.filter((x) => x.name === 'al-Islam')).toHaveLength(0);
  });

  it('keeps a group named for its cause whole mid-sentence, not lawyers for a person (NBC via MSN, Zyte AEB)', () => {
    const e = extractEntities(
      'The doctors, members of a recently formed group Doctors for Camp Closure, have offered flu shots. ' +
        'He joined Veterans for Peace in 2004. Lawyers for Weinstein said he was innocent. Donors gave to Americans for Trump in May.',
    );
    const orgs = e.filter((x) => x.type === 'organization').map((x) => x.name);
    expect(orgs).toEqual(expect.arrayContaining(['Doctors for Camp Closure', 'Veterans for Peace']));
    expect(e.filter((x) => x.name === 'Doctors' || x.name === 'Camp Closure' || x.name.includes('Weinstein ') || x.name.includes('for Weinstein') || x.name.includes('for Trump'))).toHaveLength(0);
    expect(e.find((x) => x.name === 'Weinstein')?.type).toBe('person');
  });

  it('does not split a known name at its common words ("Mothers Against Drunk Driving"), nor take a faith for a person', () => {
    const e = extractEntities("A spokesman for Mothers Against Drunk Driving said so. Bodies turned up after the bombing of a Shi'ite shrine near Baghdad.");
    expect(e.find((x) => x.name === 'Mothers Against Drunk Driving')?.type).toBe('organization');
    expect(e.filter((x) => x.name === "Shi'ite")).toHaveLength(0);
  });

  it('takes no verb or adverb for a role, but keeps titles after a noun or a name (CRN, Zyte AEB)', () => {
    const e = extractEntities(
      'We all miss Steve Jobs so much, Benioff said. Now his own company, Salesforce, has a growing customer base. ' +
        'Instagram head Adam Mosseri spoke. SoftBank executive chair Marcelo Claure agreed.',
    );
    const role = (name: string): string | undefined => e.find((x) => x.name === name)?.role;
    expect(role('Steve Jobs')).toBeUndefined();
    expect(role('Salesforce')).toBe('his own company');
    expect(role('Adam Mosseri')).toBe('head');
    expect(role('Marcelo Claure')).toBe('executive chair');
  });

  it('reads people by their field, a trade opening a sentence as a title, and degrees as no names (Quanta, Zyte AEB; WCXB)', () => {
    const e = extractEntities(
      'When the immunologist De’Broski Herbert at the University of Pennsylvania looked inside, he saw cells. ' +
        'Billionaire Mark Cuban agreed. Matthew Boland, PhD, a clinical psychologist, said so. ' +
        'The post was written by Vanessa Mendez, MD, gastroenterologist, Parkview Health. ' +
        'Star Wars Jedi sold well. Its campaign for Filmland Spirits, a whiskey producer, won.',
    );
    const find = (name: string) => e.find((x) => x.name === name);
    expect(find('De’Broski Herbert')).toMatchObject({ type: 'person', role: 'immunologist' });
    expect(find('Mark Cuban')).toMatchObject({ type: 'person', role: 'Billionaire' });
    expect(find('Matthew Boland')?.role).toBe('a clinical psychologist');
    expect(find('Vanessa Mendez')?.role).toBe('gastroenterologist');
    expect(find('Parkview Health')?.role).toBeUndefined();
    expect(find('Filmland Spirits')?.type).not.toBe('person');
    // A producer of goods is a firm; a film's producer a person (he was a product, "film").
    const more = extractEntities('Harvey Weinstein, a film producer, was jailed. Rio Tinto, the world’s biggest iron ore producer, said so.');
    expect(more.find((x) => x.name === 'Harvey Weinstein')).toMatchObject({ type: 'person', role: 'a film producer' });
    expect(more.find((x) => x.name === 'Rio Tinto')?.type).toBe('organization');
    expect(e.filter((x) => ['PhD', 'MD', 'Billionaire Mark Cuban', 'Wars Jedi'].includes(x.name))).toHaveLength(0);
  });

  it('names no party letter in brackets and no people of a place (The Hill, Zyte AEB)', () => {
    const e = extractEntities(
      'South Dakota Gov. Kristi Noem (R) is defending the campaign. South Dakotans laughed at it. ' +
        'New Yorkers and Kentuckians did too. The Cleveland Indians won.',
    );
    expect(e.find((x) => x.name === 'Kristi Noem')?.type).toBe('person');
    expect(e.find((x) => x.name === 'South Dakota')?.type).toBe('place');
    expect(e.filter((x) => ['R', 'South Dakotans', 'New Yorkers', 'Kentuckians'].includes(x.name))).toHaveLength(0);
    expect(e.find((x) => x.name === 'Cleveland Indians')).toBeDefined();
  });

  it('makes no entity of a people or a faith, but keeps names that hold one (GMB news)', () => {
    const e = extractEntities(
      'Bosnian Serb President Dragan Cavic urged suspects to surrender. Shia Muslims and Sunni Arabs ' +
        'marched in Baghdad. Tamil rebels clashed with troops, and Hutu militias attacked Tutsi villagers. ' +
        'The Muslim Brotherhood and the Arab League met in Cairo. Ali Kurd, 41, was arrested. Māori tribes are fearful over whale strandings.',
    );
    const names = e.map((x) => x.name);
    for (const people of ['Serb', 'Shia Muslims', 'Sunni Arabs', 'Tamil', 'Hutu', 'Tutsi', 'Māori']) expect(names, people).not.toContain(people);
    expect(e.find((x) => x.name === 'Dragan Cavic')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Bosnia')?.type).toBe('place');
    expect(e.find((x) => x.name === 'Muslim Brotherhood')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Arab League')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Ali Kurd')?.type).toBe('person');
  });

  it('makes no entity of a party’s members, but keeps the party (Zyte AEB: Vox on the 2019 elections; UNER)', () => {
    const e = extractEntities(
      'Kentucky Democrats beat incumbent Gov. Matt Bevin in a state Trump won by 30 points in 2016. And Louisiana Democrats re-elected ' +
        'Governor John Bel Edwards. Democrats in Mississippi made significant gains. It’s true that Democrats didn’t run on the issue of ' +
        'impeachment. The Neocons in the CPA have motives. The Democratic Party met.',
    );
    const names = e.map((x) => x.name);
    for (const members of ['Democrats', 'Neocons']) expect(names, members).not.toContain(members);
    expect(e.find((x) => x.name === 'Democratic Party')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'John Bel Edwards')?.type).toBe('person');
  });

  it('keeps a name whole that its bracketed acronym spells, and a known place apart before "\'s" (CRN, Zyte AEB)', () => {
    const e = extractEntities(
      'Apple is a strong advocate for DACA (Deferred Action for Childhood Arrivals) recipients. Officials ' +
        'at the National Institutes of Health (NIH) agreed. Jobs spoke on the grounds of San Francisco’s ' +
        'Moscone Center.',
    );
    const daca = e.find((x) => x.name === 'Deferred Action for Childhood Arrivals');
    expect(daca).toBeDefined();
    expect(daca?.aliases).toContain('DACA');
    expect(e.find((x) => x.name === 'National Institutes of Health')?.aliases).toContain('NIH');
    expect(e.find((x) => x.name === 'San Francisco')?.type).toBe('place');
    expect(e.find((x) => x.name === 'Moscone Center')).toBeDefined();
    const names = e.map((x) => x.name);
    for (const piece of ['Action', 'Childhood Arrivals', 'National Institutes', 'Health', 'San Francisco’s Moscone Center']) expect(names, piece).not.toContain(piece);
  });

  it('makes one entity of a school with and without its head word, not of a place or a surname', () => {
    const e = extractEntities(
      'Researchers at Harvard University found it. Harvard also said so. A team at Carnegie Mellon University ' +
        'agreed, and Carnegie Mellon will fund it. Gov. Jerry Brown visited Brown University. Brown said it was ' +
        'good. Indiana University is in Indiana.',
    );
    expect(e.find((x) => x.name === 'Harvard University')?.aliases).toContain('Harvard');
    const cmu = e.find((x) => x.name === 'Carnegie Mellon University');
    expect(cmu?.aliases).toContain('Carnegie Mellon');
    expect(cmu?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Jerry Brown')?.aliases).toContain('Brown');
    expect(e.find((x) => x.name === 'Brown University')?.aliases).toEqual([]);
    expect(e.find((x) => x.name === 'Indiana')?.type).toBe('place');
  });

  it('makes no entity of a draw group, and ends a name at a letter before a new sentence (Zyte AEB)', () => {
    const e = extractEntities(
      'England (Group A): 10th appearance. Argentina got past Chile 3-0 in Group C. Spain topped Pool C. ' +
        'The Blackstone Group said so. George W. Bush spoke.',
    );
    const names = e.map((x) => x.name);
    for (const group of ['Group A', 'Group C', 'Pool C', 'Pool C. The Blackstone Group']) expect(names, group).not.toContain(group);
    expect(e.find((x) => x.name === 'Blackstone Group')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'George W. Bush')?.type).toBe('person');
    expect(e.find((x) => x.name === 'England')?.type).toBe('place');
  });

  it('keeps a company\'s possessive name and reads market indices (Fox Business, Zyte AEB)', () => {
    const e = extractEntities(
      "Dow component Home Depot reported earnings. Rival Lowe's was also lower, and Kohl’s cut jobs. " +
        'Home Depot shares are up 39 percent while the S&P 500 is up 24.5 percent, outpacing the Dow Jones Industrial Average.',
    );
    const lowes = e.find((x) => x.name === "Lowe's");
    expect(lowes?.type).toBe('organization');
    expect(lowes?.role).toBe('Rival');
    expect(e.find((x) => x.name === 'Kohl’s')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'S&P 500')?.type).toBe('misc');
    expect(e.find((x) => x.name === 'Dow Jones Industrial Average')?.type).toBe('misc');
    expect(e.map((x) => x.name)).not.toContain('S&P');
  });

  it('knows restaurant and store chains named bare (UNER EWT reviews)', () => {
    const e = extractEntities("We ate at Taco Bell, then got coffee at Dunkin'. Costco raised prices. Shares of Walmart fell.");
    expect(e.map((x) => [x.type, x.name])).toEqual([
      ['organization', 'Taco Bell'],
      ['organization', "Dunkin'"],
      ['organization', 'Costco'],
      ['organization', 'Walmart'],
    ]);
  });

  it("cuts a player's position and an insider's trade off the name (CBS Sports, Zyte AEB)", () => {
    const e = extractEntities(
      'Browns DL Sheldon Richardson weighed in on Monday. Cleveland DL Larry Ogunjobi was suspended, and Browns coach Freddie Kitchens ' +
        'spoke. Browns pass rusher Myles Garrett and Pittsburgh center Maurkice Pouncey were suspended. CBS Sports NFL Insider Jason La Canfora has reported it.',
    );
    const person = (name: string) => e.find((x) => x.name === name);
    expect(person('Sheldon Richardson')).toMatchObject({ type: 'person', role: 'DL' });
    expect(person('Larry Ogunjobi')).toMatchObject({ type: 'person', role: 'DL' });
    expect(person('Freddie Kitchens')).toMatchObject({ type: 'person', role: 'coach' });
    expect(person('Myles Garrett')).toMatchObject({ type: 'person', role: 'pass rusher' });
    expect(person('Maurkice Pouncey')).toMatchObject({ type: 'person', role: 'center' });
    expect(person('Jason La Canfora')).toMatchObject({ type: 'person', role: 'Insider' });
    expect(e.filter((x) => x.type === 'organization').map((x) => x.name)).toEqual(['Browns', 'CBS Sports NFL']);
  });

  it('takes a name with a trade mark for a brand, and a publication for an organization (Zyte AEB)', () => {
    const e = extractEntities('Add a jar of Don Victor® Honey and a Kleenex™ tissue. The report was cited by hit-or-miss Taiwanese publication DigiTimes.');
    expect(e.find((x) => x.name === 'Don Victor')?.type).toBe('product');
    expect(e.find((x) => x.name === 'Honey')?.type).toBe('product');
    expect(e.find((x) => x.name === 'Kleenex')?.type).toBe('product');
    expect(e.find((x) => x.name === 'DigiTimes')).toMatchObject({ type: 'organization', role: 'Taiwanese publication' });
  });

  it('reads an imperative opening a sentence as no part of a name, and a car by its body (Zyte AEB)', () => {
    const e = extractEntities(
      "Remember New Jersey's epic quest to find a slogan? Enter South Dakota to throw down the gauntlet. " +
        'With 6 million Sentra vehicles sold, Nissan expects more. The Maxima sedan is bigger.',
    );
    expect(e.map((x) => `${x.type} ${x.name}`).sort()).toEqual(['organization Nissan', 'place New Jersey', 'place South Dakota', 'product Maxima', 'product Sentra']);
  });

  it('joins a known body\'s short names to its full name, and knows Martha\'s Vineyard (Stratfor, Zyte AEB)', () => {
    const e = extractEntities("The United Nations said the camp was full. The U.N. plan failed, the UN said. Officials flew to Martha's Vineyard, then Martha’s Vineyard again.");
    expect(e.map((x) => [x.type, x.name, x.mentions.length])).toEqual([
      ['organization', 'United Nations', 3],
      ['place', "Martha's Vineyard", 2],
    ]);
  });

  it("reads a chamber's officer, a machine's name and a species' initial (Zyte AEB)", () => {
    const e = extractEntities(
      'Senate Leader, Ahmad Lawan, mourned former House of Representatives Speaker, Benjamin Nzeribe. ' +
        'The simulation ran on the Hazel Hen supercomputer in Stuttgart. Mice carried Tritrichomonas muris, and Howitt found that T. muris was normal.',
    );
    expect(e.map((x) => `${x.type} ${x.name}`).sort()).toEqual([
      'organization House of Representatives',
      'organization Senate',
      'person Ahmad Lawan',
      'person Benjamin Nzeribe',
      'person Howitt',
      'place Stuttgart',
      'product Hazel Hen',
    ]);
  });

  it('cuts a role before a compound participle; knows publications and awards opening on a common word (Zyte AEB)', () => {
    const e = extractEntities(
      'The deal is with Kosmos, a group co-founded by soccer player Gerard Pique. Kurinji Selvaraj, a research analyst at the Delhi-based ' +
        'CEEW, spoke. Rolling Stone reported the feud. Live Science said so. She won at the American Music Awards. PE shops bought it.',
    );
    const byName = (name: string) => e.find((x) => x.name === name);
    expect(byName('Kosmos')).toMatchObject({ type: 'organization', role: 'a group' });
    expect(byName('Kurinji Selvaraj')).toMatchObject({ type: 'person', role: 'a research analyst' });
    expect(byName('Rolling Stone')?.type).toBe('organization');
    expect(byName('Live Science')?.type).toBe('organization');
    expect(byName('American Music Awards')?.type).toBe('misc');
    expect(e.map((x) => x.name)).not.toContain('PE');
    expect(e.map((x) => x.name)).not.toContain('Stone');
  });

  it('knows business regions, a knife, a company named with a pronoun and award categories (Zyte AEB)', () => {
    const e = extractEntities('The We Company filed for an IPO. Sales in the Americas and Asia-Pacific rose. He sells Swiss Army knives. She won Best Actress. VOD sales rose.');
    expect(e.map((x) => `${x.type} ${x.name}`).sort()).toEqual([
      'organization The We Company',
      'place Americas',
      'place Asia-Pacific',
      'product Swiss Army knives',
    ]);
  });

  it('reads no people in a quoted title, but a quoted name stays one (Vanity Fair in Zyte AEB, WikiEvents)', () => {
    const e = extractEntities(
      'It began when the “Melvin and Howard” star woke up. He loved a script called “Wild Rose,” a story. Michael McDonald sang “Takin’ It to the Streets.” ' +
        'He rented it in the name of “Robert Kling.” The group called itself the “Islamic State” then.',
    );
    expect(e.map((x) => `${x.type} ${x.name}`).sort()).toEqual(['organization Islamic State', 'person Michael McDonald', 'person Robert Kling']);
  });

  it('takes no brand written with an inner capital for a person, and keeps such surnames (Zyte AEB)', () => {
    const e = extractEntities(
      'Names like Chime, Varo, SoFi and Lugg raised money. Enter Lugg, Instacart, DoorDash and GrubHub. Shares of SoFi rose. Peter DeFazio and Brian McCann met DeShawn Watson.',
    );
    const byName = (name: string) => e.find((x) => x.name === name);
    expect(byName('SoFi')?.type).toBe('organization');
    expect(byName('GrubHub')?.type).not.toBe('person');
    for (const name of ['Peter DeFazio', 'Brian McCann', 'DeShawn Watson']) expect(byName(name)?.type, name).toBe('person');
  });

  it('takes a founder\'s studio or architects for a firm (Zyte AEB)', () => {
    const e = extractEntities('With its installation, Balmond Studio creates an optical illusion. Zaha Hadid Architects bid too.');
    expect(e.map((x) => `${x.type} ${x.name}`).sort()).toEqual(['organization Balmond Studio', 'organization Zaha Hadid Architects']);
  });

  it('takes a name before "restaurant", "mosque" or "street" for a place (WikiEvents)', () => {
    const e = extractEntities('More than 300 people were eating in the neighbouring El Tobogan restaurant. A police officer stood outside Didsbury mosque.');
    expect(e.map((x) => `${x.type} ${x.name}`).sort()).toEqual(['place Didsbury', 'place El Tobogan']);
  });

  it('takes a name before "conference" or "festival" for an event (CRN, Zyte AEB)', () => {
    const e = extractEntities("Cook spoke at Salesforce's Dreamforce conference in San Francisco. Dreamforce drew 170,000 people.");
    expect(e.map((x) => [x.type, x.name])).toEqual([
      ['organization', 'Salesforce'],
      ['misc', 'Dreamforce'],
      ['place', 'San Francisco'],
    ]);
  });

  it('types space programmes and rockets as no organization (SpaceX, Zyte AEB)', () => {
    const e = extractEntities("NASA's Artemis program will fly astronauts around the Moon. SpaceX launched a Falcon Heavy rocket on Tuesday. The Artemis II crew trained in Houston.");
    expect(e.filter((x) => x.type === 'organization').map((x) => x.name)).toEqual(['NASA', 'SpaceX']);
    expect(e.find((x) => x.name === 'Falcon Heavy')?.type).toBe('product');
    expect(e.find((x) => x.name === 'Artemis II')?.type).toBe('misc');
  });

  it('takes "the Moon" for a place, and "Moon" alone still for a person (Al Jazeera, Zyte AEB)', () => {
    const space = extractEntities('Getting to the Moon, while not easy, has been done. Staying on the Moon and reaching Mars, however, has not.');
    expect(space.find((x) => x.name === 'Moon')?.type).toBe('place');
    const korea = extractEntities('President Moon Jae-in spoke on Monday. Moon said the talks would go on.');
    expect(korea.find((x) => x.name === 'Moon Jae-in')?.aliases).toContain('Moon');
  });

  it('takes a name that opens with a given name of the longer list for a person (Zyte AEB)', () => {
    const e = extractEntities(
      'A: Broncos vs. Raiders at Mile High Stadium in the Peyton Manning record breaking season. This has ' +
        'freed the £38million move of Thibaut Courtois to Real Madrid. Auditors at Ernst & Young signed off, ' +
        'and the family moved to Pembroke Pines.',
    );
    expect(e.find((x) => x.name === 'Peyton Manning')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Thibaut Courtois')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Ernst & Young')?.type).not.toBe('person');
    expect(e.find((x) => x.name === 'Pembroke Pines')?.type).not.toBe('person');
  });

  it('makes one person of a full name and its last two words (Pioneer Press, Zyte AEB)', () => {
    const e = extractEntities(
      'Joel Eriksson Ek scored twice. Eriksson Ek later added an assist, and Ek smiled. Patrick Soon-Shiong ' +
        'bought the paper; Soon-Shiong said little. Jane Smith and John Smith spoke.',
    );
    const ek = e.find((x) => x.name === 'Joel Eriksson Ek');
    expect(ek?.aliases).toEqual(expect.arrayContaining(['Eriksson Ek', 'Ek']));
    expect(ek?.mentions).toHaveLength(3);
    expect(e.find((x) => x.name === 'Patrick Soon-Shiong')?.aliases).toContain('Soon-Shiong');
    expect(e.filter((x) => x.name === 'Jane Smith' || x.name === 'John Smith')).toHaveLength(2);
  });

  it('reads a law\'s name through its small words (Vox, The Guardian, Zyte AEB)', () => {
    const e = extractEntities(
      'In 2009 the state enacted the Punjab Preservation of Subsoil Water Act. He was charged under the ' +
        'Prevention of Money Laundering Act. The Freedom of Information Act applies, as does the Hong Kong ' +
        'Human Rights and Democracy Act. Students take the SAT and ACT.',
    );
    const laws = e.filter((x) => x.type === 'law').map((x) => x.name);
    expect(laws).toEqual(
      expect.arrayContaining([
        'Punjab Preservation of Subsoil Water Act',
        'Prevention of Money Laundering Act',
        'Freedom of Information Act',
        'Hong Kong Human Rights and Democracy Act',
      ]),
    );
    for (const piece of ['Information Act', 'Freedom', 'Subsoil Water Act', 'Democracy Act', 'SAT and ACT']) expect(e.map((x) => x.name), piece).not.toContain(piece);
    // "Bill" is a given name too (GMB): two governors, no law.
    const governors = extractEntities('Democratic governors Janet Napolitano of Arizona and Bill Richardson of New Mexico spoke.');
    expect(governors.filter((x) => x.type === 'person').map((x) => x.name).sort()).toEqual(['Bill Richardson', 'Janet Napolitano']);
  });

  it('makes one entity of "Justice Department" and "Department of Justice" (USA Today, Zyte AEB)', () => {
    const e = extractEntities(
      'The Justice Department declined to comment. The U.S. Department of Justice later said the Department ' +
        'of Justice would review it. The Interior Department and the Department of the Interior agreed. The ' +
        'Chicago Police Department was not involved.',
    );
    const orgs = e.filter((x) => x.type === 'organization');
    expect(orgs.find((x) => x.name === 'U.S. Department of Justice')?.aliases).toEqual(expect.arrayContaining(['Justice Department', 'Department of Justice']));
    expect(orgs.find((x) => x.name === 'Department of the Interior')?.aliases).toContain('Interior Department');
    expect(orgs.find((x) => x.name === 'Chicago Police Department')?.aliases).toEqual([]);
    expect(orgs).toHaveLength(3);
  });

  it('makes one person of a given name and its short form (Vox, Zyte AEB)', () => {
    const e = extractEntities(
      'Josh Apte, a professor, said so. Joshua Apte studied the air. Apte added more. Chuck Patterson and ' +
        'Charles Patterson are one man. Jo Smith and John Smith are two.',
    );
    expect(e.find((x) => x.name === 'Joshua Apte')?.aliases).toEqual(expect.arrayContaining(['Josh Apte', 'Apte']));
    expect(e.find((x) => x.name === 'Charles Patterson')?.aliases).toContain('Chuck Patterson');
    expect(e.filter((x) => x.name === 'Jo Smith' || x.name === 'John Smith')).toHaveLength(2);
  });

  it('makes no entity of a plural in capitals (WikiEvents, Quanta)', () => {
    const e = extractEntities('Anti-drone unmanned aerial vehicles (UAVs) are to be used. UAVs could be flown by terrorists, and NGOs and MPs agreed while GPCRs bind. NATO and the AFL-CIO met.');
    expect(e.map((x) => x.name).sort()).toEqual(['AFL-CIO', 'NATO']);
  });

  it('takes a place and a team\'s nickname for a team (Zyte AEB)', () => {
    const e = extractEntities('Westbrook scored 50 points in their last season in Oklahoma City Thunder. The Miami Heat beat the Orlando Magic in Miami. Mexico City is big.');
    for (const team of ['Oklahoma City Thunder', 'Miami Heat', 'Orlando Magic']) expect(e.find((x) => x.name === team)?.type, team).toBe('organization');
    expect(e.find((x) => x.name === 'Miami')?.type).toBe('place');
    expect(e.find((x) => x.name === 'Mexico City')?.type).toBe('place');
  });

  it('takes diseases for misc names, one card for their spellings (WikiEvents)', () => {
    const e = extractEntities('HIV patients say officials failed them. He said it was not Ebola. COVID-19 cases rose and Covid deaths fell.');
    expect(e.map((x) => [x.type, x.name, x.aliases])).toEqual([
      ['misc', 'COVID-19', ['Covid']],
      ['misc', 'HIV', []],
      ['misc', 'Ebola', []],
    ]);
  });

  it('takes the name before "administration" for a person, not a place (UNER)', () => {
    const e = extractEntities('There was speculation about the Bush administration naming a replacement. The Kenya administration disagreed.');
    expect(e.find((x) => x.name === 'Bush')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Kenya')?.type).toBe('place');
  });

  it('reads "in" before a possessive as about the possessed thing, not a place', () => {
    // WCXB dev 4444 (a heading, then the body): the heading's "in" made her a place.
    const e = extractEntities('Part 2: What’s in Kelsey’s Refrigerator? My friend and coworker Kelsey often says her favorite use is to plan meals.');
    expect(e.find((x) => x.name === 'Kelsey')?.type).toBe('person');
  });

  it('keeps the particles that open a surname named alone, in English text only', () => {
    const e = extractEntities('Radical young Palestinians may look to the example of bin Laden for their cues. Later, von der Leyen said no, and the works of van Gogh sold.');
    expect(e.filter((x) => x.type === 'person').map((x) => x.name).sort()).toEqual(['bin Laden', 'van Gogh', 'von der Leyen']);
    // German: "von der Datenfreigabe" is a preposition and a noun.
    const de = extractEntities('Die Daten kommen von der Datenfreigabe, und die Regel gilt für alle Patienten in Hessen.');
    expect(de.some((x) => x.name.startsWith('von '))).toBe(false);
  });

  it('knows the cities and provinces the tagger guessed at (WCXB 0243, 0469)', () => {
    const e = extractEntities('The tour goes from Memphis to Louisville. The premier of Manitoba met officials from Saskatchewan.');
    for (const place of ['Memphis', 'Louisville', 'Manitoba', 'Saskatchewan']) expect(e.find((x) => x.name === place)?.type, place).toBe('place');
  });

  it('takes a company and a division or venue word for no product (Zyte AEB)', () => {
    const e = extractEntities('Stocks fell, CNN Business reported. The family visited Disney World. Apple Pay launched.');
    const type = (name: string): string | undefined => e.find((x) => x.name === name)?.type;
    expect([type('CNN Business'), type('Disney World'), type('Apple Pay')]).toEqual(['organization', 'place', 'product']);
  });

  it('keeps a place and its event whole: "Los Angeles Auto Show" (Zyte AEB)', () => {
    const e = extractEntities('Lexus unveiled the car at the Los Angeles Auto Show on Wednesday. The Detroit Auto Show opened. Virginia Democrats met.');
    expect(e.filter((x) => x.type === 'misc').map((x) => x.name).sort()).toEqual(['Detroit Auto Show', 'Los Angeles Auto Show']);
    expect(e.find((x) => x.name === 'Virginia')?.type).toBe('place');
  });

  it('takes car and sports abbreviations for terms, not organizations (Zyte AEB)', () => {
    expect(extractEntities('The SUV has RWD and AWD versions, with a WLTP range of 300 miles. The PHEV model is next.')).toEqual([]);
    expect(extractEntities('A ban on the sale of unregistered SIM cards began.')).toEqual([]);
    const game = extractEntities('Arthur Jackson caught two TD passes and ran for three TDs. The QB threw for 300 yards. TD Bank sponsored the game at TD Garden.');
    expect(game.map((x) => x.name).sort()).toEqual(['Arthur Jackson', 'TD Bank', 'TD Garden']);
  });

  it('keeps every member of a list its plural head names, the tagger\'s doubts aside (Zyte AEB)', () => {
    const e = extractEntities('The virus has been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties. It spread.');
    expect(e.map((x) => [x.type, x.name]).sort()).toEqual(
      ['Barry', 'Berrien', 'Calhoun', 'Cass', 'Kalamazoo', 'Van Buren'].map((n) => ['place', n]),
    );
  });

  it('lets the gazetteer outvote a head word the tagger agrees with ("Oval Office", "West Bank")', () => {
    const e = extractEntities('Trump spoke from the Oval Office. Settlers left the northern West Bank. The course covers Microsoft Office.');
    const type = (name: string): string | undefined => e.find((x) => x.name === name)?.type;
    expect([type('Oval Office'), type('West Bank'), type('Microsoft Office')]).toEqual(['place', 'place', 'product']);
  });

  it('knows armed forces by their initials (WikiEvents)', () => {
    const e = extractEntities('Lord Carrington flew back to Belfast in an RAF transport plane. The IDF said its troops fired.');
    expect(e.find((x) => x.name === 'RAF')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'IDF')?.type).toBe('organization');
  });

  it('names awards, streamers and streaming services (WCXB 0106)', () => {
    const e = extractEntities('The Golden Globes and the Grammys aired on Hulu and Peacock. She won a Grammy. Emmy Rossum starred.');
    const type = (name: string): string | undefined => e.find((x) => x.name === name)?.type;
    expect([type('Golden Globes'), type('Grammys')]).toEqual(['misc', 'misc']);
    expect(e.find((x) => x.name === 'Grammys')?.aliases).toEqual(['Grammy']);
    expect([type('Hulu'), type('Peacock'), type('Emmy Rossum')]).toEqual(['organization', 'product', 'person']);
  });

  it('takes plural and two-word nicknames for teams, not a place with a plural (WCXB 0056)', () => {
    const e = extractEntities('The St. Louis Cardinals beat the Chicago Cubs. The Boston Red Sox signed him, and the Buffalo Bills cut him. British Royals met Indiana Jones in Chicago.');
    for (const team of ['St. Louis Cardinals', 'Chicago Cubs', 'Boston Red Sox', 'Buffalo Bills']) expect(e.find((x) => x.name === team)?.type, team).toBe('organization');
    expect(e.find((x) => x.name === 'Boston')).toBeUndefined();
    expect(e.find((x) => x.name === 'Indiana Jones')?.type).not.toBe('organization');
    expect(e.find((x) => x.name === 'Chicago')?.type).toBe('place');
  });

  it('knows companies web pages name bare, and keeps a company\'s one-word product whole (WCXB)', () => {
    const e = extractEntities(
      'Shopify and Deloitte both use QuickBooks Online, and Zoho Books is cheaper. Rent from Hertz or Avis. ' +
        'Share on Facebook Twitter LinkedIn.',
    );
    for (const org of ['Shopify', 'Deloitte', 'Hertz', 'Avis']) expect(e.find((x) => x.name === org)?.type, org).toBe('organization');
    const names = e.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['QuickBooks Online', 'Zoho Books']));
    for (const piece of ['Online', 'Books', 'Facebook Twitter']) expect(names, piece).not.toContain(piece);
    // Not a common word a headline-like run was cut at (Politico, Zyte AEB).
    const vindman = extractEntities('He questioned Alexander Vindman, who is the White House National Security Council Ukraine expert. Other security officials declined.');
    expect(vindman.find((x) => x.name === 'White House')?.type).toBe('organization');
  });

  it('knows broadcasters the tagger took for people (GMB, WikiEvents)', () => {
    const e = extractEntities('Ismail told Arabiya television that parties agreed. Al-Jazeera and Al Jazeera English reported it, as did Deutsche Welle; DW editors agreed.');
    expect(e.find((x) => x.name === 'Arabiya')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Deutsche Welle')).toMatchObject({ type: 'organization', aliases: ['DW'] });
    expect(e.find((x) => x.name === 'Al-Jazeera')?.type).toBe('organization');
  });

  it('names publications with their "The" (The Hill, Zyte AEB)', () => {
    const e = extractEntities('The story was first reported by The Hill. The Guardian and The Atlantic followed. Storms crossed the Atlantic.');
    for (const paper of ['The Hill', 'The Guardian', 'The Atlantic']) expect(e.find((x) => x.name === paper)?.type, paper).toBe('organization');
    expect(e.find((x) => x.name === 'Atlantic')?.type).toBe('place');
    // The mention leaves the article out, as news corpora's labels do ("Times", not "The Times").
    expect(e.find((x) => x.name === 'The Hill')?.mentions.map((m) => m.exact)).toEqual(['Hill']);
  });

  it('makes no entity of a title\'s remit, but keeps an employer after "of" (WikiEvents)', () => {
    const e = extractEntities(
      'The Minister of Health, Nancy Perez, spoke about public health. The Minister for Education said ' +
        'education matters. The CEO of Hipcricket agreed, as did the Prime Minister of Japan.',
    );
    expect(e.find((x) => x.name === 'Nancy Perez')?.role).toBe('The Minister of Health');
    const names = e.map((x) => x.name);
    for (const remit of ['Health', 'Education']) expect(names, remit).not.toContain(remit);
    expect(names).toEqual(expect.arrayContaining(['Hipcricket', 'Japan']));
  });

  it('makes no entity of a title phrase with no name after it, but keeps a place before it', () => {
    const e = extractEntities(
      'Chief of Police Tom Lane spoke. The Commissioner of Police, Hakeem Odumosu, said so. The Secretary of ' +
        'State flew in, and the U.S. Surgeon General warned.',
    );
    expect(e.find((x) => x.name === 'Tom Lane')?.role).toBe('Chief of Police');
    expect(e.find((x) => x.name === 'Hakeem Odumosu')?.type).toBe('person');
    expect(e.map((x) => x.name).sort()).toEqual(['Hakeem Odumosu', 'Tom Lane', 'U.S.']);
  });

  it('makes no entity of a generation or a stock phrase in capitals (WCXB)', () => {
    const e = extractEntities('The figure jumps to 90% for Gen Z and 84% for Millennials. Live Q&A sessions help, and a Social Media course too, according to Strava.');
    expect(e.map((x) => x.name)).toEqual(['Strava']);
  });

  it('takes a trade opening a sentence for a title before a name (GMB news)', () => {
    const e = extractEntities(
      'Correspondent Kurt Achin reports from Seoul. Teammate Francois Duval finished second. Archaeologist ' +
        'Yardenna Alexandre said so. Spaniard Carlos Moya won. Star Wars Jedi sold well.',
    );
    expect(e.find((x) => x.name === 'Francois Duval')).toMatchObject({ type: 'person', role: 'Teammate' });
    expect(e.find((x) => x.name === 'Yardenna Alexandre')).toMatchObject({ type: 'person', role: 'Archaeologist' });
    expect(e.find((x) => x.name === 'Carlos Moya')).toMatchObject({ type: 'person', role: 'Spaniard' });
    expect(e.find((x) => x.name === 'Kurt Achin')?.role).toBe('Correspondent');
    expect(e.map((x) => x.name)).not.toContain('Wars Jedi');
    const officials = extractEntities('Agriculture Undersecretary J. B. Penn spoke. Undersecretary of State Nicholas Burns agreed.');
    // The portfolio is part of the title, as in "Farm Minister".
    expect(officials.find((x) => x.name === 'J. B. Penn')?.role).toBe('Agriculture Undersecretary');
    expect(officials.find((x) => x.name === 'Nicholas Burns')?.role).toBe('Undersecretary of State');
  });

  it('takes a portfolio for part of a title, a plural trade for no one\'s title, and a portfolio alone for no body (GMB)', () => {
    const e = extractEntities(
      'Lawmakers Fred Kapondi and Joshua Kutuny, and Assistant Roads Minister Wilfred Machage, were released. ' +
        'The Health Ministry says 12 people died. Health officials say the outbreak spread. Gunmen Ali Hassan and Omar Farouk fled.',
    );
    const typed = e.map((x) => `${x.type}:${x.name}`);
    for (const person of ['Fred Kapondi', 'Joshua Kutuny', 'Wilfred Machage', 'Ali Hassan', 'Omar Farouk']) expect(typed, person).toContain(`person:${person}`);
    expect(e.find((x) => x.name === 'Wilfred Machage')?.role).toBe('Assistant Roads Minister');
    expect(typed).toContain('organization:Health Ministry');
    const names = e.map((x) => x.name);
    for (const wrong of ['Lawmakers Fred Kapondi', 'Assistant Roads', 'Roads', 'Health', 'Gunmen Ali Hassan']) expect(names, wrong).not.toContain(wrong);
  });

  it('reads a region from its adjective, and storms named in the plural as storms (GMB)', () => {
    const e = extractEntities('West African leaders met in Abuja. Southeast Asian nations are gathering. Africa is big. Hurricanes Katrina and Rita hit the coast.');
    const westAfrica = e.find((x) => x.name === 'West Africa');
    expect(westAfrica?.type).toBe('place');
    expect(westAfrica?.mentions.map((m) => m.exact)).toEqual(['West African']);
    expect(e.find((x) => x.name === 'Southeast Asia')?.type).toBe('place');
    expect(e.find((x) => x.name === 'Africa')?.mentions.map((m) => m.exact)).toEqual(['Africa']);
    expect(e.map((x) => x.name)).not.toContain('Southeast Asian');
    expect(e.filter((x) => x.type === 'person')).toEqual([]);
  });

  it('ends a role at a participle, and reads a title after a person and a comma as that person\'s (Zyte AEB)', () => {
    const e = extractEntities(
      'Ascom, a global solutions provider focused on healthcare ICT and mobile workflow solutions, announced a new product. ' +
        'Rob Goldman, President Ascom North America, says it works. Angela Merkel, President Emmanuel Macron and others met.',
    );
    expect(e.find((x) => x.name === 'Ascom')).toMatchObject({ type: 'organization', role: 'a global solutions provider' });
    expect(e.find((x) => x.name === 'Ascom North America')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Ascom North America')?.role).toBeUndefined();
    expect(e.find((x) => x.name === 'Rob Goldman')).toMatchObject({ type: 'person', role: 'President Ascom North America' });
    // A list of people keeps its titles.
    expect(e.find((x) => x.name === 'Emmanuel Macron')).toMatchObject({ type: 'person', role: 'President' });
  });

  it('knows stadiums by name and greetings for no name (Zyte AEB)', () => {
    const e = extractEntities('Tottenham posted a picture of Jose Mourinho with the caption "Welcome Jose". He has turned down offers since his Old Trafford exit.');
    expect(e.find((x) => x.name === 'Old Trafford')?.type).toBe('place');
    expect(e.map((x) => x.name)).not.toContain('Welcome Jose');
    expect(e.find((x) => x.name === 'Jose Mourinho')?.aliases).toContain('Jose');
  });

  it('reads no Reuters instrument code as a name, alone or after the instrument (Zyte AEB)', () => {
    const text =
      'Brent LCOc1 was last at $60.73. On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points. ' +
      'Spot gold XAU= added 0.1%. Aluminum on the London Metal Exchange CMAL3 lost 0.06%.';
    const e = extractEntities(text);
    const names = e.map((x) => x.name);
    for (const code of ['DJI', 'XAU', 'Brent LCOc1', 'London Metal Exchange CMAL3']) expect(names, code).not.toContain(code);
    expect(e.find((x) => x.name === 'London Metal Exchange')?.type).toBe('organization');
    expect(names).toContain('Dow Jones Industrial Average');
    // A quote table's name in capitals is an alias, not the card's name (Fox Business).
    const table = extractEntities('Dow component Home Depot reported earnings.\n\nTicker\n\nHD\n\nTHE HOME DEPOT INC.\n\n225.86\n\nHome Depot shares fell.');
    expect(table.find((x) => x.type === 'organization')).toMatchObject({ name: 'Home Depot', aliases: ['HOME DEPOT INC'] });
    // What a code follows is an instrument, not a person (Brent crude, the benchmark).
    expect(e.find((x) => x.name === 'Brent')?.type).toBe('misc');
  });

  it('reads a summary box\'s label as no part of a name (Healthline via Zyte AEB)', () => {
    const e = extractEntities('Many people practise yoga at home.\nSummary Yoga can help reduce binge eating.\nSummary Studies show that fasting may raise cravings.');
    const names = e.map((x) => x.name);
    for (const glued of ['Summary Yoga', 'Summary Studies', 'Summary']) expect(names, glued).not.toContain(glued);
  });

  it('takes a company\'s partner for a company, and a name in capitals joined by a hyphen for one (GMB)', () => {
    const e = extractEntities('Robert Dudley will travel to Russia, signaling a thaw between BP and its Russian partner TNK-BP. She thanked her partner John Smith.');
    expect(e.find((x) => x.name === 'TNK-BP')).toMatchObject({ type: 'organization', role: 'Russian partner' });
    expect(e.find((x) => x.name === 'John Smith')).toMatchObject({ type: 'person', role: 'partner' });
  });

  it('reads a role past "St." (Quanta, Zyte AEB)', () => {
    const e = extractEntities('“People ignored them,” said Megan Baldridge, a molecular microbiologist at Washington University in St. Louis. More followed.');
    expect(e.find((x) => x.name === 'Megan Baldridge')?.role).toBe('a molecular microbiologist at Washington University in St. Louis');
  });

  it('makes no entity of a holiday, a garden a place, a party member a person (GMB news)', () => {
    const e = extractEntities(
      'People celebrated the New Year on Sunday. Shops closed for Christmas and Easter, and families ' +
        'marked Eid al-Fitr and Lunar New Year. Mr. Obama spoke in the White House Rose Garden. ' +
        'Florida Republican Connie Mack said the broadcasts would help. The final is at Madison Square ' +
        'Garden. Fiona Hill testified. The Christmas Island detention centre closed.',
    );
    const names = e.map((x) => x.name);
    for (const day of ['New Year', 'Christmas', 'Easter', 'Eid al-Fitr', 'Lunar New Year']) expect(names, day).not.toContain(day);
    expect(e.find((x) => x.name === 'White House Rose Garden')?.type).toBe('place');
    expect(e.find((x) => x.name === 'Madison Square Garden')?.type).toBe('place');
    expect(e.find((x) => x.name === 'Connie Mack')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Fiona Hill')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Christmas Island')).toBeDefined();
  });

  it('names no reviewer the site masked, but keeps a name in bold (KLOOK reviews, Zyte AEB)', () => {
    const e = extractEntities('Great show, loved it! – Ali***\n\nAmazing performance. – Jo** Al****\n\nWe flew with **Lufthansa** to Seoul.');
    expect(e.filter((x) => ['Ali', 'Jo', 'Al'].includes(x.name))).toHaveLength(0);
    expect(e.find((x) => x.name === 'Lufthansa')?.type).toBe('organization');
  });

  it('names no term in capitals ("AI", "APIs") or eponym ("Alzheimer\'s disease"); types law acronyms, software, programmes (WCXB)', () => {
    const e = extractEntities('Google uses AI and APIs to improve SEO and ROI. AI-powered search helps. The HTML spec changed. Apple announced new GPUs.');
    expect(e.filter((x) => x.type === 'organization').map((x) => x.name).sort()).toEqual(['Apple', 'Google']);
    expect(e.filter((x) => ['AI', 'APIs', 'SEO', 'ROI', 'HTML', 'GPUs'].includes(x.name))).toHaveLength(0);
    const laws = extractEntities('Clinics must follow HIPAA, and the site follows GDPR. The HVAC unit and the PC broke.');
    expect(laws.map((x) => [x.type, x.name])).toEqual([['law', 'HIPAA'], ['law', 'GDPR']]);
    const more = extractEntities("People with Alzheimer's disease were studied. Medicare pays for it. Python and Linux are free. Michael J. Fox has Parkinson's disease.");
    expect(more.map((x) => [x.type, x.name])).toEqual([
      ['organization', 'Medicare'],
      ['product', 'Python'],
      ['product', 'Linux'],
      ['person', 'Michael J. Fox'],
    ]);
    // Conditions, charges, business and chat shorthand (UNER EWT's e-mails and reviews had them as organizations).
    const shorthand = extractEntities('Veterans with PTSD and children with ADHD were studied. He was arrested for DUI in Ohio. FYI, the RFP is due, the SVP wrote. LOL.');
    expect(shorthand.map((x) => [x.type, x.name])).toEqual([['place', 'Ohio']]);
    // Nor is a post office box.
    const box = extractEntities('Write to P.O. Box 69440, Los Angeles, or to PO Box 12, Boise.').map((x) => x.name);
    expect(box).toEqual(['Los Angeles', 'Boise']);
    // Nothing inside a web or e-mail address is a name.
    const addresses = extractEntities('See http://www.google.co.uk/search?q=photo&oe=utf-8&rls=org.mozilla:en-US&sout=1 or mail Jane.Doe@Acme.com. Jane Doe runs Acme Corp. Follow her @JaneDoe on X.');
    expect(addresses.map((x) => [x.type, x.name])).toEqual([['person', 'Jane Doe'], ['organization', 'Acme Corp']]);
    // Written as a name, a term's letters may be one.
    expect(extractEntities('Ram said he was happy with the result.').find((x) => x.name === 'Ram')?.type).toBe('person');
  });

  it('takes no contraction opening a sentence for a name ("I’ll", "I\'ve", "Don’t"), but keeps O’Neal (WCXB)', () => {
    const e = extractEntities(
      "It's hard to figure out the seating arrangement. I’m also thinking the TV is just too high and while I’m dreaming, a sofa would fit. " +
        "I look at the bed and see missed planting opportunities.\n\nI'd put an obelisk trellis in the center of the bed. I'd plant it in May. " +
        'If it doesn’t work you’re out a whole $1200 over 6 months. I’ll give you 3 reasons. Later, Shaquille O’Neal agreed. Then O’Neal left.',
    );
    expect(e.filter((x) => /['’]/.test(x.name)).map((x) => x.name)).toEqual(['Shaquille O’Neal']);
  });

  it('names no common words capitalised as a heading, table header or label, but keeps names (WCXB reviews)', () => {
    const e = extractEntities(
      'Which laptop uses less power? It depends on the price range and the cost of the parts.\n\n' +
        'Frequently Asked Questions\n\nPrice Range\n\n$999 to $1,299\n\n' +
        'Pro Tip: Some travel insurance plans cover the price of a trip. Ask for a tip from Lenovo.\n\n' +
        // Written in lower case in an address, and as a name in the prose: a name.
        'Lenovo Support\n\nThe maker, Lenovo, hosts its support pages at support.lenovo.com for free.',
    );
    const names = e.map((x) => x.name);
    expect(names.filter((n) => ['Questions', 'Price Range', 'Range', 'Pro Tip'].includes(n))).toHaveLength(0);
    expect(names).toContain('Lenovo');
  });

  it('titles a given name with "Private" or "Major", not a name of its own (Security.org, WCXB)', () => {
    const e = extractEntities(
      'He signed with Major League Baseball last year. Just like NordVPN and Proton VPN, Private Internet Access offers obfuscation. ' +
        'Private Bradley Manning was charged. Major John Smith spoke.',
    );
    expect(e.find((x) => x.name === 'Major League Baseball')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Bradley Manning')).toMatchObject({ type: 'person', role: 'Private' });
    expect(e.find((x) => x.name === 'John Smith')).toMatchObject({ type: 'person', role: 'Major' });
    expect(e.filter((x) => ['League Baseball', 'Internet Access'].includes(x.name) || x.role?.startsWith('Private Internet'))).toHaveLength(0);
  });

  it('keeps a body named for its aim whole, but not a committee sent to a known place (GMB)', () => {
    const e = extractEntities('The Committee to Protect Journalists says it is alarmed. Congress sent the Committee to Washington on Monday.');
    expect(e.find((x) => x.name === 'Committee to Protect Journalists')?.type).toBe('organization');
    expect(e.filter((x) => x.name === 'Protect Journalists')).toHaveLength(0);
    expect(e.find((x) => x.name === 'Washington')?.type).toBe('place');
    expect(e.filter((x) => x.name.includes('to Washington'))).toHaveLength(0);
  });

  it("keeps an apostrophe or a hyphenated Korean syllable inside a name (GMB, Zyte AEB)", () => {
    const e = extractEntities(
      "Bombers hit a Shi'ite shrine in Samarra. Kevin O'Brien met President Moon Jae-in and Tsai Ing-wen in Seoul. Moon said little.",
    );
    const names = e.map((x) => x.name);
    expect(names).not.toContain('Shi');
    expect(e.find((x) => x.name === "Kevin O'Brien")?.type).toBe('person');
    expect(e.find((x) => x.name === 'Moon Jae-in')).toMatchObject({ type: 'person', aliases: ['Moon'] });
    expect(e.find((x) => x.name === 'Tsai Ing-wen')?.type).toBe('person');
    // A hyphen after a name is still no part of it: "Seoul-based", "Trump-era".
    const other = extractEntities('Seoul-based firms welcomed the Trump-era rules.').map((x) => x.name);
    expect(other).toEqual(expect.arrayContaining(['Seoul']));
    expect(other.some((n) => n.includes('-'))).toBe(false);
  });

  it('keeps Chinese given names and "-ul-" names whole after the hyphen (GMB)', () => {
    const e = extractEntities(
      "Taiwan's president Chen Shui-bian said no. Unification Minister Lee Soo-hyuck spoke. Captain Inzamam-ul-Haq was on hand. Ma Ying-jeou met Lee Teng-hui.",
    );
    const people = e.filter((x) => x.type === 'person').map((x) => x.name);
    for (const name of ['Chen Shui-bian', 'Lee Soo-hyuck', 'Inzamam-ul-Haq', 'Ma Ying-jeou', 'Lee Teng-hui']) expect(people, name).toContain(name);
    for (const cut of ['Chen Shui', 'Lee Soo', 'Inzamam']) expect(e.map((x) => x.name), cut).not.toContain(cut);
  });

  it('leaves a known body its last word before a title: "Homeland Security Secretary" (GMB)', () => {
    const e = extractEntities('Homeland Security Secretary Michael Chertoff spoke. Health Secretary Andy Burnham listened.');
    const typed = e.map((x) => `${x.type}:${x.name}`);
    expect(typed).toContain('organization:Homeland Security');
    expect(typed).not.toContain('organization:Homeland');
    expect(e.find((x) => x.name === 'Michael Chertoff')?.role).toContain('Secretary');
    // A portfolio that ends no known body still titles the person.
    expect(typed).toContain('person:Andy Burnham');
    expect(e.map((x) => x.name)).not.toContain('Health');
  });

  it('reads a role after a verb before its name, not one in a relative clause nor a place (GMB, Zyte AEB)', () => {
    const e = extractEntities(
      'India blamed a militant group, Lashkar-e-Taiba. Senators have dragged the Inspector-General of Police, Ibrahim Idris, to court. ' +
        'Reports say the man who kidnapped the child, Michael Webb, was sentenced. Rep. David McKinley visited the border near McAllen, Texas, and argued.',
    );
    expect(e.find((x) => x.name === 'Lashkar-e-Taiba')).toMatchObject({ type: 'organization', role: 'a militant group' });
    expect(e.find((x) => x.name === 'Ibrahim Idris')?.role).toBe('the Inspector-General of Police');
    expect(e.find((x) => x.name === 'Michael Webb')?.role).toBeUndefined();
    expect(e.find((x) => x.name === 'Texas')?.role).toBeUndefined();
  });

  it('takes a heading word that is capitalised elsewhere only inside longer names for no name (WCXB 0186, Zyte AEB)', () => {
    const page =
      'Cleanser\n\nCleanser is the first step of a routine. A good cleanser removes oil. I also recommend Kiehl’s Ultra Facial Cleanser.\n\n' +
      'Wireless routers that support Wi-Fi 6 cost more. Our Wireless Router Guide lists them; a wireless mesh helps too.';
    const names = extractEntities(page).map((x) => x.name);
    expect(names).not.toContain('Cleanser');
    expect(names).not.toContain('Wireless');
    // A name written alone after a sentence's opener is still written alone: "And Jen, you…".
    const toast = extractEntities('Max and jen are late. Say it in your speech: "And Jen, you come from great people." Jen smiled.');
    expect(toast.find((x) => x.name === 'Jen')?.type).toBe('person');
  });

  it('takes a name that goes on in lower case past its capital for no person (WCXB houseplant and packing guides)', () => {
    const page = 'Begonia masoniana\n\nLow to medium light suits it.\n\nTrekking poles\n\nLightweight hammock\n\nBackpacking chair';
    const names = extractEntities(page).map((x) => x.name);
    expect(names).not.toContain('Begonia masoniana');
    expect(names).not.toContain('Lightweight hammock');
    // Particles and syllables after a hyphen are a name's own lower-case words.
    const people = extractEntities('Leonardo da Vinci painted. Chen Shui-bian said no. Ludwig van Beethoven composed.').map((x) => x.name);
    expect(people).toEqual(expect.arrayContaining(['Leonardo da Vinci', 'Chen Shui-bian', 'Ludwig van Beethoven']));
  });

  it('takes an agreement for no place and no firm (UNER)', () => {
    const e = extractEntities('I attached a revised copy of the GISB Agreement. The US left the Paris Agreement in 2017. The Good Friday Agreement held.');
    const typed = e.map((x) => `${x.type}:${x.name}`);
    for (const name of ['GISB Agreement', 'Paris Agreement', 'Good Friday Agreement']) expect(typed, name).toContain(`misc:${name}`);
  });

  it('keeps the people of a line-up whose given names no list knows, beside the ones it does (UNER)', () => {
    const e = extractEntities('Alternates: Heather Johnson, Usman Shaukat, Gerard Benitez, Matthew Almy, Travis Hanson');
    const people = e.filter((x) => x.type === 'person').map((x) => x.name);
    expect(people).toEqual(['Heather Johnson', 'Usman Shaukat', 'Gerard Benitez', 'Matthew Almy', 'Travis Hanson']);
    // Not a word of a line that is no person's: the list's neighbours vouch for people only.
    expect(extractEntities('Sale: Heather Johnson, Garden Furniture, Patio Sets').map((x) => x.name)).not.toContain('Garden Furniture');
  });

  it('keeps a particle written small at the start of a name, and one between hyphens (GMB)', () => {
    const e = extractEntities('His group (al-Qaida in Iraq) claimed it. The pass links Kabul to the northern city Mazar-i-Sharif. India blamed the attacks on a Pakistan-based militant group, Lashkar-e-Taiba.');
    const typed = e.map((x) => `${x.type}:${x.name}`);
    expect(typed).toContain('organization:al-Qaida');
    expect(typed).toContain('place:Mazar-i-Sharif');
    expect(typed).toContain('organization:Lashkar-e-Taiba');
    for (const cut of ['Qaida', 'Mazar', 'Lashkar']) expect(e.map((x) => x.name), cut).not.toContain(cut);
  });

  it('types no name by a run of commas without "and": a place and a country are no list (GMB)', () => {
    const e = extractEntities('Speaking from his base in Damascus, Syria, Khaled Mashaal said Saturday Hamas will be effective.');
    expect(e.find((x) => x.name === 'Khaled Mashaal')?.type).toBe('person');
    // A list still types its weak members, with or without its "and".
    for (const text of ['Ministers from Britain, France, Germany and Varsovia met.', 'Ministers from Britain, France, Germany, Varsovia met.']) {
      expect(extractEntities(text).find((x) => x.name === 'Varsovia')?.type, text).toBe('place');
    }
  });

  it('reads two known places joined by a hyphen as two, not a place that has the hyphen (GMB)', () => {
    const e = extractEntities('The U.S.-China talks resumed. Gangs smuggle drugs over the U.S.-Mexico border and the Gaza-Egypt border. He flew to Guinea-Bissau.');
    const places = e.filter((x) => x.type === 'place').map((x) => x.name);
    expect(places).toEqual(expect.arrayContaining(['U.S.', 'China', 'Mexico', 'Gaza', 'Egypt', 'Guinea-Bissau']));
    expect(e.find((x) => x.name === 'U.S.')?.mentions).toHaveLength(2);
    expect(e.map((x) => x.name)).not.toContain('U.S.-Mexico');
    expect(e.map((x) => x.name)).not.toContain('Gaza-Egypt');
  });

  it('runs a body named for its aim through "of", and names the Horn of Africa and the State of the Union (GMB)', () => {
    const e = extractEntities(
      'The Movement for the Emancipation of the Niger Delta says seven soldiers died. The Commercial Aircraft Corporation of China was set up in Shanghai. ' +
        'The Department of Justice of the United States said no. The Horn of Africa country has no government. In his State of the Union address, Bush spoke.',
    );
    const typed = e.map((x) => `${x.type}:${x.name}`);
    expect(typed).toContain('organization:Movement for the Emancipation of the Niger Delta');
    expect(typed).toContain('organization:Commercial Aircraft Corporation of China');
    const rebels = extractEntities('Humberto Valbuena, a commander for the Revolutionary Armed Forces of Colombia, or FARC, was killed. Police blamed the National Liberation Front of Tripura.');
    const rebelTypes = rebels.map((x) => `${x.type}:${x.name}`);
    expect(rebelTypes).toContain('organization:Revolutionary Armed Forces of Colombia');
    expect(rebelTypes).toContain('organization:National Liberation Front of Tripura');
    // Not through "of" after a name that is whole: the department and the country.
    expect(typed).toContain('organization:Department of Justice');
    expect(typed).toContain('place:United States');
    expect(typed).toContain('place:Horn of Africa');
    expect(typed).not.toContain('place:Horn');
    expect(typed).toContain('misc:State of the Union');
  });

  it('reads "Mr." before a name that opens on a particle as a title (GMB)', () => {
    const e = extractEntities('Mr. al-Yousifi was kidnapped in the northern city of Mosul on January 28.');
    expect(e.find((x) => x.name === 'al-Yousifi')?.type).toBe('person');
  });

  it('reads a role that a relative clause follows, its head noun past a name inside it (GMB, WCXB)', () => {
    const e = extractEntities(
      'Mr. Annan held at least four meetings with Cotecna, a Swiss company that held lucrative contracts. ' +
        '"The neuron is not a miracle cell," says Stefano Mancuso, a University of Florence botanist who has written several books.',
    );
    expect(e.find((x) => x.name === 'Cotecna')).toMatchObject({ type: 'organization', role: 'a Swiss company' });
    expect(e.find((x) => x.name === 'Stefano Mancuso')?.type).toBe('person');
  });

  it('gives a title cut off a name no organization of its own (Zyte AEB)', () => {
    const e = extractEntities('U.S. Secretary of State Mike Pompeo said on Monday that talks would go on. Pompeo left.');
    expect(e.find((x) => x.name === 'Mike Pompeo')?.type).toBe('person');
    expect(e.filter((x) => x.name === 'State')).toHaveLength(0);
    expect(e.find((x) => x.name === 'U.S.')?.type).toBe('place');
  });

  it('keeps greetings, lone function words and addresses out of names (UNER web text)', () => {
    const e = extractEntities(
      'Hey Vladi, are you coming? Visit Phunnarungsi when you can. Click on the link. ' +
        'See http://www.google.co.uk/search?q=forensic+photography for more. AT&T and Hi-Tech Pharmaceuticals agreed.',
    );
    const names = e.map((x) => x.name);
    for (const n of names) expect(n, n).not.toMatch(/^(?:Hey|Visit|Click)\b|:\/\//);
    expect(names).toEqual(expect.arrayContaining(['AT&T', 'Hi-Tech Pharmaceuticals']));
  });

  it('reads the teams on results lines: clubs as organizations, national sides as their countries (wire sports pages)', () => {
    const e = extractEntities(
      'Results of English league soccer matches on Saturday :\nArsenal 2 Chelsea 0\nNewcastle 1 Bayern Munich 1\n' +
        'Hapoel Haifa 3 Maccabi Tel Aviv 1 (halftime 1-0)\nBarnsley 2 Wolves 1\nJapan 2 Syria 1\n' +
        'Standings :\nBarnsley 5 4 1 0 10 4 13\nPorto 3 1 1 1 5 4 4\nLeading scores :\nTiger Woods 69 70 139\n',
    );
    const type = (name: string) => e.find((x) => x.name === name)?.type;
    for (const club of ['Arsenal', 'Chelsea', 'Newcastle', 'Bayern Munich', 'Hapoel Haifa', 'Maccabi Tel Aviv', 'Barnsley', 'Wolves', 'Porto']) expect(type(club), club).toBe('organization');
    expect(e.find((x) => x.name === 'Barnsley')?.mentions).toHaveLength(2);
    expect([type('Japan'), type('Syria')]).toEqual(['place', 'place']);
    // A leaderboard's row (fewer numbers than a league table's) is no team.
    expect(type('Tiger Woods')).not.toBe('organization');
    // Prose with numbers in it is no results line, nor a table's header (Zyte AEB, NASCAR).
    expect(extractEntities('Chelsea won 2 games in 10 days.').find((x) => x.name === 'Chelsea')?.type).not.toBe('organization');
    const header = extractEntities('Classificação final:\n\nPos. Piloto Pontos Vitórias Poles Top 5 Top 10\n1 Kyle Busch 5040 5 1 17 27\n');
    expect(header.map((x) => x.name).filter((n) => /Top|Piloto/.test(n))).toEqual([]);
  });

  it('reads scorecards, scorers, placings and standings by the grammar of the line (wire sports pages)', () => {
    const e = extractEntities(
      'England first innings\nZak Crawley c Patidar b Ashwin 15\nOllie Pope lbw b Lyon 39\nJoe Root not out 18\nImam-ul-Haq c Carey b Lyon 62\n' +
        'India 138 in 26.1 overs ( Rohit Sharma 35 ; Dunith Wellalage 5-27 )\n' +
        'Scorers : Spain - Nico Williams ( 47th ) , Mikel Oyarzabal ( 86th ) ; England - Cole Palmer ( 73rd )\n' +
        'Bowling : Bumrah 15-1-54-2 , Siraj 21.1-2-84-4 ( nb-1 )\n' +
        'Summary of English premier league matches on Sunday :\nArsenal 2 ( Tomiyasu 43rd , Havertz 89th pen ) Everton 1 ( Gueye 40th ) . Halftime 1-1 .\n' +
        'Leading placings in the Japanese Grand Prix on Sunday :\n1. Max Verstappen ( Netherlands ) Red Bull 1:54:23.566\n2. Sergio Perez ( Mexico ) Red Bull 12.535 seconds behind\n' +
        'Leading scores after the third round :\n211 Max Homa 67 71 73 , Ludvig Aberg ( Sweden ) 73 69 69\n' +
        'Standings ( won , lost , winning percentage , games behind ) :\nBaltimore 101 61 .623 -\nSeattle 94 68 .580 7\n',
    );
    const type = (name: string) => e.find((x) => x.name === name)?.type;
    // A cricket scorecard names players only, even one named as a city is ("Lyon").
    for (const player of ['Zak Crawley', 'Patidar', 'Ashwin', 'Ollie Pope', 'Lyon', 'Joe Root', 'Imam-ul-Haq', 'Carey', 'Bumrah', 'Siraj']) expect(type(player), player).toBe('person');
    // A side's runs with its batsmen's and bowlers' figures; a scorers' line, side by side.
    for (const player of ['Rohit Sharma', 'Dunith Wellalage', 'Nico Williams', 'Mikel Oyarzabal', 'Cole Palmer']) expect(type(player), player).toBe('person');
    expect([type('India'), type('Spain')]).toEqual(['place', 'place']);
    // Scorers in a bracket after their team's goals.
    for (const scorer of ['Tomiyasu', 'Havertz', 'Gueye']) expect(type(scorer), scorer).toBe('person');
    expect([type('Arsenal'), type('Everton')]).toEqual(['organization', 'organization']);
    // A driver, his country, and his make after it.
    expect([type('Max Verstappen'), type('Netherlands'), type('Red Bull')]).toEqual(['person', 'place', 'organization']);
    // Players listed on one leaderboard line are not teams playing each other.
    expect([type('Max Homa'), type('Ludvig Aberg')]).toEqual(['person', 'person']);
    // A standings row with a winning percentage is a team's.
    expect([type('Baltimore'), type('Seattle')]).toEqual(['organization', 'organization']);
    // Prose is no scorecard: "and" joins two names only after a catch ("c and b").
    expect(type('Jones')).toBeUndefined();
    expect(extractEntities('Arsenal and Chelsea 2').find((x) => x.name === 'Arsenal')?.type).not.toBe('person');
  });

  it('keeps a club named as its town apart from the town, joined to the team named in full (wire basketball page)', () => {
    const text =
      'BOSTON 2024-03-20\nJayson Tatum scored 30 points as the Boston Celtics beat the Miami Heat 121-89 on Wednesday .\n' +
      'Results on Wednesday :\nBoston 121 Miami 89\nDenver 110 Phoenix 104\nSOCCER - BAYERN BEATEN AT HOME .\nBayern Munich lost 3-2 to Bochum .';
    const e = extractEntities(text);
    const mentionsOf = (type: string, name: string) => e.find((x) => x.type === type && x.name === name)?.mentions.map((m) => m.exact);
    expect(mentionsOf('place', 'Boston')).toEqual(['BOSTON']);
    expect(mentionsOf('organization', 'Boston Celtics')).toEqual(['Boston Celtics', 'Boston']);
    expect(mentionsOf('organization', 'Miami Heat')).toEqual(['Miami Heat', 'Miami']);
    expect(e.find((x) => x.name === 'Denver')?.type).toBe('organization');
    // A club's name in a headline in capitals is no maker's model ("BAYERN BEATEN AT HOME" was one name).
    expect(mentionsOf('organization', 'Bayern Munich')).toEqual(['BAYERN', 'Bayern Munich']);
    // A team's nickname alone, in capitals or in prose, is the team (were cards of their own).
    const nick = extractEntities('BASKETBALL - CELTICS ROUT HEAT .\nThe Boston Celtics beat the Miami Heat 121-89 . The Celtics lead the league .');
    expect(nick.find((x) => x.name === 'Boston Celtics')?.mentions.map((m) => m.exact)).toEqual(['CELTICS', 'Boston Celtics', 'Celtics']);
    expect(nick.find((x) => x.name === 'Miami Heat')?.mentions.map((m) => m.exact)).toEqual(['HEAT', 'Miami Heat']);
    // A headline's capitals do not vote: the county side the body makes of "Surrey" stays a side.
    const county = extractEntities('CRICKET - SURREY CLINCH TITLE .\nLONDON 2023-09-14\nSurrey beat Hampshire by an innings at The Oval .');
    expect(county.find((x) => x.name === 'Surrey')).toMatchObject({ type: 'organization', mentions: [{ exact: 'SURREY' }, { exact: 'Surrey' }] });
  });

  it("reads a name of unknown words after a country's possessive as its national (wire sports copy, GMB)", () => {
    const e = extractEntities("Ethiopia 's Tigst Assefa set a women 's world record . Belgium's Kristof Vliegen lost . Russia's Gazprom Neft said . Iraq's Anbar province is quiet .");
    const type = (name: string) => e.find((x) => x.name === name)?.type;
    expect([type('Tigst Assefa'), type('Kristof Vliegen')]).toEqual(['person', 'person']);
    // Not a known first word, nor a place with its follower.
    expect(type('Gazprom Neft')).not.toBe('person');
    expect(type('Anbar')).toBe('place');
  });

  it('keeps an event named for a people whole, and a web name one word (wire pages)', () => {
    const e = extractEntities(
      'Results from the Australian Open on Friday .\nHe won the Japanese Grand Prix .\nShares of Amazon.com Inc rose 2 percent .\n' +
        'Major League Baseball said on Monday it would add two teams .\nSee www.example.com/path or bbc.co.uk for more .',
    );
    const names = e.filter((x) => x.type !== 'date').map((x) => `${x.type} ${x.name}`);
    expect(names).toEqual(expect.arrayContaining(['misc Australian Open', 'misc Japanese Grand Prix', 'organization Amazon.com Inc', 'organization Major League Baseball']));
    for (const part of ['Open', 'Inc', 'com', 'Amazon', 'League Baseball']) expect(e.map((x) => x.name)).not.toContain(part);
    // A known product's site is the product: "WordPress.org" kept WordPress's card (WCXB).
    expect(extractEntities('Is WordPress a website builder? WordPress.org is free.').find((x) => x.type === 'product')?.mentions.map((m) => m.exact)).toEqual(['WordPress', 'WordPress.org']);
    // A title word glued to a name by a hyphen is part of it (was a person "ul-Haq").
    expect(extractEntities('Imam-ul-Haq, 28, scored 62 on Saturday.').map((x) => x.name)).toContain('Imam-ul-Haq');
  });

  /** Each "type:name" is among the entities, each reported on its own when missing. */
  const expectTyped = (e: Entity[], names: readonly string[]): void => {
    const typed = e.map((x) => `${x.type}:${x.name}`);
    for (const n of names) expect(typed, n).toContain(n);
  };

  it('keeps the body or country a hyphenated or nation-led title opens on (general wire news)', () => {
    const e = extractEntities(
      'NATO Secretary-General Mark Rutte said Spain would not be singled out . U.S. District Judge Amit Mehta said Google paid billions . ' +
        'UN Secretary-General Antonio Guterres spoke . Attorney-General Pam Bondi agreed .',
    );
    expectTyped(e, ['organization:NATO', 'place:U.S.', 'organization:UN', 'person:Mark Rutte', 'person:Amit Mehta', 'person:Antonio Guterres', 'person:Pam Bondi']);
    expect(e.find((x) => x.name === 'Amit Mehta')?.role).toMatch(/District Judge/);
  });

  it('reads parties, founders’ firms and one-word banks as organizations, and the surname He after a title', () => {
    const e = extractEntities(
      'The peso fell after the Morena party won a majority in Congress . Marine Le Pen \'s National Rally called for elections . ' +
        'His conservatives govern with the Social Democrats , whose leader spoke . Activist investor Elliott Management has built a stake . ' +
        'Economists at Deutsche Bank and Commerzbank agreed . Commerce ministry spokeswoman He Yongqian said Beijing would fight . ' +
        'He studied project management . I went to my annual Guy Fawkes party .',
    );
    const type = (name: string) => e.find((x) => x.name === name)?.type;
    expect(['Morena', 'National Rally', 'Social Democrats', 'Elliott Management', 'Commerzbank'].map(type)).toEqual(Array(5).fill('organization'));
    expect(type('He Yongqian')).toBe('person');
    expect(e.map((x) => x.name)).not.toContain('Yongqian');
    // "party" after a name makes a party only after "the" or "ruling": a celebration is none.
    expect(type('Guy Fawkes')).not.toBe('organization');
  });

  it('keeps awards named for their field whole, and a body named for two remits (general wire news)', () => {
    const e = extractEntities(
      'Han Kang won the Nobel Prize in Literature on Thursday . She got the Peace Prize in Oslo . The Presidential Medal of Freedom was given . ' +
        'Egypt won the Africa Cup of Nations . Qantas settled with the Australian Competition and Consumer Commission . ' +
        'Fed Chair Jerome Powell spoke . Spirit AeroSystems , which makes the fuselage , said it was cooperating .',
    );
    expectTyped(e, [
      'misc:Nobel Prize in Literature', 'misc:Peace Prize', 'place:Oslo', 'misc:Presidential Medal of Freedom', 'misc:Africa Cup of Nations',
      'organization:Australian Competition and Consumer Commission', 'organization:Fed', 'person:Jerome Powell', 'organization:Spirit AeroSystems',
    ]);
    for (const part of ['Literature', 'Freedom', 'Nations', 'Competition', 'Consumer Commission', 'Fed Chair Jerome Powell']) expect(e.map((x) => x.name), part).not.toContain(part);
  });

  it('finds brands written small, a body whose initials spell a word, and names a title word ends (general wire news)', () => {
    const e = extractEntities(
      'He sold it on eBay and bought an iPhone . Elon Musk \'s xAI raised $ 6 billion . WHO Director-General Tedros Adhanom Ghebreyesus spoke . ' +
        'Notre-Dame cathedral reopened on Saturday . Cal Fire said the Palisades fire was 6 percent contained . ' +
        'Colombia \'s ELN rebels freed two soldiers . Houthi rebels fired missiles . Chechen militants attacked . The 5000mAh battery lasts .',
    );
    expectTyped(e, [
      'organization:eBay', 'product:iPhone', 'organization:xAI', 'organization:WHO', 'place:Notre-Dame',
      'organization:Cal Fire', 'place:Palisades', 'organization:ELN', 'organization:Houthi',
    ]);
    // Initials before fighters make a group; a people's adjective does not, nor a unit.
    expect(e.find((x) => x.name === 'Chechen')?.type).not.toBe('organization');
    expect(e.map((x) => x.name)).not.toContain('mAh');
  });

  it('reads courts, culture and world news: quoted films, counted awards, titled surnames, founders\' firms (general wire news)', () => {
    const e = extractEntities(
      'Boeing will plead guilty over 737 MAX crashes . The 737 Max jets were grounded . Born Jorge Mario Bergoglio in Buenos Aires , he led the church . ' +
        'Zoe Saldana won best supporting actress for " Emilia Perez " . Adrien Brody won , his second Oscar after 2003 . ' +
        'Later President To Lam met Vice Premier He Lifeng . Pakistan \'s army chief , Field Marshal Asim Munir , spoke . ' +
        'Economy Minister Luis Caputo spoke , and the Merval index jumped 20 % . Dangote Refinery cut prices . ' +
        'Paxton sued Johnson & Johnson and Kenvue on Tuesday , accusing the companies of hiding risks . ' +
        'Fires in the Amazon rainforest grew . Amazon shares rose . Trump met Putin at Joint Base Elmendorf-Richardson . ' +
        'He was in Fresno , Calif. , on Monday . Goldman Sachs raised its forecast . Goldman said demand was strong .',
    );
    expectTyped(e, [
      'organization:Boeing', 'person:Jorge Mario Bergoglio', 'person:Zoe Saldana', 'person:Adrien Brody', 'misc:Oscar', 'person:To Lam', 'person:He Lifeng',
      'person:Asim Munir', 'person:Luis Caputo', 'misc:Merval', 'organization:Dangote Refinery', 'organization:Kenvue', 'place:Amazon',
      'organization:Amazon', 'place:Joint Base Elmendorf-Richardson', 'organization:Goldman Sachs',
    ]);
    const names = e.map((x) => x.name);
    for (const junk of ['MAX', 'Max', 'Born Jorge Mario Bergoglio', 'Emilia Perez', 'Lam', 'Lifeng', 'Field', 'Goldman']) expect(names, junk).not.toContain(junk);
    // Inside a sentence the abbreviation keeps its period; the company keeps its short name.
    expect(e.find((x) => x.name === 'California')?.mentions.map((m) => m.exact)).toEqual(['Calif.']);
    expect(e.find((x) => x.name === 'Goldman Sachs')?.mentions.map((m) => m.exact)).toEqual(['Goldman Sachs', 'Goldman']);
    // A list's plural that refers back types only its weak members.
    const people = extractEntities('Police questioned Maria Lopez and Kenji Sato on Friday , the companies said .');
    expect(people.filter((x) => x.type === 'person').map((x) => x.name).sort()).toEqual(['Kenji Sato', 'Maria Lopez']);
  });

  it('reads clubs in a match report, an operator before its aircraft, a glued plus and Korean syllables (general wire news)', () => {
    const e = extractEntities(
      'Erling Haaland scored twice as Manchester City beat Liverpool 3-0 on Sunday . Liverpool manager Arne Slot said so . ' +
        'An Air India Boeing 787 bound for London crashed . Oil fell after OPEC+ agreed to raise output , with Brent crude at $ 63 . ' +
        'Saudi Aramco cut prices . Aramco said so . Hyundai chairman Chung Eui-sun met Nvidia , whose Blackwell and Rubin chips sell . ' +
        'PSG won the Champions League final . Former prime minister Sheikh Hasina fled . Sinner said the win at the All England Club meant a lot .',
    );
    expectTyped(e, [
      'person:Erling Haaland', 'organization:Manchester City', 'organization:Liverpool', 'organization:Air India', 'organization:OPEC+', 'misc:Brent',
      'organization:Saudi Aramco', 'person:Chung Eui-sun', 'product:Blackwell', 'product:Rubin', 'misc:Champions League', 'person:Sheikh Hasina',
      'organization:All England Club',
    ]);
    const names = e.map((x) => x.name);
    for (const junk of ['Haaland', 'Air India Boeing', 'OPEC', 'Aramco', 'Chung Eui', 'Hasina', 'England Club']) expect(names, junk).not.toContain(junk);
    expect(e.find((x) => x.name === 'Saudi Aramco')?.mentions.map((m) => m.exact)).toEqual(['Saudi Aramco', 'Aramco']);
  });

  it('makes one card of a committee without its chamber, a leader spelt two ways or a name without its spaces; families are people, car bodies end models (Zyte AEB)', () => {
    const e = extractEntities(
      'The House Intelligence Committee met . Schiff chairs the Intelligence Committee . The Texas Supreme Court ruled , and the Supreme Court may hear it . ' +
        'Volodymyr Zelensky spoke , and Zelenskyy said later that he agreed . Joe Biden spoke . Trump attacked the Bidens , and the Obamas stayed quiet . ' +
        'Mourinho managed West Ham before . Good Ventures funds charities , and GoodVentures said so . ' +
        'Lexus revealed the LC Convertible Concept . The LC500 Convertible will go on sale . ' +
        'Suppliers Wistron and Pegatron build iPhones for Apple , as does Foxconn .',
    );
    const find = (name: string) => e.find((x) => x.name === name);
    expect(find('House Intelligence Committee')?.mentions.map((m) => m.exact)).toEqual(['House Intelligence Committee', 'Intelligence Committee']);
    // A court the gazetteer knows by its short name may be another court.
    expect(find('Supreme Court')?.mentions.map((m) => m.exact)).toEqual(['Supreme Court']);
    expect(find('Volodymyr Zelensky')?.mentions.map((m) => m.exact)).toEqual(['Volodymyr Zelensky', 'Zelenskyy']);
    expectTyped(e, [
      'person:Bidens', 'person:Obamas', 'organization:West Ham', 'product:LC Convertible Concept', 'product:LC500 Convertible',
      'organization:Wistron', 'organization:Pegatron', 'organization:Foxconn',
    ]);
    expect(find('Good Ventures')?.mentions.map((m) => m.exact)).toEqual(['Good Ventures', 'GoodVentures']);
  });

  it('knows one-name stars, drugmakers and their brands, and a genre in initials (general wire news)', () => {
    const e = extractEntities(
      'He sang well .\nBeyonce won album of the year . Novo Nordisk later made a rival offer for Wegovy rights . ' +
        'The R&B singer Cassie Ventura testified . A link between Tylenol and autism was denied .',
    );
    expectTyped(e, ['person:Beyonce', 'organization:Novo Nordisk', 'product:Wegovy', 'person:Cassie Ventura', 'product:Tylenol']);
    expect(e.find((x) => x.name === 'R&B')?.type).not.toBe('organization');
  });

  it('reads a wire sports headline: the sport is a label, the caps line no one name', () => {
    const e = extractEntities('CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY .\nRUGBY UNION - CUTTITTA BACK FOR ITALY AFTER A YEAR .\nItaly recalled Marcello Cuttitta on Friday .');
    const names = e.filter((x) => x.type !== 'date').map((x) => x.name);
    expect(names).not.toEqual(expect.arrayContaining(['Cricket']));
    for (const n of names) expect(n, n).not.toMatch(/CRICKET|RUGBY|BACK FOR/i);
    expect(names).toEqual(expect.arrayContaining(['Italy', 'Marcello Cuttitta']));
  });

  it('reads a town or county that beats another as its team, not a country nor a player (AP via Times Union, Zyte AEB)', () => {
    const e = extractEntities(
      'Yorkshire beat Lancashire by six wickets at Headingley . Zach Parise scored twice and Minnesota beat Buffalo . ' +
        'France beat England 2-1 . Nadal beat Federer in the final . The storm beat Florida for a week .',
    );
    const type = (name: string) => e.find((x) => x.name === name)?.type;
    expect(['Yorkshire', 'Lancashire', 'Minnesota', 'Buffalo'].map(type)).toEqual(['organization', 'organization', 'organization', 'organization']);
    expect(['Headingley', 'France', 'England', 'Florida'].map(type)).toEqual(['place', 'place', 'place', 'place']);
    expect(['Nadal', 'Federer'].map(type)).toEqual(['person', 'person']);
  });

  it('reads county sides and clubs on a scores line: drew with, v, an innings, a venue before a colon', () => {
    const e = extractEntities(
      'CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES .\nTaunton : Leicestershire beat Somerset by an innings and 39 runs .\n' +
        'Essex drew with Kent at Chelmsford .\nHove : Sussex 201 all out v. Surrey .\nChelmsford : Essex 532-8 declared v Gloucestershire .\n' +
        'SOCCER - AJAX BEAT PSV IN DUTCH LEAGUE .\nAjax Amsterdam beat PSV Eindhoven 2-1 on Saturday .\n',
    );
    const type = (name: string) => e.find((x) => x.name === name)?.type;
    for (const side of ['Leicestershire', 'Somerset', 'Essex', 'Kent', 'Sussex', 'Surrey', 'Gloucestershire', 'Ajax Amsterdam', 'PSV Eindhoven']) {
      expect(type(side), side).toBe('organization');
    }
    expect(e.find((x) => x.name === 'Ajax Amsterdam')?.mentions.map((m) => m.exact)).toEqual(['AJAX', 'Ajax Amsterdam']);
    expect(type('Chelmsford')).toBe('place');
    // Players with their countries in brackets, on a line of capitalised names and scores.
    const tennis = extractEntities(
      'Magnus Larsson ( Sweden ) beat Jimy Szymanski ( Venezuela ) 6-2 6-3 6-2\nNottingham Forest 1 Sheffield Wednesday 2\n137 Greg Norman 68 69 , Tiger Woods 70 67\n',
    );
    const tennisType = (name: string) => tennis.find((x) => x.name === name)?.type;
    expect(['Magnus Larsson', 'Jimy Szymanski', 'Sweden', 'Sheffield Wednesday', 'Tiger Woods'].map(tennisType)).toEqual(['person', 'person', 'place', 'organization', 'person']);
    // Outside a match a county is a place.
    expect(extractEntities('The storm flooded homes in Kent and Essex overnight.').map((x) => x.type)).toEqual(['place', 'place']);
  });

  it('reads a football report: a capitals headline without a common word, sides with a score between them, a club by its player', () => {
    const e = extractEntities(
      'SOCCER - CANTONA SINKS LEEDS .\nLONDON 1996-12-07\nManchester United striker Eric Cantona scored twice as United beat Leeds 4-0 .\n' +
        "Newcastle drew 1-1 with Liverpool .\nBarcelona 's Brazilian striker Ronaldo scored twice .\nEngland 's captain Alan Shearer was injured .\n",
    );
    const find = (name: string) => e.find((x) => x.name === name);
    expect(find('Eric Cantona')?.mentions.map((m) => m.exact)).toEqual(['CANTONA', 'Eric Cantona']);
    expect(find('Leeds')?.mentions.map((m) => m.exact)).toEqual(['LEEDS', 'Leeds']);
    expect(e.map((x) => x.name)).not.toEqual(expect.arrayContaining(['CANTONA SINKS LEEDS']));
    expect(['Leeds', 'Newcastle', 'Liverpool', 'Barcelona'].map((n) => find(n)?.type)).toEqual(['organization', 'organization', 'organization', 'organization']);
    // A national side is named as its country; a city outside a match is a place.
    expect(find('England')?.type).toBe('place');
    expect(extractEntities('Floods hit Leeds and Newcastle overnight.').map((x) => x.type)).toEqual(['place', 'place']);
  });

  it('reads a motor racing and cycling report: constructors after drivers, a people\'s noun before a rider', () => {
    const e = extractEntities('3. Mika Hakkinen ( Finland ) McLaren 15.710\nSwiss Alex Zuelle won the stage ahead of Frenchman Laurent Jalabert .\n');
    const find = (name: string) => e.find((x) => x.name === name);
    expect(find('McLaren')?.type).toBe('organization');
    expect(find('Laurent Jalabert')).toMatchObject({ type: 'person', role: 'Frenchman' });
    expect(e.map((x) => x.name)).not.toContain('Frenchman Laurent Jalabert');
  });

  it('reads a party word before a title as part of the title, and a surname that is a place head as a surname', () => {
    const e = extractEntities('Defence Secretary William Perry will be succeeded by Republican Senator William Cohen of Maine . Clinton also named Anthony Lake to head the CIA .');
    const find = (name: string) => e.find((x) => x.name === name);
    expect(find('William Cohen')).toMatchObject({ type: 'person', role: 'Republican Senator' });
    expect(e.map((x) => x.name)).not.toContain('Republican');
    expect(find('Anthony Lake')?.type).toBe('person');
  });

  it('reads initials glued before a surname as a person, and a country\'s initials as the country', () => {
    const e = extractEntities('A Los Angeles jury found O.J. Simpson liable on Tuesday . A.J. Foyt watched . Shares of U.S. Steel rose .');
    const type = (name: string) => e.find((x) => x.name === name)?.type;
    expect(['O.J. Simpson', 'A.J. Foyt', 'U.S. Steel'].map(type)).toEqual(['person', 'person', 'organization']);
  });

  it('reads wire politics and markets copy: portfolios and party posts are titles, indexes are their owners, a club employs its manager', () => {
    const e = extractEntities(
      'Spanish Farm Minister Loyola de Palacio accused Fischler of spreading alarm over Bovine Spongiform Encephalopathy ( BSE ) .\n' +
        'Senate Majority Leader Trent Lott said the Clinton administration had failed . Clinton spokesman Mike McCurry disagreed .\n' +
        'The Dow Jones industrial average rose 23 points and the Nasdaq composite gained .\nChelsea manager Ruud Gullit said he was happy .\n',
    );
    const find = (name: string) => e.find((x) => x.name === name);
    expect(e.map((x) => x.name)).not.toEqual(expect.arrayContaining(['Farm', 'Majority']));
    expect(find('Loyola de Palacio')?.role).toBe('Farm Minister');
    expect(find('Trent Lott')?.role).toBe('Majority Leader');
    expect(find('Bovine Spongiform Encephalopathy')?.type).toBe('misc');
    expect(['Dow Jones', 'Nasdaq', 'Chelsea', 'Senate'].map((n) => find(n)?.type)).toEqual(['organization', 'organization', 'organization', 'organization']);
    // A surname before a lower-case title is still the person's ("Clinton spokesman").
    expect(find('Mike McCurry')?.type).toBe('person');
    expect(e.filter((x) => x.type === 'person' && /Clinton/.test(x.name)).map((x) => x.mentions.length)).toEqual([2]);
  });

  it('reads wire business copy: banks named after people, a trade opening the sentence, the Chancellor of the Exchequer', () => {
    const e = extractEntities(
      'Analysts at Merrill Lynch and Credit Suisse First Boston said the deal made sense .\nBroker Salomon Brothers Inc raised its rating .\n' +
        'The Bank of England left base rates unchanged , Chancellor of the Exchequer Kenneth Clarke said .\n',
    );
    const find = (name: string) => e.find((x) => x.name === name);
    expect(['Merrill Lynch', 'Credit Suisse First Boston', 'Salomon Brothers Inc', 'Bank of England'].map((n) => find(n)?.type)).toEqual([
      'organization',
      'organization',
      'organization',
      'organization',
    ]);
    expect(find('Salomon Brothers Inc')?.role).toBe('Broker');
    expect(find('Kenneth Clarke')).toMatchObject({ type: 'person', role: 'Chancellor of the Exchequer' });
    expect(e.map((x) => x.name)).not.toEqual(expect.arrayContaining(['Exchequer Kenneth Clarke']));
  });

  it('reads wire copy: names in a capitals headline the story confirms, section labels, datelines on lines of their own', () => {
    const e = extractEntities(
      'GOLF - SCHEFFLER EXTENDS LEAD IN FLORIDA .\nPONTE VEDRA BEACH , Florida 2024-03-16\n' +
        'Scottie Scheffler shot a 66 on Saturday to lead by one stroke .\nMARKETS - LONDON STOCKS CLOSE HIGHER .\nLIMA 2024-03-22\nThe central bank cut rates .\n',
    );
    const find = (name: string) => e.find((x) => x.name === name);
    expect(find('Scottie Scheffler')?.mentions.map((m) => m.exact)).toEqual(['SCHEFFLER', 'Scottie Scheffler']);
    expect([find('Ponte Vedra Beach')?.type, find('Lima')?.type, find('London')?.type]).toEqual(['place', 'place', 'place']);
    for (const x of e) expect(x.name, x.name).not.toMatch(/EXTENDS|LEAD|MARKETS|STOCKS|Markets/i);
  });

  it('reads football clubs as organizations, and a club listed with them too (Sky News, Zyte AEB)', () => {
    const e = extractEntities(
      'Jose Mourinho has managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United. ' +
        'Mourinho won three Premier League titles in charge of Chelsea. The real estate market in Madrid rose.',
    );
    for (const club of ['FC Porto', 'Inter Milan', 'Chelsea', 'Real Madrid', 'Manchester United']) {
      expect(e.find((x) => x.name === club)?.type, club).toBe('organization');
    }
    expect(e.find((x) => x.name === 'Jose Mourinho')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Madrid')?.type).toBe('place');
  });

  it('reads a name with a plural verb as a team, and "Athletic" as a club (LinkNaija, Zyte AEB)', () => {
    const e = extractEntities(
      'Chelsea have this morning paid the fee to secure the signing of Athletic Bilbao keeper Kepa Arrizabalaga. ' +
        'The deal, which Chelsea hope to announce later today, is a record. Chelsea Clinton has written a book. ' +
        'I heard Biden say so. Tools are listed below.',
    );
    expect(e.find((x) => x.name === 'Chelsea')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Athletic Bilbao')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Chelsea Clinton')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Kepa Arrizabalaga')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Biden')?.type).toBe('person');
    expect(e.filter((x) => x.name === 'Tools')).toHaveLength(0);
  });

  it('cuts a manager\'s title out of a run of capitals (Zyte AEB)', () => {
    const e = extractEntities('In order to make up for it, Lexus Project Manager Fumihiko Hazama said they improved the chassis. General Manager John Smith agreed.');
    expect(e.find((x) => x.name === 'Fumihiko Hazama')?.type).toBe('person');
    expect(e.find((x) => x.name === 'John Smith')?.type).toBe('person');
    expect(e.filter((x) => x.name.includes('Manager'))).toHaveLength(0);
  });

  it('names no place after a market index (CNBC, Zyte AEB)', () => {
    const e = extractEntities("South Korea's Kospi Index fell 1%, the Hang Seng Index rose and the Shanghai Composite was flat.");
    const places = e.filter((x) => x.type === 'place').map((x) => x.name);
    expect(places).toEqual(['South Korea']);
  });

  it('makes a full name the person its surname is, against a lone tagger hint (Zyte AEB, Epstein guards)', () => {
    const e = extractEntities(
      'Federal prosecutors alleged that Tova Noel and Michael Thomas sat at their desks. Noel, 31, is charged with five counts.',
    );
    expect(e.find((x) => x.name === 'Tova Noel')).toMatchObject({ type: 'person', aliases: ['Noel'] });
    expect(e.filter((x) => x.name === 'Noel')).toHaveLength(0);
  });

  it('reads a world of the solar system as a place, not a name used as a modifier (NASA stories, Zyte AEB)', () => {
    const e = extractEntities('The probe will study Europa, an icy moon of Jupiter. Jupiter has dozens of moons. A Venus flytrap snaps shut.');
    expect(e.find((x) => x.name === 'Jupiter')?.type).toBe('place');
    expect(e.find((x) => x.name === 'Europa')?.type).toBe('place');
    expect(e.find((x) => x.name === 'Venus')?.type).not.toBe('place');
  });

  it('reads a model by its last word as a product, and the word alone as no one (tech news, Zyte AEB)', () => {
    const e = extractEntities('Apple will ship the MacBook Pro and the AirPods Pro next week. The Pro has better noise cancelling. Max Verstappen won.');
    expect(e.find((x) => x.name === 'MacBook Pro')?.type).toBe('product');
    expect(e.find((x) => x.name === 'AirPods Pro')?.type).toBe('product');
    expect(e.filter((x) => x.name === 'Pro')).toHaveLength(0);
    expect(e.find((x) => x.name === 'Max Verstappen')?.type).toBe('person');
  });

  it('reads a craft or a mission by the word after it, not as a person or place (NASA stories, Zyte AEB)', () => {
    const e = extractEntities("Data collected by NASA's Cassini spacecraft show lakes on Titan. NASA's upcoming Europa Clipper mission will look closer.");
    expect(e.find((x) => x.name === 'Cassini')?.type).toBe('product');
    expect(e.find((x) => x.name === 'Europa Clipper')?.type).toBe('product');
    expect(e.find((x) => x.name === 'NASA')?.type).toBe('organization');
  });

  it('reads a lone word on a line of its own as a label, not a name (Snopes, Zyte AEB; reviews, WCXB)', () => {
    const text =
      'Claim\n\nMarie Yovanovitch has a net worth of $17 million.\n\nRating\n\nUnproven\n\nOrigin\n\nOn Nov. 15, 2019, Marie Yovanovitch testified.\n\n' +
      'Pros:\n\nIt is cheap.\n\nHubspot\n\nTeams moving from Salesforce to Hubspot save money.\n\nThanks,\n\nTraci';
    const names = extractEntities(text).map((x) => x.name);
    for (const label of ['Claim', 'Rating', 'Unproven', 'Origin', 'Pros']) expect(names, label).not.toContain(label);
    // A name the text also writes mid-sentence, and a signature, stay.
    expect(names).toEqual(expect.arrayContaining(['Marie Yovanovitch', 'Hubspot', 'Salesforce', 'Traci']));
  });

  it('reads no name in a party tag, and no one in a tournament (Zyte AEB)', () => {
    const e = extractEntities('David McKinley, R-W.Va., said the wall was needed. Rep. Kay Granger, R-Texas, agreed. The Davis Cup Finals begin in Madrid.');
    expect(e.filter((x) => x.type === 'person').map((x) => x.name).sort()).toEqual(['David McKinley', 'Kay Granger']);
    expect(e.filter((x) => x.name.startsWith('R-'))).toHaveLength(0);
    // The tournament is an event, not a person or a headline's debris.
    expect(e.filter((x) => x.name.includes('Finals')).map((x) => [x.type, x.name])).toEqual([['misc', 'Davis Cup Finals']]);
  });

  it('reads a titled name after a function word opening a prose sentence, not a headline (GMB, Zyte AEB)', () => {
    const e = extractEntities(
      'The court met on Monday. But British Justice Janet Smith rejected the appeal. When Afghan President Ashraf Ghani first ' +
        'announced the exchange, he said little. The San Francisco Chronicle says the Davis Cup Final begins today.',
    );
    const people = e.filter((x) => x.type === 'person');
    expect(people.map((x) => [x.name, x.role])).toEqual(
      expect.arrayContaining([
        ['Janet Smith', 'Justice'],
        ['Ashraf Ghani', 'President'],
      ]),
    );
    expect(e.find((x) => x.name === 'San Francisco Chronicle')?.type).toBe('organization');
    expect(people.map((x) => x.name).join()).not.toMatch(/Davis|Final/);
  });

  it('gives a place no role from the titled person after it, and reads a sentence-opening "In" (GMB)', () => {
    const e = extractEntities('The talks ended. Speaking Sunday in Diyarbakir, Mr. Erdogan told a conference his plan. In Ankara, Mr. Erdogan met officials.');
    expect(e.find((x) => x.name === 'Diyarbakir')).toMatchObject({ type: 'place' });
    expect(e.find((x) => x.name === 'Diyarbakir')?.role).toBeUndefined();
    expect(e.find((x) => x.name === 'Erdogan')?.type).toBe('person');
  });

  it('keeps names in a line of capitals when the tagger calls them people and they open on a given name (UNER rosters)', () => {
    const text =
      'The team met on Monday to plan the work.\n\nKristen Quinn, Sarah Mulholland, Samuel Pak\n\nThe Best Pizza Places In Town\n\nJustin Reznick Lead Writer';
    const names = extractEntities(text).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['Kristen Quinn', 'Sarah Mulholland', 'Samuel Pak']));
    expect(names.join()).not.toMatch(/Pizza|Writer/);
  });

  it('reads titles after a name with their modifiers and employer, and leaves no title behind as a name (UNER, Zyte AEB)', () => {
    const e = extractEntities(
      'Kelly Cloud, Senior Vice President of CCNG, called me. "We must comply," said James Perry, GNOFHAC Executive Director. ' +
        'The Chicago Tribune, New York Daily News and Denver Post ran it.',
    );
    expect(e.find((x) => x.name === 'Kelly Cloud')?.role).toBe('Senior Vice President of CCNG');
    expect(e.find((x) => x.name === 'James Perry')?.role).toBe('GNOFHAC Executive Director');
    expect(e.find((x) => x.name === 'GNOFHAC')?.type).toBe('organization');
    expect(e.filter((x) => /Senior|Executive/.test(x.name))).toHaveLength(0);
    expect(e.find((x) => x.name === 'Chicago Tribune')?.role).toBeUndefined();
  });

  it('knows ensembles by their head and companies named as two words (UNER)', () => {
    const e = extractEntities('We are going to the Chicago Symphony Orchestra. Exxon Mobil released staff, ExxonMobil said.');
    expect(e.find((x) => x.name === 'Chicago Symphony Orchestra')?.type).toBe('organization');
    expect(e.filter((x) => x.name === 'Chicago')).toHaveLength(0);
    expect(e.find((x) => x.name === 'Exxon Mobil')).toMatchObject({ type: 'organization', aliases: ['ExxonMobil'] });
  });

  it('reads a place by its ending, and keeps a party or an office whole before "of" (WikiEvents)', () => {
    // "History" is a BBC profile's section heading glued to the sentence after it.
    const e = extractEntities(
      "The Russian Republic of Dagestan is in the North Caucasus. Villages cling to hillsides in Dagestan's interior. History " +
        'Dagestan was the birth place of Imam Shamil. Dagestan became an autonomous republic. Police blamed the Communist Party ' +
        'of Spain. The bomb went off near the General Directorate of Security.',
    );
    expect(e.find((x) => x.name === 'Dagestan')?.type).toBe('place');
    expect(e.find((x) => x.name === 'Communist Party of Spain')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'General Directorate of Security')?.type).toBe('organization');
  });

  it('refers "the company" back to the company named last, past a regulator, and only when clear (Zyte AEB)', () => {
    const nominals = (text: string): [string, string][] =>
      extractEntities(text).flatMap((e) =>
        e.mentions.filter((m) => /^the /i.test(m.exact) && m.exact !== e.name).map((m): [string, string] => [m.exact, e.name]),
      );
    // A regulator named in between is no company: the company is Acme.
    expect(nominals('Acme Corp shares fell. The SEC said it had charged Acme Corp. The company agreed to pay $5 million.')).toEqual([
      ['The company', 'Acme Corp'],
    ]);
    // Two companies in one sentence: no telling which.
    expect(nominals('Kakao Corp merged with Daum Communications last year. The company said profits rose.')).toEqual([]);
    // Another organization named since, with no company evidence: unclear.
    expect(nominals('Emirates Airline shares rose. It ordered jets from Airbus. The French manufacturer said little.')).toEqual([]);
    // An airline is only an airline the text called one.
    expect(nominals('Emirates Airline shares rose. The airline said it would buy jets.')).toEqual([['The airline', 'Emirates Airline']]);
    expect(nominals('Condon & Forsyth Inc shares rose. The airline said it would buy jets.')).toEqual([]);
    // A description that picks out a company of its own, and "a company", refer to no one.
    expect(nominals('Acme Corp shares fell. The company that owns Zeta said nothing. A company in Ohio sued.')).toEqual([]);
    expect(nominals('Acme Corp shares fell. The second company led by its founder failed.')).toEqual([]);
    expect(nominals('Acme Corp shares fell. The Zeta-owned company and the highest-ranking firm said nothing.')).toEqual([]);
    // A body by the head noun of its name, if it is the only one named lately.
    expect(nominals('The European Space Agency says sleep could help. The agency said Monday it would study it.')).toEqual([
      ['The agency', 'European Space Agency'],
    ]);
    expect(nominals('The European Space Agency and the Japan Aerospace Exploration Agency met. The agency said little.')).toEqual([]);
    expect(nominals('The Gates Foundation gave money. The foundation of the plan is data.')).toEqual([]);
    // A hyphenated modifier counts once (CityAM, Zyte AEB).
    expect(nominals('Alibaba shares closed in New York. The Chinese e-commerce giant is set to announce terms.')).toEqual([
      ['The Chinese e-commerce giant', 'Alibaba'],
    ]);
  });

  it('reads a dateline closed by a colon, a company after a capitalised descriptor, and wire credits (Zyte AEB)', () => {
    const e = extractEntities(
      'NEW DELHI: Their American dream shattered, 150 Indians were deported from Mexico. PTI\n\n' +
        "Dow component Home Depot reported earnings that topped estimates. Rival Lowe's was also lower.\n\nWATCH: the video below.",
    );
    const byName = (n: string): Entity | undefined => e.find((x) => x.name === n);
    expect(byName('New Delhi')?.type).toBe('place');
    expect(e.filter((x) => x.name === 'NEW' || x.name === 'Watch' || x.name === 'WATCH')).toHaveLength(0);
    expect(byName('PTI')?.type).toBe('organization');
    expect(byName('Home Depot')?.type).toBe('organization');
    expect(byName("Lowe's")).toMatchObject({ type: 'organization', role: 'Rival' });
  });

  it("names no review title of praise or blame, but keeps names that start with such a word (UNER reviews)", () => {
    for (const title of ['Great Service', 'Poor Service', 'GREAT Store GREAT Service', 'Great School !']) {
      expect(extractEntities(`${title}\n\nWe came back twice.`).map((x) => x.name), title).toEqual([]);
    }
    const names = extractEntities('I read it in Fast Company. Great Britain and Best Buy agreed.').map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['Fast Company', 'Great Britain', 'Best Buy']));
  });

  it('joins a storm named alone to the storm named with its kind, which is no person (GMB, UNER)', () => {
    const e = extractEntities(
      'Hurricane Melissa struck Jamaica on Tuesday. Melissa packed winds of 185 mph, and Prime Minister Andrew Holness declared a disaster. ' +
        'Typhoon Kalmaegi hit the Philippines. Kalmaegi killed 200 people.',
    );
    expect(e.filter((x) => x.type === 'person').map((x) => x.name)).toEqual(['Andrew Holness']);
    expect(e.find((x) => x.name === 'Hurricane Melissa')?.mentions).toHaveLength(2);
    expect(e.find((x) => x.name === 'Typhoon Kalmaegi')?.mentions).toHaveLength(2);
  });

  it("names Romance places whole and a venue's circuit as a place (news-dev's sport)", () => {
    const e = extractEntities(
      'Yates attacked on the gravel roads of the Colle delle Finestre. Pogacar won on the Col du Galibier and the Passo dello Stelvio. ' +
        'Norris finished third at the Yas Marina Circuit before the race at the Circuit of the Americas. The Ninth Circuit Court of Appeals ruled.',
    );
    const typeOf = (n: string): string | undefined => e.find((x) => x.name === n)?.type;
    for (const place of ['Colle delle Finestre', 'Col du Galibier', 'Passo dello Stelvio', 'Yas Marina Circuit', 'Circuit of the Americas']) {
      expect(typeOf(place), place).toBe('place');
    }
    expect(e.some((x) => x.type === 'person' && x.name.includes('Galibier'))).toBe(false);
  });

  it("reads a museum's gallery as a room in it, and firms by their deals and trades (news-dev's arts, mining and banking news)", () => {
    const e = extractEntities(
      'Thieves took the jewels from the Apollo Gallery of the Louvre Museum. Flesh was published by Jonathan Cape, an imprint of Penguin Random House, ' +
        'and distributor Neon won again. Rio Tinto completed its purchase of Arcadium Lithium. The mine of First Quantum Minerals stayed shut. ' +
        'Barclays dealt with wealth manager WealthTek. John Smith, a wealth manager, said so.',
    );
    const typeOf = (n: string): string | undefined => e.find((x) => x.name === n)?.type;
    expect(typeOf('Apollo Gallery')).toBe('place');
    const stages = extractEntities('Anora won five Oscars at the Dolby Theatre. Indhu Rubasingham became director of the National Theatre.');
    expect(stages.find((x) => x.name === 'Dolby Theatre')?.type).toBe('place');
    expect(stages.find((x) => x.name === 'National Theatre')?.type).toBe('organization');
    expect(typeOf('Louvre Museum')).toBe('organization');
    for (const firm of ['Jonathan Cape', 'Neon', 'Arcadium Lithium', 'First Quantum Minerals', 'WealthTek']) expect(typeOf(firm), firm).toBe('organization');
    expect(e.find((x) => x.name === 'John Smith')).toMatchObject({ type: 'person', role: 'a wealth manager' });
  });

  it('reads possessives tokenised copy writes apart inside known and plural names', () => {
    const e = extractEntities("The painting sold at Sotheby 's , a record . Fans cheered outside Westminster Magistrates ' Court .");
    expect(e.find((x) => x.name === "Sotheby 's")?.type).toBe('organization');
    expect(e.find((x) => x.name === "Westminster Magistrates ' Court")?.type).toBe('organization');
  });

  it("takes a town the gazetteer does not know as a place, and not over a person's or a firm's cues (UNER, Zyte AEB)", () => {
    // The tagger alone made Varkala an organization.
    const e = extractEntities('Varkala is a beach town. People are open minded there. Uruapan mayor Carlos Manzo was shot. Paramount is still deciding.');
    const typeOf = (n: string): string | undefined => e.find((x) => x.name === n)?.type;
    for (const town of ['Varkala', 'Uruapan']) expect(typeOf(town), town).toBe('place');
    expect(typeOf('Carlos Manzo')).toBe('person');
    expect(typeOf('Paramount')).not.toBe('place');
  });

  it("reads the fifth round's names: start-ups, months, creeds, rates, portfolios and courts (news-dev's start-ups, media and Latin news)", () => {
    const e = extractEntities(
      'Safe Superintelligence, the artificial intelligence start-up co-founded by Ilya Sutskever, raised money. ' +
        'Volkswagen wrote down its stake, and in August Lyten, a battery start-up, agreed to buy the factory. ' +
        'Netflix will keep releasing Warner Bros. films in cinemas. Milei beat the Peronist Fuerza Patria coalition. ' +
        'Copom raised the Selic rate to 15 percent. Mines and Energy Minister Alexandre Silveira said so. ' +
        'Shares of Swiggy rose on the National Stock Exchange of India. The Superior Tribunal of Bogota overturned the ruling.',
    );
    const typeOf = (n: string): string | undefined => e.find((x) => x.name === n)?.type;
    for (const org of ['Safe Superintelligence', 'Lyten', 'Warner Bros.', 'Fuerza Patria', 'National Stock Exchange of India', 'Superior Tribunal of Bogota']) {
      expect(typeOf(org), org).toBe('organization');
    }
    expect(typeOf('Selic')).toBe('misc');
    expect(e.find((x) => x.name === 'Alexandre Silveira')?.role).toBe('Mines and Energy Minister');
    for (const wrong of ['August Lyten', 'Peronist Fuerza Patria', 'Mines and', 'India']) expect(typeOf(wrong), wrong).toBeUndefined();
  });

  it("reads the sixth round's names: clubs named for owners, parties that lead, numbered units (news-dev's Asian sport, Australian and war news)", () => {
    const e = extractEntities(
      'The Kia Tigers beat the Samsung Lions 4-1 to win the Korean Series.\n\nESPORTS - T1 WIN AGAIN .\n\n' +
        'Premier Jeremy Rockliff lost a motion moved by Labor leader Dean Winter. Greens leader Adam Bandt lost his seat. ' +
        'Conservative leader Pierre Poilievre lost too. Ukraine said its 68th Separate Jaeger Brigade and the 101st Airborne Division held. ' +
        "He lost the seat to Labor's Ali France, and Rockliff's Liberals kept power. The Labor Department and Labor Secretary Julie Su agreed.",
    );
    const typeOf = (n: string): string | undefined => e.find((x) => x.name === n)?.type;
    for (const org of ['Kia Tigers', 'Samsung Lions', 'Labor', 'Greens', 'Liberals', '68th Separate Jaeger Brigade', '101st Airborne Division', 'Labor Department']) {
      expect(typeOf(org), org).toBe('organization');
    }
    expect(e.find((x) => x.name === 'Julie Su')?.role).toBe('Labor Secretary');
    expect(e.find((x) => x.name === 'Dean Winter')).toMatchObject({ type: 'person', role: 'leader' });
    for (const wrong of ['ESPORTS', 'Winter', 'Conservative', 'Separate Jaeger Brigade']) expect(typeOf(wrong), wrong).toBeUndefined();
  });

  it("reads whom someone succeeds as a person, and a university's rector as a title (news-dev's Indian business and universities)", () => {
    const e = extractEntities('Governor Sanjay Malhotra took over from Shaktikanta Das in December. Rector Vladan Djokic resigned after the protests.');
    expect(e.find((x) => x.name === 'Shaktikanta Das')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Vladan Djokic')).toMatchObject({ type: 'person', role: 'Rector' });
  });

  it("keeps a list's parties apart and reads banks by their first word (news-dev's Caucasus and South-East Asian news)", () => {
    const e = extractEntities(
      'Opposition groups including the United National Movement, Coalition for Change and Strong Georgia refused their seats. ' +
        'Danantara took control of stakes in Bank Mandiri, Telkom Indonesia and Pertamina. It sued the FBI, Department of Health and Human Services and the CIA.',
    );
    const typeOf = (n: string): string | undefined => e.find((x) => x.name === n)?.type;
    for (const org of ['Coalition for Change', 'Strong Georgia', 'Bank Mandiri', 'Department of Health and Human Services']) expect(typeOf(org), org).toBe('organization');
    expect(typeOf('Coalition for Change and Strong Georgia')).toBeUndefined();
  });

  it("counts the tagger's guess once per name, not once per mention (news-dev's US tech)", () => {
    const e = extractEntities(
      'Alphabet agreed to buy cloud security company Wiz for 32 billion dollars in cash , the largest deal in its history , a year after Wiz turned down a smaller offer . ' +
        'Co-founder Assaf Rappaport said Wiz would keep its offices in Tel Aviv .',
    );
    expect(e.find((x) => x.name === 'Wiz')).toMatchObject({ type: 'organization', role: 'cloud security company' });
  });

  it('names no word drawn out for voice, but keeps Roman numerals (UNER reviews)', () => {
    const names = extractEntities('Soooo tasty !\n\nBrilll .\n\nVERYYYY !!!! VERYYY !! Good auto repair men .\n\nKing Henry VIII married Anne Boleyn. AAA said so.').map((x) => x.name);
    for (const word of ['Soooo', 'Brilll', 'VERYYYY', 'VERYYY']) expect(names).not.toContain(word);
    expect(names).toEqual(expect.arrayContaining(['Henry VIII', 'Anne Boleyn', 'AAA']));
  });

  it('takes no article into a name the tagger alone found, so one office is one card (Reuters via VentureBeat, Zyte AEB)', () => {
    const e = extractEntities(
      '(Reuters) — The New York State Attorney General (NYAG) is investigating WeWork. We received an inquiry from the office ' +
        'of the New York State Attorney General. The Hague ruled. She writes for The Balance.',
    );
    const offices = e.filter((x) => x.name.includes('Attorney General'));
    expect(offices.map((x) => [x.name, x.aliases])).toEqual([['New York State Attorney General', ['NYAG']]]);
    expect(offices[0]!.mentions).toHaveLength(3);
    expect(e.map((x) => x.name)).toEqual(expect.arrayContaining(['The Hague']));
  });

  it('reads the role and age after a "Jr." (NBC News, Zyte AEB)', () => {
    const e = extractEntities(
      'James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said the case mattered. Patrick W. Carlineo Jr., 55, faces ten years. Carlineo pleaded guilty.',
    );
    expect(e.find((x) => x.name === 'James P. Kennedy Jr.')?.role).toBe('the U.S. Attorney for the Western District of New York');
    expect(e.find((x) => x.name === 'Patrick W. Carlineo Jr.')?.type).toBe('person');
  });

  it('reads Brexit as an event, not a person, and "Administrator" as a title (AP, Space.com via Zyte AEB)', () => {
    const e = extractEntities('Johnson wants to get Brexit done. NASA Administrator Jim Bridenstine spoke. Administrator Jim Bridenstine said more.');
    expect(e.find((x) => x.name === 'Brexit')?.type).toBe('misc');
    expect(e.find((x) => x.name === 'Jim Bridenstine')).toMatchObject({ type: 'person', role: 'Administrator' });
    expect(e.filter((x) => x.name.startsWith('Administrator'))).toHaveLength(0);
  });

  it('keeps "Will" as a given name the tagger confirms, but not in a question (AP, Zyte AEB)', () => {
    const e = extractEntities('Will Moy, chief executive of Full Fact, said the ads misled voters. Will Trump win the election? Nobody knows.');
    expect(e.find((x) => x.name === 'Will Moy')).toMatchObject({ type: 'person', role: 'chief executive of Full Fact' });
    expect(e.map((x) => x.name)).not.toContain('Will Trump');
  });

  it('reads a trade after a name that opens on "Will" as a person\'s, not a firm\'s (found reading Lede\'s output)', () => {
    // "publisher" names firms and people alike; a given name decides it, and "Will" is no
    // given name to the lists. Before, "Will Lewis" was an organization and "Lewis" a second person.
    const e = extractEntities('Will Lewis, the publisher of The Washington Post, said the paper would change. Lewis joined last year.');
    expect(e.find((x) => x.name === 'Will Lewis')).toMatchObject({ type: 'person', role: 'the publisher of The Washington Post' });
    expect(e.filter((x) => x.type === 'person').map((x) => x.name)).toEqual(['Will Lewis']);
  });

  it('cuts religious and royal styles off names as titles (UNER, GMB)', () => {
    const e = extractEntities('Newspapers printed cartoons of the Prophet Mohammed. Ayatollah Ali Khamenei spoke. Emir Tamim bin Hamad met Sultan Qaboos.');
    const people = Object.fromEntries(e.filter((x) => x.type === 'person').map((x) => [x.name, x.role]));
    expect(people).toEqual({ Mohammed: 'Prophet', 'Ali Khamenei': 'Ayatollah', 'Tamim bin Hamad': 'Emir', Qaboos: 'Sultan' });
  });

  it('reads "PM" as a prime minister before a name, and as the afternoon after a clock time (UNER)', () => {
    // "Ben Jones", not a lone "Jones": since the tagger trains on web text it no longer vouches
    // for a lone surname with nothing else around it, and this test is about the "PM".
    const e = extractEntities('In Iraqi society, PM Allawi is responsible for protecting his clan. The talks at 10:30 PM Ben Jones called off.');
    expect(e.find((x) => x.name === 'Allawi')).toMatchObject({ type: 'person', role: 'PM' });
    const jones = e.find((x) => x.mentions.some((m) => m.exact.includes('Jones')));
    expect(jones?.name).toBe('Ben Jones');
    expect(jones?.role ?? '').not.toContain('PM');
  });

  it('knows given names of world news that the tagger reads as organizations', () => {
    const e = extractEntities('He continues the path of Yasser Arafat. Officials met Mojtaba Khamenei, and Kyriakos Mitsotakis watched.');
    for (const name of ['Yasser Arafat', 'Mojtaba Khamenei', 'Kyriakos Mitsotakis']) expect(e.find((x) => x.name === name)?.type, name).toBe('person');
  });

  it('reads a name before "himself" as a person (UNER)', () => {
    const text = 'Cloaking himself in Yasser Arafat\'s legacy, Abbas pledged to go on. Israel said no to the world, and to Arafat himself. Abbas continues the path of Yasser Arafat.';
    expect(extractEntities(text).find((x) => x.name === 'Yasser Arafat')?.type).toBe('person');
  });

  it('keeps given names a chat writes in lower case, joined to their capitalised form (UNER)', () => {
    const text = 'i am going out tonight if anyone is interested.\njill allen finishes her cpa today.\nmax and jen are looking for you.\nTell them, "And Jen, you come from great people."';
    const e = extractEntities(text);
    expect(e.find((x) => x.name === 'jill allen')?.type).toBe('person');
    const jen = e.find((x) => x.name === 'Jen');
    expect(jen?.type).toBe('person');
    expect(jen?.mentions.map((m) => m.exact)).toEqual(['jen', 'Jen']);
  });

  it('keeps a lower-case given name no person outside a chat', () => {
    const e = extractEntities('These manuals can save you a small fortune, and make them worth every penny. Jane Smith agrees.');
    expect(e.map((x) => x.name.toLowerCase())).not.toContain('penny');
    // A loop's "i" is no chat's pronoun.
    const code = extractEntities('Run the loop:\nfor i in range(10): total = total + li\nThe variable li holds the list, and git keeps it.');
    expect(code.filter((x) => x.type === 'person').map((x) => x.name)).toEqual([]);
  });

  it('takes a numbered heading\'s "I." for no initial', () => {
    const e = extractEntities('I. Speech\nThe speech of the child develops early. II. Hearing\nThe ear matters too.');
    expect(e.filter((x) => x.type === 'person').map((x) => x.name)).toEqual([]);
  });

  it('takes no phrase of common words for a person on the tagger\'s word alone (UNER reviews)', () => {
    for (const text of ['Great Meal\nThe food was good and the staff were kind.', 'Wrong Information\nThe phone number listed is wrong.', 'Handbook\nThis guide explains the rules.']) {
      expect(extractEntities(text).filter((x) => x.type === 'person').map((x) => x.name), text).toEqual([]);
    }
    // One word that is a surname too stays a person: a results line.
    expect(extractEntities('Devoe 2 points. Baker 6 points. Brown 4 points. Upshaw 3 points.').find((x) => x.name === 'Brown')?.type).toBe('person');
  });

  it('keeps a legal form after a comma with the firm\'s name, one firm with its short name (UNER, Zyte AEB)', () => {
    const e = extractEntities('My source of income changed to Google, Inc. of Mountain View, California. Google pays well. The counterparty, Dräger, Inc., signed.');
    const google = e.find((x) => x.name === 'Google, Inc.');
    expect(google?.type).toBe('organization');
    expect(google?.mentions.map((m) => m.exact)).toEqual(['Google, Inc.', 'Google']);
    expect(e.find((x) => x.name === 'Dräger, Inc.')?.type).toBe('organization');
    expect(e.map((x) => x.name)).not.toContain('Inc.');
  });

  it('reads a shop named for its owner as one organization (UNER reviews)', () => {
    const e = extractEntities("Ray's Pizza is just too good. We ate at Joe's Crab Shack in Boston, and Vietnam's Communist Party met.");
    expect(e.find((x) => x.name === "Ray's Pizza")?.type).toBe('organization');
    expect(e.find((x) => x.name === "Joe's Crab Shack")?.type).toBe('organization');
    expect(e.map((x) => x.name)).not.toContain('Ray');
    // A known name's possessive stays apart.
    expect(e.find((x) => x.name === 'Vietnam')?.type).toBe('place');
  });

  it('reads an acronym run into a word as no person, and knows space agencies (Readability suite)', () => {
    const e = extractEntities('Child poverty is lower in other countries.\n\nCNNMoney (New York) First published February 3, 2016.\n\nThe craft fell in Siberia, Roscosmos said in a statement.');
    expect(e.find((x) => x.name === 'CNNMoney')?.type).not.toBe('person');
    expect(e.find((x) => x.name === 'Roscosmos')?.type).toBe('organization');
  });

  it('reads the Washington Post\'s Tunisia story and the Times\' Yahoo story right (Readability suite)', () => {
    const tunisia = extractEntities("It was a movement similar to Egypt's Islamist Muslim Brotherhood, according to the World Travel and Tourism Council. The Bardo museum houses Roman mosaics.");
    const names = Object.fromEntries(tunisia.map((x) => [x.name, x.type]));
    expect(names['Muslim Brotherhood']).toBe('organization');
    expect(names['World Travel and Tourism Council']).toBe('organization');
    expect(names.Roman).not.toBe('person');
    const yahoo = extractEntities("Yahoo's $4.8 billion sale to Verizon is a complicated beast. Mozilla may pay. If only Yahoo had bought Snapchat instead of Tumblr.");
    expect(['Verizon', 'Mozilla', 'Tumblr'].map((n) => yahoo.find((x) => x.name === n)?.type)).toEqual(['organization', 'organization', 'product']);
  });

  it('reads an "of" name of a journal, a possessive holiday and an opposition leader\'s title (Readability suite)', () => {
    const e = extractEntities("The study appeared in the New England Journal of Medicine. The signs resemble neon Valentine's Day candies. Opposition Leader Bill Shorten said in a letter.");
    expect(e.find((x) => x.name === 'New England Journal of Medicine')?.type).toBe('organization');
    expect(e.map((x) => x.name)).not.toContain('Valentine');
    expect(e.map((x) => x.name)).not.toContain('Opposition');
    expect(e.find((x) => x.name === 'Bill Shorten')?.role).toBe('Opposition Leader');
  });

  it('reads a compass adjective before a noun as no name (CityLab, Zyte AEB)', () => {
    const e = extractEntities('Neon spread to major Western capitals and the Eastern bloc, avoiding Western intelligence monitoring. Western Union paid.');
    expect(e.filter((x) => ['person', 'organization', 'place'].includes(x.type)).map((x) => x.name)).not.toContain('Western');
    expect(e.find((x) => x.name === 'Western Union')?.type).toBe('organization');
  });

  it('cuts a greeting and a family or doctor\'s title off a first name (UNER)', () => {
    const e = extractEntities('Good Morning Debra -\nWere you having phone problems? Doctor Hank is amazing, and any news on Aunt Toni?');
    const people = Object.fromEntries(e.filter((x) => x.type === 'person').map((x) => [x.name, x.role ?? '']));
    expect(people).toEqual({ Debra: '', Hank: 'Doctor', Toni: 'Aunt' });
  });

  it('reads a café by its name as an organization (WCXB city guide)', () => {
    expect(extractEntities('Best brunch if you are an early riser: Cafe Kacao, in the Asian District.').find((x) => x.name === 'Cafe Kacao')?.type).toBe('organization');
  });

  it('keeps an initial "A." that opens a name (UNER)', () => {
    const e = extractEntities('Bush also nominated A. Noel Anketell Kramer for a 15-year term as associate judge.');
    expect(e.map((x) => x.name)).toContain('A. Noel Anketell Kramer');
  });

  it('reads venues as places (tour dates in Billboard, Zyte AEB)', () => {
    const e = extractEntities('The band plays the BB&T Pavilion in Camden and the Ryman Auditorium in Nashville. Fans filled the Ak-Chin Pavilion.');
    for (const venue of ['BB&T Pavilion', 'Ryman Auditorium', 'Ak-Chin Pavilion']) expect(e.find((x) => x.name === venue)?.type, venue).toBe('place');
  });

  it('reads a name before a player\'s position as a team (CNN, Zyte AEB)', () => {
    const e = extractEntities('In the closing seconds of the game in Cleveland, Browns defensive end Myles Garrett pulled off the helmet.');
    expect(e.find((x) => x.name === 'Browns')?.type).toBe('organization');
    expect(e.find((x) => x.name === 'Myles Garrett')?.type).toBe('person');
  });

  it('keeps a participle before an org head, and knows endowments, film units and VOA (GMB)', () => {
    const e = extractEntities(
      'Putin accused the state-run power company (Unified Energy Systems) of negligence. The budget allots money to the ' +
        'National Endowment for Democracy. She spoke at the Voice of America. Backed by BBC Films, the project waits. Questioning Vindman was hard.',
    );
    const orgs = e.filter((x) => x.type === 'organization').map((x) => x.name);
    expect(orgs).toEqual(expect.arrayContaining(['Unified Energy Systems', 'National Endowment for Democracy', 'Voice of America', 'BBC Films']));
    expect(e.map((x) => x.name)).not.toContain('Questioning Vindman');
  });

  it('reads a court of appeals named for its district as an organization (UNER)', () => {
    const e = extractEntities('Bush nominated Jennifer M. Anderson as associate judge of the District of Columbia Court of Appeals.');
    expect(e.find((x) => x.name === 'District of Columbia Court of Appeals')?.type).toBe('organization');
  });

  it('knows University of California campuses and takes no ATM, PIN or SSN for a name (WCXB)', () => {
    const e = extractEntities('Students at UC Berkeley use CalNet ID. Never share your PIN or SSN at ATMs. She studied at the University of California, Berkeley.');
    expect(e.find((x) => x.name.includes('Berkeley'))).toMatchObject({ type: 'organization' });
    expect(e.filter((x) => x.name.includes('Berkeley'))).toHaveLength(1);
    for (const term of ['PIN', 'SSN', 'ATMs']) expect(e.map((x) => x.name), term).not.toContain(term);
  });

  it('keeps no name only a Title Case headline has, unless the body or the gazetteer knows it (WSJ, NYT via Zyte AEB)', () => {
    const body = 'Trump spoke to voters in Kentucky on Monday. The crowd was small.';
    const names = (title: string): string[] => extractEntities(body, { title }).map((e) => e.name);
    expect(names('Republicans Are Following Trump to Nowhere')).toEqual(['Trump', 'Kentucky', 'Monday']);
    expect(names('Is Football Violence a Crime?')).toEqual(['Trump', 'Kentucky', 'Monday']);
    // A known name stays; a sentence-cased headline is read like prose.
    expect(names('Trump Loses Ground in Ohio')).toContain('Ohio');
    expect(names('Voters in Kentucky back Andy Beshear')).toContain('Andy Beshear');
  });

  it('names no news label before a colon ("The Latest:", "Analysis:") in a headline or the body (AP via Zyte AEB)', () => {
    const body = 'A man was stabbed to death on a train in Oakland on Sunday, police said.\n\nAnalysis: the city reacted.';
    const names = extractEntities(body, { title: 'The Latest: Man stabbed to death on San Francisco Bay train' }).map((e) => e.name);
    expect(names).not.toContain('Latest');
    expect(names).not.toContain('Analysis');
    expect(names).toContain('Oakland');
  });

  it('knows a party tag by its state', () => {
    for (const tag of ['R-W.Va.', 'D-Minn.', 'R-Texas', 'D-NY', 'I-Vt.']) expect(isPartyTag(tag), tag).toBe(true);
    for (const name of ['D-Day', 'I-PRIMO', 'R-Rated', 'D-Wave']) expect(isPartyTag(name), name).toBe(false);
  });

  it('reads a Title Case headline through the names the body settled', () => {
    const e = extractEntities('Police questioned Sirgoo Lee, CEO of Daum Kakao, on Wednesday.', {
      title: 'Police Question Daum Kakao CEO Sirgoo Lee In Child Porn Investigation',
    });
    expect(e.map((x) => x.name).filter((n) => n !== 'Wednesday').sort()).toEqual(['Daum Kakao', 'Sirgoo Lee']);
    for (const x of e.filter((y) => y.type !== 'date')) expect(x.mentions.some((m) => m.in === 'title')).toBe(true);
  });

  it('gives a surname to the nearest person who has it', () => {
    const text = 'Joe Biden spoke first. Biden said little. Later Hunter Biden arrived, and Biden left.';
    const e = extractEntities(text);
    const joe = e.find((x) => x.name === 'Joe Biden');
    const hunter = e.find((x) => x.name === 'Hunter Biden');
    expect(joe?.mentions.map((m) => m.start)).toEqual([0, text.indexOf('Biden said')]);
    expect(hunter?.mentions.map((m) => m.start)).toEqual([text.indexOf('Hunter'), text.lastIndexOf('Biden')]);
  });

  it('keeps the abbreviated saint or mount that opens a sentence (Zyte AEB: "A: St. Croix in the U.S. Virgin Islands")', () => {
    const e = extractEntities('Q: Where did you grow up?\n\nA: St. Croix in the U.S. Virgin Islands. Ft. Lauderdale came later.');
    const typed = e.map((x) => `${x.type}:${x.name}`);
    expect(typed).toContain('place:St. Croix');
    expect(typed).toContain('place:Ft. Lauderdale');
    expect(e.map((x) => x.name)).not.toContain('Croix');
  });

  it('takes a show or an expo for an event, not a person (Zyte AEB: "the 2019 Los Angeles Auto Show")', () => {
    const e = extractEntities('Now, at the 2019 Los Angeles Auto Show, the marque had news. Samsung also came to the Consumer Electronics Show.');
    expect(e.filter((x) => x.type === 'person').map((x) => x.name)).toEqual([]);
    expect(e.find((x) => x.name === 'Consumer Electronics Show')?.type).toBe('misc');
  });

  it('knows carmakers named bare, and their models as products (Zyte AEB Lexus story, WCXB EV guide)', () => {
    const e = extractEntities('Lexus revealed the LC Convertible Concept. Lexus called it a concept. The Nissan Leaf and the Kia EV6 sell well.');
    const typed = e.map((x) => `${x.type}:${x.name}`);
    expect(typed).toContain('organization:Lexus');
    expect(typed).toContain('product:Nissan Leaf');
    expect(typed).toContain('product:Kia EV6');
  });

  it('types a known product’s model as a product, and its own word alone as the model (Zyte AEB, WCXB)', () => {
    const e = extractEntities('Apple redesigned the MacBook Air this year. Instagram Reels are short videos. Reels can run longer now.');
    const typed = e.map((x) => `${x.type}:${x.name}`);
    expect(typed).toContain('product:MacBook Air');
    expect(typed).toContain('product:Instagram Reels');
    expect(e.find((x) => x.name === 'Instagram Reels')?.mentions).toHaveLength(2);
    expect(e.map((x) => x.name)).not.toContain('Reels');
  });

  it('takes no chat word for a person: a comment thread writes "huh" and "lol", never a name, in lower case', () => {
    const e = extractEntities('huh ?\nyuck !!\nwell i asked Maria Lopez about the new menu lol\nuh ok , pls tell her thanks\nwendy and i went to vietnam last year');
    const people = e.filter((x) => x.type === 'person').map((x) => x.name);
    expect(people).toContain('Maria Lopez');
    // "wendy" is a given name, a person in such text; "huh", "lol", "pls" and "uh" are none.
    expect(people.filter((name) => !/\p{Lu}/u.test(name))).toEqual(['wendy']);
    // Places in lower case are common in such text and stay.
    expect(e.map((x) => `${x.type}:${x.name}`)).toContain('place:vietnam');
  });

  it('finds known places a chat writes in lower case, but not in news prose', () => {
    const e = extractEntities('i am from mexico traveling to san francisco california next week\nhow are vietnam and Afghanistan alike ?\nwe stayed in kerala for a month');
    const places = e.filter((x) => x.type === 'place').map((x) => x.name.toLowerCase());
    expect(places).toEqual(expect.arrayContaining(['mexico', 'san francisco', 'california', 'vietnam', 'afghanistan', 'kerala']));
    // A country needs no other place beside it nor a preposition before it (UNER).
    expect(extractEntities("i 'm doing a report on how afghanistan and Vietam are different").map((x) => `${x.type}:${x.name}`)).toContain('place:afghanistan');
    // News writes places with capitals; its lower-case "arctic" and "turkey" are no places.
    const news = extractEntities('The roof gave way after an arctic freeze swept the region, officials said. Families later shared a roasted turkey meal.');
    expect(news.filter((x) => x.type === 'place')).toEqual([]);
  });

  it('finds the people a chat names by given name: speakers, names written small and the surnames after them (web text written for the tests)', () => {
    // A chat log whose lines open on given names is casual text even without a small "i".
    const log = extractEntities('rosie: practice tmrw at the garage?\ntom: my dads car is in there now sorry\nPriya: we are not doing song 2 again tom\nSubject: gig');
    expectTyped(log, ['person:rosie', 'person:tom', 'person:Priya']);
    expect(log.map((x) => x.name)).not.toContain('Subject');
    // A given name written small that is no common word; the tagger's surname after it joins it.
    const chat = extractEntities('i think jen tan and mike santos are coming . i asked ravi , he will hope for the best .');
    expectTyped(chat, ['person:jen tan', 'person:mike santos', 'person:ravi']);
    expect(chat.map((x) => x.name)).not.toContain('hope');
    // A post that never writes "i" small is chat all the same when it writes chat's own words.
    const post = extractEntities('woke up late so me and priya walked down to the beach omg . jake says he is sick of it lol .');
    expectTyped(post, ['person:priya', 'person:jake']);
    // News prose writes names with capitals: a word in lower case there is a word.
    expect(extractEntities('The sheriff said the suspect, a tyler by trade, fled.').filter((x) => x.type === 'person')).toEqual([]);
  });

  it('cuts courtesy, kin and trade titles and a chat\'s interjections off the people they name (web text written for the tests)', () => {
    const e = extractEntities(
      'We asked Ms. Park about the rent . Nurse Liam checked on us twice . Sorry Danny , I forgot . Nonna Pia cooked and Tia Carmen baked . Sr. Hernández fixed the car .',
    );
    const people = Object.fromEntries(e.filter((x) => x.type === 'person').map((x) => [x.name, x.role ?? '']));
    expect(people).toEqual({ Park: 'Ms.', Liam: 'Nurse', Danny: '', Pia: 'Nonna', Carmen: 'Tia', Hernández: 'Sr.' });
    // A title that is a given name too titles only a given name: "Tia Mowry", "Dona Bertarelli" are whole.
    const f = extractEntities('Tia Mowry laughed . Dona Bertarelli spoke . Ken Griffey Sr. said so .');
    expectTyped(f, ['person:Tia Mowry', 'person:Dona Bertarelli', 'person:Ken Griffey Sr.']);
  });

  it('names a shop or a restaurant one goes to with its possessive, but not a person\'s thing or a country\'s (web text written for the tests)', () => {
    const e = extractEntities("we had lunch at Chuy's , then went to Katz's for dessert . Meet me at Mulligan's tonight .");
    expectTyped(e, ["place:Chuy's", "place:Katz's", "place:Mulligan's"]);
    // A noun or a number after the possessive is what it owns; a known name keeps its own.
    const f = extractEntities("Ministers from Germany 's 16 states met . Lee went to Kim's house . We ate at McDonald's .");
    expect(f.map((x) => x.name)).not.toContain("Germany 's");
    expect(f.map((x) => x.name)).not.toContain("Kim's");
    expectTyped(f, ['place:Germany', "organization:McDonald's"]);
  });

  it('takes a brand and its model code for a product without the tagger, but not a rating after a verb', () => {
    // "10. Soundcore Q45" alone on a line: the brand is no English word. "Rated IP66" is a verb
    // and a rating, whatever the capital says.
    const e = extractEntities('The scooter is light.\n\n10. Soundcore Q45\n\nRated IP66 for rain. Rated IP66 in tests.');
    expect(e.map((x) => `${x.type}:${x.name}`)).toEqual(['product:Soundcore Q45']);
  });

  it('takes what is said to be a kind of place for a place, a broker by its trade, and a postscript mark or a pet for no one (UNER)', () => {
    const typed = (text: string): string[] => extractEntities(text).map((x) => `${x.type}:${x.name}`);
    expect(typed('Iguazu is a big or a small country ?\nIguazu is NOT a country ....\nIguazu is in Argentina :)')).toEqual(expect.arrayContaining(['place:Iguazu']));
    expect(typed('Hampi is a small town in Karnataka.')).toContain('place:Hampi');
    // The kind must end the phrase: a singer and an owner are people.
    expect(typed('Smith is a country singer. Jones was a small business owner.')).toEqual(['person:Smith', 'person:Jones']);
    expect(typed('Statements made on behalf of Carr Futures or its officers.')).toContain('organization:Carr Futures');
    expect(typed('P.S. Tom , Please , contact Vernon and get the details .')).toEqual(['person:Tom', 'person:Vernon']);
    // A pet's name is no person's or firm's.
    const pets = typed('I have a cat named GummiBear. My cat s name is Twinky . A dog named Max bit Maria Lopez.');
    expect(pets.filter((x) => /^(person|organization)/.test(x))).toEqual(['person:Maria Lopez']);
  });

  it('takes a given name and the surname Law for a person, not a law (Zyte AEB tennis story)', () => {
    const e = extractEntities('Catherine Whitaker and David Law discussed the draw. Law said it was tough. Sharia Law applies there.');
    const typed = e.map((x) => `${x.type}:${x.name}`);
    expect(typed).toContain('person:David Law');
    expect(typed).toContain('law:Sharia Law');
    expect(e.find((x) => x.name === 'David Law')?.mentions).toHaveLength(2);
  });

  it('takes diseases for no organization or person, and news sites named bare for organizations (Zyte AEB)', () => {
    const e = extractEntities('Eastern Equine Encephalitis killed three people in Michigan, the Associated Press said. Lyme Disease spreads too. Forbes reported the figure first, Business Insider said.');
    const typed = e.map((x) => `${x.type}:${x.name}`);
    for (const x of e.filter((y) => /Encephalitis|Disease/.test(y.name))) expect(x.type, x.name).toBe('misc');
    expect(typed).toContain('organization:Forbes');
    expect(typed).toContain('organization:Business Insider');
  });

  it('keeps a known maker’s model whole and types it a product (CNET gift guide in Zyte AEB, WCXB laptop reviews)', () => {
    const e = extractEntities(
      'The Nintendo Switch Lite and the Motorola Razr are back. The Asus ROG Zephyrus G14 and the Acer Nitro V are laptops. Siemens AG and Samsung SDI grew. The Doobie Brothers joined the Rock and Roll Hall of Fame.',
    );
    const typed = e.map((x) => `${x.type}:${x.name}`);
    for (const model of ['Nintendo Switch Lite', 'Motorola Razr', 'Asus ROG Zephyrus G14', 'Acer Nitro V']) expect(typed, model).toContain(`product:${model}`);
    for (const org of ['Siemens AG', 'Samsung SDI', 'Rock and Roll Hall of Fame']) expect(typed, org).toContain(`organization:${org}`);
  });

  it('knows gadgets, a plague, the Solar System and Yuletide (Zyte AEB: AppleInsider, Xinhua, Reuters)', () => {
    const e = extractEntities('The Magic Keyboard and the Touch Bar return. The Black Death killed millions. Titan is the oddest world in the Solar System. Yuletide came early this year.');
    const typed = e.map((x) => `${x.type}:${x.name}`);
    expect(typed).toContain('product:Magic Keyboard');
    expect(typed).toContain('product:Touch Bar');
    expect(typed).toContain('misc:Black Death');
    expect(typed).toContain('misc:Solar System');
    expect(e.map((x) => x.name)).not.toContain('Yuletide');
  });

  it('takes a species’ genus for no entity, with its epithet, alone or as an initial (Quanta, Xinhua via Zyte AEB)', () => {
    const e = extractEntities(
      'Herbert Smith found that Pseudomonas aeruginosa activated those receptors. Tritrichomonas muris lives in the gut, and Tritrichomonas spreads fast. The plague bacterium Yersinia pestis killed many. C. alpina grows here. Officials in the Jalgaon area culled chickens.',
    );
    const names = e.map((x) => x.name);
    for (const genus of ['Pseudomonas', 'Tritrichomonas', 'Yersinia', 'C.', 'C']) expect(names, genus).not.toContain(genus);
    expect(names).toContain('Herbert Smith');
    // A place before an English noun is no genus.
    expect(names).toContain('Jalgaon');
  });

  it('takes no model number for a person, and a weak member of a list for its list’s kind (Zyte AEB: IGN’s deals page; WCXB reviews)', () => {
    const e = extractEntities(
      'The scooter is light.\n\nMotor Size\n\n350W\n\nPeak Power\n\n500W\n\n10. Soundcore Q45\n\nSpecification: Noise Cancelling\n\n' +
        "You guys know I'm a Canon girlie through and through. I tried the Canon EOS R8 and the Canon EOS R6 Mark II last week.\n\n" +
        'You can watch a dazzling number of Disney, Pixar, Marvel, and Star Wars movies and shows. Disney said so. Disney+ is live.\n\n' +
        'Braiker has worked with brands including Ford, Macy’s, Kellogg’s, NBC, Fox and others.\n\n' +
        'Download Dashlane Password Manager for Free\n\nWe rated Dashlane as one of the best password managers of 2019.',
    );
    const typed = e.map((x) => `${x.type}:${x.name}`);
    expect(typed).toContain('product:Soundcore Q45');
    expect(typed).toContain('product:Canon EOS R6 Mark II');
    expect(typed).toContain('product:Canon EOS R8');
    // The maker named alone beside its models is the company, not a person.
    expect(typed).toContain('organization:Canon');
    for (const rating of ['350W', '500W']) expect(e.map((x) => x.name), rating).not.toContain(rating);
    expect(typed).toContain('organization:Marvel');
    // Members may carry a possessive (Fox was a person).
    expect(typed).toContain('organization:Fox');
    expect(e.map((x) => x.name)).toContain('Dashlane');
    expect(e.map((x) => x.name)).not.toContain('Download Dashlane');
  });

  it('takes a capitalised title off a known name when its holder comes later (Zyte AEB: impeachment hearings)', () => {
    const e = extractEntities('He denied that he, U.S. Ambassador to the European Union Gordon Sondland, had done so. A study from Massachusetts General found that.');
    const typed = e.map((x) => `${x.type}:${x.name}`);
    // A name that only ends like a title keeps it.
    expect(typed).toContain('organization:Massachusetts General');
    expect(typed).toContain('place:U.S.');
    expect(typed).toContain('person:Gordon Sondland');
    expect(e.map((x) => x.name)).not.toContain('U.S. Ambassador');
  });

  it('keeps a British hospital named for its town whole, one per town (Live Science via Zyte AEB)', () => {
    const e = extractEntities('Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary in Scotland, said so. He trained at the Glasgow Royal Infirmary.');
    const typed = e.map((x) => `${x.type}:${x.name}`);
    expect(typed).toContain('organization:Aberdeen Royal Infirmary');
    expect(typed).toContain('organization:Glasgow Royal Infirmary');
    expect(e.map((x) => x.name)).not.toContain('Royal Infirmary');
  });

  it('takes a trade’s noun for a firm’s or a person’s by the name’s given name (Readability’s Ars Technica page)', () => {
    const e = extractEntities('The deal was backed by publisher Rupert Murdoch. He reported the bug to Minecraft developer Mojang. The supplier Foxconn agreed.');
    const byName = (n: string): Entity | undefined => e.find((x) => x.name === n);
    expect(byName('Rupert Murdoch')).toMatchObject({ type: 'person', role: 'publisher' });
    expect(byName('Mojang')).toMatchObject({ type: 'organization', role: 'developer' });
    expect(byName('Foxconn')).toMatchObject({ type: 'organization', role: 'supplier' });
  });

  it('reads a firm’s legal form, an era of the economy and a supervisor (New York Times and Seattle Times in Readability’s test pages)', () => {
    const e = extractEntities(
      'Milton Velez, the agency’s district supervisor for Queens, agreed. Dana F. Besecker Company grew fast. The Great Depression hit the city.',
    );
    const byName = (n: string): Entity | undefined => e.find((x) => x.name === n);
    expect(byName('Milton Velez')).toMatchObject({ type: 'person', role: 'the agency’s district supervisor for Queens' });
    expect(byName('Dana F. Besecker Company')?.type).toBe('organization');
    expect(byName('Great Depression')?.type).toBe('misc');
  });

  it('reads a degree after a name for no state, and a soft hyphen for no break (WebMD, Washington Post in Readability’s test pages)', () => {
    const e = extractEntities(
      'Groundbreaking, says Katie Allen, MD, PhD. The risk is higher, says Eric Biondi, MD, who runs a program. The plant in Columbia, MD, closed. ' +
        'Aside from Russian President Vladi\u00admir Putin, few leaders met Netan\u00adyahu. Netanyahu said so.\u200b \u200b',
    );
    const typed = e.map((x) => `${x.type}:${x.name}`);
    for (const p of ['person:Katie Allen', 'person:Eric Biondi', 'place:Columbia', 'place:Maryland', 'person:Vladimir Putin', 'person:Netanyahu']) expect(typed).toContain(p);
    expect(e.find((x) => x.name === 'Netanyahu')?.mentions).toHaveLength(2);
    // Quotes keep the page's own characters, so the page can still find them.
    expect(e.find((x) => x.name === 'Vladimir Putin')?.mentions[0]?.exact).toBe('Vladi\u00admir Putin');
  });

  it('reads subheadings in capitals for no names, and a player’s position for no part of the name (AP game notes, Zyte AEB)', () => {
    const e = extractEntities(
      'The teams meet again in Oklahoma City in three days.\n\nTIP-INS\n\n' +
        'Thunder: F Hamidou Diallo missed his third straight game. Lakers: G Danny Green scored 12 points and C Dwight Howard had nine rebounds.\n\n' +
        'CLOSEOUT SEQUENCE\n\nDiallo watched from the bench.\n\nNATO\n\nF. Scott Fitzgerald wrote it.',
    );
    expectTyped(e, ['person:Hamidou Diallo', 'person:Danny Green', 'person:Dwight Howard', 'organization:NATO', 'person:F. Scott Fitzgerald']);
    expect(e.filter((x) => /TIP|CLOSEOUT|^[FGC] /.test(x.name))).toEqual([]);
    // The surname alone later is the same player.
    expect(e.find((x) => x.name === 'Hamidou Diallo')?.mentions).toHaveLength(2);
  });

  it('reads a journal named "… of the …" whole, an employer after a staff noun and "at", and a compass surname (Zyte AEB)', () => {
    const e = extractEntities(
      'The study appeared in Monthly Notices of the Royal Astronomical Society. General Mark Milley, chairman of the Joint Chiefs of Staff, spoke. ' +
        'Eswar Prasad, a trade professor at Cornell, said so. Phil Levy, the chief economist at Flexport, agreed. A soldier at Fort Bragg died. ' +
        'Braun has worked with Kanye West. Students at Wichita West cheered.',
    );
    expectTyped(e, [
      'organization:Monthly Notices of the Royal Astronomical Society',
      'organization:Joint Chiefs of Staff',
      'organization:Cornell',
      'organization:Flexport',
      'place:Fort Bragg',
      'person:Kanye West',
      'place:Wichita West',
    ]);
    expect(e.filter((x) => ['Monthly Notices', 'Staff', 'Royal Astronomical Society'].includes(x.name))).toEqual([]);
  });

  it('knows retailers, sites and universities news names bare, which the tagger took for places, and a university’s schools (Zyte AEB, WCXB)', () => {
    const e = extractEntities(
      'Jenner has a partnership with Ulta Beauty, which led to revenue growth for Ulta. This graphic, provided by Statista, shows it. ' +
        'There were layoffs at Meetup. Someone tried to edit his Wikipedia page. A Harvard study agreed. She teaches at MIT Sloan. Apple Pay grew.',
    );
    expectTyped(e, ['organization:Ulta Beauty', 'organization:Statista', 'organization:Meetup', 'product:Wikipedia', 'organization:Harvard', 'organization:MIT Sloan', 'product:Apple Pay']);
    expect(e.find((x) => x.name === 'Ulta Beauty')?.mentions).toHaveLength(2);
  });

  it('reads a remit listed with commas and "and" as one body’s, but not a list of names, and no opening adjective or unit as a name’s (Zyte AEB)', () => {
    const names = extractEntities(
      "South Korea's Ministry of Trade, Industry and Energy said so. The Council on Energy, Environment and Water agreed. " +
        'The Ministry of Defense, Israel and Egypt said. The Bank of America, Citigroup and Wells Fargo fell. Recent Samsung TVs support it. ' +
        'It runs at 2.3 GHz Intel Core i9 speeds.',
    ).map((x) => x.name);
    expect(names.filter((n) => n.startsWith('Recent') || n.startsWith('GHz'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['Ministry of Trade, Industry and Energy', 'Council on Energy, Environment and Water', 'Ministry of Defense', 'Israel', 'Egypt', 'Bank of America', 'Citigroup']));
    expect(names.filter((n) => ['Ministry of Trade', 'Industry and Energy', 'Environment', 'Water'].includes(n))).toEqual([]);
  });

  it('joins an agency to the acronym a list knows only by itself, but not a list’s acronym for another name (Zyte AEB)', () => {
    const e = extractEntities('The Federal Trade Commission sued on Monday. The FTC said the deal was illegal. The AP reported it, as did American Press.');
    expect(e.find((x) => x.name === 'Federal Trade Commission')).toMatchObject({ type: 'organization', aliases: ['FTC'] });
    expect(e.find((x) => x.name === 'FTC')).toBeUndefined();
    expect(e.find((x) => x.name === 'AP')?.aliases).toEqual([]);
  });

  it('keeps a known name whole in a capitals headline, a team’s short name opening a line, firms by their legal short name (sports and business wire copy)', () => {
    const e = extractEntities(
      'CYCLING - POGACAR WINS FOURTH TOUR DE FRANCE\nTadej Pogacar won the Tour de France on Sunday .\n' +
        'The Florida Panthers beat the Edmonton Oilers 5-1 .\nOilers captain Connor McDavid said it was hard .\n' +
        'Sam Bennett won the Conn Smythe Trophy .\nToyota Motor fell 6 % and Meta Platforms rose , while Google DeepMind hired .\n' +
        'Meta will invest in Scale AI .\nInzaghi left to take charge of Al Hilal .\n',
    );
    expectTyped(e, ['misc:Tour de France', 'misc:Conn Smythe Trophy', 'organization:Toyota Motor', 'organization:Meta Platforms', 'organization:Google DeepMind', 'organization:Scale AI', 'organization:Al Hilal']);
    expect(e.find((x) => x.name === 'France')).toBeUndefined();
    const oilers = e.find((x) => x.name === 'Edmonton Oilers')!;
    expect(oilers.mentions.map((m) => m.end - m.start)).toEqual(['Edmonton Oilers'.length, 'Oilers'.length]);
    // A short form that joins no longer name stays out: "Panthers" alone is no second card.
    expect(e.filter((x) => x.name.endsWith('Panthers'))).toHaveLength(1);
  });

  it('reads sights, sees and pairs of places, and joins a name to what it is known as (world news wire copy)', () => {
    const e = extractEntities(
      'White smoke rose from the Sistine Chapel as crowds in St. Peter’s Square cheered . He was bishop of Chiclayo . ' +
        'The quake toppled buildings in Mandalay and Sagaing . Robson works at the University of Melbourne and Yaghi at the University of Chicago . ' +
        'Omar Yaghi agreed . The telescope showed the Trifid Nebula . The RSF took El Fasher , the army’s last stronghold in Darfur . ' +
        'RSF commander Mohamed Hamdan Dagalo , known as Hemedti , spoke . Later Hemedti said more .',
    );
    expectTyped(e, ['place:Sistine Chapel', 'place:St. Peter’s Square', 'place:Chiclayo', 'place:Mandalay', 'place:Sagaing', 'organization:University of Melbourne', 'place:Trifid Nebula', 'place:El Fasher']);
    expect(e.find((x) => x.name === 'Omar Yaghi')?.aliases).toEqual(['Yaghi']);
    expect(e.find((x) => x.name === 'Mohamed Hamdan Dagalo')).toMatchObject({ type: 'person', aliases: ['Hemedti'] });
    expect(e.find((x) => x.name === 'Hemedti')).toBeUndefined();
  });

  it('keeps a club apart from its city’s dateline, a county before a title a place, and names what "a venture called" names (wire copy)', () => {
    const e = extractEntities(
      'LIVERPOOL , England , April 27 - Liverpool thrashed Tottenham Hotspur 5-1 to win the Premier League .\n' +
        'Los Angeles County District Attorney Nathan Hochman opposed it .\nThey set up a venture called Stargate .\n',
    );
    const typesOf = (name: string) => e.filter((x) => x.name === name).map((x) => x.type).sort();
    expect(typesOf('Liverpool')).toEqual(['organization', 'place']);
    expectTyped(e, ['misc:Premier League', 'place:Los Angeles County', 'person:Nathan Hochman', 'organization:Stargate']);
  });

  it('reads a party after a leaning, no leaning alone, a man apart from his party, and no nickname after a royal title (world news wire copy)', () => {
    const e = extractEntities(
      'LA PAZ - Centrist senator Rodrigo Paz won . Rob Jetten ’s liberal D66 party narrowly beat Geert Wilders’ Party for Freedom . ' +
        'Ozzy Osbourne , the singer known as the Prince of Darkness , died . The Al Aqsa Martyrs’ Brigades claimed it . ' +
        'She spoke with Cambodia ’s former leader Hun Sen .',
    );
    expectTyped(e, ['organization:D66', 'organization:Party for Freedom', 'organization:Al Aqsa Martyrs’ Brigades', 'person:Hun Sen']);
    const names = e.map((x) => x.name);
    expect(names).toContain('Geert Wilders');
    for (const junk of ['Centrist', 'Darkness', 'Hun', 'Geert Wilders’ Party for Freedom']) expect(names, junk).not.toContain(junk);
  });

  it('reads scorers after "goals from", what a maker makes, a speaker named for a planet, and banks named with a number (wire copy)', () => {
    const e = extractEntities(
      'Real Madrid won with goals from Dani Carvajal and Vinicius Junior . Mars agreed to buy Kellanova , the maker of Pringles crisps . ' +
        'Argentina retained the Copa America . Capital One will buy Discover Financial . Skydance talked with Shari Redstone , the media group ’s controlling shareholder . ' +
        'Mercury said the album sold well .',
    );
    expectTyped(e, ['person:Dani Carvajal', 'product:Pringles', 'misc:Copa America', 'organization:Capital One', 'organization:Discover Financial', 'person:Shari Redstone']);
    // A world that speaks or deals is no planet (the tagger's type stands: "Mars" stays its place).
    expect(e.find((x) => x.name === 'Mercury')?.type).not.toBe('place');
  });

  it('keeps a name with a capital inside when it opens a sentence, a leaning apart, a house of worship a place (world news wire copy)', () => {
    const e = extractEntities(
      'WikiLeaks founder Julian Assange pleaded guilty . Reformist Masoud Pezeshkian won . The offensive was led by Hayat Tahrir al-Sham , whose leader spoke at the Umayyad Mosque .',
    );
    expectTyped(e, ['organization:WikiLeaks', 'person:Masoud Pezeshkian', 'organization:Hayat Tahrir al-Sham', 'place:Umayyad Mosque']);
  });

  it('reads a firm’s driver after its possessive, sides and series of sport, a town on its river, a craft’s name and a state’s people (wire copy)', () => {
    const e = extractEntities(
      'Max Verstappen won by 19 seconds from McLaren ’s Lando Norris , securing the title for Red Bull in Formula One . ' +
        'All Blacks captain Sam Cane was sent off at the Stade de France . Prigozhin seized Rostov-on-Don . ' +
        'The OceanGate submersible Titan imploded . A wildfire destroyed Lahaina on the Hawaiian island of Maui . ' +
        'The Economic Community of West African States threatened to intervene .',
    );
    expectTyped(e, [
      'person:Lando Norris', 'organization:Red Bull', 'misc:Formula One', 'organization:All Blacks', 'place:Stade de France', 'place:Rostov-on-Don',
      'misc:Titan', 'place:Hawaii', 'organization:Economic Community of West African States',
    ]);
    const names = e.map((x) => x.name);
    for (const junk of ['Formula', 'Rostov', 'Don', 'Hawaiian', 'Economic Community', 'States']) expect(names, junk).not.toContain(junk);
  });

  it('reads a court case whole, a family’s surname, a body of the sky after its noun (courts and science wire copy)', () => {
    const e = extractEntities(
      'The court overturned the 1973 Roe v. Wade ruling . Essex v Gloucestershire was drawn . The plan shielded members of the Sackler family . ' +
        'A spacecraft hit the asteroid Dimorphos , moonlet of the larger asteroid Didymos . The Queen died at Balmoral .',
    );
    expectTyped(e, ['misc:Roe v. Wade', 'organization:Essex', 'organization:Gloucestershire', 'person:Sackler', 'place:Didymos', 'place:Balmoral']);
    const names = e.map((x) => x.name);
    for (const junk of ['Roe', 'Wade']) expect(names, junk).not.toContain(junk);
  });

  it('reads a union before its noun, a drugmaker’s name, a guild "of" its country, and no leader in a party’s name (business and world news wire copy)', () => {
    const e = extractEntities(
      'The United Auto Workers union went on strike at plants of Ford . Pfizer agreed to buy cancer drugmaker Seagen . ' +
        'The Writers Guild of America ended its strike . Ramaphosa formed a government with the Democratic Alliance of John Steenhuisen .',
    );
    expectTyped(e, ['organization:United Auto Workers', 'organization:Seagen', 'organization:Writers Guild of America', 'organization:Democratic Alliance', 'person:John Steenhuisen']);
    const names = e.map((x) => x.name);
    for (const junk of ['Writers Guild', 'America', 'Democratic Alliance of John Steenhuisen']) expect(names, junk).not.toContain(junk);
  });

  it('reads a player before set scores, a given name before a surname that heads bodies, a tournament’s final, golf’s tours (tennis wire copy)', () => {
    const e = extractEntities(
      'Novak Djokovic beat Daniil Medvedev 6-3 7-6 6-3 to equal Margaret Court ’s record . Alcaraz won the Wimbledon final . ' +
        'Jon Rahm joined the Saudi-backed LIV Golf series . The Supreme Court ruled .',
    );
    expectTyped(e, ['person:Daniil Medvedev', 'person:Margaret Court', 'misc:Wimbledon', 'organization:LIV Golf', 'organization:Supreme Court']);
  });

  it('reads a firm a drug comes from, a name through "Bros.", a concert tour and a disputed region (media and world news wire copy)', () => {
    const e = extractEntities(
      'The FDA approved Leqembi , an Alzheimer ’s drug from Eisai and Biogen . WarnerMedia and Discovery merged to form Warner Bros. Discovery . ' +
        'Taylor Swift ’s Eras Tour grossed $ 1 billion . Thousands fled Nagorno-Karabakh .',
    );
    expectTyped(e, ['organization:Eisai', 'organization:Warner Bros. Discovery', 'misc:Eras Tour', 'place:Nagorno-Karabakh']);
    const names = e.map((x) => x.name);
    expect(names).not.toContain('Warner Bros');
  });

  it('drops a player’s position that opens a sentence, and knows an armed service named bare (sport and courts wire copy)', () => {
    const e = extractEntities('The Eagles won . Quarterback Jalen Hurts ran for a touchdown . The driver was a 42-year-old Army veteran . The army said nothing .');
    expectTyped(e, ['person:Jalen Hurts', 'organization:Army']);
    expect(e.map((x) => x.name)).not.toContain('Quarterback Jalen Hurts');
    expect(e.find((x) => x.name === 'Army')?.mentions).toHaveLength(1);
  });

  it('reads a postal code that ends its line as the state, not as initials of the city before it (WCXB 4135)', () => {
    const e = extractEntities('Hot markets in 2026:\n\nSan Antonio, TX\n\nFort Lauderdale, FL\n\nMiami, FL\n\nPrices will rise.');
    expectTyped(e, ['place:Florida', 'place:Texas', 'place:Fort Lauderdale', 'place:Miami']);
    expect(e.find((x) => x.name === 'Fort Lauderdale')?.aliases).toEqual([]);
    expect(e.filter((x) => x.name === 'FL' || x.name === 'TX')).toEqual([]);
  });

  it('reads a body’s initials in a capitals headline when the story spells the body out, an app’s founder as its company, ground a fire sweeps through, and a disease named for a man (health, tech and disasters wire copy)', () => {
    const e = extractEntities(
      'HEALTH - WHO DECLARES MPOX A GLOBAL EMERGENCY\nThe World Health Organization declared an emergency .\n' +
        'Police detained Telegram founder Pavel Durov at Le Bourget airport .\n' +
        'Wildfires tore through Pacific Palisades and Altadena .\nThe FDA approved a drug for Alzheimer ’s patients .',
    );
    expectTyped(e, ['organization:World Health Organization', 'organization:Telegram', 'person:Pavel Durov', 'place:Pacific Palisades', 'place:Altadena']);
    expect(surfaces(e.find((x) => x.name === 'World Health Organization')!)).toContain('WHO');
    expect(e.find((x) => x.name === 'Alzheimer')?.type ?? 'none').not.toMatch(/person|place|organization/);
    // Alone, a capitals headline's "WHO" is the word.
    expect(extractEntities('WHO WILL WIN THE CUP ?\nFans who watched said Brazil would win .').map((x) => x.name)).toEqual(['Brazil']);
    // A bill passes through a legislature; it is not ground covered.
    expect(extractEntities('The bill passed through Congress on Tuesday .').find((x) => x.name === 'Congress')?.type).toBe('organization');
  });

  it('keeps a known name that opens on a title word whole after a title, and reads a leaning before a full name as its holder (Asian elections wire copy)', () => {
    const e = extractEntities(
      'DHAKA , Aug 5 - Bangladesh ’s Prime Minister Sheikh Hasina resigned and fled to India .\n' +
        'COLOMBO - Leftist Anura Kumara Dissanayake won Sri Lanka ’s presidential election .',
    );
    expectTyped(e, ['person:Sheikh Hasina', 'person:Anura Kumara Dissanayake']);
    expect(e.map((x) => x.name)).not.toContain('Hasina');
    expect(e.find((x) => x.name === 'Sheikh Hasina')?.role).toBe('Prime Minister');
  });

  it('knows rivers and a rebel movement named bare, and reads who is named to a post as its holder (African and business wire copy)', () => {
    const e = extractEntities(
      'Ethiopia inaugurated a dam on the Blue Nile . M23 rebels backed by Rwanda captured Goma .\n' +
        'Intel named Lip-Bu Tan chief executive . Thames Water is in talks with its creditors .',
    );
    expectTyped(e, ['place:Blue Nile', 'organization:M23', 'person:Lip-Bu Tan', 'organization:Intel', 'organization:Thames Water']);
    // An employer before a title is still the employer.
    expectTyped(extractEntities('Intel chief executive Pat Gelsinger left .'), ['organization:Intel', 'person:Pat Gelsinger']);
  });

  it('names no one in an award used as what it gives, and reads a city’s metro as a body (culture and European wire copy)', () => {
    const e = extractEntities(
      'The biopic earned eight Oscar nominations . Oscar Piastri won the race in Baku .\n' +
        'A blackout halted trains and the Madrid Metro . Parkinson ’s patients waited .',
    );
    expectTyped(e, ['person:Oscar Piastri', 'organization:Madrid Metro', 'place:Baku']);
    expect(surfaces(e.find((x) => x.name === 'Oscar Piastri')!)).toEqual(['Oscar Piastri']);
    expect(e.map((x) => x.name)).not.toContain('Oscar');
    expect(e.map((x) => x.name)).not.toContain('Parkinson');
  });

  it('reads whom someone marries as a person (business wire copy)', () => {
    const e = extractEntities('Anant Ambani , son of Reliance Industries chairman Mukesh Ambani , married Radhika Merchant in Mumbai .');
    expectTyped(e, ['person:Radhika Merchant', 'person:Anant Ambani', 'place:Mumbai']);
  });

  it('keeps initials apart from a surname they spell, a demonym’s party whole, a stance out of a party’s name, and an operation called a name an event (world news wire copy)', () => {
    const e = extractEntities(
      'The UN chief spoke . Kim Jong Un sent troops .\n' +
        'Thousands rallied after the ruling Georgian Dream party suspended talks . The Hungarian Fidesz party won .\n' +
        'Maia Sandu ’s pro-European Party of Action and Solidarity kept its majority .\n' +
        'Drones struck airfields in an operation called Spiderweb . A canopy collapsed at the station in Novi Sad .',
    );
    expectTyped(e, ['organization:UN', 'person:Kim Jong Un', 'organization:Georgian Dream', 'organization:Fidesz', 'organization:Party of Action and Solidarity', 'place:Novi Sad']);
    expect(surfaces(e.find((x) => x.name === 'Kim Jong Un')!)).toEqual(['Kim Jong Un']);
    expect(e.find((x) => x.name === 'Spiderweb')?.type ?? 'none').not.toMatch(/person|place|organization/);
    expect(e.map((x) => x.name)).not.toContain('European Party of Action and Solidarity');
  });

  it('reads landforms and a spa before their noun, life-science firms, a craft named with its kind, and the Dalai Lama (science wire copy)', () => {
    const e = extractEntities(
      'A volcano erupted on the Reykjanes peninsula , closing the Blue Lagoon spa . Scientists at Colossal Biosciences bred wolves .\n' +
        'NASA ’s Parker Solar Probe flew closer to the sun . The Dalai Lama said he would choose his successor .',
    );
    expectTyped(e, ['place:Reykjanes', 'place:Blue Lagoon', 'organization:Colossal Biosciences', 'organization:NASA', 'person:Dalai Lama']);
    expect(e.find((x) => x.name === 'Parker Solar Probe')?.type).toBe('misc');
  });

  it('keeps a surname spelt as a verb, a hospital named for a noble, and drops a dish’s place and an athlete’s games (courts wire copy)', () => {
    const e = extractEntities(
      'DEDHAM - Karen Read was acquitted of murder . Letby worked at the Countess of Chester Hospital .\n' +
        'She served a beef Wellington laced with mushrooms . PRETORIA - Paralympian Oscar Pistorius was released on parole .',
    );
    expectTyped(e, ['person:Karen Read', 'organization:Countess of Chester Hospital', 'person:Oscar Pistorius']);
    const names = e.map((x) => x.name);
    for (const junk of ['Karen', 'Countess', 'Chester Hospital', 'Wellington', 'Paralympian Oscar Pistorius']) expect(names, junk).not.toContain(junk);
    // A verb that ends a sentence's capitals is still no surname without a given name.
    expect(extractEntities('Click here and Read more .').map((x) => x.name)).toEqual([]);
  });

  it('reads a known index after an opening "The", what is bought, a firm before a title, and a firm named with common words (markets wire copy)', () => {
    const e = extractEntities(
      'The S&P 500 rose 1.2 percent .\nMars agreed to buy Kellanova , the maker of Pringles and Cheez-It .\n' +
        'SAO PAULO - Petrobras chief executive Magda Chambriard said prices would hold .\n' +
        'Unilever spun off its ice cream business , the Magnum Ice Cream Company , in Amsterdam . Seven & i rejected an offer from Canada ’s Alimentation Couche-Tard .',
    );
    expectTyped(e, ['misc:S&P 500', 'organization:Mars', 'organization:Kellanova', 'product:Cheez-It', 'organization:Petrobras', 'person:Magda Chambriard', 'organization:Magnum Ice Cream Company', 'organization:Alimentation Couche-Tard']);
    expect(e.map((x) => x.name)).not.toContain('S&P');
  });

  it('reads a town that signs a player as its club, a venue’s title as the tournament, a firm described after a comma, and a mine as a place (sport and business wire copy)', () => {
    const e = extractEntities(
      'LIVERPOOL , June 20 - Liverpool signed Germany midfielder Florian Wirtz from Bayer Leverkusen .\n' +
        'Jannik Sinner won his first Wimbledon title .\n' +
        'SANTIAGO - Codelco , the world ’s biggest copper miner , halted work at its El Teniente mine .',
    );
    // The club that signs, apart from the city of the dateline.
    expect(e.filter((x) => x.name === 'Liverpool').map((x) => x.type).sort()).toEqual(['organization', 'place']);
    expectTyped(e, ['person:Florian Wirtz', 'misc:Wimbledon', 'organization:Codelco', 'place:El Teniente']);
    // Signing a deal says nothing of a club.
    expect(extractEntities('Officials in Liverpool signed a deal with the council .').find((x) => x.name === 'Liverpool')?.type).toBe('place');
  });

  it('reads an unknown acronym that reports as a firm, a carmaker’s "Cars" as the company, and airlines named bare (business briefs wire copy)', () => {
    const e = extractEntities(
      'PARIS - LVMH reported a 4 percent fall in first-half sales .\n' +
        'GOTHENBURG - Volvo Cars said it would cut 3,000 jobs .\nSYDNEY - Qantas said hackers had taken the details of 6 million customers .',
    );
    expectTyped(e, ['organization:LVMH', 'organization:Volvo Cars', 'organization:Qantas']);
    // A "said" alone no longer ties an unknown acronym with a person: the acronym's own vote decides.
    expect(extractEntities('The NYAG said the case was closed .').find((x) => x.name === 'NYAG')?.type).not.toBe('person');
  });

  it('reads a magazine, a store and a band by their nouns or names, an award won, a film quoted after a performance, a friend, and a town before its state (obituaries wire copy)', () => {
    const e = extractEntities(
      'Diane Keaton , whose performance in " Annie Hall " won her an Oscar , has died . Her family told People magazine .\n' +
        'He won the Oscar for best director in 1981 and later an honorary Oscar .\n' +
        'He worked as a window dresser at the department store La Rinascente .\n' +
        'He formed the band with a school friend , Al Jardine . Paul McCartney said the album had pushed the Beatles to make " Sgt. Pepper \'s Lonely Hearts Club Band " .\n' +
        'Born in Marshall , Texas , and raised in Houston , Foreman won gold .',
    );
    expectTyped(e, ['person:Diane Keaton', 'organization:People', 'organization:La Rinascente', 'person:Al Jardine', 'organization:The Beatles', 'place:Marshall', 'person:Foreman']);
    // The film and the album's words are no names, and the award is the award (misc), wherever it is named.
    for (const work of ['Annie Hall', 'Pepper', 'Oscar']) expect(e.filter((x) => x.name === work && x.type !== 'misc'), work).toEqual([]);
    // A state that describes a noun after a name is no sign of a town before it.
    expect(extractEntities('said Greg Abbott , Texas governor .').find((x) => x.name === 'Greg Abbott')?.type).toBe('person');
  });

  it('reads a service named with a "+", a thing "called the" name, a demonym-led trade area, where residents live and a landmark (tech and travel wire copy)', () => {
    const e = extractEntities(
      'Amazon began rolling out Alexa+ , an upgraded assistant . Valve showed a headset called the Steam Frame .\n' +
        'Microsoft offered a free year to users in the European Economic Area .\n' +
        'Residents of Roma and Condesa marched against rising rents .\nThe Acropolis closed in the afternoons during a heatwave .',
    );
    expectTyped(e, ['product:Alexa+', 'product:Steam Frame', 'organization:European Economic Area', 'place:Roma', 'place:Condesa', 'place:Acropolis']);
    // A broadcaster the gazetteer knows keeps its "+".
    expect(extractEntities('Coach Luis Enrique told Canal+ .').find((x) => x.name === 'Canal+')?.type).toBe('organization');
  });

  it('keeps a "Jr." whole, reads a hyphenated descriptor, a sentence\'s first word by what follows it and a project by its noun (health and energy wire copy)', () => {
    const text =
      'Health Secretary Robert F. Kennedy Jr. removed the director . Martin Luther King Jr. spoke in 1963 .\n' +
      'Pfizer agreed to buy the obesity start-up Metsera for $ 10 billion .\n' +
      'Orsted shares fell after the order to halt work on the Revolution Wind project off Rhode Island .\nHeathrow airport closed for a day .';
    const e = extractEntities(text);
    expectTyped(e, ['person:Robert F. Kennedy Jr.', 'person:Martin Luther King Jr.', 'organization:Metsera', 'organization:Orsted', 'misc:Revolution Wind', 'place:Heathrow']);
    // The mention ends on the suffix's full stop, and no "King" titles a "Jr.".
    const rfk = e.find((x) => x.name === 'Robert F. Kennedy Jr.')!;
    expect(text.slice(rfk.mentions[0]!.start, rfk.mentions[0]!.end)).toBe('Robert F. Kennedy Jr.');
    expect(e.map((x) => x.name)).not.toContain('Jr.');
  });

  it('reads kin of a person, a ruler\'s number, a French "des", places named after people or by initials, and a body named in common words (crime wire copy)', () => {
    const e = extractEntities(
      'They dropped a crown that belonged to Empress Eugenie , the wife of Napoleon III , as they fled .\n' +
        'The museum \'s director , Laurence des Cars , told senators . One was arrested at Charles de Gaulle airport .\n' +
        'He had been held at the CECOT prison . Video released by the Charlotte Area Transit System showed the attack .',
    );
    expectTyped(e, ['person:Eugenie', 'person:Napoleon III', 'person:Laurence des Cars', 'place:Charles de Gaulle', 'place:Cecot', 'organization:Charlotte Area Transit System']);
    // A common word's number is no ruler's.
    expect(extractEntities('Schools must follow Title IX rules .').find((x) => x.name === 'Title IX')?.type).not.toBe('person');
  });

  it('reads a biotech by its compound head, a touring side that opens on demonyms and a ground named with its article (Nobel and sport wire copy)', () => {
    const e = extractEntities(
      'Ramsdell is a scientific adviser to Sonoma Biotherapeutics in San Francisco .\n' +
        'The British and Irish Lions won the series . India beat England by six runs at The Oval .',
    );
    expectTyped(e, ['organization:Sonoma Biotherapeutics', 'organization:British and Irish Lions', 'place:The Oval']);
    expect(e.map((x) => x.name)).not.toContain('Lions');
    // The Oval Office is still the office.
    expect(extractEntities('He spoke from the Oval Office .').map((x) => x.name)).toEqual(['Oval Office']);
  });

  it('reads a judge who rules after a comma as no role of the name before, and game publishers and a firm named with a verb (tech trials wire copy)', () => {
    const e = extractEntities(
      'Apple violated a court order by charging commissions on purchases made outside its App Store , U.S. District Judge Yvonne Gonzalez Rogers ruled .\n' +
        'The ruling was a victory for Epic Games , the maker of Fortnite . The Federal Trade Commission sued Live Nation and its Ticketmaster unit .',
    );
    expectTyped(e, ['person:Yvonne Gonzalez Rogers', 'organization:Epic Games', 'organization:Live Nation']);
    // The judge is no role of the store's.
    expect(e.find((x) => x.name === 'App Store')?.role).toBeUndefined();
    expect(e.find((x) => x.name === 'Yvonne Gonzalez Rogers')?.role).toBe('U.S. District Judge');
  });

  it('reads a country and its champion\'s trade as the firm and a firm\'s ally as a firm (Asian business wire copy)', () => {
    const e = extractEntities(
      'SEOUL - Korea Zinc , the world \'s biggest zinc smelter , fended off a bid from private equity firm MBK Partners and its ally Young Poong .\n' +
        'China Mobile added users . He moved to Korea in 2010 .',
    );
    expectTyped(e, ['organization:Korea Zinc', 'organization:Young Poong', 'organization:China Mobile', 'place:Korea']);
    // A person's ally stays a person.
    expect(extractEntities('The senator and his ally John Smith voted no .').find((x) => x.name === 'John Smith')?.type).toBe('person');
  });

  it('keeps a city named "de" a known place whole (disasters wire copy)', () => {
    const e = extractEntities('The storm flooded towns around Santiago de Cuba . Santiago is the capital of Chile .');
    expectTyped(e, ['place:Santiago de Cuba', 'place:Santiago', 'place:Chile']);
    expect(e.map((x) => x.name)).not.toContain('de Cuba');
  });

  it('reads a surname named alone with its Romance particle, and a state and its chamber as one body (company and state news wire copy)', () => {
    const e = extractEntities(
      'PARIS - Kering handed the job to Luca de Meo , and shares of Renault , the carmaker de Meo had run for five years , fell .\n' +
        'CHICAGO - Michael Madigan , who led the Illinois House of Representatives , was sentenced . The Museum of Fine Arts de Montréal opened .',
    );
    expectTyped(e, ['person:Luca de Meo', 'organization:Renault', 'organization:Illinois House of Representatives']);
    // "de Meo" is a mention of Luca de Meo, not a person "Meo"; the carmaker is no role of his.
    expect(e.find((x) => x.name === 'Luca de Meo')?.aliases).toContain('de Meo');
    expect(e.find((x) => x.name === 'Luca de Meo')?.role).toBeUndefined();
    expect(e.map((x) => x.name)).not.toContain('Meo');
    // A "de" no full name of the text opens is left alone.
    expect(e.map((x) => x.name)).not.toContain('de Montréal');
  });

  it('knows companies that news names bare, by the list of them (held-out news: organizations were the weakest type)', () => {
    const e = extractEntities('PARIS - Kering said sales at Gucci fell 25 percent . Deere raised its forecast , and Burberry suspended its dividend .');
    expectTyped(e, ['organization:Kering', 'organization:Gucci', 'organization:Deere', 'organization:Burberry', 'place:Paris']);
  });

  it('reads law firms, school districts, a body\'s national branch and judges by their court (court, local and climate wire copy)', () => {
    const e = extractEntities(
      'AUSTIN - The Austin Independent School District and Denver Public Schools were sued . Lawyers from Pellegrini and Brennan Whitlock & Marsh said the case would go on , ' +
        'and lawyers at Okafor Lindqvist called it a test . U.S. Bankruptcy Judge Sean Lane approved the plan . Greenpeace USA and Greenpeace UK said they would appeal . ' +
        'Summit president Sultan al-Jaber spoke .',
    );
    expectTyped(e, [
      'organization:Austin Independent School District',
      'organization:Denver Public Schools',
      'organization:Pellegrini',
      'organization:Brennan Whitlock & Marsh',
      'organization:Okafor Lindqvist',
      'place:U.S.',
      'person:Sean Lane',
      'organization:Greenpeace USA',
      'organization:Greenpeace UK',
      'person:Sultan al-Jaber',
    ]);
    // A congressional district is still a place; a country after initials stays the country.
    const f = extractEntities('She represents the 12th Congressional District . The EU Russia sanctions were extended .');
    expectTyped(f, ['place:Congressional District', 'organization:EU', 'place:Russia']);
  });

  it('reads a possessive written apart inside a body\'s name, not after a person\'s full name, and a regulator named for two remits (tokenised wire copy)', () => {
    const e = extractEntities(
      'MEMPHIS - The Shelby County Sheriff \'s Office said the officers were fired . Warren Buffett \'s Berkshire Hathaway Inc bought shares . ' +
        "Mexico 's National Banking and Securities Commission approved the licence . Promoter Barracuda Music cancelled the concerts .",
    );
    expectTyped(e, [
      "organization:Shelby County Sheriff 's Office",
      'person:Warren Buffett',
      'organization:Berkshire Hathaway Inc',
      'organization:National Banking and Securities Commission',
      'organization:Barracuda Music',
    ]);
    expect(e.map((x) => x.name)).not.toContain('Securities Commission');
  });

  it('reads galleries, dioceses and mosques of a place, a pope by his name, and hyphenated names (religion and culture wire copy)', () => {
    const e = extractEntities(
      'VATICAN CITY - Pope Francis died on Monday . Francis was 88 and had led the Diocese of Chiclayo . Nicholas Cullinan of the National Portrait Gallery spoke . ' +
        'Archbishop Laurent Ulrich reopened Notre-Dame Cathedral , and Chems-eddine Hafiz , rector of the Grand Mosque of Paris , attended .',
    );
    expectTyped(e, [
      'organization:Diocese of Chiclayo',
      'organization:National Portrait Gallery',
      'place:Notre-Dame Cathedral',
      'person:Chems-eddine Hafiz',
      'organization:Grand Mosque of Paris',
      'person:Laurent Ulrich',
    ]);
    // "Pope" is his title, as news labels it: one person, named twice.
    expect(e.filter((x) => x.type === 'person' && x.name === 'Francis').map((x) => x.mentions.length)).toEqual([2]);
  });

  it('reads streets named for people, provinces, municipalities, a portfolio after "and", and what a mayor holds (local wire copy)', () => {
    const e = extractEntities(
      'GEORGE , South Africa - It collapsed on Victoria Street , Western Cape Premier Alan Winde said . The George Municipality and the Department of Employment and Labour opened inquiries . ' +
        'Interior Cabinet Secretary Kithure Kindiki spoke . Former Bamban mayor Alice Guo was held . The Philippine Amusement and Gaming Corporation licensed the hub , and the Three Brotherhood Alliance took Lashio .',
    );
    expectTyped(e, [
      'place:Victoria Street',
      'place:Western Cape',
      'person:Alan Winde',
      'organization:George Municipality',
      'organization:Department of Employment and Labour',
      'person:Kithure Kindiki',
      'place:Bamban',
      'organization:Philippine Amusement and Gaming Corporation',
      'organization:Three Brotherhood Alliance',
    ]);
    expect(e.map((x) => x.name)).not.toContain('Interior Cabinet');
  });

  it('reads a chamber "of" its house, a party after a titled leader\'s possessive, portfolio lists and farming boards (Canadian, Australian and food wire copy)', () => {
    const e = extractEntities(
      'OTTAWA - The party lost its status in the House of Commons , and Auditor General Doug Wylie opened a review . Prime Minister Anthony Albanese \'s Labor Party won . ' +
        "The Taliban administration 's Ministry of Agriculture , Irrigation and Livestock asked for seeds , sold through the National Cereals and Produce Board . Azali Assoumani , president of the Comoros , spoke .",
    );
    expectTyped(e, [
      'organization:House of Commons',
      'person:Doug Wylie',
      'person:Anthony Albanese',
      'organization:Labor Party',
      'organization:Ministry of Agriculture , Irrigation and Livestock',
      'organization:National Cereals and Produce Board',
      'place:Comoros',
    ]);
    expect(e.map((x) => x.name)).not.toContain('Auditor');
  });

  it('knows clubs named otherwise than by their town, by the list of them, and a club\'s other names as the club', () => {
    const e = extractEntities('ISTANBUL - Galatasaray beat Fenerbahce 2-1 on Sunday , and the Canadiens lost , though the Habs still lead the division .');
    expectTyped(e, ['organization:Galatasaray', 'organization:Fenerbahce', 'place:Istanbul']);
    // "Habs" is the Montreal Canadiens' other name: one club, not two.
    const canadiens = e.find((x) => x.name === 'Canadiens');
    expect(canadiens?.type).toBe('organization');
    expect(canadiens?.mentions.map((m) => m.exact)).toEqual(['Canadiens', 'Habs']);
  });

  it('knows parties, unions and agencies news names bare, by the lists of them, and leaves a generic party name to the rules', () => {
    const e = extractEntities('TOKYO - Komeito quit the coalition , Fidesz lost ground and SAG-AFTRA backed the strike , while CFIUS reviewed the deal and Mercy Corps sent aid .');
    expectTyped(e, ['organization:Komeito', 'organization:Fidesz', 'organization:SAG-AFTRA', 'organization:CFIUS', 'organization:Mercy Corps', 'place:Tokyo']);
    // "CFIUS" is the Committee on Foreign Investment in the United States: one body, by either name.
    const f = extractEntities('The Committee on Foreign Investment in the United States approved it . CFIUS said so .');
    expect(f.filter((x) => x.type === 'organization').map((x) => x.mentions.length)).toEqual([2]);
    const g = extractEntities('Police blamed the National Liberation Front of Tripura .');
    expectTyped(g, ['organization:National Liberation Front of Tripura']);
  });

  it('knows the newspapers, agencies and broadcasters stories cite, by the list of them', () => {
    const e = extractEntities('SEOUL - Haaretz reported the talks , Le Monde said they had stalled , according to Yonhap , and the minister told Kommersant he was hopeful .');
    expectTyped(e, ['organization:Haaretz', 'organization:Le Monde', 'organization:Yonhap', 'organization:Kommersant', 'place:Seoul']);
  });

  it('reads both sides of a transfer as clubs, however the towns are named elsewhere (football wire copy)', () => {
    const e = extractEntities(
      'FOOTBALL - LIVERPOOL SIGN ISAK FROM NEWCASTLE\nLIVERPOOL - Liverpool signed Alexander Isak from Newcastle United for 125 million pounds .\n' +
        'He moved from Paris to London last year .',
    );
    const typedMentions = e.flatMap((x) => x.mentions.map((m) => `${x.type}:${m.exact}`));
    for (const club of ['organization:Liverpool', 'organization:NEWCASTLE', 'organization:Newcastle United']) expect(typedMentions).toContain(club);
    // The dateline is the city; a move between towns is no transfer.
    expect(typedMentions).toContain('place:LIVERPOOL');
    expectTyped(e, ['place:Paris', 'place:London']);
  });

  it('keeps a titled minister in a sentence that uses his title words small elsewhere (news written for the tests, ninth round)', () => {
    // "federal money" made "Federal" a common word, and the five capitalised words a headline.
    const e = extractEntities('They raised the price after Federal Transport Minister Volker Wissing declined to add more federal money .');
    expect(e.find((x) => x.name === 'Volker Wissing')).toMatchObject({ type: 'person', role: 'Transport Minister' });
    const f = extractEntities('In Berlin , Governing Mayor Kai Wegner of the conservative CDU scrapped the ticket .');
    expect(f.find((x) => x.name === 'Kai Wegner')).toMatchObject({ type: 'person', role: 'Governing Mayor' });
    expect(f.map((x) => x.name)).not.toContain('Governing');
  });

  it('reads cartels, gangs, sports bodies and a firm\'s arm in a continent as organizations (news written for the tests, ninth round)', () => {
    const e = extractEntities(
      'He took bribes from the Sinaloa Cartel . Prosecutors said the rival DZ Mafia and Yoda gangs were behind the violence . ' +
        'The case stems from a 2018 Hockey Canada gala . Nintendo of America President Doug Bowser will retire .',
    );
    expectTyped(e, ['organization:Sinaloa Cartel', 'organization:Yoda', 'organization:Hockey Canada', 'organization:Nintendo of America', 'person:Doug Bowser']);
    expect(e.map((x) => x.name)).not.toContain('America');
    // A firm "of" a country is the firm and its home; "the Google of China" another firm.
    const f = extractEntities('The pagers were made by Gold Apollo of Taiwan . Baidu , the Google of China , agreed .');
    expectTyped(f, ['organization:Gold Apollo', 'place:Taiwan', 'organization:Google', 'place:China']);
  });

  it('makes a storm of a name after "storm" in lower case, and the employer of a name before a titled person (news written for the tests, ninth round)', () => {
    const e = extractEntities('The flood wave moved north after storm Boris swamped the towns of Klodzko and Nysa .');
    expect(e.filter((x) => x.type === 'person')).toEqual([]);
    // "named X boss Y": X employs Y, and is not named to a post ("Intel named Lip-Bu Tan chief executive" is).
    const f = extractEntities('Nestle named Nespresso boss Philipp Navratil in his place . Intel named Lip-Bu Tan chief executive .');
    expectTyped(f, ['organization:Nespresso', 'person:Philipp Navratil', 'person:Lip-Bu Tan']);
  });

  it('keeps a possessive surname out of the body that follows it when the text names him in full (news written for the tests, ninth round)', () => {
    const e = extractEntities("Rafal Trzaskowski of Tusk 's Civic Coalition won a second term . Prime Minister Donald Tusk chaired a meeting .");
    expectTyped(e, ['organization:Civic Coalition', 'person:Donald Tusk', 'person:Rafal Trzaskowski']);
    expect(e.find((x) => x.name === 'Donald Tusk')?.mentions).toHaveLength(2);
    // A possessive inside a body's name stays: no one here is named "… Sheriff".
    expectTyped(extractEntities("The Shelby County Sheriff 's Office said so ."), ["organization:Shelby County Sheriff 's Office"]);
  });

  it('knows games news names, and a known game\'s sequel, as products (news written for the tests, ninth round; Zyte AEB)', () => {
    const e = extractEntities(
      'Take-Two Interactive delayed Grand Theft Auto VI again , saying developer Rockstar Games needed more time . T1 won a third straight League of Legends world title . Fans of Tomb Raider cheered .',
    );
    expectTyped(e, ['product:Grand Theft Auto VI', 'product:League of Legends', 'product:Tomb Raider', 'organization:Take-Two Interactive', 'organization:Rockstar Games']);
  });

  it('reads a hotel of a chain as a place, and the chain or a person named like it as before (news written for the tests, ninth round)', () => {
    const e = extractEntities('He was shot outside the New York Hilton Midtown on Wednesday . Hilton Worldwide Holdings said it was shocked . The heiress Paris Hilton said so .');
    expectTyped(e, ['place:New York Hilton Midtown', 'organization:Hilton Worldwide Holdings', 'person:Paris Hilton']);
    expect(e.map((x) => x.name)).not.toContain('Hilton Midtown');
  });

  it('reads money managers by their trade, a holding company, a trade before a firm\'s noun and a Korean syllable (news written for the tests, tenth round)', () => {
    const e = extractEntities(
      'BlackRock bought Barclays Global Investors in 2009 . Chairman John Elkann , whose Exor holding company is the largest shareholder , agreed . ' +
        'Telecoms regulator Anatel told providers to block the service . Health Minister Cho Kyoo-hong said the government would not back down .',
    );
    expectTyped(e, ['organization:Barclays Global Investors', 'organization:Exor', 'organization:Anatel', 'person:Cho Kyoo-hong']);
    expect(e.map((x) => x.name)).not.toContain('Telecoms');
    // "Greens leader Adam Bandt": before a person's noun the word is a party.
    expectTyped(extractEntities('Greens leader Adam Bandt conceded defeat .'), ['organization:Greens', 'person:Adam Bandt']);
  });

  it('reads local offices as titles, jails, dioceses, fields, state energy firms and the small states (news written for the tests, eleventh round)', () => {
    const courts = extractEntities(
      'Mayor Brandon Scott and City Solicitor Ebony Thompson called the verdict historic . He met County Executive Steuart Pittman and State Treasurer Dereck Davis . ' +
        'New York City Mayor Eric Adams spoke . He was held at the William E. Donaldson Correctional Facility near Bessemer . The Archdiocese of Oklahoma City said it would appeal .',
    );
    expectTyped(courts, [
      'person:Ebony Thompson', 'person:Steuart Pittman', 'person:Dereck Davis', 'place:New York City', 'person:Eric Adams',
      'place:William E. Donaldson Correctional Facility', 'organization:Archdiocese of Oklahoma City',
    ]);
    expect(courts.map((x) => x.name)).not.toContain('City');
    const energy = extractEntities(
      'ASHGABAT - Turkmengaz said gas from the giant Galkynysh field would flow by 2027 . BP approved a platform for the Shah Deniz field . ' +
        'PT Freeport Indonesia asked for an extension . The National Episcopal Conference said it had documented irregularities .',
    );
    expectTyped(energy, ['organization:Turkmengaz', 'place:Galkynysh', 'place:Shah Deniz', 'organization:PT Freeport Indonesia', 'organization:National Episcopal Conference']);
    // Not an adjective's field, nor a common word's compound.
    const field = extractEntities('Turmoil hit markets as the Democratic field narrowed .');
    expect(field.filter((x) => x.type === 'place' || x.type === 'organization')).toEqual([]);
    const states = extractEntities('Kamla Persad-Bissessar returned as prime minister of Trinidad and Tobago . Leaders from Botswana , Namibia and Sierra Leone met in The Gambia .');
    expectTyped(states, ['place:Trinidad and Tobago', 'place:Botswana', 'place:Namibia', 'place:Sierra Leone', 'place:Gambia']);
    // A ground keeps the known place that opens its name.
    expectTyped(extractEntities('He made 400 at the Antigua Recreation Ground and 329 at the Sydney Cricket Ground .'), ['place:Antigua Recreation Ground', 'place:Sydney Cricket Ground']);
  });

  it('reads planes, transport remits, orchestras, opera houses, juntas and Greek names (news written for the tests, twelfth round)', () => {
    const planes = extractEntities(
      'Both engines of the Jeju Air Boeing 737-800 showed bird strikes . A Boeing 787-9 Dreamliner and a Cessna 172 landed . ' +
        'Boeing 2024 deliveries fell . The Aviation and Railway Accident Investigation Board said the crew had reported birds .',
    );
    expectTyped(planes, ['organization:Jeju Air', 'product:Boeing 737-800', 'product:Boeing 787-9 Dreamliner', 'product:Cessna 172', 'organization:Boeing', 'organization:Aviation and Railway Accident Investigation Board']);
    // The year is no model: only "Boeing" is named there.
    expect(planes.find((x) => x.name === 'Boeing')!.mentions).toHaveLength(1);
    const arts = extractEntities('The Orchestre de Paris named a director . It opened the Royal Diriyah Opera House and played the Sydney Opera House . The House of Commons voted .');
    expectTyped(arts, ['organization:Orchestre de Paris', 'place:Royal Diriyah Opera House', 'place:Sydney Opera House', 'organization:House of Commons']);
    const people = extractEntities('Junta leader Min Aung Hlaing made a rare visit . He finished ahead of Emmanouil Karalis of Greece . Me and my husband Tony keep coming back .');
    expectTyped(people, ['person:Min Aung Hlaing', 'person:Emmanouil Karalis', 'place:Greece', 'person:Tony']);
    expect(people.map((x) => x.name)).not.toContain('Junta');
  });

  it('reads hyphenated pairs, sheikhs inside names, a firm acting on its own, and the writer\'s companion (UNER dev errors that news shares)', () => {
    const pairs = extractEntities('The Israel-Hamas war dragged on . Google will formalise the Google-Mozilla relationship . Alcatel-Lucent and Rolls-Royce reported .');
    expectTyped(pairs, ['place:Israel', 'organization:Hamas', 'organization:Google', 'organization:Mozilla', 'organization:Alcatel-Lucent', 'organization:Rolls-Royce']);
    expect(pairs.map((x) => x.name)).not.toContain('Google-Mozilla');
    const names = extractEntities(
      'Hassan Sheikh Mohamud won the vote . Radical Shiite cleric Muqtada al-Sadr said the attack was criminal . ' +
        'In Texas , BP shut its refinery and Valero cut its rates . A fire at a substation in Hayes cut its power .',
    );
    expectTyped(names, ['person:Hassan Sheikh Mohamud', 'person:Muqtada al-Sadr', 'organization:Valero', 'place:Hayes']);
    expect(names.map((x) => x.name)).not.toContain('Radical Shiite');
    expect(names.map((x) => x.name)).not.toContain('Hassan');
    const bodies = extractEntities(
      'They excluded State Department Iraq hands . The Washington Monthly ran it . Calls go to Malcolm Smith Motorsports . Miramar California is north of San Diego .',
    );
    expectTyped(bodies, ['organization:State Department', 'place:Iraq', 'organization:Washington Monthly', 'organization:Malcolm Smith Motorsports', 'place:Miramar', 'place:California']);
    // A committee's country is its branch; a state inside a known name stays.
    expectTyped(extractEntities('They gave it to the International Rescue Committee UK . West Virginia voted .'), ['organization:International Rescue Committee UK', 'place:West Virginia']);
    const people = extractEntities('In fact Peder and I were remarking on it . He quoted from Dan Froomkin\'s "White House Briefing" column . Zoë Kravitz and Renée Zellweger starred .');
    expectTyped(people, ['person:Peder', 'person:Dan Froomkin', 'person:Zoë Kravitz', 'person:Renée Zellweger']);
    // "and I" that opens a clause of its own.
    expectTyped(extractEntities('My cousin was teargassed outside Kencom and I was on the phone .'), ['place:Kencom']);
  });

  it('types a list by the plural that introduces it, and reads a benchmark before "futures" as no one', () => {
    const e = extractEntities('With companies like Scharffen Berger , TCHO , and smaller makers around , why ? Banks including Monzo and Revolut agreed .');
    expectTyped(e, ['organization:Scharffen Berger', 'organization:TCHO', 'organization:Monzo', 'organization:Revolut']);
    expect(extractEntities('Benchmark Brent futures settled higher .').filter((x) => x.type === 'person')).toEqual([]);
  });

  it('reads portfolios of affairs, palaces, Irish counties, courts of a state, a college\'s hospital and an office after a place (news written for the tests, thirteenth round)', () => {
    const politics = extractEntities(
      'Social Affairs Minister Jakob Forssmed told reporters . Nawrocki beat Warsaw Mayor Rafał Trzaskowski . ' +
        'President Marcelo Rebelo de Sousa began consultations at the Belém Palace . President John Mahama named Johnson Asiama governor of the Bank of Ghana .',
    );
    expectTyped(politics, ['person:Jakob Forssmed', 'place:Warsaw', 'person:Rafał Trzaskowski', 'place:Belém Palace', 'person:Johnson Asiama', 'organization:Bank of Ghana']);
    expect(politics.map((x) => x.name)).not.toContain('Social Affairs');
    const courts = extractEntities(
      'She was attacked in Tullamore , County Offaly . Justice Christopher Beale of the Supreme Court of Victoria set a period . ' +
        'Fugitive Tom Phillips was shot . A doctor was killed at the R.G. Kar Medical College and Hospital . The company faces competition from Airtel Africa .',
    );
    expectTyped(extractEntities('County Durham voted . County officials said so .'), ['place:County Durham']);
    expectTyped(courts, ['place:County Offaly', 'organization:Supreme Court of Victoria', 'person:Tom Phillips', 'organization:R.G. Kar Medical College and Hospital', 'organization:Airtel Africa']);
    // A leader after a party's "of" is no part of it; a people in two words is no body.
    expectTyped(extractEntities('The Bangladesh Nationalist Party of Tarique Rahman won .'), ['organization:Bangladesh Nationalist Party', 'person:Tarique Rahman']);
    expect(extractEntities('The deaths of four First Nations women shocked Winnipeg .').map((x) => x.name)).toEqual(['Winnipeg']);
  });

  it('keeps a nickname in quotes inside the name, and reads figures of faith and folklore as people (GMB and UNER)', () => {
    const e = extractEntities('A man sued Sean "Diddy" Combs , claiming the mogul punched him . An attorney for Combs called the suit baseless .');
    expectTyped(e, ['person:Sean "Diddy" Combs']);
    expect(e.find((x) => x.name === 'Sean "Diddy" Combs')!.aliases).toContain('Combs');
    expect(e.map((x) => x.name)).not.toContain('Sean');
    const figures = extractEntities('Christians revere Bethlehem as the birthplace of Jesus . Children wrote to Santa Claus . Santa Cruz voted .');
    expectTyped(figures, ['person:Jesus', 'place:Bethlehem', 'person:Santa Claus', 'place:Santa Cruz']);
  });

  it('knows places whose own names have a hyphen: German states and two-city metros', () => {
    const e = extractEntities('Baden-Württemberg voted . Voters in Baden-Wuerttemberg and Schleswig-Holstein voted . He flew to Dallas-Fort Worth on Monday . Minneapolis-St. Paul grew .');
    expectTyped(e, ['place:Baden-Württemberg', 'place:Baden-Wuerttemberg', 'place:Schleswig-Holstein', 'place:Dallas-Fort Worth', 'place:Minneapolis-St. Paul']);
  });

  it('reads monsignors, national churches, basilicas, bishops\' conferences, mosques and temples, contractors and whom the police identify (news written for the tests, fourteenth round)', () => {
    const faith = extractEntities(
      'Monsignor Jordi Bertomeu documented abuse . A study for the Evangelical Church in Germany counted victims . ' +
        'The United States Conference of Catholic Bishops elected Archbishop Paul Coakley . The coffin was driven to the Basilica of Santa Maria Maggiore . ' +
        'Modi inaugurated the BAPS Hindu Mandir , built near where the Babri Masjid stood . They gathered outside the Heaton Park Hebrew Congregation synagogue .',
    );
    expectTyped(faith, [
      'person:Jordi Bertomeu', 'organization:Evangelical Church in Germany', 'organization:United States Conference of Catholic Bishops',
      'place:Basilica of Santa Maria Maggiore', 'place:BAPS Hindu Mandir', 'place:Babri Masjid', 'organization:Heaton Park Hebrew Congregation',
    ]);
    // A parish "in" a town is the church and the town.
    expectTyped(extractEntities('A gunman opened fire at the Annunciation Catholic Church in Minneapolis .'), ['organization:Annunciation Catholic Church', 'place:Minneapolis']);
    const works = extractEntities(
      'The line was built by Turkish contractor Yapi Merkezi . Portuguese builder Mota-Engil joined . Searchers at the Prairie Green landfill found remains . ' +
        'The attacker , identified as Jihad Al-Shamie , was shot dead . Producer Zulima Palacio has this report .',
    );
    expectTyped(works, ['organization:Yapi Merkezi', 'organization:Mota-Engil', 'place:Prairie Green', 'person:Jihad Al-Shamie', 'person:Zulima Palacio']);
    // A contractor with a person's name is a person.
    expectTyped(extractEntities('The contractor Mike Jones said the roof was safe .'), ['person:Mike Jones']);
    // A surname with its particle glued on is the person's, at a sentence's start and inside one.
    const text = 'Syrian President Ahmed al-Sharaa met Trump . Al-Sharaa said the talks went well . Officials close to al-Sharaa said so .';
    const sharaa = extractEntities(text).find((x) => x.name === 'Ahmed al-Sharaa')!;
    expect(sharaa.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Ahmed al-Sharaa', 'Al-Sharaa', 'al-Sharaa']);
  });
});
