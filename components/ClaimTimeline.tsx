import { CLAIM_STAGES, type Claim, type ClaimType, type Report } from '../lib/report';
import type { PageTarget } from '../platform/protocol';
import { claimTypeName, useT } from './i18n';

/** The sentence with its hedge words marked, so "allegedly" stands out. */
function HedgedSentence({ claim }: { claim: Claim }) {
  const t = useT();
  const text = claim.quote.exact;
  const hedge = claim.hedge;
  const at = hedge ? text.toLowerCase().indexOf(hedge.toLowerCase()) : -1;
  if (!hedge || at < 0) return <q class="claim-text">{text}</q>;
  return (
    <q class="claim-text">
      {text.slice(0, at)}
      <mark class="hedge" title={t('hedgeTitle')}>
        {text.slice(at, at + hedge.length)}
      </mark>
      {text.slice(at + hedge.length)}
    </q>
  );
}

interface Props {
  report: Report;
  onShow: (target: PageTarget) => void;
}

/** The distinct stages of some claims, in the order a case moves through them. */
export function stagesOf(claims: readonly Claim[]): ClaimType[] {
  const present = new Set(claims.map((c) => c.type));
  return CLAIM_STAGES.filter((stage) => stage !== 'law' && present.has(stage));
}

function StageChain({ stages }: { stages: ClaimType[] }) {
  const t = useT();
  return (
    <ol class="stages">
      {stages.map((stage) => (
        <li key={stage} class={`badge badge-${stage}`}>
          {claimTypeName(t, stage)}
        </li>
      ))}
    </ol>
  );
}

/**
 * The case as one story: every stage the article reports, in order, then the same for each
 * person or organization the claims name ("Sirgoo Lee: Investigation → Warrant").
 */
function CaseSummary({ report }: { report: Report }) {
  const t = useT();
  const stages = stagesOf(report.claims);
  if (stages.length < 2) return null;
  const parties = report.entities
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .map((e) => ({ entity: e, stages: stagesOf(report.claims.filter((c) => c.entityIds.includes(e.id))) }))
    .filter((p) => p.stages.length > 0)
    .slice(0, 5);
  return (
    <div class="case" data-testid="case">
      <p class="case-title">{t('caseSoFar')}</p>
      <StageChain stages={stages} />
      {parties.length > 0 && (
        <ul class="case-parties">
          {parties.map(({ entity, stages: own }) => (
            <li key={entity.id}>
              <a href={`#entity-${entity.id}`} class="party">
                {entity.name}
              </a>
              <StageChain stages={own} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Legal claims in text order, as a timeline of stage badges with their parties. */
export function ClaimTimeline({ report, onShow }: Props) {
  const t = useT();
  if (report.unsupportedLanguage) return <p class="empty">{t('notReadLanguage')}</p>;
  if (!report.claims.length) return <p class="empty">{t('noClaims')}</p>;
  const byId = new Map(report.entities.map((e) => [e.id, e]));
  return (
    <>
      <CaseSummary report={report} />
      <ol class="timeline">
        {report.claims.map((c) => (
          <li key={c.id} class={`claim claim-${c.type}`} data-testid="claim" data-type={c.type}>
            <div class="claim-head">
              <span class={`badge badge-${c.type}`}>{claimTypeName(t, c.type)}</span>
              {c.hedged && <span class="hedged-flag">{c.hedge ? t('unprovenWith', c.hedge) : t('unproven')}</span>}
              {c.in === 'title' && <span class="in-title">{t('headline')}</span>}
            </div>
            <HedgedSentence claim={c} />
            <dl class="claim-fields">
              {c.subject && (<><dt>{t('fieldAbout')}</dt><dd>{c.subject}</dd></>)}
              {c.authority && (<><dt>{t('fieldBy')}</dt><dd>{c.authority}</dd></>)}
              {c.attribution && (<><dt>{t('fieldSource')}</dt><dd>{c.attribution}</dd></>)}
              {c.jurisdiction && (<><dt>{t('fieldWhere')}</dt><dd>{c.jurisdiction}</dd></>)}
              {c.penalty && (<><dt>{t('fieldPenalty')}</dt><dd class="penalty">{c.penalty}</dd></>)}
            </dl>
            {c.entityIds.length > 0 && (
              <p class="parties">
                {c.entityIds.map((id) => {
                  const e = byId.get(id);
                  return e ? (
                    <a key={id} href={`#entity-${id}`} class="party">
                      {e.name}
                    </a>
                  ) : null;
                })}
              </p>
            )}
            <button type="button" class="link-button" onClick={() => onShow({ kind: 'claim', claimId: c.id })}>
              {t('showInPage')}
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
