/**
 * The Report: one JSON document per page, shared by the extension, the CLI and the tests.
 * Every stage of lib/annotate.ts fills part of it. Bump SCHEMA_VERSION on any breaking change
 * and document the change in the README's "Report format" section.
 */
export const SCHEMA_VERSION = 1 as const;

/**
 * A span of `article.text` (or of `article.title` when `in` is 'title'), anchored the way
 * hypothesis anchors annotations: the exact quote with some context, plus offsets as a hint.
 * Offsets are JavaScript string indices (UTF-16 code units), `end` exclusive.
 */
export interface TextQuote {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** Which text a quote indexes: the headline or the body. */
export type TextSource = 'title' | 'body';

export interface ArticleBlock {
  /** Offsets of this paragraph in `article.text`. */
  start: number;
  end: number;
  /** Lower-case tag name of the DOM block it came from (p, h2, li, blockquote…). */
  tag: string;
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** ISO 8601, with the page's UTC offset when it gives one. */
  publishedTime: string | null;
  modifiedTime: string | null;
  /** Whole days from publishedTime to `now`; null without a published date. */
  ageDays: number | null;
  excerpt: string | null;
  /** The body as plain text: one paragraph per block, blank lines between them. */
  text: string;
  /** A map from each paragraph of `text` back to the kind of DOM block it came from. */
  blocks: ArticleBlock[];
  wordCount: number;
}

export type EntityType =
  | 'person'
  | 'organization'
  | 'place'
  | 'product'
  | 'money'
  | 'date'
  | 'law'
  | 'misc';

export interface Mention extends TextQuote {
  in: TextSource;
}

/**
 * A mention that writes the entity's name or one of its aliases, not a description of it ("the
 * company" for Daum Kakao, lib/entities/nominals.ts): what name-level scores count and what a
 * card prefers to quote.
 */
export function isNameMention(e: Pick<Entity, 'name' | 'aliases'>, m: Pick<Mention, 'exact'>): boolean {
  const exact = m.exact.replace(/\s+/g, ' ').toLowerCase();
  const name = e.name.toLowerCase();
  // "Hill" of "The Hill": a publication's mentions leave its article out.
  return name === exact || name === `the ${exact}` || e.aliases.some((a) => a.toLowerCase() === exact);
}

export interface Entity {
  /** Stable within one report: `e1`, `e2`… in salience order. */
  id: string;
  type: EntityType;
  /** The fullest form of the name in the text ("Sirgoo Lee"). */
  name: string;
  /** Other forms that refer to it ("Lee"), without the name itself. */
  aliases: string[];
  /** What the text says the entity is ("CEO of Daum Kakao"), when it says so. */
  role?: string;
  /** 0..1, higher is more central: title and lede mentions weigh most, then frequency. */
  salience: number;
  mentions: Mention[];
}

export type ClaimType =
  | 'allegation'
  | 'investigation'
  | 'arrest'
  | 'charge'
  | 'lawsuit'
  | 'trial'
  | 'verdict'
  | 'sentence'
  | 'penalty'
  | 'settlement'
  | 'ruling'
  | 'appeal'
  | 'law'
  | 'warrant';

/** Stage order used for timelines (allegation → … → appeal); `law` is context, not a stage. */
export const CLAIM_STAGES: readonly ClaimType[] = [
  'law',
  'allegation',
  'investigation',
  'warrant',
  'arrest',
  'charge',
  'lawsuit',
  'trial',
  'settlement',
  'ruling',
  'verdict',
  'sentence',
  'penalty',
  'appeal',
];

export interface Claim {
  id: string;
  type: ClaimType;
  /** The whole sentence. */
  quote: TextQuote;
  in: TextSource;
  hedged: boolean;
  /** The words that hedge it ("allegedly"), when hedged. */
  hedge?: string;
  attribution?: string;
  subject?: string;
  authority?: string;
  jurisdiction?: string;
  penalty?: string;
  /** Ids of the report's entities named in the sentence. */
  entityIds: string[];
}

export type BoilerplateKind =
  | 'nav'
  | 'trending'
  | 'promo'
  | 'newsletter'
  | 'notification-prompt'
  | 'subscription'
  | 'cookie-consent'
  | 'social'
  | 'related'
  | 'ad'
  | 'footer'
  | 'author-bio'
  | 'comments'
  | 'other';

/** A time expression found in a block's text, resolved to calendar days. */
export interface TimeRef {
  text: string;
  /** Offsets into the block's `text`. */
  start: number;
  end: number;
  kind: 'year' | 'month' | 'date' | 'event' | 'deadline';
  /** First and last day it covers, as YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface StaleVerdict {
  /** One sentence a reader understands: "Mentions 2022, 4 years before today." */
  evidence: string;
  /** The day the promo's time ran out, YYYY-MM-DD. */
  referenceDate?: string;
}

/** Where a block sits in the page, so the content script can find it again. */
export interface BlockLocator {
  /** A CSS selector made of tag names and :nth-child steps from <body>. */
  selector: string;
  /** The first characters of the block's text, to check that the selector still fits. */
  textStart: string;
}

export interface BoilerplateBlock {
  id: string;
  kind: BoilerplateKind;
  text: string;
  /** Why it was flagged, in short phrases ("fixed-position dialog", "link strip"). */
  reasons: string[];
  timeRefs: TimeRef[];
  stale: StaleVerdict | null;
  locator: BlockLocator;
}

export interface Timings {
  totalMs: number;
  articleMs: number;
  boilerplateMs: number;
  entitiesMs: number;
  claimsMs: number;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  url: string;
  /** The `now` the analysis used, ISO 8601. */
  analyzedAt: string;
  article: Article | null;
  /** Why `article` is null, in words for the reader. */
  notArticleReason?: string;
  entities: Entity[];
  claims: Claim[];
  boilerplate: BoilerplateBlock[];
  timings: Timings;
  /** Set when a stage failed; the other fields hold what the stages before it produced. */
  error?: string;
  /** Set when the body was cut to keep analysis fast. */
  truncated?: { paragraphs: number; ofParagraphs: number };
  /**
   * The body's language (ISO 639-3, "rus") when it is not English. Entities and claims are
   * read in English only, so both lists are then empty; boilerplate is still flagged.
   */
  unsupportedLanguage?: string;
}
