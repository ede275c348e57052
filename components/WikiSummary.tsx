import { useEffect, useRef } from 'preact/hooks';
import type { WikiChoice, WikiResult } from '../lib/wikipedia';

/** What a card's Wikipedia section shows: nothing asked yet, a lookup running, or its outcome. */
export type WikiState = 'idle' | 'loading' | WikiResult;

export interface WikiSummaryProps {
  /** The entity's name, so every control says which entity it is about. */
  name: string;
  state: WikiState;
  /**
   * Look up (or try again, or allow and look up). The parent must call requestPermission from
   * platform/wikipedia.ts synchronously inside this callback: Firefox allows permission
   * prompts only from the click itself.
   */
  onLookup(): void;
  /** The reader picked one entry of a disambiguation page. */
  onChoose(title: string): void;
}

/** "about 30 seconds", "about 2 minutes". */
export function waitText(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} second${Math.round(seconds) === 1 ? '' : 's'}`;
  const minutes = Math.round(seconds / 60);
  return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function Retry({ name, onLookup, label = 'Try again' }: { name: string; onLookup(): void; label?: string }) {
  return (
    <button type="button" class="link-button wiki-retry" onClick={onLookup}>
      {label}
      <span class="wiki-sr"> (Wikipedia: {name})</span>
    </button>
  );
}

function Choice({ choice, onChoose }: { choice: WikiChoice; onChoose(title: string): void }) {
  return (
    <li>
      <button type="button" class="wiki-choice" onClick={() => onChoose(choice.title)}>
        <span class="wiki-choice-title">{choice.title}</span>
        {choice.likely && <span class="wiki-likely"> Likely match</span>}
        {choice.description && (
          <span class="wiki-choice-description">
            <span class="wiki-sr">: </span>
            {choice.description}
          </span>
        )}
      </button>
    </li>
  );
}

function Outcome({ name, result, onLookup, onChoose }: { name: string; result: WikiResult } & Omit<WikiSummaryProps, 'state' | 'name'>) {
  switch (result.kind) {
    case 'summary':
      return (
        <div class="wiki-summary" data-testid="wiki-summary">
          {result.thumbnail && (
            <img
              class="wiki-thumb"
              src={result.thumbnail.source}
              width={result.thumbnail.width}
              height={result.thumbnail.height}
              alt={`Lead image of the Wikipedia article “${result.title}”`}
              loading="lazy"
              referrerpolicy="no-referrer"
            />
          )}
          <p class="wiki-title">
            <span class="wiki-source">Wikipedia:</span> {result.title}
          </p>
          {result.redirectedFrom && <p class="wiki-note">Redirected from “{result.redirectedFrom}”</p>}
          {result.description && <p class="wiki-description">{result.description}</p>}
          {result.extract ? (
            <p class="wiki-extract">{result.extract}</p>
          ) : (
            <p class="wiki-note">This article has no summary.</p>
          )}
          <a class="wiki-link" href={result.url} target="_blank" rel="noopener noreferrer">
            Read on Wikipedia
            <span class="wiki-sr">: {result.title} (opens in a new tab)</span>
          </a>
        </div>
      );
    case 'disambiguation':
      return (
        <div class="wiki-disambiguation" role="group" aria-label={`Which “${result.title}”?`} data-testid="wiki-choices">
          <p class="wiki-title">“{result.title}” can mean several things on Wikipedia. Which one?</p>
          {result.choices.length ? (
            <ul class="wiki-choices">
              {result.choices.map((choice) => (
                <Choice key={choice.title} choice={choice} onChoose={onChoose} />
              ))}
            </ul>
          ) : (
            <p class="wiki-note">Lede could not read the list of meanings.</p>
          )}
          <a class="wiki-link" href={result.url} target="_blank" rel="noopener noreferrer">
            See the list on Wikipedia
            <span class="wiki-sr">: {result.title} (opens in a new tab)</span>
          </a>
        </div>
      );
    case 'missing':
      return <p class="wiki-message">Wikipedia has no article called “{result.title}”.</p>;
    case 'rate-limited':
      return (
        <p class="wiki-message">
          Wikipedia asked Lede to slow down.{' '}
          {result.retryAfterSeconds !== undefined ? `Try again in ${waitText(result.retryAfterSeconds)}.` : 'Try again in a few minutes.'}{' '}
          <Retry name={name} onLookup={onLookup} />
        </p>
      );
    case 'offline':
      return (
        <p class="wiki-message">
          Wikipedia cannot be reached: you seem to be offline. <Retry name={name} onLookup={onLookup} />
        </p>
      );
    case 'not-allowed':
      return (
        <p class="wiki-message">
          Lede needs your permission to contact Wikipedia. Only the title is sent.{' '}
          <Retry name={name} onLookup={onLookup} label="Allow and look up" />
        </p>
      );
    case 'error':
      return (
        <p class="wiki-message">
          The Wikipedia lookup failed. {result.message} <Retry name={name} onLookup={onLookup} />
        </p>
      );
  }
}

/**
 * The Wikipedia part of an entity card: a "Look up" button, then the summary, the choices of
 * a disambiguation page (the reader picks; nothing is chosen for them), or a message saying
 * why there is none. Props in, events out; the connector does the lookup.
 */
export function WikiSummary({ name, state, onLookup, onChoose }: WikiSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  // The button the reader pressed disappears with the state it belonged to. Focus then moves
  // to the section, so keyboard and screen-reader users are not dropped at the top of the page.
  const acted = useRef(false);
  const act = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => {
    acted.current = true;
    fn(...args);
  };
  useEffect(() => {
    const el = box.current;
    if (!acted.current || !el) return;
    const active = el.ownerDocument.activeElement;
    if (!active || active === el.ownerDocument.body || !active.isConnected) el.focus();
    if (state !== 'loading') acted.current = false;
  }, [state]);

  return (
    <div
      ref={box}
      class={`wiki wiki-${typeof state === 'string' ? state : state.kind}`}
      tabIndex={-1}
      aria-live="polite"
      aria-busy={state === 'loading'}
      aria-label={`Wikipedia: ${name}`}
      role="group"
      data-testid="wiki"
    >
      {state === 'idle' ? (
        <button type="button" class="link-button wiki-lookup" onClick={act(onLookup)}>
          Look up on Wikipedia<span class="wiki-sr">: {name}</span>
        </button>
      ) : state === 'loading' ? (
        <p class="wiki-message">Looking up “{name}” on Wikipedia…</p>
      ) : (
        <Outcome name={name} result={state} onLookup={act(onLookup)} onChoose={act(onChoose)} />
      )}
    </div>
  );
}
