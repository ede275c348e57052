import { useLayoutEffect, useRef } from 'preact/hooks';
import type { WikiChoice, WikiResult } from '../lib/wikipedia';
import { useT, type MessageKey, type Translate } from './i18n';

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

/** This component's strings live in public/_locales with the rest of the UI. */
export type Say = Translate;
const useSay = useT;

const pluralRules = new Intl.PluralRules();

/** "about 30 seconds", "about 2 minutes", in the reader's plural rules. */
export function waitText(say: Say, seconds: number): string {
  const [count, unit] = seconds < 60 ? [Math.max(1, Math.round(seconds)), 'wikiSeconds'] : [Math.round(seconds / 60), 'wikiMinutes'];
  const form = pluralRules.select(count) === 'one' ? 'one' : 'other';
  return say(`${unit}_${form}` as MessageKey, new Intl.NumberFormat().format(count));
}

/** The reason of an error in words. */
function errorText(say: Say, result: Extract<WikiResult, { kind: 'error' }>): string {
  switch (result.reason) {
    case 'timeout':
      return say('wikiErrorTimeout');
    case 'server':
      return say('wikiErrorServer', String(result.status ?? ''));
    case 'http':
      return say('wikiErrorHttp', String(result.status ?? ''));
    case 'unreadable':
      return say('wikiErrorUnreadable');
    case 'no-title':
      return say('wikiErrorNoTitle');
    case 'unexpected':
      return result.message;
  }
}

function Retry({ name, onLookup, allow = false }: { name: string; onLookup(): void; allow?: boolean }) {
  const say = useSay();
  return (
    <button
      type="button"
      class="link-button wiki-retry"
      aria-label={say(allow ? 'wikiAllowNamed' : 'wikiRetryNamed', name)}
      onClick={onLookup}
    >
      {say(allow ? 'wikiAllow' : 'wikiRetry')}
    </button>
  );
}

function Choice({ choice, onChoose }: { choice: WikiChoice; onChoose(title: string): void }) {
  const say = useSay();
  return (
    <li>
      <button type="button" class="wiki-choice" onClick={() => onChoose(choice.title)}>
        <span class="wiki-choice-title">{choice.title}</span>
        {choice.likely && <span class="wiki-likely"> {say('wikiLikely')}</span>}
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
  const say = useSay();
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
              alt={say('wikiImageAlt', result.title)}
              loading="lazy"
              referrerpolicy="no-referrer"
            />
          )}
          <p class="wiki-title">
            <span class="wiki-source">{say('wikiSource')}</span> {result.title}
          </p>
          {result.redirectedFrom && <p class="wiki-note">{say('wikiRedirected', result.redirectedFrom)}</p>}
          {result.description && <p class="wiki-description">{result.description}</p>}
          {result.extract ? <p class="wiki-extract">{result.extract}</p> : <p class="wiki-note">{say('wikiNoExtract')}</p>}
          <a class="wiki-link" href={result.url} target="_blank" rel="noopener noreferrer" aria-label={say('wikiReadNamed', result.title)}>
            {say('wikiRead')}
          </a>
        </div>
      );
    case 'disambiguation':
      return (
        <div class="wiki-disambiguation" role="group" aria-label={say('wikiWhichLabel', result.title)} data-testid="wiki-choices">
          <p class="wiki-title">{say('wikiWhich', result.title)}</p>
          {result.choices.length ? (
            <ul class="wiki-choices">
              {result.choices.map((choice) => (
                <Choice key={choice.title} choice={choice} onChoose={onChoose} />
              ))}
            </ul>
          ) : (
            <p class="wiki-note">{say('wikiNoChoices')}</p>
          )}
          <a class="wiki-link" href={result.url} target="_blank" rel="noopener noreferrer" aria-label={say('wikiSeeListNamed', result.title)}>
            {say('wikiSeeList')}
          </a>
        </div>
      );
    case 'missing':
      return <p class="wiki-message">{say('wikiMissing', result.title)}</p>;
    case 'rate-limited':
      return (
        <p class="wiki-message">
          {say('wikiRateLimited')}{' '}
          {result.retryAfterSeconds !== undefined ? say('wikiRetryIn', waitText(say, result.retryAfterSeconds)) : say('wikiRetryLater')}{' '}
          <Retry name={name} onLookup={onLookup} />
        </p>
      );
    case 'offline':
      return (
        <p class="wiki-message">
          {say('wikiOffline')} <Retry name={name} onLookup={onLookup} />
        </p>
      );
    case 'not-allowed':
      return (
        <p class="wiki-message">
          {say('wikiNotAllowed')} <Retry name={name} onLookup={onLookup} allow />
        </p>
      );
    case 'error':
      return (
        <p class="wiki-message">
          {say('wikiFailed')} {errorText(say, result)}
          {result.reason !== 'no-title' && (
            <>
              {' '}
              <Retry name={name} onLookup={onLookup} />
            </>
          )}
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
  const say = useSay();
  const box = useRef<HTMLDivElement>(null);
  // The button the reader pressed disappears with the state it belonged to. Focus then moves
  // to the section, so keyboard and screen-reader users are not dropped at the top of the page.
  const acted = useRef(false);
  const act =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      acted.current = true;
      fn(...args);
    };
  useLayoutEffect(() => {
    const el = box.current;
    if (!acted.current || !el) return;
    const active = el.ownerDocument.activeElement;
    if (!active || active === el.ownerDocument.body || !active.isConnected) el.focus();
    if (state !== 'loading') acted.current = false;
  }, [state]);

  return (
    <div
      ref={box}
      class="wiki"
      data-state={typeof state === 'string' ? state : state.kind}
      tabIndex={-1}
      aria-live="polite"
      aria-busy={state === 'loading'}
      aria-label={say('wikiSection', name)}
      role="group"
      data-testid="wiki"
    >
      {state === 'idle' ? (
        <button type="button" class="link-button wiki-lookup" aria-label={say('wikiLookUpNamed', name)} onClick={act(onLookup)}>
          {say('wikiLookUp')}
        </button>
      ) : state === 'loading' ? (
        <p class="wiki-message">{say('wikiLoading', name)}</p>
      ) : (
        <Outcome name={name} result={state} onLookup={act(onLookup)} onChoose={act(onChoose)} />
      )}
    </div>
  );
}
