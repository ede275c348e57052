/**
 * Bylines: the people who wrote a story, from whatever the page gives (a JSON-LD author, an
 * author meta tag, a byline element, a printed "By …" line), cleaned of labels, dates, jobs
 * and bios.
 */
import { decodeEntities } from '../text/entities';
import { MONTH_WORD_PATTERN } from './dates';

/**
 * The label before the names: "By", "Written By:", "Author:", "Text by", "Analysis by", "This
 * post was written by" (WCXB dev 0413, 4014, 0463, 2381; AEB's CNN analysis). A label glued to
 * the name ("Written byDan Pantelo", 4840) is one too. "Author" without its colon may be a
 * name's ("Authors Guild"), but not before a first and last name ("Author Isaiah Shelton",
 * WCXB dev 0110's author box) nor alone, as a heading over the names ("<h3>Author</h3><p>Lisa
 * D. Ellis</p>", 4079). "Contributors:" too (4701).
 */
const BYLINE_LABEL =
  /^(?:(?:(?:[Tt]his (?:post|article|story) was )?(?:(?:[Ww]ritten|[Aa]uthored|[Rr]eviewed|[Ee]dited|[Rr]eported|[Pp]osted|[Cc]ompiled|[Tt]ext|[Ww]ords|[Ss]tory|[Rr]ecipe|[Aa]nalysis|[Pp]hotos?|[Ii]nterview)(?: and [a-z]+)? )?(?:[Bb]y|BY)(?:\s*:\s*|\s+|(?=\p{Lu})))|(?:[Aa]uthors?|AUTHORS?|[Cc]ontributors?|CONTRIBUTORS?|[Ww]riter|[Rr]eporter)\s*:\s*|Author\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})|(?:[Aa]uthors?|AUTHORS?)\s*$)/u;

/**
 * The same label in other languages: "Текст: Венера Ерофеева" (Wday.ru in Zyte AEB), "Autor:",
 * "Texto:", and a preposition before a capitalised name ("Par Jean Dupont", "Por María
 * López", "Door Jan de Vries"). Not German "Von", which opens names too ("Von Miller").
 */
const FOREIGN_BYLINE_LABEL =
  /^(?:(?:Текст|Автор[ыа]?|Texto|Autor[ae]?|Auteur|Texte|Tekst|Testo|Verfasser|Redacción)\s*:\s*|(?:Par|Por|Door)\s+(?=\p{Lu}))/u;

/** Words of a job, not of a name: "CNN Editor-at-large", "AI Writer". */
const JOB_WORDS =
  /\b(?:editor|writer|reporter|correspondent|columnist|contributor|director|attorney|producer|analyst|staff|founder|ceo|manager|consultant|expert|reviewer|photographer|editor-at-large|intern)s?\b/i;

