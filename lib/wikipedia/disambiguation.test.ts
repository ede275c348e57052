import { describe, expect, it } from 'vitest';
import { TYPE_HINTS, parseDisambiguationHtml, rankChoices } from './disambiguation';
import { decodeEntities, htmlText } from './html';
import { cpuMs } from '../../fixtures/cpu-time';

/** Parsoid HTML in the shape `page/html` serves for a disambiguation page (text written here). */
const MERCURY = `<!DOCTYPE html>
<html prefix="dc: http://purl.org/dc/terms/ mw: http://mediawiki.org/rdf/"><head><meta charset="utf-8"/><meta property="mw:pageId" content="1"/><title>Mercury</title></head>
<body id="mwAA" lang="en" class="mw-content-ltr sitedir-ltr ltr mw-body-content parsoid-body mediawiki mw-parser-output" dir="ltr">
<section data-mw-section-id="0" id="mwAQ"><p id="mwAg"><b id="mwAw">Mercury</b> may refer to:</p>
<link rel="mw:PageProp/toc" id="mwBA"/></section>
<section data-mw-section-id="1" id="mwBQ"><h2 id="Science">Science</h2>
<ul id="mwBg"><li id="mwBw"><a rel="mw:WikiLink" href="./Mercury_(planet)" title="Mercury (planet)" id="mwCA">Mercury (planet)</a>, the planet closest to the Sun</li>
<li id="mwCQ"><a rel="mw:WikiLink" href="./Mercury_(element)" title="Mercury (element)" id="mwCg">Mercury (element)</a>, a metal that is liquid at room temperature
<ul id="mwCw"><li id="mwDA"><a rel="mw:WikiLink" href="./Mercury_poisoning" title="Mercury poisoning" id="mwDQ">Mercury poisoning</a>, illness it causes</li></ul></li>
<li id="mwDg">"<a rel="mw:WikiLink" href="./Mercury_(song)" title="Mercury (song)" id="mwDw">Mercury</a>" (song), a song by a band &amp; its singer</li>
<li id="mwEA"><a rel="mw:WikiLink" href="./Mercury_(crater)?action=edit&amp;redlink=1" title="Mercury (crater)" class="new" typeof="mw:LocalizedAttrs" id="mwEQ">Mercury (crater)</a>, a proposed crater name</li>
<li id="mwEg">A character in <a rel="mw:WikiLink" href="./Some_Very_Long_Novel_Title_That_Is_Not_The_Subject" title="Some Very Long Novel Title That Is Not The Subject">Some Very Long Novel Title That Is Not The Subject</a></li>
<li id="mwEw">Also a long lead-in before the link that tells us this entry is about something else: <a rel="mw:WikiLink" href="./Elsewhere" title="Elsewhere">Elsewhere</a></li>
<li id="mwFA"><a rel="mw:WikiLink/Interwiki" href="https://en.wiktionary.org/wiki/mercury" title="wikt:mercury">mercury</a> in Wiktionary</li>
<li id="mwFQ"><a rel="mw:WikiLink" href="./Mercury_(planet)#Orbit" title="Mercury (planet)">Orbit of Mercury</a>, a duplicate of the first entry</li>
<li id="mwFg"><a rel="mw:WikiLink" href="./Freddie_Mercury">Freddie Mercury</a> (1946–1991), a singer</li>
</ul></section>
<section data-mw-section-id="2" id="mwFw"><h2 id="See_also">See also</h2>
<ul><li><a rel="mw:WikiLink" href="./Special:AllPages/Mercury" title="Special:AllPages/Mercury">All pages with titles beginning with Mercury</a></li>
<li><a rel="mw:WikiLink" href="./Mercury" title="Mercury">Mercury</a></li></ul>
<div role="note" class="hatnote navigation-not-searchable">This <a rel="mw:WikiLink" href="./Help:Disambiguation" title="Help:Disambiguation">disambiguation</a> page lists articles associated with the title <b>Mercury</b>.</div>
</section></body></html>`;

