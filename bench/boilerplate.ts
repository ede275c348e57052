/**
 * `npm run bench:boilerplate`: how well Lede finds, names and dates the boilerplate of real
 * pages. It runs the pipeline's first two stages exactly as lib/annotate.ts does
 * (extractArticle, then detectBoilerplate with the article's title and published date) on:
 *
 *   - the 160 pages of ../shared/corpora/boilerplate/dev.jsonl, whose 624 WCXB `without[]`
 *     snippets carry a boilerplate kind, a time-bound flag and a stale verdict for 2026-11-28;
 *   - the stale promos of ../shared/corpora/boilerplate/stale-promos.md whose pages are in
 *     ../shared/corpora/wcxb-dev (11 rows);
 *   - the `with[]` (must-keep article) snippets of every wcxb-dev page, to count article text
 *     that hiding the flagged blocks would hide: a snippet counts when it sits in a flagged
 *     block and no copy of it stays visible once every flagged block is hidden (a table of
 *     contents repeats the headings of the story it lists; hiding it hides no article text).
 *
 * How a snippet is matched to a block is in bench/boilerplate-match.ts. Per snippet:
 *   inside       its reduced text occurs in some flagged block's reduced text;
 *   kind         right when any block that holds it has the labeled kind (a snippet such as
 *                "Privacy Policy" can sit in two blocks and the label names only one);
 *   time-bound   recognised when a time reference of a holding block overlaps the snippet's
 *                items (the " · "-separated items it touches), or the items carry one of the
 *                undated time cues of lib/boilerplate/stale.ts (TIME_BOUND_CUES); a snippet
 *                outside every block is not recognised;
 *   stale        "in a stale block" when a holding block has a stale verdict; "item stale"
 *                when, in addition, the reference that verdict cites overlaps the snippet's items.
 * A stale promo of stale-promos.md is found when one flagged block holds all its quoted
 * fragments, and judged when that block is stale; its evidence is printed for reading.
 *
 *   npm run bench:boilerplate [-- --with all|labeled|none] [--errors 20] [--only 0017,0080]
 *
 * `--with labeled` measures article text only on the labeled and promo pages (fast, for
 * iterating); the default `all` reads all 711 pages (a few minutes on one core).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { CORPORA_DIR, loadDocument } from '../fixtures/load';
import { extractArticle } from '../lib/article';
import { detectBoilerplate } from '../lib/boilerplate';
import { isTimeBound } from '../lib/boilerplate/stale';
import { staticPageView } from '../lib/dom/page-view';
import { visibleText } from '../lib/dom/selector';
import type { BoilerplateBlock, BoilerplateKind } from '../lib/report';
import { findReduced, itemSpan, reduce, reduced, type Reduced } from './boilerplate-match';
import { parseStalePromos, type StalePromo } from './boilerplate-promos';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: CORPORA_DIR },
    now: { type: 'string', default: '2026-11-28T12:00:00Z' },
    with: { type: 'string', default: 'all' },
    errors: { type: 'string', default: '0' },
    only: { type: 'string' },
  },
});
const now = new Date(values.now);
const showErrors = Number(values.errors) || 0;
const wcxb = join(values.corpus, 'wcxb-dev');
const labelsPath = join(values.corpus, 'boilerplate', 'dev.jsonl');
const promosPath = join(values.corpus, 'boilerplate', 'stale-promos.md');
for (const p of [wcxb, labelsPath, promosPath]) {
  if (!existsSync(p)) {
    console.error(`bench:boilerplate: missing ${p}`);
    process.exit(2);
  }
}

interface Label {
  file: string;
  url: string;
  publish_date: string | null;
  snippet: string;
  index: number;
  kind: BoilerplateKind;
  time_bound: boolean;
  stale_as_of_2026_11_28: boolean | null;
  evidence: string | null;
}

interface GroundTruth {
  url: string;
  ground_truth: { with?: string[]; without?: string[] };
}

const labels = readFileSync(labelsPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Label);
const idOf = (file: string): string => /(\d{4})\.json$/.exec(file)?.[1] ?? file;
const labelsByPage = new Map<string, Label[]>();
for (const l of labels) {
  const id = idOf(l.file);
  labelsByPage.set(id, [...(labelsByPage.get(id) ?? []), l]);
}
const promos = parseStalePromos(readFileSync(promosPath, 'utf8')).filter((p) =>
  existsSync(join(wcxb, 'html', `${p.id}.html.gz`)),
);

const allIds = readdirSync(join(wcxb, 'html'))
  .map((f) => /^(\d{4})\.html\.gz$/.exec(f)?.[1])
  .filter((x): x is string => Boolean(x))
  .sort();
const focus = new Set([...labelsByPage.keys(), ...promos.map((p) => p.id)]);
let ids = values.with === 'all' ? allIds : allIds.filter((id) => focus.has(id));
if (values.only) {
  const only = new Set(values.only.split(','));
  ids = ids.filter((id) => only.has(id));
}
const measureWith = values.with !== 'none';

// ---------------------------------------------------------------------------------------
// Per-snippet results

interface Held {
  block: BoilerplateBlock;
  /** Offsets of the snippet's items in block.text. */
  items: { start: number; end: number };
}