/** Name parts with a capital inside: "McDonald", "MacKenzie", "DeSantis", "LeBron", "DiCaprio". */
const INNER_CAPITAL_NAME = /(?:^|[\s'’-])(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du)$/;

/**
 * Where text with no space glues a name to what follows it: "Stephen JesudunsinAI Writer",
 * "Cazzy MagennisLast updated", "ERIC TUCKERAssociated Press" (WCXB dev 0019, 0332; AEB's AP
 * byline). -1 when nothing is glued; "McDonald" and "DeSantis" are names, not glue.
 */
function gluedAt(s: string): number {
  const re = /\p{Ll}(?=\p{Lu})|\p{Lu}(?=\p{Lu}\p{Ll}{2})/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const upTo = s.slice(0, m.index + 1);
    if (/\p{Lu}$/u.test(upTo) && !/\p{Lu}{2}$/u.test(upTo)) continue;
    // Only a label or a job glued on: "SubbaRao", "SanSone" and "FullStack" are words.
    if (!INNER_CAPITAL_NAME.test(upTo) && GLUED_TAIL.test(s.slice(m.index + 1))) return m.index + 1;
  }
  return -1;
}

/** What pages glue after a byline: a date label, a weekday, a job, the agency. */
const GLUED_TAIL =
  /^(?:Published|Updated|Last|Posted|Writer|Reporter|Editor|Staff|Founder|Head|Senior|Associated|Reviewed|Expert|Contributor|Correspondent|Tech|AI|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * A byline with the author's bio glued on: "Phil HelselPhil Helsel is a reporter for NBC
 * News." (Zyte AEB; the popup printed it whole): the name once, without the bio.
 */
function withoutBio(s: string): string {
  for (let i = 4; i <= Math.min(60, s.length / 2); i++) {
    const name = s.slice(0, i);
    if (/\s/.test(name) && /\p{Ll}$/u.test(name) && (s.startsWith(name, i) || s.startsWith(` ${name} `, i))) return name;
  }
  // "Ellen O'Brien Ellen is an editor at Brides.": the bio names its subject again.
  const bio = /\s+(?:is|was)\s+(?:a|an|the)\s/.exec(s);
  if (!bio) return s;
  const before = s.slice(0, bio.index).split(' ');
  const subject = before[before.length - 1];
  return (before.length > 2 && (subject === before[0] || subject === before[before.length - 2]) ? before.slice(0, -1) : before).join(' ');
}

/**
 * A part after a comma that is not another name: a job ("CNN Editor-at-large", "Trial Attorney
 * at Morgan & Morgan"), a site ("Cleveland.com"), a credential ("DVM", "BSN"), a newspaper
 * ("The Commercial Appeal").
 */
function isAffiliation(part: string): boolean {
  const names = part.trim().split(/\s+and\s+/);
  if (names.some((n) => n.split(/\s+/).length > 4)) return true;
  const words = part.trim().split(/\s+/);
  if (!words[0] || /\.(?:com|org|net|co)\b|\d/i.test(part) || JOB_WORDS.test(part)) return true;
  // A newspaper or a newsroom: "Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal" (WCXB dev 0120).
  if (/^the$/i.test(words[0]) && words.length > 1) return true;
  if (words.length === 1 && /^\p{Lu}{2,}\.?$/u.test(words[0])) return true;
  return words.some((w) => /^\p{Ll}/u.test(w) && !/^(?:and|de|da|del|der|van|von|bin|al|le|la|du)$/.test(w));
}

/** A day, a month's name and a year in either order ("Dec. 19, 2025", "30 Sep 2022"), or an ISO date with its time. */
const DAY_MONTH_YEAR = `(?:${MONTH_WORD_PATTERN}\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s*${MONTH_WORD_PATTERN},?\\s*\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?)`;
/** That date with the weekday some pages print before it ("Sat, 20 Dec, 2025"). */
const BYLINE_DATE = new RegExp(`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?${DAY_MONTH_YEAR}`, 'iu');

/**
 * A byline without the date printed with it, before the names or after them, spaced or glued
 * on: "Dec 17, 2025Julian K. Arni", "Luke KimDecember 17, 2025", "Andrew Gerrand 4 August
 * 2010", "Chris Carroll30 Sep 2022, 11:07am", "Nick van Mead2022-11-23T08:10+02:00" (the bylines
 * Readability reads on WCXB dev 0453, 0433, 2862, 4565 and 4517, where the date's digits once
 * threw the names away). Evidence: fixtures/article/byline-glued-date.
 */
function withoutDate(s: string): string {
  const date = BYLINE_DATE.exec(s);
  if (!date) return s;
  // "Jane Doe on Dec 1, 2025": the word that led to the date goes with it.
  if (date.index > 0) return s.slice(0, date.index).replace(/(?:\s+(?:on|at|from)|[\s,·•|–—-])+$/i, '');
  return s.slice(date[0].length).replace(/^[\s,·•|–—-]+/, '');
}

/** Bylines are people: drop "By", labels, dates, "Updated", jobs, e-mail and URLs. */
export function cleanByline(raw: string | null): string | null {
  if (!raw) return null;
  let s = decodeEntities(raw.slice(0, 300)).replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(s)) return null;
  // A sponsor is no author; "Jun 2 Written By" is a date and a label with the name missing.
  if (/^sponsored by\b/i.test(s)) return null;
  const undated = withoutDate(s);
  const hadDate = undated !== s;
  s = undated;
  s = s.replace(/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},?\s+/i, '').replace(/(?:^|\s+)(?:written|posted) by:?$/i, '');
  s = s.replace(BYLINE_LABEL, '').replace(FOREIGN_BYLINE_LABEL, '');
  s = withoutBio(s);
  const glued = gluedAt(s);
  if (glued > 0) {
    s = s.slice(0, glued);
    // What is left of "HomeAdvisorStaff WriterReviewed by…" names no one.
    if (!/\s/.test(s.trim())) return null;
  }
  // Cut at the first "updated/published" tail or a separator: "Jane Doe | Updated 5 hours ago".
  s = s.split(/\s*(?:[|•·]|\bupdated\b|\bpublished\b|\bposted\b|\bon behalf of\b|\bon (?=[A-Z][a-z]{2,8}\.? \d))\s*/i)[0] ?? s;
  if (/\d{4}/.test(s)) return null;
  // "Troy L. Smith, Cleveland.com", "Chris Cillizza, CNN Editor-at-large": people, not their jobs.
  const parts = s.split(/,\s*/);
  const cut = parts.findIndex((p, i) => i > 0 && isAffiliation(p));
  if (cut > 0) s = parts.slice(0, cut).join(', ');
  s = withoutTrailingJob(s.replace(/\s+,/g, ',').replace(/^[,;:\-–—|\s]+|[,;:\-–—\s]+$/g, '').trim());
  // What is left of "Sat, 20 Dec, 2025 - 06:36" is a time, no name (WCXB dev 0399).
  if (!s || !/\p{L}/u.test(s) || s.length > 120 || /@|\d{4}/.test(s) || isPlaceholderByline(s) || isDescription(s)) return null;
  // What is left of a byline element once its date is cut must be people: the element that
  // holds a date often holds a category instead ("March 20, 2023 | Wellness & Prevention",
  // "Mental Health DECEMBER 22, 2022"; WCXB dev 4125, 4558) or a label ("[Submitted on 18 Dec
  // 2025]", arXiv).
  if (hadDate && !isPeopleList(s)) return null;
  return s;
}

