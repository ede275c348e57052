/**
 * Reads the table of real stale promos in ../shared/corpora/boilerplate/stale-promos.md, so the
 * benchmark checks the file's own rows rather than a copy of them.
 */

export interface StalePromo {
  /** Row number in the table ("9"). */
  row: string;
  /** WCXB file id ("4563"). */
  id: string;
  site: string;
  /** The banner text as quoted in the table. */
  quote: string;
  /** Pieces of the quote that must all sit in one flagged block (the quote cut at "…" and " · "). */
  fragments: string[];
  why: string;
}

/** Fragments shorter than this ("HOT") are labels that also appear all over the page. */
const MIN_FRAGMENT = 6;

/** The dev-split rows of the main table. */
export function parseStalePromos(markdown: string): StalePromo[] {
  const out: StalePromo[] = [];
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').map((c) => c.trim());
    // | # | Split | File | Page type / published | Banner text | Why |
    const [, row = '', split = '', file = '', , banner = '', why = ''] = cells;
    if (split !== 'dev' || !/^\d+$/.test(row)) continue;
    const fileMatch = /(\d{4})\.html\.gz\s*\(([^)]*)\)/.exec(file);
    const quoteMatch = /"([^"]+)"/.exec(banner);
    if (!fileMatch || !quoteMatch) continue;
    const quote = quoteMatch[1]!;
    const fragments = quote
      .split(/…| · /)
      .map((f) => f.trim())
      .filter((f) => f.length >= MIN_FRAGMENT);
    out.push({ row, id: fileMatch[1]!, site: fileMatch[2]!, quote, fragments, why });
  }
  return out;
}
