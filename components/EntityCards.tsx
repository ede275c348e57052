import { useState } from 'preact/hooks';
import type { Claim, Entity, Report } from '../lib/report';
import type { PageTarget } from '../platform/protocol';
import { claimTypeName, entityTypeName, useT } from './i18n';
import { cardQuotes, type CardQuote, inQuotes } from './text';
import { WikiSummary, type WikiState } from './WikiSummary';

/** The Wikipedia part of the cards, provided by the popup (useWikipedia). */
export interface WikiCards {
  states: Record<string, WikiState>;
  lookUp(entity: Entity): void;
  choose(entity: Entity, title: string): void;
  canLookUp(entity: Entity): boolean;
}

interface Props {
  report: Report;
  onShow: (target: PageTarget) => void;
  wiki?: WikiCards;
}

function EntityCard({ entity, quote, claims, onShow, wiki }: { entity: Entity; quote: CardQuote | null; claims: Claim[]; onShow: Props['onShow']; wiki?: WikiCards }) {
  const t = useT();
  const headingId = `entity-name-${entity.id}`;
  return (
    <li class={`card entity entity-${entity.type}`} id={`entity-${entity.id}`} data-testid="entity-card" data-type={entity.type} aria-labelledby={headingId}>
      <div class="card-head">
        <span class={`chip chip-${entity.type}`}>{entityTypeName(t, entity.type)}</span>
        <h3 class="entity-name" id={headingId}>
          {entity.name}
        </h3>
        <span class="mentions" title={t('mentionsTitle')} aria-label={t('mentionCount', String(entity.mentions.length))}>
          ×{entity.mentions.length}
        </span>
      </div>
      {entity.role && <p class="role">{entity.role}</p>}
      {entity.aliases.length > 0 && <p class="aliases">{t('alsoKnownAs', entity.aliases.join(', '))}</p>}
      {quote && <p class="card-quote">{inQuotes(quote.sentence)}</p>}
      {claims.length > 0 && (
        <p class="entity-claims">
          {t(claims.length === 1 ? 'inClaims_one' : 'inClaims_other', [
            String(claims.length),
            [...new Set(claims.map((c) => claimTypeName(t, c.type)))].join(', '),
          ])}
        </p>
      )}
      <button
        type="button"
        class="link-button"
        aria-label={t('showInPageNamed', entity.name)}
        onClick={() => onShow({ kind: 'mention', entityId: entity.id, index: quote?.index ?? 0 })}
      >
        {t('showInPage')}
      </button>
      {wiki?.canLookUp(entity) && (
        <WikiSummary
          name={entity.name}
          state={wiki.states[entity.id] ?? 'idle'}
          onLookup={() => wiki.lookUp(entity)}
          onChoose={(title) => wiki.choose(entity, title)}
        />
      )}
    </li>
  );
}

/**
 * Cards shown before "Show all": a long story names hundreds of people and places (up to
 * MAX_ENTITIES, 500), and the reader comes for the main ones. The parties of legal claims
 * are always shown: the claim timeline links to their cards.
 */
export const FIRST_CARDS = 30;

/** Entity cards, most salient first. */
export function EntityCards({ report, onShow, wiki }: Props) {
  const t = useT();
  const [all, setAll] = useState(false);
  const text = report.article?.text ?? '';
  if (report.unsupportedLanguage) return <p class="empty">{t('notReadLanguage')}</p>;
  if (!report.entities.length) return <p class="empty">{t('noEntities')}</p>;
  const claimsOf = new Map<string, Claim[]>();
  for (const c of report.claims) {
    for (const id of new Set(c.entityIds)) {
      const list = claimsOf.get(id);
      if (list) list.push(c);
      else claimsOf.set(id, [c]);
    }
  }
  const shown = all ? report.entities : report.entities.filter((e, i) => i < FIRST_CARDS || claimsOf.has(e.id));
  const quotes = cardQuotes(shown, text);
  return (
    <>
      <ul class="cards">
        {shown.map((e, i) => (
          <EntityCard key={e.id} entity={e} quote={quotes[i]!} claims={claimsOf.get(e.id) ?? []} onShow={onShow} wiki={wiki} />
        ))}
      </ul>
      {shown.length < report.entities.length && (
        <button type="button" class="link-button show-all" data-testid="show-all-entities" onClick={() => setAll(true)}>
          {t('showAllEntities', String(report.entities.length))}
        </button>
      )}
    </>
  );
}