/**
 * A site's login name rather than the name a reader knows: "kffnirmitap", "andrew.keaveney",
 * "KatieS" (the author meta of WCXB dev 0191, 0195 and 0331, whose pages print the writers'
 * names). One word, in lower case or with a dot, underscore or digit, or with a capital glued
 * on at its end; a single name ("Stefan") is none.
 */
function isLoginHandle(s: string): boolean {
  if (/\s/.test(s)) return false;
  return /^[\p{Ll}\d._-]+$/u.test(s) || /[._\d]/.test(s) || /^\p{Lu}\p{Ll}+\p{Lu}$/u.test(s);
}

/**
 * Words that start a job glued after a name with only a space: "Liz Kenny Former McKinsey
 * Consultant". Not "Staff", "Editor" or "Expert", which end the names of desks: "Our Foreign
 * Staff", "AAA Travel Editor", "Luxury Travel Expert".
 */
const TRAILING_JOB_START = new Set(
  'former founder co-founder cofounder writer reporter contributor senior lead head chief consultant reviewer gardener astrologer certified licensed last updated'.split(' '),
);

/**
 * A name with its job after it, no comma between: "Emma Ryan Writer", "Rasmus Barslund
 * Founder & Lead Reviewer", "David Jackson - FullStack Editorial Team", and an avatar's
 * initials before it: "CM Craig McCarthy Last" (WCXB dev 4858, 4674, 0183, 0427).
 */
function withoutTrailingJob(s: string): string {
  const dash = s.search(/ [-–—] /);
  if (dash > 0 && s.slice(0, dash).includes(' ')) s = s.slice(0, dash);
  const words = s.split(' ');
  const job = words.findIndex((w, i) => i >= 2 && TRAILING_JOB_START.has(w.toLowerCase()));
  const named = job > 0 ? words.slice(0, job) : words;
  if (named.length >= 3 && /^\p{Lu}{2,3}$/u.test(named[0]!) && named[0] === named.slice(1).map((w) => w[0]).join('')) named.shift();
  return named.join(' ');
}

/** Lower-case particles inside names: "Ludwig van Beethoven", "Ana de Armas". */
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'der', 'van', 'von', 'bin', 'al', 'le', 'la', 'du', 'di', 'dos', 'e']);

/** Small words between names, in English and the languages bylines come in. */
const NAME_JOINERS = new Set([...NAME_PARTICLES, 'and', 'et', 'avec', 'with', 'und', 'y', 'of']);