describe('parseDisambiguationHtml', () => {
  it('lists the entries that open with a link to an existing article, in page order', () => {
    expect(parseDisambiguationHtml(MERCURY, 'Mercury')).toEqual([
      { title: 'Mercury (planet)', description: 'the planet closest to the Sun' },
      { title: 'Mercury (element)', description: 'a metal that is liquid at room temperature' },
      { title: 'Mercury poisoning', description: 'illness it causes' },
      { title: 'Mercury (song)', description: '" (song), a song by a band & its singer' },
      { title: 'Some Very Long Novel Title That Is Not The Subject' },
      { title: 'Freddie Mercury', description: '(1946–1991), a singer' },
    ]);
  });

  it('leaves out red links, interwiki links, other namespaces, duplicates and the page itself', () => {
    const titles = parseDisambiguationHtml(MERCURY, 'Mercury').map((c) => c.title);
    expect(titles).not.toContain('Mercury (crater)');
    expect(titles).not.toContain('Elsewhere');
    expect(titles.some((t) => /^(Special|Help|Wikt):/i.test(t))).toBe(false);
    expect(titles).not.toContain('Mercury');
    expect(titles.filter((t) => t === 'Mercury (planet)')).toHaveLength(1);
  });

  it('stops at the limit', () => {
    expect(parseDisambiguationHtml(MERCURY, 'Mercury', 2)).toHaveLength(2);
  });

  it('copes with empty, broken and hostile HTML quickly', () => {
    expect(parseDisambiguationHtml('', 'X')).toEqual([]);
    expect(parseDisambiguationHtml('<li><a rel="mw:WikiLink" href="./Broken', 'X')).toEqual([]);
    expect(parseDisambiguationHtml('<link rel="x"><listing>', 'X')).toEqual([]);
    const hostile = [
      `${'<li><a '.repeat(50_000)}${'<li '.repeat(50_000)}${'&#'.repeat(100_000)}`,
      `${'<li '.repeat(100_000)}>`,
      `<li><a rel="mw:WikiLink" title="A">A</a>${'<'.repeat(200_000)}`,
      `<li><a rel="mw:WikiLink" title="A">A</a>${'&amp'.repeat(100_000)}`,
      `<li>${'<a '.repeat(100_000)}>`,
      `<li><a ${' a'.repeat(100_000)}>B</a></li>`,
    ];
    for (const html of hostile) {
      expect(cpuMs(() => parseDisambiguationHtml(html, 'X'))).toBeLessThan(1000);
    }
  });
});

describe('rankChoices', () => {
  const choices = [
    { title: 'Daum (web portal)', description: 'a South Korean web portal' },
    { title: 'Daum (surname)', description: 'a family name' },
    { title: 'Kakao', description: 'the South Korean internet company formed when Daum merged with Kakao in 2014' },
  ];

  it('puts choices that fit the type first and marks them, dropping none', () => {
    const ranked = rankChoices(choices, 'organization');
    expect(ranked.map((c) => [c.title, c.likely ?? false])).toEqual([
      ['Daum (web portal)', true],
      ['Kakao', true],
      ['Daum (surname)', false],
    ]);
  });

  it('keeps page order when the type gives no hint', () => {
    expect(rankChoices(choices, undefined)).toEqual(choices);
    expect(rankChoices(choices, 'money')).toEqual(choices);
  });

  it('has a hint for each type that can be looked up, matching a real-shaped gloss', () => {
    const glosses: [keyof typeof TYPE_HINTS, string][] = [
      ['person', 'Lee Jae-yong (born 1968), South Korean business executive'],
      ['organization', 'a South Korean internet company'],
      ['place', 'a city in South Chungcheong Province'],
      ['product', 'a mobile messaging app'],
      ['law', 'Child Protection Act, a 2010 statute'],
    ];
    for (const [type, gloss] of glosses) expect(TYPE_HINTS[type]!.test(gloss)).toBe(true);
    expect(TYPE_HINTS.person!.test('a family name')).toBe(false);
  });
});

describe('html helpers', () => {
  it('decodes basic and numeric references, leaving unknown and invalid ones', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27; &#x1F600; &bogus; &#xD800; &#0;')).toBe(
      'a & b <c> "d" \'e\' 😀 &bogus; &#xD800; &#0;',
    );
  });

  it('turns markup into readable text', () => {
    expect(htmlText('<a href="./X">X</a>, a <i>thing</i> (<b>see</b>)')).toBe('X, a thing (see)');
  });
});
