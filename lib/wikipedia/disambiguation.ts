import type { EntityType } from '../report';
import { attributes, htmlText } from './html';
import type { WikiChoice } from './result';
import { normalizeTitle } from './title';

/**
 * Choices of a disambiguation page, read from REST `page/html/{title}` (Parsoid HTML).
 *
 * The summary endpoint says `type: "disambiguation"` but gives no links. Parsoid HTML marks
 * every internal link `rel="mw:WikiLink"` with `href="./Target"` and `title="Target"`, and
 * disambiguation entries are list items that open with their link
 * (https://en.wikipedia.org/wiki/MOS:DABENTRY): "<li><a …>Daum (web portal)</a>, a South
 * Korean web portal</li>". Links to other namespaces (Help:, Special:…) and red links
 * (`class="new"`, pages that do not exist) are not choices.
 *
 * The scanner walks the string with indexOf and uses only negated-class patterns on bounded
 * slices, so hostile or huge HTML costs linear time.
 */

/** Enough for any real disambiguation page; anything past this is ignored. */
const MAX_HTML_CHARS = 600_000;
/** A card shows a short list; the full page is one link away. */
export const MAX_CHOICES = 20;
/** Text before an entry's link longer than this means the link is not the entry's subject. */
const MAX_LEAD_IN = 30;
const MAX_DESCRIPTION = 160;

/** Namespaces that are never articles (canonical English names and common aliases). */
const NON_ARTICLE = /^(?:special|help|wikipedia|wp|project|category|file|image|media|template|portal|draft|module|mediawiki|user|talk|[a-z ]+ talk|wiktionary|wikt|commons|wikidata|d|meta|m|w|s|q|n|b|v|voy|c):/i;

const STOPS = ['</li', '<li', '<ul', '<ol', '<dl'] as const;

/**
 * Where each list item's own text ends: its end tag, a nested list or the next item. The next
 * position of every stop is remembered and only searched again once passed, so the whole walk
 * stays linear even when a stop never occurs (a fresh indexOf per item would be quadratic).
 */
function itemEnds(html: string): (from: number) => number {
  const next = STOPS.map(() => -1);
  return (from) => {
    let end = html.length;
    STOPS.forEach((stop, i) => {
      if (next[i]! !== Infinity && next[i]! < from) {
        const at = html.indexOf(stop, from);
        next[i] = at < 0 ? Infinity : at;
      }
      end = Math.min(end, next[i]!);
    });
    return end;
  };
}

/** The target of a Parsoid link from `href="./Target_(x)#Section"` when it has no title. */
function titleFromHref(href: string): string | null {
  if (!href.startsWith('./')) return null;
  const path = href.slice(2).split(/[?#]/, 1)[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * The choices listed on a disambiguation page's Parsoid HTML: entries whose first link is to
 * an existing article, in page order, without duplicates or the page itself.
 */
export function parseDisambiguationHtml(html: string, pageTitle: string, max = MAX_CHOICES): WikiChoice[] {
  const source = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  const choices: WikiChoice[] = [];
  const seen = new Set<string>([normalizeTitle(pageTitle)]);
  const itemEnd = itemEnds(source);
  let at = 0;
  while (choices.length < max) {
    const li = source.indexOf('<li', at);
    if (li < 0) break;
    const open = source.indexOf('>', li);
    if (open < 0) break;
    at = open + 1;
    const next = source[li + 3];
    if (next !== '>' && next !== ' ' && next !== '\n' && next !== '\t') continue; // <link>, <listing>
    const body = source.slice(open + 1, itemEnd(open + 1));
    const choice = entryOf(body);
    if (!choice) continue;
    const key = normalizeTitle(choice.title);
    if (seen.has(key)) continue;
    seen.add(key);
    choices.push(choice);
  }
  return choices;
}

/** One list item's text as a choice, or null when it does not open with an article link. */
function entryOf(body: string): WikiChoice | null {
  const a = body.search(/<a\s/);
  if (a < 0) return null;
  if (htmlText(body.slice(0, a)).length > MAX_LEAD_IN) return null;
  const tagEnd = body.indexOf('>', a);
  const close = body.indexOf('</a>', tagEnd);
  if (tagEnd < 0 || close < 0) return null;
  const attrs = attributes(body.slice(a, tagEnd + 1));
  const rel = (attrs.rel ?? '').split(/\s+/);
  if (!rel.includes('mw:WikiLink')) return null;
  const href = attrs.href ?? '';
  if (/(?:^|\s)new(?:\s|$)/.test(attrs.class ?? '') || href.includes('redlink=1')) return null;
  const raw = attrs.title ?? titleFromHref(href);
  if (!raw) return null;
  const title = normalizeTitle(raw);
  if (!title || NON_ARTICLE.test(title)) return null;
  const choice: WikiChoice = { title };
  let description = htmlText(body.slice(close + 4)).replace(/^[\s,;:–—-]+/, '');
  if (description.length > MAX_DESCRIPTION) {
    const cut = description.lastIndexOf(' ', MAX_DESCRIPTION - 1);
    description = `${description.slice(0, cut > 0 ? cut : MAX_DESCRIPTION - 1)}…`;
  }
  if (description) choice.description = description;
  return choice;
}

/**
 * Words that mark an entry as the kind of thing an entity type is. Each group exists because
 * disambiguation glosses name the kind ("a South Korean web portal", "(businessman)"); the
 * tests check one real-shaped gloss per type.
 */
export const TYPE_HINTS: Partial<Record<EntityType, RegExp>> = {
  person: /\b(?:born|died|\d{4}\s*[–-]\s*\d{4}|politician|businessman|businesswoman|business executive|executive|entrepreneur|actor|actress|singer|musician|writer|author|journalist|footballer|player|athlete|lawyer|judge|scientist|artist|director)\b/i,
  organization: /\b(?:company|corporation|conglomerate|firm|business|organi[sz]ation|agency|ministry|department|police|party|group|association|university|school|bank|newspaper|broadcaster|band|club|team|portal|website)\b/i,
  place: /\b(?:city|town|village|country|province|county|district|region|state|island|river|mountain|peninsula|capital|municipality|neighbou?rhood)\b/i,
  product: /\b(?:software|app|application|service|messenger|messaging|video game|game|phone|smartphone|device|car|vehicle|brand|product|platform)\b/i,
  law: /\b(?:act|law|statute|legislation|treaty|code|bill|constitution|directive|regulation|ordinance)\b/i,
};

/**
 * Choices whose gloss or title fits `type` first, each marked `likely`; the rest keep their
 * page order after them. Nothing is dropped and nothing is picked: the reader chooses.
 */
export function rankChoices(choices: readonly WikiChoice[], type: EntityType | undefined): WikiChoice[] {
  const hint = type ? TYPE_HINTS[type] : undefined;
  if (!hint) return [...choices];
  const likely: WikiChoice[] = [];
  const rest: WikiChoice[] = [];
  for (const choice of choices) {
    if (hint.test(`${choice.title} ${choice.description ?? ''}`)) likely.push({ ...choice, likely: true });
    else rest.push(choice);
  }
  return [...likely, ...rest];
}