interface SnippetResult {
  label: Label;
  /** False when the snippet is not in the page's visible text (alt text, hidden markup, no article). */
  reachable: boolean;
  held: Held[];
  predictedKind: BoilerplateKind | null;
  timeBound: boolean;
  inStaleBlock: Held | null;
  itemStale: Held | null;
}

interface PageBlocks {
  blocks: BoilerplateBlock[];
  reducedTexts: Reduced[];
}

function holders(page: PageBlocks, snippet: string): Held[] {
  const needle = reduced(snippet);
  const out: Held[] = [];
  page.blocks.forEach((block, i) => {
    const at = findReduced(page.reducedTexts[i]!, needle);
    if (at) out.push({ block, items: itemSpan(block.text, at.start, at.end) });
  });
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** The reference a stale verdict cites: the one that ends on its reference date. */
function staleRefOverlaps(h: Held): boolean {
  const date = h.block.stale?.referenceDate;
  return h.block.timeRefs.some((r) => r.to === date && overlaps(r, h.items));
}

function judgeSnippet(label: Label, page: PageBlocks, pageText: Reduced | null): SnippetResult {
  const held = holders(page, label.snippet);
  const right = held.find((h) => h.block.kind === label.kind);
  const timeBound = held.some((h) =>
    isTimeBound(
      h.block.text.slice(h.items.start, h.items.end),
      h.block.timeRefs.filter((r) => overlaps(r, h.items)),
    ),
  );
  return {
    label,
    reachable: held.length > 0 || (pageText !== null && findReduced(pageText, reduced(label.snippet)) !== null),
    held,
    predictedKind: (right ?? held[0])?.block.kind ?? null,
    timeBound,
    inStaleBlock: held.find((h) => h.block.stale) ?? null,
    itemStale: held.find((h) => h.block.stale && staleRefOverlaps(h)) ?? null,
  };
}

/** The visible text of the page with the flagged blocks left out, as if the reader hid them all. */
function textOutside(doc: Document, blocks: readonly BoilerplateBlock[]): string {
  const hidden = new Set<Element>();
  for (const b of blocks) {
    const el = doc.querySelector(b.locator.selector);
    if (el) hidden.add(el);
  }
  return doc.body ? visibleTextOf(doc.body, hidden) : '';
}

/** Text of the visible elements only (staticPageView), items joined. */
function visibleTextOf(root: Element, skip: ReadonlySet<Element> = new Set()): string {
  const parts: string[] = [];
  const walk = (el: Element): void => {
    if (skip.has(el) || !staticPageView.isVisible(el) || /^(script|style|noscript|template)$/.test(el.localName)) return;
    if (!el.children.length) {
      parts.push(visibleText(el, { items: true }));
      return;
    }
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
      else if (node.nodeType === 1) walk(node as Element);
    }
  };
  walk(root);
  return parts.join(' · ');
}

// ---------------------------------------------------------------------------------------
// Run

interface PromoResult {
  promo: StalePromo;
  block: BoilerplateBlock | null;
  /** Fragments found in the best block, of all. */
  found: number;
}

