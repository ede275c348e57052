import { repairMojibake } from './mojibake';
import { elementsByTag } from '../dom/elements';
import { decodeEntities } from '../text/entities';

/**
 * The headline as the reader sees it. Pages state their title three ways: <title> (often with
 * the site name appended and SEO words added), og:title / JSON-LD headline (same), and the
 * visible <h1>. The <h1> is what a reader calls the title, so it wins when it is the story's
 * own: it shares words with the declared titles, or it is the page's only long <h1>.
 * Otherwise the declared title is used without its site-name tail.
 * Evidence: fixtures/article/seo-title (a <title> with a different SEO phrasing and a suffix).
 */

/** Separators between a title and the site name in <title>: "Story | Site", "Story - Site". */
const SEPARATOR_RE = /\s+[|\-–—·•~:»/]\s+/;
/** The same separator left dangling at either end once the site name is cut ("A brief intro to git •"). */
const TRAILING_SEPARATOR_RE = /\s+[|\-–—·•~:»/]\s*$/;
const LEADING_SEPARATOR_RE = /^\s*[|\-–—·•~:»/]\s+/;

/** Containers whose <h1> is site chrome (a logo), not the story's headline. */
const CHROME_ANCESTORS = 'nav, footer, aside, [role="banner"], [role="navigation"], dialog';

/** A title's words, lower-cased: what two titles are compared by. */
export function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Word overlap of two titles (Dice coefficient of their word sets), so a logo <h1> ("City
 * Magazine") does not match "Story headline | City Magazine" just by being inside it.
 */
function overlap(a: string, b: string): number {
  const ta = new Set(wordsOf(a));
  const tb = new Set(wordsOf(b));
  if (!ta.size || !tb.size) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return (2 * shared) / (ta.size + tb.size);
}

/**
 * A declared title as the reader should see it: entities decoded, double-encoded UTF-8 repaired
 * ("Investorâ\u0080\u0099s"; evidence: fixtures/article/title-mojibake), spacing collapsed.
 */
function clean(s: string | null | undefined): string {
  return repairMojibake(decodeEntities(s ?? '')).replace(/\s+/g, ' ').trim();
}

/** Elements inside a headline that break its line: their text is not glued to the next word. */
const LINE_BREAKING = new Set(['br', 'div', 'p']);
/**
 * Utility classes that set an inline element on a line of its own (Tailwind's "block",
 * "flex", "grid"): `<h1>The Best Notion Alternatives<span class="block …">Top Note-taking
 * Tools…</span>` shows two lines (WCXB dev 2976), not "AlternativesTop".
 */
const BLOCK_CLASS = /(?:^|\s)(?:block|flex|grid)(?:\s|$)/;

function breaksLine(el: Element): boolean {
  return LINE_BREAKING.has(el.localName) || BLOCK_CLASS.test(el.getAttribute('class') ?? '') || /display\s*:\s*(?:block|flex|grid)/i.test(el.getAttribute('style') ?? '');
}

/**
 * A headline's text as it reads: a line break or a block inside it separates words ("Top MBA
 * Programs of 2025 (US)<br>Your Guide…", WCXB dev 0022, reads "(US) Your Guide", not
 * "(US)Your Guide"; so does a span styled as a block), and the <time> some blogs put inside it ("Dec 18 2025 Story") is left out.
 * Evidence: fixtures/article/title-time-in-h1, fixtures/article/title-line-break.
 */
function headlineText(h: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        if ((child as Element).localName === 'time') continue;
        const breaks = breaksLine(child as Element);
        if (breaks) text += ' ';
        walk(child);
        if (breaks) text += ' ';
      }
    }
  };
  walk(h);
  return clean(text);
}

/**
 * "Story | Section | Site" written into the <h1> itself: a pipe does not punctuate headlines,
 * so the story is the part before the first one. Evidence: fixtures/article/title-pipe.
 */
function beforePipe(h: string): string {
  const at = h.search(/\s\|\s/);
  if (at < 0) return h;
  const head = h.slice(0, at).trim();
  return wordsOf(head).length >= 3 ? head : h;
}

/**
 * Parts of a declared title split at separators, a colon included ("Blog Name: Story").
 */
function parts(title: string): string[] {
  return title.split(/\s+[|\-–—·•~»/]\s+|:\s+/).map((p) => wordsOf(p).join(' ')).filter(Boolean);
}

/**
 * True when `h1` is the site's name: one part of a declared title ("RogerBW's Blog: Advent of
 * Code") whose other part is what another declared title (og:title) says the story is.
 * Evidence: fixtures/article/title-site-h1.
 */
function isSiteNamePart(h1: string, declared: readonly string[], siteName: string | null): boolean {
  const h = wordsOf(h1).join(' ');
  const site = wordsOf(clean(siteName)).join(' ');
  const whole = new Set(declared.map((t) => wordsOf(t).join(' ')));
  // The story part is longer than the name, and is not itself the site's name (an og:title
  // that says only "Robomow" makes the <h1> the story, not the other way round).
  const isStory = (x: string): boolean => x !== h && x !== site && whole.has(x) && x.split(' ').length > h.split(' ').length;
  return declared.some((t) => {
    const p = parts(t);
    return p.length > 1 && p.includes(h) && p.some(isStory);
  });
}

