/**
 * What one Wikipedia lookup can end in. Every outcome is a state the card shows with its own
 * words, so the union is the contract between lib/wikipedia, platform/wikipedia.ts and
 * components/WikiSummary.tsx (STYLE.md, habit 5: switch on `kind`).
 */

/** A lead image, as the REST summary gives it (`thumbnail`). */
export interface WikiThumbnail {
  source: string;
  width: number;
  height: number;
}

/** One entry of a disambiguation page. */
export interface WikiChoice {
  /** Article title in display form ("Daum (web portal)"). */
  title: string;
  /** The entry's gloss on the disambiguation page ("a South Korean web portal"). */
  description?: string;
  /**
   * Its gloss or title fits the entity's type ("company" for an organization). Only an ordering
   * hint for the reader: a choice is never taken on their behalf.
   */
  likely?: true;
}

/**
 * Why a lookup failed, for the card's words (the UI translates by reason; `message` is the
 * English text for logs and the CLI).
 * - timeout: no answer in time; server: HTTP 5xx; http: any other unexpected status;
 * - unreadable: a 200 that is not a summary; no-title: the entity has no title to look up;
 * - unexpected: a failure inside Lede (storage, a bug).
 */
export type WikiErrorReason = 'timeout' | 'server' | 'http' | 'unreadable' | 'no-title' | 'unexpected';

export type WikiResult =
  | {
      kind: 'summary';
      /** The article's title after redirects, in display form. */
      title: string;
      /** Set when the looked-up title was a redirect to `title`. */
      redirectedFrom?: string;
      description?: string;
      /** The first sentences of the article, plain text. */
      extract: string;
      thumbnail?: WikiThumbnail;
      /** The article on the wiki, for a "Read on Wikipedia" link. */
      url: string;
    }
  | {
      kind: 'disambiguation';
      title: string;
      /** Empty when the list could not be read; `url` still leads to it. */
      choices: WikiChoice[];
      url: string;
    }
  | { kind: 'missing'; title: string }
  | { kind: 'rate-limited'; retryAfterSeconds?: number }
  | { kind: 'offline' }
  /** Lookups need the optional Wikipedia host permission, and it has not been granted. */
  | { kind: 'not-allowed' }
  | { kind: 'error'; reason: WikiErrorReason; status?: number; message: string };

export type WikiResultKind = WikiResult['kind'];