const snippetResults: SnippetResult[] = [];
const promoResults: PromoResult[] = [];
const falseFlags: { id: string; snippet: string; block: BoilerplateBlock }[] = [];
let withTotal = 0;
/** with[] snippets with a copy in some flagged block, whether or not the story's own copy stays visible. */
let withInAnyBlock = 0;
let withPages = 0;
const notArticle: { id: string; reason: string }[] = [];
const articleMs: number[] = [];
const boilerplateMs: number[] = [];
let cappedBlocks = 0;
let blockCount = 0;
const started = performance.now();

for (const [n, id] of ids.entries()) {
  const gt = JSON.parse(readFileSync(join(wcxb, 'ground-truth', `${id}.json`), 'utf8')) as GroundTruth;
  const html = gunzipSync(readFileSync(join(wcxb, 'html', `${id}.html.gz`))).toString('utf8');
  const url = gt.url || `https://example.com/${id}`;
  const doc = loadDocument(html, url);
  let blocks: BoilerplateBlock[] = [];
  // The text a reader can see, to tell a missed snippet from one that is not on the page at all.
  let pageText: Reduced | null = null;
  /** The page's visible text once every flagged block is hidden, computed when needed. */
  let unflaggedText: Reduced | null = null;
  try {
    const t0 = performance.now();
    const result = extractArticle(doc, { url, now });
    const t1 = performance.now();
    if (result.ok) {
      const { article, bodyElements } = result.value;
      const published = article.publishedTime ? new Date(Date.parse(article.publishedTime)) : null;
      blocks = detectBoilerplate(doc, bodyElements, { view: staticPageView, now, published, title: article.title });
      articleMs.push(t1 - t0);
      boilerplateMs.push(performance.now() - t1);
      if (labelsByPage.has(id) && doc.body) pageText = reduce(visibleTextOf(doc.body));
    } else {
      notArticle.push({ id, reason: result.reason });
    }
  } catch (error) {
    notArticle.push({ id, reason: `error: ${error instanceof Error ? error.message : String(error)}` });
  }

  blockCount += blocks.length;
  cappedBlocks += blocks.filter((b) => b.text.endsWith('…') && b.text.length > 1900).length;
  const page: PageBlocks = { blocks, reducedTexts: blocks.map((b) => reduce(b.text)) };
  for (const label of labelsByPage.get(id) ?? []) snippetResults.push(judgeSnippet(label, page, pageText));
  for (const promo of promos.filter((p) => p.id === id)) {
    let best: PromoResult = { promo, block: null, found: 0 };
    for (const [i, block] of blocks.entries()) {
      const found = promo.fragments.filter((f) => findReduced(page.reducedTexts[i]!, reduced(f))).length;
      if (found > best.found || (found === best.found && found > 0 && block.stale && !best.block?.stale)) {
        best = { promo, block, found };
      }
    }
    promoResults.push(best);
  }
  if (measureWith && blocks.length) {
    withPages++;
    for (const snippet of gt.ground_truth.with ?? []) {
      withTotal++;
      const held = holders(page, snippet);
      if (held[0]) withInAnyBlock++;
      if (held[0] && !(unflaggedText ??= reduce(textOutside(doc, blocks))).text.includes(reduced(snippet))) {
        falseFlags.push({ id, snippet, block: held[0].block });
      }
    }
  }
  doc.defaultView?.close();
  // jsdom frees a closed window only once the event loop turns; without this the heap runs out.
  await new Promise((resolve) => setImmediate(resolve));
  if ((n + 1) % 50 === 0) process.stderr.write(`  ${n + 1}/${ids.length} pages\r`);
}
process.stderr.write(' '.repeat(30) + '\r');

// ---------------------------------------------------------------------------------------
// Report

const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  n/a');
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