/** A declared title without its site-name part ("Story | Site" → "Story"). */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATOR_RE);
  const site = clean(siteName).toLowerCase();
  if (parts.length < 2) {
    // A site's address before the story with no separator: "davidbau.com Vibe Coding" (WCXB
    // dev 0452). Only an address: a name ("Vox Populi…") may start a headline.
    const addressFirst = site.includes('.') && title.toLowerCase().startsWith(`${site} `) && wordsOf(title.slice(site.length)).length >= 2;
    return addressFirst ? clean(title.slice(site.length)) : title;
  }
  const isSite = (part: string): boolean => {
    const p = part.toLowerCase();
    return Boolean(site) && (p === site || (p.length > 2 && (site.includes(p) || p.includes(site))));
  };
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  if (isSite(last) || (wordsOf(last).length <= 3 && wordsOf(title).length - wordsOf(last).length >= 4)) {
    return clean(title.slice(0, title.length - last.length).replace(TRAILING_SEPARATOR_RE, ''));
  }
  if (isSite(first)) return clean(title.slice(first.length).replace(LEADING_SEPARATOR_RE, ''));
  return title;
}

/**
 * A label printed before the headline inside the <h1>: "Blog: Best Social Media Agencies…"
 * (WCXB dev 3036), arXiv's "Title:AlignMerge - …" (0380). Evidence: fixtures/article/title-label.
 */
const HEADLINE_LABEL = /^(?:blog|title)\s?:\s*/i;

/**
 * The address of the story's source after the headline, and a comment count after it, as
 * aggregators print them inside the <h1> ("… No Longer Guarantee Jobs (latimes.com) 87",
 * Slashdot, WCXB dev 0396). Evidence: fixtures/article/title-source-credit.
 */
const SOURCE_CREDIT = /\s+\((?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\)[\s\d]*$/u;

function withoutSourceCredit(h1: string): string {
  const head = h1.replace(SOURCE_CREDIT, '');
  return wordsOf(head).length >= 3 ? head : h1;
}

/**
 * An <h1> without what is not the story's: a label before it, a source credit after it, a
 * pipe-separated tail, or the site's name after a separator. Evidence:
 * fixtures/article/title-pipe, fixtures/article/title-site-suffix.
 */
function ownHeadline(h1: string, siteName: string | null): string {
  const head = beforePipe(withoutSourceCredit(h1.replace(HEADLINE_LABEL, '')));
  const site = clean(siteName);
  if (!site) return head;
  const last = head.split(SEPARATOR_RE).pop() ?? '';
  if (last !== head && wordsOf(last).join(' ') === wordsOf(site).join(' ')) {
    return clean(head.slice(0, head.length - last.length).replace(TRAILING_SEPARATOR_RE, ''));
  }
  return head;
}

/**
 * A headline set in capitals ("WEEKEND<br>CODING<br>AGENT", WCXB dev 0378) is a typographic
 * choice; when a declared title has the same words, its casing is how the site writes the
 * title. Evidence: fixtures/article/title-caps-h1.
 */
/** Word overlap at which a declared title is the capitalised headline in the site's casing. */
const CASED_MIN_OVERLAP = 0.85;

function casedAsDeclared(headline: string, declared: readonly string[]): string {
  if (/\p{Ll}/u.test(headline)) return headline;
  const words = wordsOf(headline).join(' ');
  const cased = declared.filter((t) => /\p{Ll}/u.test(t));
  // The same words first; else a title that differs by a word or so ("BEST DRIP COFFEE MAKER
  // IN 2026: …" and "Best Drip Coffee Maker 2026: …", WCXB dev 4475): capitals lose which
  // words are names, so the site's own casing is the better text to show.
  return cased.find((t) => wordsOf(t).join(' ') === words) ?? cased.find((t) => overlap(t, headline) >= CASED_MIN_OVERLAP) ?? headline;
}

/** A question mark inside a headline, before more of it: where a page's encoding lost a character. */
const LOST_CHARACTER = /\?(?=\s*\S)/;

/**
 * A headline whose page lost characters to question marks ("Event Planning? Beginner? Guide",
 * WCXB dev 0048) reads as a declared title that has other characters in their places (": ",
 * "'s"): that title is the headline as written. Evidence: fixtures/article/title-lost-characters.
 */
function restoredAsDeclared(headline: string, declared: readonly string[]): string {
  if (!LOST_CHARACTER.test(headline)) return headline;
  const pattern = headline
    .split(LOST_CHARACTER)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^\\s?]{1,2}');
  const same = new RegExp(`^${pattern}$`, 'iu');
  return declared.find((t) => !t.includes('?') && same.test(t)) ?? headline;
}

