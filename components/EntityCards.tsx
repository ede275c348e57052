import { CLAIM_LABELS, ENTITY_LABELS } from '../lib/labels';
import type { Claim, Entity, Report } from '../lib/report';
import type { PageTarget } from '../platform/protocol';
import { sentenceAround } from './text';

interface Props {
  report: Report;
  onShow: (target: PageTarget) => void;
}

function EntityCard({ entity, text, claims, onShow }: { entity: Entity; text: string; claims: Claim[]; onShow: Props['onShow'] }) {
  const firstBody = entity.mentions.findIndex((m) => m.in === 'body');
  const first = firstBody >= 0 ? entity.mentions[firstBody] : undefined;
  return (
    <li class={`card entity entity-${entity.type}`} id={`entity-${entity.id}`} data-testid="entity-card" data-type={entity.type}>
      <div class="card-head">
        <span class={`chip chip-${entity.type}`}>{ENTITY_LABELS[entity.type]}</span>
        <h3 class="entity-name">{entity.name}</h3>
        <span class="mentions" title="Mentions in the article">
          ×{entity.mentions.length}
        </span>
      </div>
      {entity.role && <p class="role">{entity.role}</p>}
      {entity.aliases.length > 0 && <p class="aliases">Also: {entity.aliases.join(', ')}</p>}
      {first && <p class="first-mention">“{sentenceAround(text, first.start)}”</p>}
      {claims.length > 0 && (
        <p class="entity-claims">
          In {claims.length} legal claim{claims.length === 1 ? '' : 's'}:{' '}
          {[...new Set(claims.map((c) => CLAIM_LABELS[c.type]))].join(', ')}
        </p>
      )}
      <button
        type="button"
        class="link-button"
        onClick={() => onShow({ kind: 'mention', entityId: entity.id, index: Math.max(0, firstBody) })}
      >
        Show in page
      </button>
    </li>
  );
}

/** Entity cards, most salient first. */
export function EntityCards({ report, onShow }: Props) {
  const text = report.article?.text ?? '';
  if (!report.entities.length) return <p class="empty">No people, organizations or places were found.</p>;
  return (
    <ul class="cards">
      {report.entities.map((e) => (
        <EntityCard
          key={e.id}
          entity={e}
          text={text}
          claims={report.claims.filter((c) => c.entityIds.includes(e.id))}
          onShow={onShow}
        />
      ))}
    </ul>
  );
}