const inside = snippetResults.filter((r) => r.held.length);
const reachable = snippetResults.filter((r) => r.reachable);
const kindRight = inside.filter((r) => r.predictedKind === r.label.kind);
const tbGold = snippetResults.filter((r) => r.label.time_bound);
const tbPred = snippetResults.filter((r) => r.timeBound);
const tbBoth = tbPred.filter((r) => r.label.time_bound);
const notStale = snippetResults.filter((r) => r.label.stale_as_of_2026_11_28 === false || (!r.label.time_bound && r.label.stale_as_of_2026_11_28 !== true));
const notStaleItem = notStale.filter((r) => r.itemStale);
const notStaleBlock = notStale.filter((r) => r.inStaleBlock);
const copyrightLines = snippetResults.filter((r) => /copyright/i.test(r.label.evidence ?? ''));
const goldStale = snippetResults.filter((r) => r.label.stale_as_of_2026_11_28 === true);
const promosJudged = promoResults.filter((p) => p.block?.stale && p.found === p.promo.fragments.length);
const labeledPages = new Set(snippetResults.map((r) => idOf(r.label.file)));

console.log(`Lede boilerplate on ${labelsPath} (now = ${now.toISOString().slice(0, 10)})`);
console.log(
  `${labeledPages.size} labeled pages, ${snippetResults.length} snippets; ` +
    `${notArticle.filter((x) => labeledPages.has(x.id)).length} labeled pages not read as articles; ` +
    `${ids.length} pages run in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
);
const rows: [string, string, string][] = [
  ['labeled boilerplate snippets inside a flagged block', `${pct(inside.length, snippetResults.length)} (${inside.length}/${snippetResults.length})`, '≥ 0.90'],
  ['  … of those a reader can see on an article page', `${pct(inside.length, reachable.length)} (${inside.length}/${reachable.length})`, ''],
  ['kind accuracy on those', `${pct(kindRight.length, inside.length)} (${kindRight.length}/${inside.length})`, '≥ 0.85'],
  ['time-bound snippets: precision / recall', `${pct(tbBoth.length, tbPred.length)} / ${pct(tbBoth.length, tbGold.length)} (${tbBoth.length}/${tbPred.length}, ${tbBoth.length}/${tbGold.length})`, '≥ 0.90 / 0.85'],
  ['stale promos of stale-promos.md judged stale', `${promosJudged.length} of ${promoResults.length}`, '≥ 10 of 11'],
  ['snippets labeled not stale, item judged stale', `${notStaleItem.length} of ${notStale.length}`, '0'],
  ['  … inside a block judged stale (any item)', `${notStaleBlock.length} of ${notStale.length}`, ''],
  ['  … copyright lines among them', `${copyrightLines.filter((r) => r.inStaleBlock).length} of ${copyrightLines.length}`, '0'],
  ['snippets labeled stale, judged stale (item)', `${goldStale.filter((r) => r.itemStale).length} of ${goldStale.length}`, ''],
  [
    'article paragraphs (with[]) inside a flagged block',
    measureWith ? `${((100 * falseFlags.length) / Math.max(1, withTotal)).toFixed(2)}% (${falseFlags.length}/${withTotal}, ${withPages} pages)` : 'not measured',
    '≤ 0.5%',
  ],
  [
    '  … counting copies in a flagged block too (a TOC)',
    measureWith ? `${((100 * withInAnyBlock) / Math.max(1, withTotal)).toFixed(2)}% (${withInAnyBlock}/${withTotal})` : 'not measured',
    '',
  ],
];
for (const [name, value, target] of rows) console.log(`${name.padEnd(52)}${value.padEnd(34)}${target}`);

// Confusion matrix: labeled kind (rows) × predicted kind of the holding block (columns).
const KINDS: BoilerplateKind[] = [
  'nav', 'trending', 'promo', 'newsletter', 'notification-prompt', 'subscription', 'cookie-consent',
  'social', 'related', 'ad', 'footer', 'author-bio', 'comments', 'other',
];
const SHORT: Record<BoilerplateKind, string> = {
  nav: 'nav', trending: 'trnd', promo: 'prom', newsletter: 'news', 'notification-prompt': 'noti',
  subscription: 'subs', 'cookie-consent': 'cook', social: 'soc', related: 'rel', ad: 'ad',
  footer: 'foot', 'author-bio': 'auth', comments: 'comm', other: 'oth',
};
console.log('\nconfusion (rows: labeled kind, columns: flagged kind; "miss" = in no flagged block)');
console.log(`${''.padEnd(20)}${KINDS.map((k) => SHORT[k].padStart(5)).join('')} miss    n  inside  kind-acc`);
for (const gold of KINDS) {
  const rowsOf = snippetResults.filter((r) => r.label.kind === gold);
  if (!rowsOf.length) continue;
  const cells = KINDS.map((k) => {
    const c = rowsOf.filter((r) => r.predictedKind === k).length;
    return (c ? String(c) : '.').padStart(5);
  });
  const miss = rowsOf.filter((r) => !r.held.length).length;
  const inRow = rowsOf.length - miss;
  const acc = rowsOf.filter((r) => r.predictedKind === gold).length;
  console.log(`${gold.padEnd(20)}${cells.join('')}${String(miss).padStart(5)}${String(rowsOf.length).padStart(5)}  ${pct(inRow, rowsOf.length)}   ${pct(acc, inRow)}`);
}

console.log('\nstale promos of stale-promos.md (pages in wcxb-dev)');
for (const p of promoResults) {
  const ok = p.block?.stale && p.found === p.promo.fragments.length;
  const where = p.block ? `${p.block.kind}, ${p.found}/${p.promo.fragments.length} fragments` : 'not in a flagged block';
  console.log(`  #${p.promo.row.padEnd(3)}${p.promo.id} ${ok ? 'STALE ' : 'missed'} ${where}: ${p.block?.stale?.evidence ?? '-'}`);
  console.log(`        "${p.promo.quote}"`);
}
console.log('\nsnippets labeled stale');
for (const r of goldStale) {
  console.log(`  ${idOf(r.label.file)} ${r.itemStale ? 'STALE ' : 'missed'} "${r.label.snippet.slice(0, 70)}": ${r.itemStale?.block.stale?.evidence ?? r.inStaleBlock?.block.stale?.evidence ?? '-'}`);
}

