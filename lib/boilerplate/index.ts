/**
 * The boilerplate stage: blocks of a page that are not the article, with a kind, the reasons for
 * it, their time references and a stale verdict.
 *
 *   page + body elements ──► candidates.ts   units around the body, cut into widgets
 *                                 │          (kinds.ts: cue tables → kind + reasons)
 *                                 ▼
 *                            KEEP_RULES      leave the story's own furniture alone
 *                                 │
 *                                 ▼
 *                            time-refs.ts ──► stale.ts   item by item, evidence in words
 *                                 └──► script-window.ts   "ends today!" dated by the window
 *                                                         the page's own script sets
 *
 * No clock, no layout: `now` and the PageView are parameters.
 */
import { isDateline } from '../article/dateline';
import type { PageView } from '../dom/page-view';
import { structuralSelector } from '../dom/selector';
import type { BoilerplateBlock } from '../report';
import { findCandidates, TEXT_LIMIT, type Candidate } from './candidates';
import { readPageScripts, scriptWindowFor, type PageScripts } from './script-window';
import { judgeScriptWindow, judgeStale } from './stale';
import { findTimeRefs } from './time-refs';

export { TEXT_LIMIT } from './candidates';
export { judgeItems, type ItemVerdict } from './stale';

export interface BoilerplateOptions {
  view: PageView;
  now: Date;
  /** The article's publication date, to resolve undated "ends Sunday" style promos. */
  published?: Date | null;
  title?: string;
}

/** Two cue phrases in a short paragraph ("Try it for free. No card required.") name a widget. */
const PROSE_PHRASE_SCORE = 3;

/** Evidence of page furniture beyond a phrase met in passing. */
function strong(c: Candidate): boolean {
  const v = c.verdict;
  return v.named || v.titled || v.shaped || v.inherited || c.structure.length > 0 || v.phraseScore >= PROSE_PHRASE_SCORE;
}

/**
 * When a candidate is not flagged. Everything outside the body is a candidate, but the body is
 * Readability's choice: a paragraph it left out is still the story, and hiding it would hide
 * article text. So a candidate needs evidence of being furniture, the more so near the story.
 * Each rule names the WCXB dev pages that showed it (bench/boilerplate.ts lists them).
 */
export const KEEP_RULES: readonly { id: string; why: string; keep: (c: Candidate) => boolean }[] = [
  {
    id: 'dateline',
    why: 'A date alone is the story\'s dateline (fixtures/pages/reference).',
    keep: (c) => isDateline(c.text),
  },
  {
    id: 'story-furniture',
    why: 'In the article\'s container a block with no kind is the story\'s: a caption, a credit line, a lead-in (WCXB dev 0121, 0275, 4413).',
    keep: (c) => (c.withinStory || c.insideArticle) && c.verdict.kind === 'other' && !c.structure.length,
  },
  {
    id: 'heading',
    why: 'A heading with no kind is one the article stage left out; widget titles say what they are (WCXB dev 4558).',
    keep: (c) => c.heading && c.verdict.kind === 'other' && !c.structure.length,
  },
  {
    id: 'near-story',
    why: 'In the story\'s flow and head, and around a guessed body, a class named like an ad slot or a passing "contact us" is not enough (WCXB dev 4030, 4262).',
    keep: (c) => (c.withinStory || c.inStoryHead || c.guessedBody) && !strong(c),
  },
  {
    id: 'prose',
    why: 'Running prose that mentions "a great deal" or "Facebook" in passing is a paragraph the article stage missed (WCXB dev 0024, 0100, 0399).',
    keep: (c) => c.prose && !strong(c),
  },
];

/**
 * Flags the blocks of a page that are not the article: finds candidates around the body,
 * gives each a kind with its reasons, and judges whether its promotion has gone stale.
 */
export function detectBoilerplate(
  doc: Document,
  bodyElements: readonly Element[],
  opts: BoilerplateOptions,
): BoilerplateBlock[] {
  const blocks: BoilerplateBlock[] = [];
  let scripts: PageScripts | undefined;
  for (const c of findCandidates(doc, bodyElements, { view: opts.view, title: opts.title })) {
    if (KEEP_RULES.some((rule) => rule.keep(c))) continue;
    const kind = c.verdict.kind;
    const reasons = [...c.verdict.reasons, ...c.structure];
    if (!reasons.length) reasons.push('outside the article');
    // Blocks keep their text up to TEXT_LIMIT, so that time references and the popup see what
    // the reader sees; references are found in that same text, so their offsets index it.
    const text = c.text.length > TEXT_LIMIT ? `${c.text.slice(0, TEXT_LIMIT)}…` : c.text;
    const timeRefs = findTimeRefs(text, { now: opts.now, published: opts.published ?? null });
    const staleOpts = { now: opts.now, kind, published: opts.published ?? null };
    let stale = judgeStale(text, timeRefs, staleOpts);
    if (!stale && timeRefs.every((r) => r.kind === 'deadline')) {
      // Relative words ("ends today!") can still be dated by the window the page's script sets.
      scripts ??= readPageScripts(doc);
      const window = scriptWindowFor(c.element, scripts, opts.now);
      if (window) stale = judgeScriptWindow(text, window, staleOpts);
    }
    blocks.push({
      id: `b${blocks.length + 1}`,
      kind,
      text,
      reasons,
      timeRefs,
      stale,
      locator: { selector: structuralSelector(c.element), textStart: c.plainStart },
    });
  }
  return blocks;
}
