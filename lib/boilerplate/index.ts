import { isDateline } from '../article/dateline';
import type { PageView } from '../dom/page-view';
import { structuralSelector } from '../dom/selector';
import type { BoilerplateBlock } from '../report';
import { findCandidates } from './candidates';
import { classifyKind } from './kinds';
import { judgeStale } from './stale';
import { findTimeRefs } from './time-refs';

export interface BoilerplateOptions {
  view: PageView;
  now: Date;
  /** The article's publication date, to resolve undated "ends Sunday" style promos. */
  published?: Date | null;
  title?: string;
}

/** Link strips with this share of linked text are navigation-like even without a name. */
const LINK_STRIP_DENSITY = 0.7;

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
  for (const c of findCandidates(doc, bodyElements, { view: opts.view, title: opts.title })) {
    const verdict = classifyKind({
      tag: c.element.localName,
      role: c.element.getAttribute('role'),
      nameWords: c.nameWords,
      text: c.text.toLowerCase(),
      linkDensity: c.linkDensity,
      fixed: c.fixed,
    });
    // Inside the story's own container only clearly named widgets count; the rest is the
    // story's furniture (datelines, captions) that a reader expects to see.
    if (c.insideArticle && verdict.kind === 'other') continue;
    if (isDateline(c.text)) continue;
    const reasons = [...verdict.reasons];
    if (c.fixed) reasons.push('fixed over the page');
    if (c.linkDensity >= LINK_STRIP_DENSITY) reasons.push('strip of links');
    if (!reasons.length) reasons.push('outside the article');
    const timeRefs = findTimeRefs(c.text, { now: opts.now, published: opts.published ?? null });
    blocks.push({
      id: `b${blocks.length + 1}`,
      kind: verdict.kind,
      text: c.text.length > 2000 ? `${c.text.slice(0, 2000)}…` : c.text,
      reasons,
      timeRefs,
      stale: judgeStale(c.text, timeRefs, {
        now: opts.now,
        kind: verdict.kind,
        published: opts.published ?? null,
      }),
      locator: { selector: structuralSelector(c.element), textStart: c.plainStart },
    });
  }
  return blocks;
}
