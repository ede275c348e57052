import { isDateline } from '../article/dateline';
import type { PageView } from '../dom/page-view';
import { structuralSelector } from '../dom/selector';
import type { BoilerplateBlock } from '../report';
import { findCandidates, TEXT_LIMIT, type Candidate } from './candidates';
import { judgeStale } from './stale';
import { findTimeRefs } from './time-refs';

export { TEXT_LIMIT } from './candidates';

export interface BoilerplateOptions {
  view: PageView;
  now: Date;
  /** The article's publication date, to resolve undated "ends Sunday" style promos. */
  published?: Date | null;
  title?: string;
}

/** Two cue phrases in a short paragraph ("Try it for free. No card required.") name a widget. */
const PROSE_PHRASE_SCORE = 3;

/**
 * Whether a candidate is flagged. Everything outside the body is a candidate, but the body is
 * Readability's guess: a paragraph it left out is still the story. So a candidate needs some
 * evidence of being page furniture, and prose needs more of it than a menu does.
 */
function isFlagged(c: Candidate): boolean {
  const v = c.verdict;
  if (isDateline(c.text)) return false;
  // Inside the story's own container only widgets with a kind count; the rest is the story's
  // furniture (captions, pull quotes) that a reader expects to see.
  if ((c.withinStory || c.insideArticle) && v.kind === 'other' && !c.structure.length) return false;
  // A heading with no kind ("Which type of meditation is right for you?") is the story's, left
  // out of the body; widget titles say what they are ("Related Posts").
  if (c.heading && v.kind === 'other' && !c.structure.length) return false;
  // In the story's flow and head, and anywhere around a guessed body, a block needs evidence of
  // its own: the story's subtitle can sit in a class named after an ad slot, and a paragraph
  // the article stage missed can say "contact us".
  const strong = v.named || v.titled || v.shaped || v.inherited || c.structure.length > 0 || v.phraseScore >= PROSE_PHRASE_SCORE;
  if ((c.withinStory || c.inStoryHead || c.guessedBody) && !strong) return false;
  if (!c.prose) return true;
  // Prose needs more: a paragraph that mentions "a great deal" or "Facebook" in passing is one
  // the article stage missed. A piece cut from a unit with a kind was flagged with that unit.
  return v.named || v.titled || v.inherited || c.structure.length > 0 || v.phraseScore >= PROSE_PHRASE_SCORE;
}

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
    if (!isFlagged(c)) continue;
    const kind = c.verdict.kind;
    const reasons = [...c.verdict.reasons, ...c.structure];
    if (!reasons.length) reasons.push('outside the article');
    // Blocks keep their text up to TEXT_LIMIT, so that time references and the popup see what
    // the reader sees; references are found in that same text, so their offsets index it.
    const text = c.text.length > TEXT_LIMIT ? `${c.text.slice(0, TEXT_LIMIT)}…` : c.text;
    const timeRefs = findTimeRefs(text, { now: opts.now, published: opts.published ?? null });
    blocks.push({
      id: `b${blocks.length + 1}`,
      kind,
      text,
      reasons,
      timeRefs,
      stale: judgeStale(text, timeRefs, { now: opts.now, kind, published: opts.published ?? null }),
      locator: { selector: structuralSelector(c.element), textStart: c.plainStart },
    });
  }
  return blocks;
}