/**
 * A phrase, not people: capitalised words beside two or more lower-case ones. A claim
 * review's "author" is whoever made the claim: "The Russian and Syrian defense ministries"
 * (Zyte AEB, Polygraph). A handle in lower case ("kirstin boatto") has no capitals and stays.
 */
function isDescription(s: string): boolean {
  const words = s.split(/[\s,;&()]+/).filter(Boolean);
  if (!words.some((w) => /^\p{Lu}/u.test(w))) return false;
  return words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_JOINERS.has(w)).length >= 2;
}

/**
 * A byline field the site never filled in: a template's default ("undefined", "Author",
 * "admin", "q_admin"), an unrendered key ("page.head.extra.author") or a record id
 * ("3d23d65-ddc6-4ce5"). WCXB dev 0206, 0277, 4239, 4459, 0486. A reader's handle
 * ("stephenlega") is the author's own name for themselves and stays.
 */
function isPlaceholderByline(s: string): boolean {
  return (
    /^(?:undefined|null|none|nan|(?:the )?authors?|admin\w*|\w+_admin|administrator)$/i.test(s) ||
    // A comment form's required field: "Name *" (WCXB dev 0107).
    /\*$/.test(s) ||
    /^[a-z]+(?:\.[a-z]+)*\.author$/i.test(s) ||
    (/\d/.test(s) && /^[\da-f]+(?:-[\da-f]+)+$/i.test(s))
  );
}

/** Letters and digits only, lower case: "One Tree Planted" → "onetreeplanted". */
function squeeze(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A byline that credits the site, not a writer: its own name, not a person's, in the author
 * field ("Instructables", "AppleInsider", "BBC News", "paperium.net"; WCXB dev 0122, 0381).
 * Compared with the site name and with the host's labels, one by one and joined. A person
 * who is the site ("Rick Steves" on ricksteves.com) is a writer.
 */
export function creditsTheSite(byline: string, siteName: string | null, url: string): boolean {
  const name = squeeze(byline);
  if (!name || isPeopleList(byline)) return false;
  if (siteName && squeeze(siteName) === name) return true;
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return false;
  }
  const labels = host.split('.');
  return labels.slice(0, -1).some((label) => squeeze(label) === name) || squeeze(host) === name;
}

/**
 * The first byline, in order of trust, that credits a writer by name; one that credits the
 * site, or a login handle, only when no source names anyone else (a writer's handle is still
 * the writer: "stephenlega", WCXB dev 0290). Sources are read lazily: the last is a walk of
 * the page.
 */
export function pickByline(sources: readonly (() => string | null)[], siteName: string | null, url: string): string | null {
  let fallback: string | null = null;
  for (const read of sources) {
    const byline = read();
    if (!byline) continue;
    if (!creditsTheSite(byline, siteName, url) && !isLoginHandle(byline)) return byline;
    fallback ??= byline;
  }
  return fallback;
}

/** How long a text may run on past its byline label and still be a byline line. */
const MAX_LINE_CHARS = 80;
/** Labels looked at before giving up: a byline is printed once or twice, near the top. */
const MAX_LABELS = 100;
/** A printed byline's block: longer than this, "By …" opens a sentence of the story. */
const MAX_BLOCK_CHARS = 600;

const BLOCKS = 'p,div,li,td,dd,dt,header,footer,section,article,aside,h1,h2,h3,h4,h5,h6,figcaption,blockquote,address';
/** Where a "By …" line is not the story's: menus, forms, scripts, comment threads. */
const NOT_BYLINE_PLACES = 'nav,form,button,select,option,script,style,noscript,template,textarea,[hidden],[aria-hidden="true"],[id*="comment" i],[class*="comment" i]';

/** Name parts that write a team, a company, a section, a date or a control, not a person. */
const NOT_NAME_WORDS = new Set(
  (
    'the team staff editors editorial desk newsdesk news press media group inc llc ltd company foundation magazine ' +
    'agency services marketing design studio collective admin category categories home blog guest contributors ' +
    // Sections a byline element shows beside the date ("Mental Health", WCXB dev 4558).
    'health wellness fitness travel food business technology tech science sports politics opinion lifestyle finance ' +
    'education culture entertainment ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday ' +
    'sign log subscribe share read more menu search continue comments reply order price date popular'
  ).split(' '),
);