const sortedMs = { article: median(articleMs), boilerplate: median(boilerplateMs) };
console.log(
  `\nspeed: boilerplate stage median ${sortedMs.boilerplate.toFixed(1)} ms per page, article stage ${sortedMs.article.toFixed(1)} ms ` +
    `(ratio ${(sortedMs.boilerplate / sortedMs.article).toFixed(3)}); ${blockCount} blocks, ${cappedBlocks} cut at the text cap`,
);

if (showErrors) {
  const show = <T>(title: string, xs: T[], fmt: (x: T) => string): void => {
    console.log(`\n${title} (${xs.length})`);
    for (const x of xs.slice(0, showErrors)) console.log(`  ${fmt(x)}`);
  };
  const q = (s: string, n = 90): string => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);
  show('missed snippets (* = not in the visible text of a page read as an article)', snippetResults.filter((r) => !r.held.length), (r) => `${r.reachable ? ' ' : '*'}${idOf(r.label.file)} ${r.label.kind.padEnd(12)} ${q(r.label.snippet)}`);
  show('wrong kinds', inside.filter((r) => r.predictedKind !== r.label.kind), (r) => {
    const b = r.held[0]!.block;
    return `${idOf(r.label.file)} ${r.label.kind}→${r.predictedKind} ${q(r.label.snippet, 60)} [${b.reasons.join('; ')}] in ${q(b.text, 80)}`;
  });
  show('time-bound missed', tbGold.filter((r) => !r.timeBound), (r) => `${idOf(r.label.file)} ${q(r.label.snippet)} (${r.label.evidence})`);
  show('time-bound false', tbPred.filter((r) => !r.label.time_bound), (r) => {
    const h = r.held.find((x) => x.block.timeRefs.some((t) => overlaps(t, x.items)));
    return `${idOf(r.label.file)} ${q(r.label.snippet)} refs ${h?.block.timeRefs.filter((t) => overlaps(t, h.items)).map((t) => t.text).join(', ')}`;
  });
  show('labeled not stale but in a stale block', notStaleBlock, (r) => `${idOf(r.label.file)} ${q(r.label.snippet, 60)}: ${r.inStaleBlock!.block.stale!.evidence}`);
  show('article paragraphs inside flagged blocks', falseFlags, (f) => `${f.id} ${f.block.kind} [${f.block.reasons.join('; ')}] ${q(f.snippet, 70)}`);
  show('pages not read as articles', notArticle, (x) => `${x.id} ${x.reason}`);
}
