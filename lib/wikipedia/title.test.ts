import { describe, expect, it } from 'vitest';
import type { EntityType } from '../report';
import { encodeTitle, lookupTargets, normalizeTitle, pathTitle, sameTitle, titleFor } from './title';
import { articleUrl, htmlUrl, needsPermission, normalizeBase, safeUrl, summaryUrl } from './url';

const entity = (type: EntityType, name: string, id = 'e1') => ({ id, type, name });

describe('titleFor', () => {
  it('uses the name of people, organizations, places, products and laws', () => {
    expect(titleFor(entity('organization', 'Daum Kakao'))).toBe('Daum Kakao');
    expect(titleFor(entity('person', 'Sirgoo Lee'))).toBe('Sirgoo Lee');
    expect(titleFor(entity('place', 'South Korea'))).toBe('South Korea');
    expect(titleFor(entity('product', 'KakaoTalk'))).toBe('KakaoTalk');
    expect(titleFor(entity('law', 'Patriot Act'))).toBe('Patriot Act');
  });

  it('looks up nothing for money, dates and misc', () => {
    expect(titleFor(entity('money', '20 million won'))).toBeNull();
    expect(titleFor(entity('date', 'March 2014'))).toBeNull();
    expect(titleFor(entity('misc', 'Cyber Monday'))).toBeNull();
  });

  it('drops possessives, honorifics, quotes and a leading lower-case "the"', () => {
    expect(titleFor(entity('organization', 'Kakao’s'))).toBe('Kakao');
    expect(titleFor(entity('organization', "Daum's"))).toBe('Daum');
    expect(titleFor(entity('person', "Jones'"))).toBe('Jones');
    expect(titleFor(entity('person', 'Dr. Jane Goodall'))).toBe('Jane Goodall');
    expect(titleFor(entity('product', '“KakaoTalk”'))).toBe('KakaoTalk');
    expect(titleFor(entity('organization', 'the Daejeon Provincial Police Agency'))).toBe('Daejeon Provincial Police Agency');
    // "The" as part of a name stays: it is in the article title.
    expect(titleFor(entity('organization', 'The Guardian'))).toBe('The Guardian');
  });

  it('refuses common phrases and impossible titles', () => {
    expect(titleFor(entity('law', 'child protection laws'))).toBeNull();
    expect(titleFor(entity('organization', 'A'))).toBeNull();
    expect(titleFor(entity('organization', 'Foo [bar]'))).toBeNull();
    expect(titleFor(entity('organization', 'Foo|Bar'))).toBeNull();
    expect(titleFor(entity('organization', 'X\u0001Y'))).toBeNull();
    expect(titleFor(entity('organization', 'Q'.repeat(201)))).toBeNull();
    expect(titleFor(entity('organization', '——'))).toBeNull();
  });

  it('keeps names in scripts without case', () => {
    expect(titleFor(entity('organization', '카카오'))).toBe('카카오');
  });
});

describe('title forms', () => {
  it('normalizes like MediaWiki: spaces, underscores, first letter', () => {
    expect(normalizeTitle('  daum_kakao ')).toBe('Daum kakao');
    expect(normalizeTitle('iPhone')).toBe('IPhone');
    expect(normalizeTitle('ßeta')).toBe('ßeta');
    expect(pathTitle('Daum (web portal)')).toBe('Daum_(web_portal)');
    expect(sameTitle('Daum_Kakao', 'daum  Kakao')).toBe(true);
    expect(sameTitle('Daum Kakao', 'Kakao')).toBe(false);
  });

  it('encodes a title as one path segment, slashes and non-ASCII included', () => {
    expect(encodeTitle('AC/DC')).toBe('AC%2FDC');
    expect(encodeTitle('Daum (web portal)')).toBe('Daum_(web_portal)');
    expect(encodeTitle('카카오')).toBe('%EC%B9%B4%EC%B9%B4%EC%98%A4');
    expect(encodeTitle('What? 100%')).toBe('What%3F_100%25');
  });
});

describe('lookupTargets', () => {
  it('gives distinct titles in order, with every entity that shares one, up to a limit', () => {
    const targets = lookupTargets(
      [
        entity('organization', 'Daum Kakao', 'e1'),
        entity('money', '20 million won', 'e2'),
        entity('organization', "Daum Kakao's", 'e3'),
        entity('place', 'Korea', 'e4'),
        entity('place', 'South Korea', 'e5'),
      ],
      2,
    );
    expect(targets).toEqual([
      { title: 'Daum Kakao', entityIds: ['e1', 'e3'] },
      { title: 'Korea', entityIds: ['e4'] },
    ]);
  });
});

describe('URLs', () => {
  it('builds REST and article URLs from the base and the title only', () => {
    expect(summaryUrl('https://en.wikipedia.org', 'Daum Kakao')).toBe('https://en.wikipedia.org/api/rest_v1/page/summary/Daum_Kakao');
    expect(htmlUrl('http://127.0.0.1:9', 'Daum')).toBe('http://127.0.0.1:9/api/rest_v1/page/html/Daum');
    expect(articleUrl('https://de.wikipedia.org', 'AC/DC')).toBe('https://de.wikipedia.org/wiki/AC%2FDC');
  });

  it('accepts only Wikipedias over https and loopback stubs as the base', () => {
    expect(normalizeBase('https://en.wikipedia.org/')).toBe('https://en.wikipedia.org');
    expect(normalizeBase('https://ko.wikipedia.org/wiki/Foo')).toBe('https://ko.wikipedia.org');
    expect(normalizeBase('http://127.0.0.1:4567')).toBe('http://127.0.0.1:4567');
    expect(normalizeBase('http://localhost:3000')).toBe('http://localhost:3000');
    expect(normalizeBase('http://en.wikipedia.org')).toBeNull();
    expect(normalizeBase('https://wikipedia.org.evil.example')).toBeNull();
    expect(normalizeBase('https://evilwikipedia.org')).toBeNull();
    expect(normalizeBase(42)).toBeNull();
    expect(normalizeBase('not a url')).toBeNull();
  });

  it('needs the host permission for Wikipedia, not for the stub', () => {
    expect(needsPermission('https://en.wikipedia.org')).toBe(true);
    expect(needsPermission('http://127.0.0.1:4567')).toBe(false);
  });

  it('keeps only https URLs or URLs on the base origin', () => {
    const base = 'http://127.0.0.1:9';
    expect(safeUrl('//upload.wikimedia.org/a.png', 'https://en.wikipedia.org')).toBe('https://upload.wikimedia.org/a.png');
    expect(safeUrl('http://127.0.0.1:9/media/a.png', base)).toBe('http://127.0.0.1:9/media/a.png');
    expect(safeUrl('javascript:alert(1)', base)).toBeNull();
    expect(safeUrl('data:image/png;base64,AAAA', base)).toBeNull();
    expect(safeUrl('http://tracker.example/a.png', base)).toBeNull();
    expect(safeUrl(undefined, base)).toBeNull();
  });
});
