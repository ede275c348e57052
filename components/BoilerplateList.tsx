import { KIND_LABELS } from '../lib/labels';
import type { Report } from '../lib/report';
import type { PageTarget } from '../platform/protocol';

interface Props {
  report: Report;
  hidden: readonly string[];
  onShow: (target: PageTarget) => void;
  onHide: (blockId: string, hidden: boolean) => void;
}

/** Flagged blocks with their kind, stale verdict and a reversible "Hide on page". */
export function BoilerplateList({ report, hidden, onShow, onHide }: Props) {
  if (!report.boilerplate.length) return <p class="empty">No boilerplate was flagged on this page.</p>;
  return (
    <ul class="blocks">
      {report.boilerplate.map((b) => {
        const isHidden = hidden.includes(b.id);
        return (
          <li key={b.id} class={b.stale ? 'block stale' : 'block'} data-testid="block" data-kind={b.kind}>
            <div class="block-head">
              <span class="kind">{KIND_LABELS[b.kind]}</span>
              {b.stale && <span class="stale-flag">Stale</span>}
            </div>
            <p class="block-text">{b.text.length > 160 ? `${b.text.slice(0, 159)}…` : b.text}</p>
            {b.stale && <p class="evidence">{b.stale.evidence}</p>}
            <p class="reasons">Why: {b.reasons.join('; ')}</p>
            <div class="actions">
              <button type="button" class="link-button" onClick={() => onShow({ kind: 'block', blockId: b.id })}>
                Show in page
              </button>
              <button type="button" class="link-button" aria-pressed={isHidden} onClick={() => onHide(b.id, !isHidden)}>
                {isHidden ? 'Show on page' : 'Hide on page'}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
