import type { PlanStatus } from '@oogo/shared-domain';
import type { WorkflowQuery } from '@oogo/web-data-access';
import { Heading3, Heading4, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/app-link';
import { formatDateTime, joinWords } from '../../ui/format';
import { useItemWords } from './item-words';
import { versionPath } from './workflow-paths';
import { CHANGES_SHOWN, partyStateKey } from './workflow-rules';

type Consultation = WorkflowQuery['plan']['consultation'];
type Party = Consultation['parties'][number];
type Change = NonNullable<Party['approval']>['changesSince'][number];

/** The colour repeats the word; never the only sign (WCAG 1.4.1). */
const STATE_APPEARANCE: Record<ReturnType<typeof partyStateKey>, string> = {
  AGREED: 'safe',
  OBJECTED: 'danger',
  STALE: 'warning',
  STALE_OBJECTION: 'warning',
  WAITING: 'neutral',
};

function ConsultationStateBadge({ party }: { party: Party }) {
  const { t } = useTranslation();
  const key = partyStateKey(party.state, party.approval?.decision);
  return (
    <StatusBadge status={STATE_APPEARANCE[key]}>{t(`workflow.parties.state.${key}`)}</StatusBadge>
  );
}

/** One change to the plan since a party agreed: where, what, who and when. */
function ChangeLine({ change }: { change: Change }) {
  const { t } = useTranslation();
  const words = useItemWords();
  const who = [change.userName, change.organizationName].filter(Boolean).join(', ');
  return (
    <li className="oogo-change">
      <span className="oogo-change__stage">
        {change.stage ? t(`vocabulary.stage.${change.stage}`) : t('items.planItself')}:
      </span>{' '}
      {words.item(change.entity, change.label)} {words.action(change.action)}
      {change.action === 'UPDATE' && change.changedFields.length > 0 && (
        <>: {words.fields(change.changedFields)}</>
      )}
      <br />
      <span className="oogo-change__meta">
        {who ? `${who}, ` : ''}
        <time dateTime={change.occurredAt}>{formatDateTime(change.occurredAt)}</time>
      </span>
    </li>
  );
}

function ChangesSince({ changes }: { changes: readonly Change[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <details className="oogo-details">
      <summary>{t('workflow.parties.changesSince', { count: changes.length })}</summary>
      <ul className="oogo-changes">
        {changes.map((change) => (
          <ChangeLine key={change.sequence} change={change} />
        ))}
      </ul>
      {changes.length >= CHANGES_SHOWN && (
        <Paragraph small>
          {t('workflow.parties.changesSinceMore', { count: changes.length })}
        </Paragraph>
      )}
    </details>
  );
}

function PartyDecision({ party }: { party: Party }) {
  const { t } = useTranslation();
  const { approval } = party;
  return (
    <li className={`oogo-decision oogo-decision--${party.state.toLowerCase()}`}>
      <div className="oogo-decision__head">
        <Heading4 className="oogo-decision__name">{party.organization.name}</Heading4>
        <ConsultationStateBadge party={party} />
      </div>
      <Paragraph small className="oogo-decision__kind">
        {t(`vocabulary.organizationKind.${party.organization.kind}`)}
      </Paragraph>
      {approval ? (
        <Paragraph small>
          {approval.givenByName
            ? t('workflow.parties.givenBy', {
                name: approval.givenByName,
                date: formatDateTime(approval.givenAt),
              })
            : t('workflow.parties.givenOn', { date: formatDateTime(approval.givenAt) })}
        </Paragraph>
      ) : (
        <Paragraph small>{t('workflow.parties.noDecision')}</Paragraph>
      )}
      {approval?.decision === 'OBJECT' && approval.reason && (
        <div className="oogo-decision__reason">
          <strong>{t('workflow.parties.reason')}:</strong>
          <p>{approval.reason}</p>
        </div>
      )}
      {party.state === 'STALE' && approval && (
        <>
          <Paragraph>
            {approval.decision === 'OBJECT'
              ? t('workflow.parties.staleObjection')
              : t('workflow.parties.stale')}
          </Paragraph>
          <ChangesSince changes={approval.changesSince} />
        </>
      )}
    </li>
  );
}

/**
 * Where the round stands: each gemeente and schoolbestuur, and what it decided. Once the plan
 * is adopted a new round has begun without decisions; the adopted version keeps the old ones.
 */
export function PartiesSection({
  consultation,
  status,
  latestVersion,
}: {
  consultation: Consultation;
  status: PlanStatus;
  latestVersion: { id: string; number: number; planId: string } | null;
}) {
  const { t } = useTranslation();
  const names = consultation.waitingFor.map((organization) => organization.name);
  return (
    <section aria-labelledby="workflow-parties" className="oogo-workflow-section">
      <Heading3 id="workflow-parties">{t('workflow.parties.title')}</Heading3>
      <Paragraph>{t('workflow.parties.intro')}</Paragraph>
      {status === 'ADOPTED' && latestVersion ? (
        <Paragraph>
          {t('workflow.parties.adopted')}{' '}
          <AppLink to={versionPath(latestVersion.planId, latestVersion.id)}>
            {t('workflow.versions.view', { number: latestVersion.number })}
          </AppLink>
        </Paragraph>
      ) : consultation.parties.length === 0 ? (
        <Paragraph>{t('workflow.parties.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            <strong>
              {t('workflow.parties.agreedCount', {
                agreed: consultation.agreedCount,
                total: consultation.parties.length,
              })}
            </strong>
            {'. '}
            {consultation.canAdopt
              ? t('workflow.parties.allAgreed')
              : names.length > 0
                ? t('workflow.parties.waitingFor', { names: joinWords(names, t('items.and')) })
                : null}
          </Paragraph>
          <ul className="oogo-decisions">
            {consultation.parties.map((party) => (
              <PartyDecision key={party.organization.id} party={party} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
