import { useEffect, useState } from 'preact/hooks';
import type { Entity, Report } from '../lib/report';
import { lookupTargets, titleFor, type WikiResult } from '../lib/wikipedia';
import type { Connector } from './connector';
import type { WikiState } from './WikiSummary';

/** Results that a fresh try might change: "Look up" again skips the cache for these. */
const RETRYABLE = new Set<WikiResult['kind']>(['error', 'offline', 'rate-limited', 'not-allowed']);

/**
 * The Wikipedia part of the cards: one state per entity. With lookups on in settings, the
 * most salient entities look themselves up (one request per distinct title); otherwise each
 * card waits for its "Look up" button.
 */
export function useWikipedia(connector: Connector, report: Report | null) {
  const [states, setStates] = useState<Record<string, WikiState>>({});
  const set = (ids: readonly string[], state: WikiState): void =>
    setStates((s) => ({ ...s, ...Object.fromEntries(ids.map((id) => [id, state])) }));

  useEffect(() => {
    if (!report) return;
    let stopped = false;
    void (async () => {
      const config = await connector.wikiConfig();
      if (!config.auto || !config.allowed) return;
      // One at a time: a reader's popup should not fire a burst of requests.
      for (const target of lookupTargets(report.entities)) {
        if (stopped) return;
        set(target.entityIds, 'loading');
        const result = await connector.wikiLookup(target.title);
        if (!stopped) set(target.entityIds, result);
      }
    })();
    return () => {
      stopped = true;
    };
  }, [connector, report]);

  /** Must be called from the click itself: the permission prompt needs the user's gesture. */
  const lookUp = (entity: Entity): void => {
    const allowed = connector.wikiAllow();
    const current = states[entity.id];
    const force = typeof current === 'object' && RETRYABLE.has(current.kind);
    set([entity.id], 'loading');
    void allowed.then(async (ok) => set([entity.id], ok ? await connector.wikiLookup(entity, force) : { kind: 'not-allowed' }));
  };
  const choose = (entity: Entity, title: string): void => {
    set([entity.id], 'loading');
    void connector.wikiLookup(title).then((result) => set([entity.id], result));
  };
  return { states, lookUp, choose, canLookUp: (entity: Entity) => titleFor(entity) !== null };
}
