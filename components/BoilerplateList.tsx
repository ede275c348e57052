import type { BoilerplateKind, Report } from '../lib/report';
import type { PageTarget } from '../platform/protocol';
import { kindName, useT } from './i18n';

interface Props {
  report: Report;
  hidden: readonly string[];
  site: string;
  rememberedKinds: readonly BoilerplateKind[];
  onShow: (target: PageTarget) => void;
  onHide: (blockId: string, hidden: boolean) => void;
  onHideAll: (hidden: boolean) => void;
  onRemember: (kind: BoilerplateKind, remember: boolean) => void;
}

/** Flagged blocks with their kind, stale verdict, a reversible "Hide on page", and per-site memory. */
export function BoilerplateList({ report, hidden, site, rememberedKinds, onShow, onHide, onHideAll, onRemember }: Props) {
  const t = useT();
  if (!report.boilerplate.length) return <p class="empty">{t('noBlocks')}</p>;
  const allHidden = report.boilerplate.every((b) => hidden.includes(b.id));
  return (
    <>
      <div class="block-toolbar">
        <button type="button" class="toggle" data-testid="hide-all" aria-pressed={allHidden} onClick={() => onHideAll(!allHidden)}>
          {allHidden ? t('showAll') : t('hideAll')}
        </button>
      </div>
      <ul class="blocks">
        {report.boilerplate.map((b) => {
          const isHidden = hidden.includes(b.id);
          const remembered = rememberedKinds.includes(b.kind);
          return (
            <li key={b.id} class={b.stale ? 'block stale' : 'block'} data-testid="block" data-kind={b.kind} data-hidden={isHidden}>
              <div class="block-head">
                <span class="kind">{kindName(t, b.kind)}</span>
                {b.stale && <span class="stale-flag">{t('staleFlag')}</span>}
                {isHidden && <span class="hidden-flag">{t('hiddenFlag')}</span>}
              </div>
              <p class="block-text">{b.text.length > 160 ? `${b.text.slice(0, 159)}…` : b.text}</p>
              {b.stale && <p class="evidence">{b.stale.evidence}</p>}
              <p class="reasons">{t('why', b.reasons.join('; '))}</p>
              <div class="actions">
                <button type="button" class="link-button" onClick={() => onShow({ kind: 'block', blockId: b.id })}>
                  {t('showInPage')}
                </button>
                <button type="button" class="link-button" onClick={() => onHide(b.id, !isHidden)}>
                  {isHidden ? t('showOnPageAgain') : t('hideOnPage')}
                </button>
              </div>
              {site && b.kind !== 'other' && (
                <label class="remember">
                  <input type="checkbox" checked={remembered} onChange={(e) => onRemember(b.kind, e.currentTarget.checked)} />
                  {t('alwaysHide', [kindName(t, b.kind).toLowerCase(), site])}
                </label>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