/**
 * A heading with a link to itself ("<h1 id=but-what-they-love><a href=#but-what-they-love>"):
 * a section of the text, as Markdown renders them, not the page's headline, which it does not
 * need to link to (the Rust blog's post titles are <h2>s, its sections <h1>s and <h2>s; WCXB dev
 * 0379). Evidence: fixtures/article/title-section-h1.
 */
function linksToItself(h: Element): boolean {
  const id = h.getAttribute('id');
  if (!id) return false;
  for (const a of elementsByTag(h, 'a')) if (a.getAttribute('href') === `#${id}`) return true;
  return false;
}

/** A declared title this long may have been cut by its CMS (Yoast cuts JSON-LD headlines at 110 characters). */
const CUT_TITLE_MIN_CHARS = 100;

/**
 * The declared title whole: when the first is long enough to have been cut and another
 * declared title goes on from its words ("… Find Solutions (Including" in JSON-LD, "… Find
 * Solutions (Including One Universal Trick That 9/10 Works)" in <title>; WCXB dev 0121), the
 * longer one. A short headline is left alone: "Best Travel Insurance for Seniors" is no cut
 * "… for Seniors in 2025". Evidence: fixtures/article/title-cut-headline.
 */
function uncut(first: string, titles: readonly string[]): string {
  if (first.length < CUT_TITLE_MIN_CHARS) return first;
  const head = wordsOf(first);
  const last = head.length - 1;
  const goesOn = (t: string): boolean => {
    const words = wordsOf(t);
    // The cut may fall inside the last word.
    return words.length > head.length && head.every((w, i) => (i === last ? words[i]!.startsWith(w) : words[i] === w));
  };
  return titles.find(goesOn) ?? first;
}

/** Longer than any headline that runs to a second sentence ("Why now? The answer is rates"). */
const PARAGRAPH_MIN_CHARS = 120;

/**
 * An <h1> that is a page's pitch, not its headline: long and of two sentences or more ("Learn
 * which home renovations have the best ROI? Get expert tips on … We'll help you learn…",
 * WCXB dev 0227, whose <title> names the story). Evidence: fixtures/article/title-pitch-h1.
 */
function readsAsParagraph(h1: string): boolean {
  return h1.length >= PARAGRAPH_MIN_CHARS && /[.?!]\s+\p{Lu}/u.test(h1);
}

/** The title, and the <h1> it was read from (null for a declared title). */
export interface ChosenTitle {
  text: string;
  element: Element | null;
}

/**
 * Picks the article's title: the visible <h1> when it is the story's, else the declared title
 * (`declared`, best first) without the site name.
 */
export function chooseTitle(doc: Document, declared: readonly (string | null | undefined)[], siteName: string | null): ChosenTitle {
  const raw = declared.map(clean).filter(Boolean);
  const titles = raw.map((t) => stripSiteName(t, siteName));
  const h1s: string[] = [];
  const elements = new Map<string, Element>();
  const sectionHeadings = new Set<string>();
  const list = elementsByTag(doc, 'h1');
  for (let i = 0; i < list.length && i < 10; i++) {
    const h = list[i]!;
    if (h.closest(CHROME_ANCESTORS) || h.closest('[hidden], [aria-hidden="true"]')) continue;
    const text = headlineText(h);
    if (text.length < 3 || text.length > 300 || isSiteNamePart(text, raw, siteName)) continue;
    // A logo <h1> that is the site's name or address ("davidbau.com"; WCXB dev 0452).
    // Evidence: fixtures/article/title-site-name-h1.
    if (siteName && wordsOf(text).join(' ') === wordsOf(clean(siteName)).join(' ')) continue;
    h1s.push(text);
    if (!elements.has(text)) elements.set(text, h);
    if (linksToItself(h)) sectionHeadings.add(text);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const h of h1s) {
    const score = Math.max(0, ...titles.map((t) => overlap(h, t)));
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  if (best && bestScore >= 0.5) return { text: restoredAsDeclared(casedAsDeclared(ownHeadline(best, siteName), titles), titles), element: elements.get(best)! };
  // One long <h1> is the headline even when <title> was written for search engines.
  const distinct = [...new Set(h1s)].filter((h) => !sectionHeadings.has(h));
  // Not one that ends on a colon: that introduces something ("A message from John Furrier,
  // co-founder of SiliconANGLE:", a promo box's <h1> on WCXB dev 0462), a headline does not.
  if (distinct.length === 1 && wordsOf(distinct[0]!).length >= 4 && !distinct[0]!.endsWith(':') && !readsAsParagraph(distinct[0]!) && !(siteName && overlap(distinct[0]!, siteName) >= 0.5)) {
    return { text: ownHeadline(distinct[0]!, siteName), element: elements.get(distinct[0]!)! };
  }
  const first = titles[0];
  if (first) return { text: uncut(first, titles), element: null };
  return { text: distinct[0] ?? '', element: distinct[0] ? elements.get(distinct[0])! : null };
}
