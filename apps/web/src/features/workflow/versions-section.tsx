import type { WorkflowQuery } from '@oogo/web-data-access';
import { Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/app-link';
import { formatDateTime } from '../../ui/format';
import { EmptyState } from '../../ui/states';
import { CompareForm } from './compare-form';
import { versionPath } from './workflow-paths';

type Snapshot = WorkflowQuery['planSnapshots'][number];

/** The adopted versions, newest first, each to read; and two of them to compare. */
export function VersionsSection({
  planId,
  snapshots,
}: {
  planId: string;
  snapshots: readonly Snapshot[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="workflow-versions" className="oogo-workflow-section">
      <Heading3 id="workflow-versions">{t('workflow.versions.title')}</Heading3>
      <Paragraph>{t('workflow.versions.intro')}</Paragraph>
      {snapshots.length === 0 ? (
        <EmptyState>{t('workflow.versions.empty')}</EmptyState>
      ) : (
        <>
          <ul className="oogo-versions">
            {snapshots.map((snapshot) => (
              <li key={snapshot.id} className="oogo-version">
                <strong>{t('workflow.versions.name', { number: snapshot.number })}</strong>
                <span>
                  {snapshot.adoptedByName
                    ? t('workflow.versions.adoptedBy', {
                        date: formatDateTime(snapshot.adoptedAt),
                        name: snapshot.adoptedByName,
                      })
                    : t('workflow.versions.adopted', { date: formatDateTime(snapshot.adoptedAt) })}
                </span>
                <AppLink to={versionPath(planId, snapshot.id)}>
                  {t('workflow.versions.view', { number: snapshot.number })}
                </AppLink>
              </li>
            ))}
          </ul>
          <Heading4>{t('workflow.versions.compareTitle')}</Heading4>
          <Paragraph>{t('workflow.versions.compareIntro')}</Paragraph>
          <CompareForm planId={planId} versions={snapshots} />
        </>
      )}
    </section>
  );
}