/**
 * A capitalised word of a name: "O'Brien", "Jean-Luc", an initial ("J.", "H.G.") or "Jr.";
 * not a possessive ("AM Best's Review.", WCXB dev 0286) nor a word that ends a sentence.
 */
function isNameWord(w: string): boolean {
  if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /['’]s$/.test(w)) return false;
  return !w.includes('.') || /^(?:\p{Lu}\.)+$|^(?:Jr|Sr|Dr|St)\.$/u.test(w);
}

/** "Jane Doe", "JANE DOE and John Roe", "Ana de Armas, J. R. Smith": two to four name words each. */
function isPeopleList(s: string): boolean {
  const people = s.split(/\s*(?:,|;|&|\band\b)\s*/).filter(Boolean);
  return (
    people.length > 0 &&
    people.every((person) => {
      const words = person.split(' ');
      return (
        words.length >= 2 &&
        words.length <= 4 &&
        /^\p{Lu}/u.test(words[0]!) &&
        words.every((w) => (isNameWord(w) || NAME_PARTICLES.has(w)) && !NOT_NAME_WORDS.has(w.toLowerCase()))
      );
    })
  );
}

/** Blank text nodes passed over between a label and its names. */
const MAX_BLANK_NODES = 30;

/** The next non-blank text node after the walker's current one, whitespace collapsed. */
function nextText(walker: TreeWalker): string {
  let blank = 0;
  for (let node = walker.nextNode(); node && blank < MAX_BLANK_NODES; node = walker.nextNode(), blank++) {
    const raw = node.nodeValue ?? '';
    if (raw.length > MAX_LINE_CHARS * 4) return '';
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return '';
}

/**
 * The names after a label that stands alone, one text node each and joined by the nodes
 * between them: "<a>Adrien Ramirez</a>, <a>Joanna Nelius</a>" (WCXB dev 4430).
 */
function namesAfter(walker: TreeWalker): string {
  let names = nextText(walker);
  while (names.length <= MAX_LINE_CHARS) {
    const joint = nextText(walker);
    if (!/^(?:,|;|&|and|, and)$/i.test(joint)) break;
    names = `${names}${joint.startsWith(',') || joint === ';' ? '' : ' '}${joint} ${nextText(walker)}`;
  }
  return names.length <= MAX_LINE_CHARS ? names : '';
}

/**
 * A byline the page prints but marks up as nothing: "<span>By</span><span>Daryl Austin</span>",
 * "<div>Written by</div><div>Jack Shepherd</div>", "<p>Written by John Crenshaw</p>" (WCXB dev
 * 4530, 0165, 0222). Read when neither the metadata nor Readability found one. The first such
 * line on the page wins (preferring the first after the headline changed nothing on WCXB);
 * the names must look like people's, so "By the time…" and "By Monday" are no bylines.
 */
export function findPrintedByline(doc: Document): string | null {
  const root = doc.body;
  if (!root) return null;
  const walker = doc.createTreeWalker(root, 4);
  // A page of thousands of "By" lines in one block must not measure that block each time.
  const blockChars = new Map<Element, number>();
  let labels = 0;
  for (let node = walker.nextNode(); node && labels < MAX_LABELS; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    if (raw.length > MAX_LINE_CHARS * 4) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length < 2 || text.length > MAX_LINE_CHARS || !/^(?:\p{L}+ ){0,5}by\b|^(?:authors?|contributors?|writer|reporter)\b/iu.test(text)) continue;
    const label = BYLINE_LABEL.exec(`${text} `);
    if (!label) continue;
    labels++;
    const parent = node.parentElement;
    if (!parent || parent.closest(NOT_BYLINE_PLACES)) continue;
    const block = parent.closest(BLOCKS);
    if (block && !blockChars.has(block)) blockChars.set(block, (block.textContent ?? '').length);
    if (block && blockChars.get(block)! > MAX_BLOCK_CHARS) continue;
    let names = `${text} `.slice(label[0].length).trim();
    if (!names) {
      names = namesAfter(walker);
      walker.currentNode = node;
    }
    const byline = names ? cleanByline(names) : null;
    if (byline && isPeopleList(byline)) return byline;
  }
  return null;
}
